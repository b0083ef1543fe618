"""The dashboard's figures in one call (one read transaction per figure, all in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from crmdesk.services.analytics.common import DateRange, cents, to_base
from crmdesk.services.analytics.customers import ChurnRow, SegmentSize
from crmdesk.services.analytics.sales import SalesBy, SalesRow
from crmdesk.services.inventory.stock import StockLevel

DASHBOARD_WITHIN_DAYS = 365
"""At-risk customers shown on the dashboard bought within this many days (still worth a call)."""
TOP_CUSTOMERS = 10
AT_RISK_SHOWN = 10

OVERDUE_SQL = f"""
WITH owed AS (
    SELECT v.exchange_rate, max(v.gross_total
        - coalesce((SELECT sum(cn.gross_total) FROM invoices cn
                    WHERE cn.credited_invoice_id = v.id AND cn.status = 'issued'), 0)
        - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.invoice_id = v.id), 0), 0) AS amount
    FROM invoices v NOT INDEXED
    WHERE v.status = 'issued' AND v.kind = 'invoice' AND v.due_date < :today
)
SELECT count(*), coalesce(sum({to_base("o.amount", "o.exchange_rate")}), 0) FROM owed o WHERE o.amount > 0
"""
"""Issued invoices past their due date with something still owed (the rule of ``sales.receivables``).
Read straight through: nearly every invoice is past due, an index search would touch them all at random."""

FOLLOW_UPS_SQL = """
SELECT count(*) FROM interactions
WHERE follow_up_due IS NOT NULL AND follow_up_done_at IS NULL AND follow_up_due < :until
"""


@dataclass(frozen=True)
class MonthRevenue:
    month: int
    """1–12."""
    this_year: Decimal | None
    """``None`` for the months still to come."""
    last_year: Decimal


@dataclass(frozen=True)
class Receivables:
    overdue_invoices: int
    overdue_total: Decimal
    follow_ups_due: int
    """Open follow-ups due by the end of today."""
    currency: str


@dataclass(frozen=True)
class Dashboard:
    today: date
    currency: str
    months: tuple[MonthRevenue, ...]
    top_customers: tuple[SalesRow, ...]
    """By net sales in the last 12 months; ``key`` is the customer id."""
    segments: tuple[SegmentSize, ...]
    at_risk: tuple[ChurnRow, ...]
    overdue_invoices: int
    overdue_total: Decimal
    follow_ups_due: int
    """Open follow-ups due by the end of today."""
    low_stock: tuple[StockLevel, ...]


def month_rows(by_month: tuple[SalesRow, ...], today: date) -> tuple[MonthRevenue, ...]:
    found = {int(row.key[5:7]): row for row in by_month}
    result = []
    for month in range(1, 13):
        row = found.get(month)
        this_year = None if month > today.month else (row.net_sales if row else Decimal(0))
        last_year = row.previous if row and row.previous is not None else Decimal(0)
        result.append(MonthRevenue(month, this_year, last_year))
    return tuple(result)


def end_of_today_utc(today: date) -> str:
    """The end of the local day ``today`` as the stored UTC instant text."""
    local_end = datetime.combine(today + timedelta(days=1), time()).astimezone()
    return local_end.astimezone(UTC).isoformat(timespec="microseconds")


def this_year(today: date) -> DateRange:
    return DateRange(start=date(today.year, 1, 1), end=date(today.year, 12, 31))


def last_twelve_months(today: date) -> DateRange:
    return DateRange(start=today - timedelta(days=364), end=today)


def overdue_figures(raw: tuple[object, object]) -> tuple[int, Decimal]:
    count, total = raw
    return int(count or 0), cents(total)  # type: ignore[call-overload]


__all__ = [
    "AT_RISK_SHOWN",
    "DASHBOARD_WITHIN_DAYS",
    "FOLLOW_UPS_SQL",
    "OVERDUE_SQL",
    "TOP_CUSTOMERS",
    "Dashboard",
    "MonthRevenue",
    "Receivables",
    "SalesBy",
    "end_of_today_utc",
    "last_twelve_months",
    "month_rows",
    "overdue_figures",
    "this_year",
]
