"""What every analytics query shares: the date range, the issued documents in base-currency cents, rounding.

Amounts are converted in SQLite's integer arithmetic, never through a float: a document's stored minor
units are divided by the exchange rate stored on it (units of its currency per base unit, scale 6) and
rounded half away from zero, exactly as :func:`crmdesk.domain.documents.to_base_currency` does for one
document. Costs (quantity at scale 3 × unit cost at scale 4 = scale 7) are summed raw and rounded to cents
once per group.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import (
    EXCHANGE_RATE_SCALE,
    MONEY_SCALE,
    PRICE_SCALE,
    QUANTITY_SCALE,
    from_scaled_int,
)

RATE_ONE = 10**EXCHANGE_RATE_SCALE
COST_TO_CENTS = 10 ** (QUANTITY_SCALE + PRICE_SCALE - MONEY_SCALE)
"""quantity (scale 3) × unit cost (scale 4) = scale 7; cents are scale 2."""
EARLIEST = date(1900, 1, 1)


def rounded_div(numerator: str, denominator: str) -> str:
    """SQL for ``numerator / denominator`` on integers, rounded half away from zero (``denominator`` > 0)."""
    return (
        f"(CASE WHEN ({numerator}) >= 0 THEN (2 * ({numerator}) + ({denominator})) / (2 * ({denominator}))"
        f" ELSE -((-2 * ({numerator}) + ({denominator})) / (2 * ({denominator}))) END)"
    )


def to_base(column: str, rate: str = "v.exchange_rate") -> str:
    """SQL: a stored money column (minor units) of a document in base-currency minor units.

    A document in the base currency (rate 1) is taken as it is: most are, and the division costs.
    """
    return f"(CASE WHEN {rate} = {RATE_ONE} THEN {column} ELSE {rounded_div(f'{column} * {RATE_ONE}', rate)} END)"


def cost_cents(raw: str) -> str:
    """SQL: a raw sum of quantity × unit cost (scale 7) in cents."""
    return rounded_div(raw, str(COST_TO_CENTS))


DAYS = "(unixepoch({end}) - unixepoch({start})) / 86400"


def days_between(start: str, end: str) -> str:
    """SQL: whole days from the ISO date ``start`` to ``end`` (integer arithmetic)."""
    return DAYS.format(start=start, end=end)


def docs_cte(name: str = "docs", start: str = ":start", end: str = ":end") -> str:
    """SQL CTE ``name``: issued invoices (sign 1) and credit notes (sign −1) dated ``start`` … ``end``."""
    return f"""
{name} AS (
    SELECT v.id, v.customer_id, v.issue_date, v.kind, v.channel, v.exchange_rate AS rate,
           CASE v.kind WHEN 'credit_note' THEN -1 ELSE 1 END AS sign,
           {to_base("v.net_total")} AS net_base
    FROM invoices v NOT INDEXED
    WHERE v.status = 'issued' AND v.issue_date >= {start} AND v.issue_date <= {end}
)"""


DOCS_CTE = docs_cte()
"""Issued invoices (sign 1) and credit notes (sign −1) dated in the range, net in base cents."""


@dataclass(frozen=True)
class DateRange:
    """Documents dated ``start`` … ``end``, both included; ``start`` None means since the beginning."""

    start: date | None
    end: date

    def __post_init__(self) -> None:
        if self.start is not None and self.start > self.end:
            raise ValidationError(
                f"the range starts ({self.start.isoformat()}) after it ends ({self.end.isoformat()})",
                field="start",
            )

    @property
    def narrow(self) -> bool:
        return self.start is not None and (self.end - self.start).days < NARROW_DAYS

    @property
    def params(self) -> dict[str, str]:
        return {"start": (self.start or EARLIEST).isoformat(), "end": self.end.isoformat()}

    @property
    def with_year_before(self) -> dict[str, str]:
        before = self.year_before().params
        return {**self.params, "prev_start": before["start"], "prev_end": before["end"]}

    def year_before(self) -> DateRange:
        return DateRange(
            start=None if self.start is None else shift_year(self.start, -1), end=shift_year(self.end, -1)
        )


def shift_year(day: date, years: int) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def year_to_date(today: date) -> DateRange:
    return DateRange(start=date(today.year, 1, 1), end=today)


def last_days(today: date, days: int) -> DateRange:
    return DateRange(start=today - timedelta(days=days - 1), end=today)


def cents(value: Any) -> Decimal:
    """Stored minor units (an int from SQLite, or None) as a Decimal amount."""
    return from_scaled_int(int(value or 0), MONEY_SCALE)


def day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


NARROW_DAYS = 92
"""A range of at most this many days reads the documents through the issue-date index; a wider one
reads the table straight through, which is faster than an index search touching most rows in random
order (measured: 3× on the 100k demo file)."""


def for_range(sql: str, period: DateRange) -> str:
    """``sql`` (written for a wide range, ``NOT INDEXED`` scans) adapted to ``period``."""
    if not period.narrow:
        return sql
    return sql.replace(" NOT INDEXED\n    WHERE v.status", "\n    WHERE +v.status").replace(
        " NOT INDEXED", ""
    )


def required_day(value: object) -> date:
    """An ISO date column that the query guarantees is there."""
    return date.fromisoformat(str(value))


def rows(session: Session, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.execute(text(sql), dict(params))]


__all__ = [
    "DOCS_CTE",
    "DateRange",
    "cents",
    "cost_cents",
    "day",
    "days_between",
    "docs_cte",
    "for_range",
    "last_days",
    "required_day",
    "rounded_div",
    "rows",
    "shift_year",
    "to_base",
    "year_to_date",
]
