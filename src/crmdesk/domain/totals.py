"""Totals of a quote, invoice or credit note: line amounts, tax per rate, net + tax = gross.

The rule (the one EN 16931 uses for the VAT breakdown of an e-invoice):

1. a line's amount is ``quantity × unit_price − discount``, rounded to the currency's minor unit;
2. lines are grouped by tax rate; a group's tax is computed once on the group's sum and rounded
   (so ten lines at 21 % never collect ten rounding differences);
3. ``net`` = Σ group nets, ``tax`` = Σ group taxes, ``gross`` = ``net + tax``.

With ``prices_include_tax`` the line amounts are gross; a group's net is its gross divided by
``1 + rate``, rounded, and its tax is the difference, so the printed gross is exactly what the
customer saw on the price tags. :attr:`TaxRounding.PER_LINE` (for owners whose tax office or
accountant wants it) rounds each line's tax (or net, for gross prices) first and adds the rounded
figures per rate instead. Every rounding goes through :func:`crmdesk.domain.money.round_money`
(half up). Amounts are ``Decimal`` only: a ``float`` anywhere is refused with ``TypeError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import ZERO, round_money

HUNDRED = Decimal(100)


class TaxRounding(StrEnum):
    """Where tax is rounded: once per rate on the document (the default), or on every line."""

    PER_DOCUMENT = "document"
    PER_LINE = "line"


class TaxableLine(Protocol):
    """What totals need from a document line (a dataclass, a row view or an ORM object)."""

    @property
    def quantity(self) -> Decimal: ...

    @property
    def unit_price(self) -> Decimal: ...

    @property
    def discount(self) -> Decimal: ...

    @property
    def tax_rate(self) -> Decimal: ...


@dataclass(frozen=True, slots=True)
class LineAmounts:
    """A plain document line for totals: ``tax_rate`` in percent (21 means 21 %), ``discount`` an amount."""

    quantity: Decimal
    unit_price: Decimal
    discount: Decimal = ZERO
    tax_rate: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class RateTotals:
    """The tax breakdown of one rate."""

    rate: Decimal
    net: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.tax


@dataclass(frozen=True, slots=True)
class Totals:
    """A document's totals; ``line_amounts`` follow the order of the lines given."""

    net: Decimal
    tax: Decimal
    gross: Decimal
    by_rate: tuple[RateTotals, ...]
    """One entry per tax rate used, highest rate first (as printed on an invoice)."""
    line_amounts: tuple[Decimal, ...]
    """Each line's rounded amount: net, or gross when prices include tax."""


def _decimal(value: object, name: str) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    raise TypeError(f"{name} must be a Decimal, got {type(value).__name__}")


def line_amount(line: TaxableLine, currency: str) -> Decimal:
    """``quantity × unit_price − discount`` rounded to the currency's minor unit (half up)."""
    quantity = _decimal(line.quantity, "quantity")
    unit_price = _decimal(line.unit_price, "unit_price")
    discount = _decimal(line.discount, "discount")
    return round_money(quantity * unit_price - discount, currency)


def _split(amount: Decimal, rate: Decimal, currency: str, *, prices_include_tax: bool) -> RateTotals:
    """Net and tax of a (line or group) amount: the amount is net, or gross with ``prices_include_tax``."""
    if prices_include_tax:
        net = round_money(amount * HUNDRED / (HUNDRED + rate), currency)
        return RateTotals(rate=rate, net=net, tax=amount - net)
    return RateTotals(rate=rate, net=amount, tax=round_money(amount * rate / HUNDRED, currency))


def document_totals(
    lines: Iterable[TaxableLine],
    currency: str,
    *,
    prices_include_tax: bool = False,
    rounding: TaxRounding = TaxRounding.PER_DOCUMENT,
) -> Totals:
    """Totals of a document in ``currency``; see the module docstring for the rule."""
    amounts: list[Decimal] = []
    per_rate: dict[Decimal, RateTotals] = {}
    for line in lines:
        rate = _decimal(line.tax_rate, "tax_rate")
        if rate < 0:
            raise ValidationError(f"a tax rate cannot be negative: {rate}", field="tax_rate")
        amount = line_amount(line, currency)
        amounts.append(amount)
        # Equal Decimals hash alike, so 21, 21.0 and 21.000 fall into one group.
        before = per_rate.get(rate, RateTotals(rate=rate, net=ZERO, tax=ZERO))
        if rounding is TaxRounding.PER_LINE:
            part = _split(amount, rate, currency, prices_include_tax=prices_include_tax)
            per_rate[rate] = RateTotals(
                rate=before.rate, net=before.net + part.net, tax=before.tax + part.tax
            )
        else:
            # The group's sum is carried in ``net`` until it is split below.
            per_rate[rate] = RateTotals(rate=before.rate, net=before.net + amount, tax=ZERO)
    groups: list[RateTotals] = []
    for rate in sorted(per_rate, reverse=True):
        group = per_rate[rate]
        if rounding is TaxRounding.PER_LINE:
            groups.append(group)
        else:
            groups.append(_split(group.net, group.rate, currency, prices_include_tax=prices_include_tax))
    net = round_money(sum((g.net for g in groups), ZERO), currency)
    tax = round_money(sum((g.tax for g in groups), ZERO), currency)
    return Totals(net=net, tax=tax, gross=net + tax, by_rate=tuple(groups), line_amounts=tuple(amounts))


__all__ = [
    "LineAmounts",
    "RateTotals",
    "TaxRounding",
    "TaxableLine",
    "Totals",
    "document_totals",
    "line_amount",
]
