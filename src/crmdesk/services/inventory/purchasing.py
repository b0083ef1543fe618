"""Purchase orders and goods received: draft → sent → partially received → received (or cancelled).

Sending gives the order its number (series ``purchase_order``, default ``PO-2026-0001``). Receiving
writes ``received`` movements at the order line's cost and updates each product's moving average cost
(:func:`crmdesk.domain.stock.moving_average_cost`), in one transaction. Orders are in the base
currency: the average cost, and so every margin, is in one currency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, func, select, type_coerce
from sqlalchemy.orm import Session

from crmdesk.domain.enums import MovementKind, PurchaseOrderStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.money import (
    PERCENT_SCALE,
    PRICE_SCALE,
    QUANTITY_SCALE,
    ZERO,
    from_scaled_int,
    require_decimal,
    round_money,
)
from crmdesk.domain.stock import moving_average_cost
from crmdesk.domain.transitions import PURCHASE_ORDER_TRANSITIONS, check_transition
from crmdesk.services.inventory.ledger import NewMovement, on_hand, stock_product, write_movements
from crmdesk.services.sales.common import allocate_number, base_currency, local_today, require
from crmdesk.storage.engine import Database
from crmdesk.storage.models import PurchaseOrder, PurchaseOrderLine, Supplier


@dataclass(frozen=True)
class PurchaseLineInput:
    product_id: int
    quantity: Decimal
    unit_cost: Decimal | None = None
    """Default: the product's cost price."""
    tax_rate: Decimal = ZERO
    description: str = ""


@dataclass(frozen=True)
class PurchaseOrderDraft:
    supplier_id: int
    lines: Sequence[PurchaseLineInput] = field(default_factory=tuple)
    expected_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Receipt:
    """Receive ``quantity`` of the order line ``line_id``."""

    line_id: int
    quantity: Decimal


@dataclass(frozen=True)
class PurchaseLineView:
    id: int
    product_id: int
    description: str
    quantity: Decimal
    received_quantity: Decimal
    unit_cost: Decimal
    tax_rate: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.quantity - self.received_quantity


@dataclass(frozen=True)
class PurchaseOrderView:
    id: int
    supplier_id: int
    supplier_name: str
    number: str | None
    status: PurchaseOrderStatus
    ordered_on: date | None
    expected_on: date | None
    currency: str
    notes: str
    net_total: Decimal
    lines: tuple[PurchaseLineView, ...]


@dataclass(frozen=True)
class PurchaseOrderRow:
    id: int
    supplier_name: str
    number: str | None
    status: PurchaseOrderStatus
    ordered_on: date | None
    expected_on: date | None
    currency: str
    net_total: Decimal


def _net_units() -> ColumnElement[int]:
    """Σ quantity × unit cost over stored integers (scale 3 × scale 4 = 7), exact in SQL."""
    return func.coalesce(
        func.sum(
            type_coerce(PurchaseOrderLine.quantity, BigInteger)
            * type_coerce(PurchaseOrderLine.unit_cost, BigInteger)
        ),
        0,
    )


LINE_SCALE = QUANTITY_SCALE + PRICE_SCALE


class PurchaseOrderService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_draft(self, draft: PurchaseOrderDraft) -> PurchaseOrderView:
        with self._db.write() as session:
            order = PurchaseOrder(status=PurchaseOrderStatus.DRAFT, currency=base_currency(session))
            write_order_draft(session, order, draft)
            session.add(order)
            session.flush()
            return order_view(session, order)

    def update_draft(self, order_id: int, draft: PurchaseOrderDraft) -> PurchaseOrderView:
        with self._db.write() as session:
            order = _draft(session, order_id)
            write_order_draft(session, order, draft)
            session.flush()
            return order_view(session, order)

    def delete_draft(self, order_id: int) -> int:
        with self._db.write() as session:
            session.delete(_draft(session, order_id))
            return order_id

    def send(self, order_id: int, *, ordered_on: date | None = None) -> PurchaseOrderView:
        """Mark the order sent to the supplier and give it its number."""
        ordered_on = ordered_on or local_today()
        with self._db.write() as session:
            order = require(session, PurchaseOrder, order_id, "purchase order")
            check_transition(
                PURCHASE_ORDER_TRANSITIONS, order.status, PurchaseOrderStatus.SENT, what="purchase order"
            )
            order.number, _ = allocate_number(session, series="purchase_order", issued_on=ordered_on)
            order.ordered_on = ordered_on
            order.status = PurchaseOrderStatus.SENT
            session.flush()
            return order_view(session, order)

    def cancel(self, order_id: int) -> PurchaseOrderView:
        with self._db.write() as session:
            order = require(session, PurchaseOrder, order_id, "purchase order")
            check_transition(
                PURCHASE_ORDER_TRANSITIONS, order.status, PurchaseOrderStatus.CANCELLED, what="purchase order"
            )
            order.status = PurchaseOrderStatus.CANCELLED
            session.flush()
            return order_view(session, order)

    def receive(
        self,
        order_id: int,
        *,
        receipts: Sequence[Receipt] | None = None,
        received_at: datetime | None = None,
    ) -> PurchaseOrderView:
        """Goods arrived: ``received`` movements at the order's costs, average costs updated, status moved.

        ``receipts=None`` receives everything still outstanding. More than was ordered is refused.
        """
        with self._db.write() as session:
            order = require(session, PurchaseOrder, order_id, "purchase order")
            if order.status not in (PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED):
                raise ConflictError(
                    f"a {order.status.value} purchase order cannot receive goods; send it first"
                )
            lines = {line.id: line for line in order.lines}
            if receipts is None:
                receipts = [
                    Receipt(line.id, line.quantity - line.received_quantity)
                    for line in order.lines
                    if line.quantity > line.received_quantity
                ]
            if not receipts:
                raise ValidationError("nothing to receive", field="lines")
            label = order.number or f"#{order.id}"
            for receipt in receipts:
                line = lines.get(receipt.line_id)
                if line is None:
                    raise ValidationError(
                        f"line {receipt.line_id} is not on purchase order {label}", field="lines"
                    )
                quantity = require_decimal(receipt.quantity, scale=QUANTITY_SCALE, field="quantity")
                if quantity <= ZERO:
                    raise ValidationError("a received quantity is more than 0", field="quantity")
                if line.received_quantity + quantity > line.quantity:
                    raise ValidationError(
                        f"{line.description or 'line'}: {line.quantity - line.received_quantity} left to receive,"
                        f" not {quantity}",
                        field="quantity",
                    )
                product = stock_product(session, line.product_id)
                before = on_hand(session, [product.id])[product.id]
                product.average_cost = moving_average_cost(
                    on_hand=before,
                    average_cost=product.average_cost,
                    received=quantity,
                    unit_cost=line.unit_cost,
                )
                line.received_quantity += quantity
                write_movements(
                    session,
                    [
                        NewMovement(
                            product.id,
                            MovementKind.RECEIVED,
                            quantity,
                            unit_cost=line.unit_cost,
                            reason=f"purchase order {label}",
                            purchase_order_id=order.id,
                        )
                    ],
                    occurred_at=received_at,
                )
            complete = all(line.received_quantity >= line.quantity for line in order.lines)
            target = PurchaseOrderStatus.RECEIVED if complete else PurchaseOrderStatus.PARTIALLY_RECEIVED
            if target is not order.status:
                check_transition(PURCHASE_ORDER_TRANSITIONS, order.status, target, what="purchase order")
                order.status = target
            session.flush()
            return order_view(session, order)

    def get(self, order_id: int) -> PurchaseOrderView:
        with self._db.read_session() as session:
            return order_view(session, require(session, PurchaseOrder, order_id, "purchase order"))

    def list(
        self,
        *,
        status: PurchaseOrderStatus | None = None,
        supplier_id: int | None = None,
        limit: int = 500,
    ) -> list[PurchaseOrderRow]:
        """Orders newest first with their net totals (summed in SQL)."""
        totals = (
            select(PurchaseOrderLine.purchase_order_id, _net_units().label("units"))
            .group_by(PurchaseOrderLine.purchase_order_id)
            .subquery()
        )
        stmt = (
            select(PurchaseOrder, Supplier.name, func.coalesce(totals.c.units, 0))
            .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
            .outerjoin(totals, totals.c.purchase_order_id == PurchaseOrder.id)
            .order_by(
                PurchaseOrder.ordered_on.is_(None).desc(),
                PurchaseOrder.ordered_on.desc(),
                PurchaseOrder.id.desc(),
            )
            .limit(limit)
        )
        if status is not None:
            stmt = stmt.where(PurchaseOrder.status == status)
        if supplier_id is not None:
            stmt = stmt.where(PurchaseOrder.supplier_id == supplier_id)
        with self._db.read_session() as session:
            return [
                PurchaseOrderRow(
                    o.id,
                    name,
                    o.number,
                    o.status,
                    o.ordered_on,
                    o.expected_on,
                    o.currency,
                    round_money(from_scaled_int(int(units), LINE_SCALE), o.currency),
                )
                for o, name, units in session.execute(stmt)
            ]


def _draft(session: Session, order_id: int) -> PurchaseOrder:
    order = require(session, PurchaseOrder, order_id, "purchase order")
    if order.status is not PurchaseOrderStatus.DRAFT:
        raise ConflictError(
            f"purchase order {order.number} is {order.status.value}; only a draft can be changed"
        )
    return order


def write_order_draft(session: Session, order: PurchaseOrder, draft: PurchaseOrderDraft) -> None:
    supplier = require(session, Supplier, draft.supplier_id, "supplier")
    if supplier.archived_at is not None and order.supplier_id != supplier.id:
        raise ValidationError(f"supplier {supplier.name} is archived", field="supplier")
    if not draft.lines:
        raise ValidationError("a purchase order needs at least one line", field="lines")
    lines = []
    for position, line in enumerate(draft.lines, 1):
        product = stock_product(session, line.product_id)
        quantity = require_decimal(
            line.quantity, scale=QUANTITY_SCALE, field="quantity", label=f"line {position}: quantity"
        )
        cost = line.unit_cost if line.unit_cost is not None else product.cost_price
        unit_cost = require_decimal(
            cost, scale=PRICE_SCALE, field="unit_cost", label=f"line {position}: unit cost"
        )
        tax_rate = require_decimal(
            line.tax_rate, scale=PERCENT_SCALE, field="tax_rate", label=f"line {position}: tax rate"
        )
        if quantity <= ZERO:
            raise ValidationError(f"line {position}: the quantity must be more than 0", field="quantity")
        if unit_cost < ZERO or tax_rate < ZERO:
            raise ValidationError(
                f"line {position}: a cost or tax rate cannot be negative", field="unit_cost"
            )
        lines.append(
            PurchaseOrderLine(
                position=position - 1,
                product_id=product.id,
                description=line.description.strip() or product.name,
                quantity=quantity,
                unit_cost=unit_cost,
                tax_rate=tax_rate,
            )
        )
    order.supplier_id = supplier.id
    order.expected_on = draft.expected_on
    order.notes = draft.notes.strip()
    order.lines.clear()
    session.flush()
    order.lines.extend(lines)


def order_view(session: Session, order: PurchaseOrder) -> PurchaseOrderView:
    supplier_name = session.execute(
        select(Supplier.name).where(Supplier.id == order.supplier_id)
    ).scalar_one()
    lines = tuple(
        PurchaseLineView(
            line.id,
            line.product_id,
            line.description,
            line.quantity,
            line.received_quantity,
            line.unit_cost,
            line.tax_rate,
        )
        for line in order.lines
    )
    net = sum((line.quantity * line.unit_cost for line in lines), ZERO)
    return PurchaseOrderView(
        id=order.id,
        supplier_id=order.supplier_id,
        supplier_name=supplier_name,
        number=order.number,
        status=order.status,
        ordered_on=order.ordered_on,
        expected_on=order.expected_on,
        currency=order.currency,
        notes=order.notes,
        net_total=round_money(net, order.currency),
        lines=lines,
    )


__all__ = [
    "PurchaseLineInput",
    "PurchaseLineView",
    "PurchaseOrderDraft",
    "PurchaseOrderRow",
    "PurchaseOrderService",
    "PurchaseOrderView",
    "Receipt",
]
