"""Stock: levels, low-stock warnings and reorder suggestions, adjustments, a product's movement history.

The quantity on hand is always the sum of the ledger (:mod:`.ledger`); when invoices, credit notes and
delivery notes move stock is decided in :mod:`.selling`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, select, type_coerce

from crmdesk.domain.enums import MovementKind, ProductKind, PurchaseOrderStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import PRICE_SCALE, QUANTITY_SCALE, ZERO, require_decimal
from crmdesk.domain.stock import SALES_WINDOW_DAYS, NegativeStockPolicy, is_low, reorder_quantity
from crmdesk.services.inventory.ledger import (
    NewMovement,
    Shortage,
    on_hand,
    policy,
    set_policy,
    shortages,
    stock_product,
    write_movements,
)
from crmdesk.services.inventory.selling import document_movements
from crmdesk.services.sales.common import require
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    DeliveryNote,
    Invoice,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    StockMovement,
    Supplier,
)
from crmdesk.storage.types import Quantity, utc_now

OPEN_ORDER = (PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED)
OUTGOING_SALES = (MovementKind.SOLD, MovementKind.DELIVERY, MovementKind.RETURNED)
"""What counts as sales for the reorder rate (returns net it down)."""


@dataclass(frozen=True)
class StockLevel:
    product_id: int
    sku: str
    name: str
    category: str
    unit: str
    on_hand: Decimal
    reorder_level: Decimal
    average_cost: Decimal
    on_order: Decimal
    """Ordered on sent purchase orders and not yet received."""
    sold_in_window: Decimal
    """Net units sold in the last ``SALES_WINDOW_DAYS`` days."""
    preferred_supplier_id: int | None
    supplier_name: str | None

    @property
    def low(self) -> bool:
        return is_low(on_hand=self.on_hand, reorder_level=self.reorder_level)

    @property
    def suggested_order(self) -> Decimal:
        """Whole units to order now (0 when stock and open orders are enough)."""
        return reorder_quantity(
            on_hand=self.on_hand,
            on_order=self.on_order,
            reorder_level=self.reorder_level,
            sold_in_window=self.sold_in_window,
        )


@dataclass(frozen=True)
class MovementView:
    id: int
    occurred_at: datetime
    kind: MovementKind
    quantity: Decimal
    balance: Decimal
    """On hand after this movement (running sum in the ledger's order)."""
    unit_cost: Decimal | None
    reason: str
    invoice_id: int | None
    purchase_order_id: int | None
    delivery_note_id: int | None
    document: str | None
    """The number of the invoice, credit note, purchase order or delivery note it came from."""


@dataclass(frozen=True)
class StockChange:
    """What an adjustment wrote: the movement, the new quantity on hand, and any shortage warning."""

    movement: MovementView
    on_hand: Decimal
    shortages: tuple[Shortage, ...]


class StockService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- settings ---------------------------------------------------------------------------

    def negative_stock_policy(self) -> NegativeStockPolicy:
        with self._db.read_session() as session:
            return policy(session)

    def set_negative_stock_policy(self, value: NegativeStockPolicy) -> NegativeStockPolicy:
        """``warn`` (default): write and warn; ``block``: refuse what would take stock below zero."""
        with self._db.write() as session:
            set_policy(session, NegativeStockPolicy(value))
            return NegativeStockPolicy(value)

    # -- reads ------------------------------------------------------------------------------

    def on_hand(self, product_id: int) -> Decimal:
        with self._db.read_session() as session:
            return on_hand(session, [product_id])[product_id]

    def levels(
        self, *, low_only: bool = False, include_inactive: bool = False, now: datetime | None = None
    ) -> list[StockLevel]:
        """Every stock product with its quantity on hand, open orders and recent sales, in one query."""
        since = (now or utc_now()) - timedelta(days=SALES_WINDOW_DAYS)
        recent = and_(StockMovement.occurred_at >= since, StockMovement.kind.in_(OUTGOING_SALES))
        ledger = (
            select(
                StockMovement.product_id,
                func.sum(StockMovement.quantity).label("on_hand"),
                func.sum(case((recent, StockMovement.quantity), else_=ZERO)).label("recent"),
            )
            .group_by(StockMovement.product_id)
            .subquery()
        )
        ordered = (
            select(
                PurchaseOrderLine.product_id,
                type_coerce(
                    func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_quantity), Quantity()
                ).label("open"),
            )
            .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
            .where(PurchaseOrder.status.in_(OPEN_ORDER))
            .group_by(PurchaseOrderLine.product_id)
            .subquery()
        )
        stock = func.coalesce(ledger.c.on_hand, ZERO)
        stmt = (
            select(
                Product.id,
                Product.sku,
                Product.name,
                Product.category,
                Product.unit,
                stock,
                Product.reorder_level,
                Product.average_cost,
                func.coalesce(ordered.c.open, ZERO),
                func.coalesce(ledger.c.recent, ZERO),
                Product.preferred_supplier_id,
                Supplier.name,
            )
            .outerjoin(ledger, ledger.c.product_id == Product.id)
            .outerjoin(ordered, ordered.c.product_id == Product.id)
            .outerjoin(Supplier, Supplier.id == Product.preferred_supplier_id)
            .where(Product.kind == ProductKind.PRODUCT)
            .order_by(func.lower(Product.name), Product.id)
        )
        if not include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        if low_only:
            stmt = stmt.where(
                (stock < ZERO) | ((Product.reorder_level > ZERO) & (stock <= Product.reorder_level))
            )
        with self._db.read_session() as session:
            return [
                StockLevel(
                    product_id=row[0],
                    sku=row[1],
                    name=row[2],
                    category=row[3],
                    unit=row[4],
                    on_hand=Decimal(row[5]),
                    reorder_level=row[6],
                    average_cost=row[7],
                    on_order=Decimal(row[8]),
                    sold_in_window=-Decimal(row[9]),
                    preferred_supplier_id=row[10],
                    supplier_name=row[11],
                )
                for row in session.execute(stmt)
            ]

    def low_stock(self, *, now: datetime | None = None) -> list[StockLevel]:
        """Products at or below their reorder level (or below zero): the dashboard's warning list."""
        return self.levels(low_only=True, now=now)

    def reorder_suggestions(self, *, now: datetime | None = None) -> list[StockLevel]:
        """Low products that still need ordering after what is on order; ``suggested_order`` says how many."""
        return [level for level in self.levels(low_only=True, now=now) if level.suggested_order > ZERO]

    def history(self, product_id: int, *, limit: int = 500) -> list[MovementView]:
        """A product's movements, newest first, each with the balance after it and its document's number."""
        balance = func.sum(StockMovement.quantity).over(
            order_by=(StockMovement.occurred_at, StockMovement.id)
        )
        ledger = (
            select(StockMovement.id.label("id"), balance.label("balance"))
            .where(StockMovement.product_id == product_id)
            .subquery()
        )
        stmt = (
            select(StockMovement, ledger.c.balance, Invoice.number, PurchaseOrder.number, DeliveryNote.number)
            .join(ledger, ledger.c.id == StockMovement.id)
            .outerjoin(Invoice, Invoice.id == StockMovement.invoice_id)
            .outerjoin(PurchaseOrder, PurchaseOrder.id == StockMovement.purchase_order_id)
            .outerjoin(DeliveryNote, DeliveryNote.id == StockMovement.delivery_note_id)
            .order_by(StockMovement.occurred_at.desc(), StockMovement.id.desc())
            .limit(limit)
        )
        with self._db.read_session() as session:
            require(session, Product, product_id, "product")
            return [
                _movement_view(m, Decimal(total), invoice or order or note)
                for m, total, invoice, order, note in session.execute(stmt)
            ]

    def invoice_shortages(self, invoice_id: int) -> list[Shortage]:
        """What issuing this draft would take below zero: ask before issuing, to warn the owner."""
        with self._db.read_session() as session:
            return shortages(
                session, document_movements(session, require(session, Invoice, invoice_id, "invoice"))
            )

    # -- writes -----------------------------------------------------------------------------

    def adjust(self, product_id: int, *, quantity: Decimal, reason: str) -> StockChange:
        """Correct stock after a count, breakage or loss: a signed movement with the owner's reason."""
        quantity = require_decimal(quantity, scale=QUANTITY_SCALE, field="quantity")
        if quantity == ZERO:
            raise ValidationError("an adjustment changes stock by more or less than 0", field="quantity")
        reason = reason.strip()
        if not reason:
            raise ValidationError("say why stock is adjusted (counted, broken, lost…)", field="reason")
        return self._write(
            product_id, NewMovement(product_id, MovementKind.ADJUSTMENT, quantity, reason=reason)
        )

    def opening_balance(
        self, product_id: int, *, quantity: Decimal, unit_cost: Decimal, occurred_at: datetime | None = None
    ) -> StockChange:
        """The stock a product starts with in crmdesk; only before any other movement. Sets its average cost."""
        quantity = require_decimal(quantity, scale=QUANTITY_SCALE, field="quantity")
        unit_cost = require_decimal(unit_cost, scale=PRICE_SCALE, field="unit_cost")
        if quantity <= ZERO or unit_cost < ZERO:
            raise ValidationError("an opening balance is more than 0 units at a cost of 0 or more")
        movement = NewMovement(
            product_id, MovementKind.OPENING_BALANCE, quantity, unit_cost=unit_cost, reason="Opening stock"
        )
        return self._write(product_id, movement, opening=True, occurred_at=occurred_at)

    def _write(
        self,
        product_id: int,
        movement: NewMovement,
        *,
        opening: bool = False,
        occurred_at: datetime | None = None,
    ) -> StockChange:
        with self._db.write() as session:
            product = stock_product(session, product_id)
            if opening:
                moved = session.execute(
                    select(func.count()).where(StockMovement.product_id == product_id)
                ).scalar_one()
                if moved:
                    raise ValidationError(
                        f"{product.sku} already has stock movements; correct it with an adjustment"
                    )
                product.average_cost = movement.unit_cost or ZERO
            short = write_movements(session, [movement], occurred_at=occurred_at)
            written = session.scalars(
                select(StockMovement)
                .where(StockMovement.product_id == product_id)
                .order_by(StockMovement.id.desc())
                .limit(1)
            ).one()
            after = on_hand(session, [product_id])[product_id]
            return StockChange(_movement_view(written, after, None), after, tuple(short))


def _movement_view(movement: StockMovement, balance: Decimal, document: str | None) -> MovementView:
    return MovementView(
        id=movement.id,
        occurred_at=movement.occurred_at,
        kind=movement.kind,
        quantity=movement.quantity,
        balance=balance,
        unit_cost=movement.unit_cost,
        reason=movement.reason,
        invoice_id=movement.invoice_id,
        purchase_order_id=movement.purchase_order_id,
        delivery_note_id=movement.delivery_note_id,
        document=document,
    )


__all__ = ["MovementView", "StockChange", "StockLevel", "StockService"]
