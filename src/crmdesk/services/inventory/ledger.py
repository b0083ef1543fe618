"""The stock ledger inside a write transaction: on-hand sums, writing movements, the negative-stock rule.

Every write of stock in crmdesk goes through :func:`write_movements`, so the negative-stock setting is
applied in one place, and the quantity on hand is always a ``SUM`` over the indexed ledger — there is
no cached balance that could drift from it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import MovementKind, ProductKind
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.money import ZERO
from crmdesk.domain.stock import NegativeStockPolicy, negative_stock_policy
from crmdesk.services.sales.common import read_setting
from crmdesk.storage.models import Product, Setting, StockMovement
from crmdesk.storage.types import utc_now

NEGATIVE_STOCK_SETTING = "inventory.negative_stock"


@dataclass(frozen=True)
class NewMovement:
    """A movement to write; ``quantity`` is signed (out of stock is negative)."""

    product_id: int
    kind: MovementKind
    quantity: Decimal
    unit_cost: Decimal | None = None
    reason: str = ""
    invoice_id: int | None = None
    purchase_order_id: int | None = None
    delivery_note_id: int | None = None


@dataclass(frozen=True)
class Shortage:
    """A product that a movement takes (or would take) below zero."""

    product_id: int
    sku: str
    name: str
    on_hand: Decimal
    """Before the movement."""
    change: Decimal

    @property
    def after(self) -> Decimal:
        return self.on_hand + self.change

    def __str__(self) -> str:
        before, after = (format(q.normalize(), "f") for q in (self.on_hand, self.after))
        return f"{self.sku} {self.name}: {before} on hand, {after} after this"


def quantity_sum() -> ColumnElement[Decimal]:
    """``SUM(quantity)`` as a Decimal, 0 when there is no movement."""
    return func.coalesce(func.sum(StockMovement.quantity), ZERO)


def on_hand(session: Session, product_ids: Iterable[int]) -> dict[int, Decimal]:
    """The quantity on hand of each product: the sum of its movements, grouped in SQL."""
    ids = sorted(set(product_ids))
    found: dict[int, Decimal] = dict.fromkeys(ids, ZERO)
    if not ids:
        return found
    rows = session.execute(
        select(StockMovement.product_id, quantity_sum())
        .where(StockMovement.product_id.in_(ids))
        .group_by(StockMovement.product_id)
    )
    for product_id, total in rows:
        found[product_id] = Decimal(total)
    return found


def policy(session: Session) -> NegativeStockPolicy:
    return negative_stock_policy(read_setting(session, NEGATIVE_STOCK_SETTING))


def set_policy(session: Session, value: NegativeStockPolicy) -> None:
    setting = session.get(Setting, NEGATIVE_STOCK_SETTING)
    encoded = f'"{value.value}"'
    if setting is None:
        session.add(Setting(key=NEGATIVE_STOCK_SETTING, value=encoded))
    else:
        setting.value = encoded


def stock_product(session: Session, product_id: int) -> Product:
    """The product, or an error when it does not exist or is a service (services have no stock)."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(f"product {product_id} does not exist")
    if product.kind is not ProductKind.PRODUCT:
        raise ValidationError(f"{product.sku} is a service and has no stock", field="product")
    return product


def shortages(session: Session, movements: Sequence[NewMovement]) -> list[Shortage]:
    """Products that ``movements`` together take below zero (a product already below stays listed)."""
    change: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for movement in movements:
        change[movement.product_id] += movement.quantity
    outgoing = [product_id for product_id, delta in change.items() if delta < ZERO]
    if not outgoing:
        return []
    before = on_hand(session, outgoing)
    names = {
        row.id: (row.sku, row.name)
        for row in session.execute(
            select(Product.id, Product.sku, Product.name).where(Product.id.in_(outgoing))
        )
    }
    return [
        Shortage(product_id, *names[product_id], on_hand=before[product_id], change=change[product_id])
        for product_id in outgoing
        if before[product_id] + change[product_id] < ZERO
    ]


def write_movements(
    session: Session, movements: Sequence[NewMovement], *, occurred_at: datetime | None = None
) -> list[Shortage]:
    """Write ``movements`` in the caller's transaction after the negative-stock rule; return the shortages.

    With the policy ``block`` a shortage raises :class:`ConflictError` and the caller's whole
    transaction (an invoice's issue, an adjustment) rolls back; with ``warn`` it is written and returned.
    """
    if not movements:
        return []
    short = shortages(session, movements)
    if short and policy(session) is NegativeStockPolicy.BLOCK:
        raise ConflictError("not enough stock: " + "; ".join(str(s) for s in short))
    now = utc_now()
    at = occurred_at or now
    session.add_all(
        StockMovement(
            product_id=movement.product_id,
            occurred_at=at,
            kind=movement.kind,
            quantity=movement.quantity,
            unit_cost=movement.unit_cost,
            reason=movement.reason,
            invoice_id=movement.invoice_id,
            purchase_order_id=movement.purchase_order_id,
            delivery_note_id=movement.delivery_note_id,
            created_at=now,
        )
        for movement in movements
    )
    session.flush()
    return short


__all__ = [
    "NEGATIVE_STOCK_SETTING",
    "NewMovement",
    "Shortage",
    "on_hand",
    "policy",
    "quantity_sum",
    "set_policy",
    "shortages",
    "stock_product",
    "write_movements",
]
