"""Rules of issued sales documents: their canonical (hashed) content, date order, credit-note lines,
conversion to the base currency.

The canonical content is what :mod:`crmdesk.domain.chain` hashes: every printed fact of an invoice or
credit note, with each amount written at the scale it is stored with, so that the content computed
when issuing is byte for byte the content recomputed from the file later (``10`` and ``10.0000`` are
the same price but not the same text). Anything that writes issued documents (the invoice service,
demo data, an import) must build it with :func:`document_content`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.money import (
    EXCHANGE_RATE_SCALE,
    MONEY_SCALE,
    PERCENT_SCALE,
    PRICE_SCALE,
    QUANTITY_SCALE,
    ZERO,
    round_money,
)

CONTENT_VERSION = 1
"""Bumped if the canonical form ever changes; stored inside the hashed content."""


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One line of an issued document as printed."""

    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net_amount: Decimal


@dataclass(frozen=True, slots=True)
class PrintedDocument:
    """The printed facts of an issued invoice or credit note (what its hash covers)."""

    kind: str
    series: str
    number: str
    sequence: int
    issue_date: date
    due_date: date | None
    currency: str
    exchange_rate: Decimal
    prices_include_tax: bool
    language: str
    customer_snapshot: str
    """The JSON text stored on the document; hashed as parsed JSON, so whitespace does not matter."""
    notes: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    credited_number: str | None
    """The number of the invoice a credit note corrects."""
    lines: Sequence[PrintedLine]


def _fixed(value: Decimal, scale: int) -> Decimal:
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        raise TypeError(f"expected Decimal, got {type(value).__name__}")
    return Decimal(value).quantize(Decimal(1).scaleb(-scale))


def document_content(document: PrintedDocument) -> dict[str, Any]:
    """The canonical content of an issued document, ready for :func:`crmdesk.domain.chain.chained_hash`."""
    try:
        customer = json.loads(document.customer_snapshot or "{}")
    except ValueError:
        customer = document.customer_snapshot  # hashed as text: still tamper-evident
    return {
        "v": CONTENT_VERSION,
        "kind": document.kind,
        "series": document.series,
        "number": document.number,
        "sequence": document.sequence,
        "issue_date": document.issue_date,
        "due_date": document.due_date,
        "currency": document.currency,
        "exchange_rate": _fixed(document.exchange_rate, EXCHANGE_RATE_SCALE),
        "prices_include_tax": bool(document.prices_include_tax),
        "language": document.language,
        "customer": customer,
        "notes": document.notes,
        "net_total": _fixed(document.net_total, MONEY_SCALE),
        "tax_total": _fixed(document.tax_total, MONEY_SCALE),
        "gross_total": _fixed(document.gross_total, MONEY_SCALE),
        "credits": document.credited_number,
        "lines": [
            {
                "description": line.description,
                "quantity": _fixed(line.quantity, QUANTITY_SCALE),
                "unit": line.unit,
                "unit_price": _fixed(line.unit_price, PRICE_SCALE),
                "discount": _fixed(line.discount, MONEY_SCALE),
                "tax_rate": _fixed(line.tax_rate, PERCENT_SCALE),
                "net_amount": _fixed(line.net_amount, MONEY_SCALE),
            }
            for line in document.lines
        ],
    }


def check_issue_date(*, series: str, issue_date: date, last_issue_date: date | None) -> None:
    """Dates within a series never go backwards: refuse an issue date before the last one issued."""
    if last_issue_date is not None and issue_date < last_issue_date:
        raise ConflictError(
            f"the issue date {issue_date.isoformat()} is before the last {series.replace('_', ' ')}"
            f" issued ({last_issue_date.isoformat()}); dates in a series never go backwards"
        )


def clock_warning(*, today: date, last_issue_date: date | None) -> str | None:
    """A one-line warning when the computer's date is earlier than the last issued document."""
    if last_issue_date is not None and today < last_issue_date:
        return (
            f"the computer's date ({today.isoformat()}) is earlier than the last issued invoice"
            f" ({last_issue_date.isoformat()}): check the system clock before issuing"
        )
    return None


def credited_discount(*, discount: Decimal, quantity: Decimal, credited_quantity: Decimal) -> Decimal:
    """The share of a line's discount that goes with ``credited_quantity`` of its ``quantity``.

    The whole line credited keeps its discount exactly, so a full credit note nets the invoice to zero.
    """
    if credited_quantity <= ZERO or credited_quantity > quantity:
        raise ValidationError(
            f"a credited quantity must be more than 0 and at most {quantity}", field="quantity"
        )
    if credited_quantity == quantity:
        return discount
    share = discount * credited_quantity / quantity
    return share.quantize(Decimal(1).scaleb(-MONEY_SCALE), rounding=ROUND_HALF_UP)


def to_base_currency(amount: Decimal, *, exchange_rate: Decimal, base_currency: str) -> Decimal:
    """An amount of a document in the base currency, with the rate stored on the document.

    ``exchange_rate`` is units of the document's currency per unit of the base currency.
    """
    if exchange_rate <= ZERO:
        raise ValidationError("an exchange rate must be more than 0", field="exchange_rate")
    return round_money(amount / exchange_rate, base_currency)


def check_exchange_rate(*, currency: str, base_currency: str, exchange_rate: Decimal | None) -> Decimal:
    """The rate to store: 1 for the base currency; required (and positive) for any other."""
    if currency == base_currency:
        if exchange_rate is not None and exchange_rate != 1:
            raise ValidationError(
                f"a document in the base currency {base_currency} has the exchange rate 1",
                field="exchange_rate",
            )
        return Decimal(1)
    if exchange_rate is None:
        raise ValidationError(
            f"give the exchange rate: how many {currency} for one {base_currency}", field="exchange_rate"
        )
    if exchange_rate <= ZERO:
        raise ValidationError("an exchange rate must be more than 0", field="exchange_rate")
    return _fixed_checked(exchange_rate, EXCHANGE_RATE_SCALE, "exchange_rate")


def _fixed_checked(value: Decimal, scale: int, field: str) -> Decimal:
    fixed = _fixed(value, scale)
    if fixed != value:
        raise ValidationError(f"{field.replace('_', ' ')} has more than {scale} decimal places", field=field)
    return value


__all__ = [
    "CONTENT_VERSION",
    "PrintedDocument",
    "PrintedLine",
    "check_exchange_rate",
    "check_issue_date",
    "clock_warning",
    "credited_discount",
    "document_content",
    "to_base_currency",
]
