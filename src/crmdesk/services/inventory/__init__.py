"""Inventory and purchasing: catalogue, the stock ledger, suppliers, purchase orders, deliveries, expenses.

One module per purpose; the quantity on hand is always the sum of the ledger (:mod:`.ledger`).
"""

from crmdesk.services.inventory.catalogue import ProductInput, ProductListQuery, ProductService, ProductView
from crmdesk.services.inventory.deliveries import (
    DeliveryLineInput,
    DeliveryNoteDraft,
    DeliveryNoteRow,
    DeliveryNoteService,
    DeliveryNoteView,
)
from crmdesk.services.inventory.expenses import (
    ExpenseInput,
    ExpenseQuery,
    ExpenseService,
    ExpenseTotal,
    ExpenseView,
    ReceiptFile,
)
from crmdesk.services.inventory.ledger import NEGATIVE_STOCK_SETTING, Shortage
from crmdesk.services.inventory.product_lists import ProductIdsQuery, ProductRow, ProductSort, TaxRateChoice
from crmdesk.services.inventory.purchasing import (
    PurchaseLineInput,
    PurchaseOrderDraft,
    PurchaseOrderRow,
    PurchaseOrderService,
    PurchaseOrderView,
    Receipt,
)
from crmdesk.services.inventory.reordering import ReorderDrafts, ReorderService
from crmdesk.services.inventory.reports import CategoryValue, InventoryReports, ProductValue, StockValuation
from crmdesk.services.inventory.selling import issue_hook
from crmdesk.services.inventory.stock import MovementView, StockChange, StockLevel, StockService
from crmdesk.services.inventory.suppliers import SupplierInput, SupplierService, SupplierView

__all__ = [
    "NEGATIVE_STOCK_SETTING",
    "CategoryValue",
    "DeliveryLineInput",
    "DeliveryNoteDraft",
    "DeliveryNoteRow",
    "DeliveryNoteService",
    "DeliveryNoteView",
    "ExpenseInput",
    "ExpenseQuery",
    "ExpenseService",
    "ExpenseTotal",
    "ExpenseView",
    "InventoryReports",
    "MovementView",
    "ProductIdsQuery",
    "ProductInput",
    "ProductListQuery",
    "ProductRow",
    "ProductService",
    "ProductSort",
    "ProductValue",
    "ProductView",
    "PurchaseLineInput",
    "PurchaseOrderDraft",
    "PurchaseOrderRow",
    "PurchaseOrderService",
    "PurchaseOrderView",
    "Receipt",
    "ReceiptFile",
    "ReorderDrafts",
    "ReorderService",
    "Shortage",
    "StockChange",
    "StockLevel",
    "StockService",
    "StockValuation",
    "SupplierInput",
    "SupplierService",
    "SupplierView",
    "TaxRateChoice",
    "issue_hook",
]
