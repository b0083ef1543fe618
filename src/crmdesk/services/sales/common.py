"""What quotes, invoices and payments share: settings, number allocation, base currency, customer snapshot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.domain.enums import AddressKind
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.money import check_currency
from crmdesk.domain.numbering import DEFAULT_INVOICE_PATTERN, check_pattern, format_number, period_of
from crmdesk.domain.totals import TaxRounding
from crmdesk.storage.guards import FROZEN_INVOICE_MESSAGE
from crmdesk.storage.models import Address, CompanyProfile, Customer, NumberSeries, Setting

DEFAULT_PATTERNS: dict[str, str] = {
    "invoice": DEFAULT_INVOICE_PATTERN,
    "credit_note": "CN-{year}-{seq:04d}",
    "quote": "Q-{year}-{seq:04d}",
    "purchase_order": "PO-{year}-{seq:04d}",
    "delivery_note": "DN-{year}-{seq:04d}",
}
"""Default number pattern per series; the owner overrides one with the setting ``numbering.<series>.pattern``."""

TAX_ROUNDING_SETTING = "sales.tax_rounding"
DEFAULT_BASE_CURRENCY = "EUR"

M = TypeVar("M")


def pattern_setting_key(series: str) -> str:
    return f"numbering.{series}.pattern"


def read_setting(session: Session, key: str) -> object | None:
    """A setting's JSON value, or ``None`` when it was never set."""
    raw = session.get(Setting, key)
    if raw is None:
        return None
    try:
        value: object = json.loads(raw.value)
    except ValueError:
        return raw.value
    return value


def number_pattern(session: Session, series: str) -> str:
    value = read_setting(session, pattern_setting_key(series))
    if value is None:
        return DEFAULT_PATTERNS.get(series, series.upper() + "-{year}-{seq:04d}")
    return check_pattern(str(value))


def tax_rounding(session: Session) -> TaxRounding:
    value = read_setting(session, TAX_ROUNDING_SETTING)
    try:
        return TaxRounding(str(value)) if value is not None else TaxRounding.PER_DOCUMENT
    except ValueError:
        raise ValidationError(f"setting {TAX_ROUNDING_SETTING} must be 'document' or 'line'") from None


def allocate_number(session: Session, *, series: str, issued_on: date) -> tuple[str, int]:
    """The next number of ``series`` for ``issued_on``; call inside the write transaction that issues.

    ``BEGIN IMMEDIATE`` (``Database.write()``) holds SQLite's write lock from the first statement, so two
    processes issuing at the same moment are serialised: the second reads the counter the first committed.
    A number is never given twice (also a UNIQUE constraint) and, the counter being bumped in the same
    transaction as the document, never skipped.
    """
    pattern = number_pattern(session, series)
    period = period_of(pattern, issued_on)
    counter = session.scalars(
        select(NumberSeries).where(NumberSeries.code == series, NumberSeries.period == period)
    ).one_or_none()
    if counter is None:
        counter = NumberSeries(code=series, period=period, pattern=pattern, last_sequence=0)
        session.add(counter)
    counter.last_sequence += 1
    counter.pattern = pattern
    session.flush()
    return format_number(pattern, issued_on=issued_on, sequence=counter.last_sequence), counter.last_sequence


def base_currency(session: Session) -> str:
    profile = session.get(CompanyProfile, 1)
    return profile.base_currency if profile is not None and profile.base_currency else DEFAULT_BASE_CURRENCY


def currency_code(currency: str) -> str:
    return check_currency(currency)


def require(session: Session, model: type[M], key: int, what: str) -> M:
    """The row ``key`` of ``model`` or :class:`NotFoundError` naming ``what``."""
    found = session.get(model, key)
    if found is None:
        raise NotFoundError(f"{what} {key} does not exist")
    return found


def customer_snapshot(session: Session, customer: Customer) -> str:
    """The customer as printed on an issued document: name, address lines, country, VAT id, language."""
    address = session.scalars(
        select(Address).where(Address.customer_id == customer.id, Address.kind == AddressKind.BILLING)
    ).one_or_none()
    lines: list[str] = []
    country = ""
    if address is not None:
        city_line = " ".join(part for part in (address.postal_code, address.city) if part)
        lines = [part for part in (address.line1, address.line2, city_line, address.region) if part]
        country = address.country
    return json.dumps(
        {
            "name": customer.name,
            "address": lines,
            "country": country,
            "vat_id": customer.vat_id,
            "registration_no": customer.registration_no,
            "language": customer.language,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def local_today() -> date:
    """The owner's calendar date (local time zone of the computer)."""
    return datetime.now(UTC).astimezone().date()


@contextmanager
def frozen_as_conflict() -> Iterator[None]:
    """Turn the database's frozen-invoice abort into the owner's one-line :class:`ConflictError`."""
    try:
        yield
    except IntegrityError as exc:
        if FROZEN_INVOICE_MESSAGE in str(exc.orig):
            raise ConflictError(FROZEN_INVOICE_MESSAGE) from exc
        raise


__all__ = [
    "DEFAULT_PATTERNS",
    "TAX_ROUNDING_SETTING",
    "allocate_number",
    "base_currency",
    "currency_code",
    "customer_snapshot",
    "frozen_as_conflict",
    "local_today",
    "number_pattern",
    "pattern_setting_key",
    "read_setting",
    "require",
    "tax_rounding",
]
