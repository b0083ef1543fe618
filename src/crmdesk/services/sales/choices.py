"""What the document editor offers: products to pick (price and tax ready), customers' defaults, settings.

The gross price of a product (for documents whose prices include tax) is computed here with the same
rule as :func:`crmdesk.services.sales.lines.resolve_lines`, so the editor shows what saving stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from crmdesk.domain.money import ZERO
from crmdesk.domain.totals import TaxRounding
from crmdesk.services.sales.common import base_currency, require, tax_rounding
from crmdesk.services.sales.lines import gross_unit_price
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Product, TaxRate

DEFAULT_PRODUCT_LIMIT = 5000


@dataclass(frozen=True)
class ProductChoice:
    """A catalogue product as a document line starts from it."""

    id: int
    sku: str
    name: str
    unit: str
    currency: str
    net_price: Decimal
    gross_price: Decimal
    """``net_price`` with the product's tax added (prices of a gross-price document)."""
    tax_rate: Decimal

    @property
    def label(self) -> str:
        """What the autocomplete lists (and matches by SKU or by name)."""
        return f"{self.sku} — {self.name}" if self.sku else self.name

    def price(self, *, prices_include_tax: bool) -> Decimal:
        return self.gross_price if prices_include_tax else self.net_price


@dataclass(frozen=True)
class CustomerDefaults:
    """What a new document takes from its customer unless the owner changes it."""

    id: int
    name: str
    currency: str
    language: str
    payment_terms_days: int


@dataclass(frozen=True)
class EditorSettings:
    base_currency: str
    tax_rounding: TaxRounding


class SalesChoices:
    def __init__(self, db: Database) -> None:
        self._db = db

    def products(self, *, limit: int = DEFAULT_PRODUCT_LIMIT) -> list[ProductChoice]:
        """Active products by name, with their tax rate and net and gross unit price."""
        stmt = (
            select(Product, TaxRate.rate)
            .outerjoin(TaxRate, TaxRate.id == Product.tax_rate_id)
            .where(Product.active.is_(True))
            .order_by(func.lower(Product.name), Product.id)
            .limit(limit)
        )
        with self._db.read_session() as session:
            return [_choice(product, rate) for product, rate in session.execute(stmt)]

    def customer(self, customer_id: int) -> CustomerDefaults:
        with self._db.read_session() as session:
            customer = require(session, Customer, customer_id, "customer")
            return CustomerDefaults(
                id=customer.id,
                name=customer.name,
                currency=customer.currency,
                language=customer.language,
                payment_terms_days=customer.payment_terms_days,
            )

    def settings(self) -> EditorSettings:
        with self._db.read_session() as session:
            return EditorSettings(base_currency=base_currency(session), tax_rounding=tax_rounding(session))


def _choice(product: Product, rate: Decimal | None) -> ProductChoice:
    tax_rate = rate if rate is not None else ZERO
    return ProductChoice(
        id=product.id,
        sku=product.sku,
        name=product.name,
        unit=product.unit,
        currency=product.currency,
        net_price=product.sale_price,
        gross_price=gross_unit_price(product.sale_price, tax_rate),
        tax_rate=tax_rate,
    )


__all__ = ["CustomerDefaults", "EditorSettings", "ProductChoice", "SalesChoices"]
