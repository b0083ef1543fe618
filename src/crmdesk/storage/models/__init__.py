"""Every table of crmdesk, as SQLAlchemy 2 typed models. Importing this package registers them all."""

from crmdesk.storage.models.base import NAMING_CONVENTION, Base
from crmdesk.storage.models.contact_log import Interaction
from crmdesk.storage.models.customers import (
    Address,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldDefinition,
    CustomFieldValue,
    ImportBatch,
    Tag,
    customer_tags,
)
from crmdesk.storage.models.inventory import (
    DeliveryNote,
    DeliveryNoteLine,
    Expense,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    StockMovement,
    Supplier,
)
from crmdesk.storage.models.sales import (
    Invoice,
    InvoiceLine,
    NumberSeries,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    TaxRate,
)
from crmdesk.storage.models.system import Attachment, AuditEntry, CompanyProfile, Setting

__all__ = [
    "NAMING_CONVENTION",
    "Address",
    "Attachment",
    "AuditEntry",
    "Base",
    "CompanyProfile",
    "ContactPerson",
    "CustomFieldDefinition",
    "CustomFieldValue",
    "Customer",
    "CustomerEmail",
    "CustomerPhone",
    "DeliveryNote",
    "DeliveryNoteLine",
    "Expense",
    "ImportBatch",
    "Interaction",
    "Invoice",
    "InvoiceLine",
    "NumberSeries",
    "Opportunity",
    "Payment",
    "Product",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "Quote",
    "QuoteLine",
    "Setting",
    "StockMovement",
    "Supplier",
    "Tag",
    "TaxRate",
    "customer_tags",
]
