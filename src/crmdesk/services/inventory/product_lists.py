"""The product list for windowed tables: ``ids`` (filter and sort in SQL) and ``rows`` (one page by id).

The pattern of the customer and invoice lists: the UI holds every matching id in an ``array('q')`` and
fetches rows a page at a time, so neither the query nor the memory grows with what is not on screen.
The quantity on hand is the ledger's sum, grouped in SQL (as :meth:`ProductService.list`).
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Subquery, func, select

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.money import ZERO
from crmdesk.domain.stock import is_low
from crmdesk.services.inventory.ledger import quantity_sum
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Product, StockMovement, Supplier, TaxRate


class ProductSort(StrEnum):
    """What the product list can be ordered by (one per column)."""

    SKU = "sku"
    NAME = "name"
    CATEGORY = "category"
    UNIT = "unit"
    PRICE = "price"
    ON_HAND = "on_hand"
    REORDER_LEVEL = "reorder_level"
    SUPPLIER = "supplier"
    ACTIVE = "active"


@dataclass(frozen=True)
class ProductIdsQuery:
    """Which products to list, in which order. ``text`` matches part of the SKU or name, or a barcode."""

    category: str | None = None
    include_inactive: bool = False
    low_only: bool = False
    text: str = ""
    sort: ProductSort = ProductSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ProductRow:
    """One line of the product list."""

    id: int
    sku: str
    name: str
    kind: ProductKind
    category: str
    unit: str
    currency: str
    sale_price: Decimal
    on_hand: Decimal
    """Sum of the ledger; 0 for a service."""
    reorder_level: Decimal
    supplier_name: str | None
    active: bool

    @property
    def low(self) -> bool:
        return self.kind is ProductKind.PRODUCT and is_low(
            on_hand=self.on_hand, reorder_level=self.reorder_level
        )


@dataclass(frozen=True)
class TaxRateChoice:
    """A tax rate the product editor offers."""

    id: int
    name: str
    rate: Decimal
    is_default: bool


def _balances() -> Subquery:
    return (
        select(StockMovement.product_id, quantity_sum().label("on_hand"))
        .group_by(StockMovement.product_id)
        .subquery()
    )


def _sort_columns(stock: ColumnElement[Any]) -> dict[ProductSort, ColumnElement[Any]]:
    return {
        ProductSort.SKU: func.lower(Product.sku),
        ProductSort.NAME: func.lower(Product.name),
        ProductSort.CATEGORY: func.lower(Product.category),
        ProductSort.UNIT: Product.unit.expression,
        ProductSort.PRICE: Product.sale_price.expression,
        ProductSort.ON_HAND: stock,
        ProductSort.REORDER_LEVEL: Product.reorder_level.expression,
        ProductSort.SUPPLIER: func.lower(func.coalesce(Supplier.name, "")),
        ProductSort.ACTIVE: Product.active.expression,
    }


def product_ids(db: Database, query: ProductIdsQuery) -> array[int]:
    """Ids of the matching products in the asked order (ties by name, then id)."""
    balances = _balances()
    stock = func.coalesce(balances.c.on_hand, ZERO)
    key = _sort_columns(stock)[query.sort]
    stmt = select(Product.id).order_by(
        key.desc() if query.descending else key.asc(), func.lower(Product.name), Product.id
    )
    # The ledger is summed only when the question needs stock (a sort by it, or low stock only).
    if query.low_only or query.sort is ProductSort.ON_HAND:
        stmt = stmt.outerjoin(balances, balances.c.product_id == Product.id)
    if query.sort is ProductSort.SUPPLIER:
        stmt = stmt.outerjoin(Supplier, Supplier.id == Product.preferred_supplier_id)
    if not query.include_inactive:
        stmt = stmt.where(Product.active.is_(True))
    if query.category is not None:
        stmt = stmt.where(Product.category == query.category)
    if query.low_only:
        stmt = stmt.where(
            Product.kind == ProductKind.PRODUCT,
            (stock < ZERO) | ((Product.reorder_level > ZERO) & (stock <= Product.reorder_level)),
        )
    text = query.text.strip()
    if text:
        # Escaped LIKE: a "%" or "_" the owner types is a character, not a wildcard.
        pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            func.lower(Product.sku).like(pattern, escape="\\")
            | func.lower(Product.name).like(pattern, escape="\\")
            | (Product.barcode == text)
        )
    with db.read_session() as session:
        return array("q", session.scalars(stmt))


def product_rows(db: Database, ids: Sequence[int]) -> Mapping[int, ProductRow]:
    """The list rows of ``ids`` in one query (ids deleted meanwhile are simply absent)."""
    if not ids:
        return {}
    on_hand = (
        select(StockMovement.product_id, quantity_sum().label("on_hand"))
        .where(StockMovement.product_id.in_(list(ids)))
        .group_by(StockMovement.product_id)
        .subquery()
    )
    stmt = (
        select(Product, on_hand.c.on_hand, Supplier.name)
        .outerjoin(on_hand, on_hand.c.product_id == Product.id)
        .outerjoin(Supplier, Supplier.id == Product.preferred_supplier_id)
        .where(Product.id.in_(list(ids)))
    )
    with db.read_session() as session:
        return {
            product.id: ProductRow(
                id=product.id,
                sku=product.sku,
                name=product.name,
                kind=product.kind,
                category=product.category,
                unit=product.unit,
                currency=product.currency,
                sale_price=product.sale_price,
                on_hand=Decimal(total) if total is not None else ZERO,
                reorder_level=product.reorder_level,
                supplier_name=supplier,
                active=product.active,
            )
            for product, total, supplier in session.execute(stmt)
        }


def tax_rate_choices(db: Database) -> list[TaxRateChoice]:
    """Active tax rates, the default first, then by rate."""
    stmt = (
        select(TaxRate)
        .where(TaxRate.active.is_(True))
        .order_by(TaxRate.is_default.desc(), TaxRate.rate.desc(), TaxRate.name)
    )
    with db.read_session() as session:
        return [TaxRateChoice(t.id, t.name, t.rate, t.is_default) for t in session.scalars(stmt)]


__all__ = [
    "ProductIdsQuery",
    "ProductRow",
    "ProductSort",
    "TaxRateChoice",
    "product_ids",
    "product_rows",
    "tax_rate_choices",
]
