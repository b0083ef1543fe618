"""Stock valuation: quantity on hand × average cost, by product and by category, summed in SQL.

Values are computed over the stored integers (quantity at scale 3 × cost at scale 4 = scale 7), so the
category totals are exact sums of the product values before one rounding to the currency's minor unit.
Negative stock is valued at zero: goods that are not there have no value.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, case, func, select, type_coerce

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.money import PRICE_SCALE, QUANTITY_SCALE, ZERO, from_scaled_int, round_money
from crmdesk.services.sales.common import base_currency
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Product, StockMovement

VALUE_SCALE = QUANTITY_SCALE + PRICE_SCALE


@dataclass(frozen=True)
class ProductValue:
    product_id: int
    sku: str
    name: str
    category: str
    on_hand: Decimal
    average_cost: Decimal
    value: Decimal
    """Rounded to the currency; 0 when stock is at or below zero."""


@dataclass(frozen=True)
class CategoryValue:
    category: str
    products: int
    value: Decimal


@dataclass(frozen=True)
class StockValuation:
    currency: str
    products: tuple[ProductValue, ...]
    categories: tuple[CategoryValue, ...]
    total: Decimal


def _raw_on_hand() -> ColumnElement[int]:
    return func.coalesce(func.sum(type_coerce(StockMovement.quantity, BigInteger)), 0)


class InventoryReports:
    def __init__(self, db: Database) -> None:
        self._db = db

    def valuation(self, *, include_inactive: bool = True) -> StockValuation:
        """What the stock is worth at average cost, per product, per category and in total."""
        ledger = (
            select(StockMovement.product_id, _raw_on_hand().label("units"))
            .group_by(StockMovement.product_id)
            .subquery()
        )
        units = func.coalesce(ledger.c.units, 0)
        cost = type_coerce(Product.average_cost, BigInteger)
        value = case((units > 0, units * cost), else_=0)
        where = [Product.kind == ProductKind.PRODUCT]
        if not include_inactive:
            where.append(Product.active.is_(True))
        per_product = (
            select(
                Product.id, Product.sku, Product.name, Product.category, units, Product.average_cost, value
            )
            .outerjoin(ledger, ledger.c.product_id == Product.id)
            .where(*where)
            .order_by(Product.category, func.lower(Product.name), Product.id)
        )
        per_category = (
            select(Product.category, func.count(), func.sum(value))
            .outerjoin(ledger, ledger.c.product_id == Product.id)
            .where(*where)
            .group_by(Product.category)
            .order_by(Product.category)
        )
        with self._db.read_session() as session:
            currency = base_currency(session)

            def money(raw: int | None) -> Decimal:
                return round_money(from_scaled_int(int(raw or 0), VALUE_SCALE), currency)

            products = tuple(
                ProductValue(
                    product_id=pid,
                    sku=sku,
                    name=name,
                    category=category,
                    on_hand=from_scaled_int(int(raw_units), QUANTITY_SCALE),
                    average_cost=average_cost,
                    value=money(raw_value),
                )
                for pid, sku, name, category, raw_units, average_cost, raw_value in session.execute(
                    per_product
                )
            )
            category_rows = list(session.execute(per_category))
            total_raw = sum(int(raw or 0) for _category, _count, raw in category_rows)
            categories = tuple(
                CategoryValue(category, count, money(raw)) for category, count, raw in category_rows
            )
        return StockValuation(
            currency=currency,
            products=products,
            categories=categories,
            total=money(total_raw) if category_rows else ZERO,
        )


__all__ = ["CategoryValue", "InventoryReports", "ProductValue", "StockValuation"]
