"""A small shop with stock for the inventory tests: a supplier, stock products, a service, a customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D

from crmdesk.domain.enums import ProductKind
from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput, PurchaseLineInput, PurchaseOrderDraft, SupplierInput
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.services.sales.views import InvoiceView
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer

DAY = date(2026, 3, 2)


@dataclass(frozen=True)
class Stockroom:
    customer: int
    supplier: int
    chain: int
    """CHAIN-9: 12.00 sale, 5.00 cost, reorder level 5."""
    tyre: int
    """TYRE-28: 30.00 sale, 18.00 cost, no reorder level."""
    repair: int
    """REPAIR-H: a service, 40.00 per hour."""


def make_stockroom(db: Database, services: Services) -> Stockroom:
    with db.write() as session:
        customer = Customer(name="Jānis Kalniņš", sort_name="jānis kalniņš", payment_terms_days=14)
        session.add(customer)
        session.flush()
        customer_id = customer.id
    supplier = services.suppliers.create(SupplierInput(name="Baltic Parts SIA", country="LV"))
    chain = services.products.create(
        ProductInput(
            sku="CHAIN-9", name="Chain 9-speed", category="Drivetrain", sale_price=D("12.00"),
            cost_price=D("5.00"), reorder_level=D(5), preferred_supplier_id=supplier.id,
        )
    )  # fmt: skip
    tyre = services.products.create(
        ProductInput(
            sku="TYRE-28", name="Tyre 28", category="Wheels", sale_price=D("30.00"), cost_price=D("18.00")
        )
    )
    repair = services.products.create(
        ProductInput(sku="REPAIR-H", name="Repair hour", kind=ProductKind.SERVICE, unit="h", sale_price=D(40))
    )
    return Stockroom(customer_id, supplier.id, chain.id, tyre.id, repair.id)


def receive(services: Services, room: Stockroom, product_id: int, quantity: D, unit_cost: D) -> int:
    """A purchase order for one line, sent and fully received; returns its id."""
    order = services.purchase_orders.create_draft(
        PurchaseOrderDraft(
            supplier_id=room.supplier,
            lines=[PurchaseLineInput(product_id=product_id, quantity=quantity, unit_cost=unit_cost)],
        )
    )
    services.purchase_orders.send(order.id, ordered_on=DAY)
    services.purchase_orders.receive(order.id)
    return order.id


def draft_invoice(services: Services, room: Stockroom, *lines: tuple[int, D]) -> InvoiceView:
    return services.invoices.create_draft(
        InvoiceDraft(
            customer_id=room.customer,
            lines=[LineInput(product_id=product_id, quantity=quantity) for product_id, quantity in lines],
        )
    )


def sell(services: Services, room: Stockroom, *lines: tuple[int, D]) -> InvoiceView:
    draft = draft_invoice(services, room, *lines)
    return services.invoices.issue(draft.id, issue_date=DAY, today=DAY).invoice
