"""Document lines as the owner enters them: from the product catalogue (price and tax filled in) or free text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import (
    MONEY_SCALE,
    PERCENT_SCALE,
    PRICE_SCALE,
    QUANTITY_SCALE,
    ZERO,
    require_decimal,
)
from crmdesk.domain.totals import HUNDRED, TaxRounding, Totals, document_totals
from crmdesk.storage.models import InvoiceLine, Product, QuoteLine, TaxRate


@dataclass(frozen=True)
class LineInput:
    """One line to write. With ``product_id``, what is left ``None``/empty comes from the catalogue."""

    description: str = ""
    quantity: Decimal = Decimal(1)
    unit_price: Decimal | None = None
    """Net, or gross when the document's prices include tax."""
    tax_rate: Decimal | None = None
    """Percent (21 means 21 %); default: the product's rate, else 0."""
    discount: Decimal = ZERO
    """An amount taken off the line (not a percentage)."""
    unit: str | None = None
    product_id: int | None = None


@dataclass(frozen=True)
class ResolvedLine:
    """A line with every value settled; what is stored."""

    product_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    unit_cost: Decimal | None


def gross_unit_price(net_price: Decimal, tax_rate: Decimal) -> Decimal:
    """A catalogue (net) price with its tax added, for documents whose prices include tax."""
    return (net_price * (HUNDRED + tax_rate) / HUNDRED).quantize(Decimal(1).scaleb(-PRICE_SCALE))


def _digits(value: Decimal, scale: int, field: str, position: int) -> Decimal:
    return require_decimal(
        value, scale=scale, field=field, label=f"line {position}: {field.replace('_', ' ')}"
    )


def resolve_lines(
    session: Session, lines: Sequence[LineInput], *, currency: str, prices_include_tax: bool
) -> list[ResolvedLine]:
    """Fill catalogue values and check every line; raise :class:`ValidationError` naming the line."""
    resolved: list[ResolvedLine] = []
    for position, line in enumerate(lines, 1):
        product = session.get(Product, line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            raise ValidationError(
                f"line {position}: product {line.product_id} does not exist", field="product"
            )
        tax_rate = line.tax_rate
        unit_price = line.unit_price
        if product is not None:
            if tax_rate is None and product.tax_rate_id is not None:
                rate = session.get(TaxRate, product.tax_rate_id)
                tax_rate = rate.rate if rate is not None else None
            if unit_price is None:
                if product.currency != currency:
                    raise ValidationError(
                        f"line {position}: {product.name} is priced in {product.currency}; enter the price"
                        f" in {currency}",
                        field="unit_price",
                    )
                unit_price = product.sale_price
                if prices_include_tax:
                    unit_price = gross_unit_price(unit_price, tax_rate or ZERO)
        description = (line.description or (product.name if product else "")).strip()
        if not description:
            raise ValidationError(
                f"line {position}: a line needs a description or a product", field="description"
            )
        if unit_price is None:
            raise ValidationError(f"line {position}: enter a unit price", field="unit_price")
        quantity = _digits(line.quantity, QUANTITY_SCALE, "quantity", position)
        unit_price = _digits(unit_price, PRICE_SCALE, "unit_price", position)
        discount = _digits(line.discount, MONEY_SCALE, "discount", position)
        tax_rate = _digits(tax_rate if tax_rate is not None else ZERO, PERCENT_SCALE, "tax_rate", position)
        if quantity <= ZERO:
            raise ValidationError(f"line {position}: the quantity must be more than 0", field="quantity")
        if unit_price < ZERO:
            raise ValidationError(f"line {position}: a unit price cannot be negative", field="unit_price")
        if tax_rate < ZERO:
            raise ValidationError(f"line {position}: a tax rate cannot be negative", field="tax_rate")
        if discount < ZERO or discount > quantity * unit_price:
            raise ValidationError(
                f"line {position}: the discount must be between 0 and the line's amount", field="discount"
            )
        resolved.append(
            ResolvedLine(
                product_id=product.id if product else None,
                description=description,
                quantity=quantity,
                unit=(line.unit or (product.unit if product else "") or "pcs").strip(),
                unit_price=unit_price,
                discount=discount,
                tax_rate=tax_rate,
                unit_cost=product.average_cost if product is not None else None,
            )
        )
    return resolved


def totals_of(
    lines: Sequence[ResolvedLine], *, currency: str, prices_include_tax: bool, rounding: TaxRounding
) -> Totals:
    return document_totals(lines, currency, prices_include_tax=prices_include_tax, rounding=rounding)


__all__ = ["LineInput", "ResolvedLine", "gross_unit_price", "resolve_lines", "totals_of"]


def resolved_of(line: QuoteLine | InvoiceLine) -> ResolvedLine:
    """A stored quote or invoice line as a resolved line again (to copy it or recompute totals).

    A quote line carries no cost: the cost is the product's when it is sold.
    """
    return ResolvedLine(
        product_id=line.product_id,
        description=line.description,
        quantity=line.quantity,
        unit=line.unit,
        unit_price=line.unit_price,
        discount=line.discount,
        tax_rate=line.tax_rate,
        unit_cost=line.unit_cost if isinstance(line, InvoiceLine) else None,
    )
