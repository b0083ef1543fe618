"""The catalogue: products (kept in stock) and services (never in stock), with their validation.

A product's stock is not a field here: it is the sum of its movements (:mod:`.ledger`). The average
cost is not edited either: it starts at the cost price and then follows the goods received.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.money import PRICE_SCALE, QUANTITY_SCALE, ZERO, check_currency, require_decimal
from crmdesk.domain.stock import is_low
from crmdesk.services.inventory.ledger import quantity_sum
from crmdesk.services.inventory.product_lists import (
    ProductIdsQuery,
    ProductRow,
    TaxRateChoice,
    product_ids,
    product_rows,
    tax_rate_choices,
)
from crmdesk.services.sales.common import base_currency
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Product, StockMovement, Supplier, TaxRate


@dataclass(frozen=True)
class ProductInput:
    """What the owner edits. ``currency=None`` means the base currency."""

    sku: str
    name: str
    kind: ProductKind = ProductKind.PRODUCT
    description: str = ""
    category: str = ""
    unit: str = "pcs"
    currency: str | None = None
    sale_price: Decimal = ZERO
    cost_price: Decimal = ZERO
    tax_rate_id: int | None = None
    barcode: str | None = None
    reorder_level: Decimal = ZERO
    preferred_supplier_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class ProductView:
    id: int
    sku: str
    name: str
    kind: ProductKind
    description: str
    category: str
    unit: str
    currency: str
    sale_price: Decimal
    cost_price: Decimal
    average_cost: Decimal
    tax_rate_id: int | None
    barcode: str | None
    reorder_level: Decimal
    preferred_supplier_id: int | None
    active: bool
    on_hand: Decimal
    """Sum of the ledger; always 0 for a service."""

    @property
    def low(self) -> bool:
        return self.kind is ProductKind.PRODUCT and is_low(
            on_hand=self.on_hand, reorder_level=self.reorder_level
        )


@dataclass(frozen=True)
class ProductListQuery:
    category: str | None = None
    kind: ProductKind | None = None
    include_inactive: bool = False
    low_only: bool = False
    text: str = ""
    """Part of the SKU, name or barcode."""
    limit: int = 1000


def _balances() -> Subquery:
    return (
        select(StockMovement.product_id, quantity_sum().label("on_hand"))
        .group_by(StockMovement.product_id)
        .subquery()
    )


def _view(product: Product, on_hand: Decimal | None) -> ProductView:
    return ProductView(
        id=product.id,
        sku=product.sku,
        name=product.name,
        kind=product.kind,
        description=product.description,
        category=product.category,
        unit=product.unit,
        currency=product.currency,
        sale_price=product.sale_price,
        cost_price=product.cost_price,
        average_cost=product.average_cost,
        tax_rate_id=product.tax_rate_id,
        barcode=product.barcode,
        reorder_level=product.reorder_level,
        preferred_supplier_id=product.preferred_supplier_id,
        active=product.active,
        on_hand=Decimal(on_hand) if on_hand is not None else ZERO,
    )


class ProductService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, data: ProductInput) -> ProductView:
        """A new product or service; its average cost starts at the cost price."""
        with self._db.write() as session:
            product = Product()
            _apply(session, product, data)
            product.average_cost = product.cost_price
            session.add(product)
            session.flush()
            return _view(product, ZERO)

    def update(self, product_id: int, data: ProductInput) -> ProductView:
        """Change a product's catalogue data (not its stock, not its average cost)."""
        with self._db.write() as session:
            product = _require(session, product_id)
            if data.kind is ProductKind.SERVICE and product.kind is ProductKind.PRODUCT:
                moved = session.execute(
                    select(func.count()).where(StockMovement.product_id == product_id)
                ).scalar_one()
                if moved:
                    raise ConflictError(f"{product.sku} has stock movements and cannot become a service")
            _apply(session, product, data)
            session.flush()
            return _view(product, _on_hand(session, product.id))

    def set_active(self, product_id: int, active: bool) -> ProductView:
        """Deactivate (hide from new documents) or reactivate; products are never deleted once used."""
        with self._db.write() as session:
            product = _require(session, product_id)
            product.active = active
            session.flush()
            return _view(product, _on_hand(session, product.id))

    def get(self, product_id: int) -> ProductView:
        with self._db.read_session() as session:
            product = _require(session, product_id)
            return _view(product, _on_hand(session, product.id))

    def find(self, sku: str) -> ProductView:
        """A product by its SKU (exact, case-insensitive)."""
        with self._db.read_session() as session:
            product = session.scalars(
                select(Product).where(func.lower(Product.sku) == sku.strip().lower())
            ).first()
            if product is None:
                raise NotFoundError(f"no product has the SKU {sku.strip()!r}")
            return _view(product, _on_hand(session, product.id))

    def categories(self) -> list[str]:
        """The categories in use, sorted (for the filter and the editor's suggestions)."""
        with self._db.read_session() as session:
            return list(
                session.scalars(
                    select(Product.category)
                    .where(Product.category != "")
                    .distinct()
                    .order_by(Product.category)
                )
            )

    def ids(self, query: ProductIdsQuery) -> array[int]:
        """Ids of the matching products in list order, for windowed tables (see :mod:`.product_lists`)."""
        return product_ids(self._db, query)

    def rows(self, ids: Sequence[int]) -> Mapping[int, ProductRow]:
        """The list rows of ``ids``, in one query (a page of a windowed table)."""
        return product_rows(self._db, ids)

    def tax_rates(self) -> list[TaxRateChoice]:
        """The active tax rates a product can have (the editor's choices), the default first."""
        return tax_rate_choices(self._db)

    def list(self, query: ProductListQuery | None = None) -> list[ProductView]:
        """Products by name with their stock on hand (one query; filters and low stock in SQL)."""
        query = query or ProductListQuery()
        balances = _balances()
        stock = func.coalesce(balances.c.on_hand, ZERO)
        stmt = (
            select(Product, balances.c.on_hand)
            .outerjoin(balances, balances.c.product_id == Product.id)
            .order_by(func.lower(Product.name), Product.id)
            .limit(query.limit)
        )
        if not query.include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        if query.category is not None:
            stmt = stmt.where(Product.category == query.category)
        if query.kind is not None:
            stmt = stmt.where(Product.kind == query.kind)
        if query.low_only:
            stmt = stmt.where(
                Product.kind == ProductKind.PRODUCT,
                (stock < ZERO) | ((Product.reorder_level > ZERO) & (stock <= Product.reorder_level)),
            )
        if query.text.strip():
            like = f"%{query.text.strip().lower()}%"
            stmt = stmt.where(
                func.lower(Product.sku).like(like)
                | func.lower(Product.name).like(like)
                | (Product.barcode == query.text.strip())
            )
        with self._db.read_session() as session:
            return [_view(product, total) for product, total in session.execute(stmt)]


def _require(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(f"product {product_id} does not exist")
    return product


def _on_hand(session: Session, product_id: int) -> Decimal:
    total = session.execute(select(quantity_sum()).where(StockMovement.product_id == product_id)).scalar_one()
    return Decimal(total)


def _apply(session: Session, product: Product, data: ProductInput) -> None:
    """Check every field and copy it onto ``product``; raise :class:`ValidationError` naming the field."""
    sku = data.sku.strip()
    name = data.name.strip()
    if not sku:
        raise ValidationError("a product needs a SKU", field="sku")
    if len(sku) > 60 or any(ch.isspace() for ch in sku):
        raise ValidationError("a SKU is one word of at most 60 characters", field="sku")
    if not name:
        raise ValidationError("a product needs a name", field="name")
    taken = session.execute(
        select(Product.id).where(func.lower(Product.sku) == sku.lower(), Product.id != (product.id or 0))
    ).first()
    if taken is not None:
        raise ValidationError(f"the SKU {sku} is already used by another product", field="sku")
    sale_price = require_decimal(data.sale_price, scale=PRICE_SCALE, field="sale_price")
    cost_price = require_decimal(data.cost_price, scale=PRICE_SCALE, field="cost_price")
    reorder_level = require_decimal(data.reorder_level, scale=QUANTITY_SCALE, field="reorder_level")
    if sale_price < ZERO:
        raise ValidationError("a sale price cannot be negative", field="sale_price")
    if cost_price < ZERO:
        raise ValidationError("a cost price cannot be negative", field="cost_price")
    if reorder_level < ZERO:
        raise ValidationError("a reorder level cannot be negative", field="reorder_level")
    if data.kind is ProductKind.SERVICE and reorder_level != ZERO:
        raise ValidationError(
            "a service is not kept in stock and has no reorder level", field="reorder_level"
        )
    if data.tax_rate_id is not None and session.get(TaxRate, data.tax_rate_id) is None:
        raise ValidationError(f"tax rate {data.tax_rate_id} does not exist", field="tax_rate")
    if data.preferred_supplier_id is not None and session.get(Supplier, data.preferred_supplier_id) is None:
        raise ValidationError(f"supplier {data.preferred_supplier_id} does not exist", field="supplier")
    unit = data.unit.strip()
    if not unit:
        raise ValidationError("a product needs a unit (pcs, kg, h…)", field="unit")
    barcode = (data.barcode or "").strip() or None
    if barcode is not None and (len(barcode) > 64 or not barcode.isalnum()):
        raise ValidationError("a barcode is letters and digits only, at most 64", field="barcode")
    product.sku = sku
    product.name = name
    product.kind = data.kind
    product.description = data.description.strip()
    product.category = data.category.strip()
    product.unit = unit
    product.currency = check_currency(data.currency or base_currency(session))
    product.sale_price = sale_price
    product.cost_price = cost_price
    product.tax_rate_id = data.tax_rate_id
    product.barcode = barcode
    product.reorder_level = reorder_level
    product.preferred_supplier_id = data.preferred_supplier_id
    product.active = data.active


__all__ = ["ProductInput", "ProductListQuery", "ProductService", "ProductView"]
