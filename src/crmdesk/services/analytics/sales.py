"""Sales by period, product, category, customer, place and channel; new customers; quotes; complaints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from crmdesk.services.analytics.common import docs_cte, to_base


class SalesBy(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    PRODUCT = "product"
    CATEGORY = "category"
    CUSTOMER = "customer"
    COUNTRY = "country"
    CITY = "city"
    CHANNEL = "channel"

    @property
    def is_period(self) -> bool:
        return self in (SalesBy.MONTH, SalesBy.QUARTER, SalesBy.YEAR)


_MONTH = "substr(d.issue_date, 6, 2)"
_ADDRESS = "LEFT JOIN addresses a ON a.customer_id = d.customer_id AND a.kind = 'billing'"
_CUSTOMER = "JOIN customers c ON c.id = d.customer_id"
_LINES = "JOIN invoice_lines l ON l.invoice_id = d.id LEFT JOIN products p ON p.id = l.product_id"
_CHANNEL = "coalesce(d.channel, (SELECT c.channel FROM customers c WHERE c.id = d.customer_id), '')"
_LINE_NET = to_base("l.net_amount", "d.rate")

_GROUPINGS: dict[SalesBy, tuple[str, str, str, bool]] = {
    # key, label, joins, line level. ``d.y`` is the year, one more for the documents of the year before.
    SalesBy.MONTH: (f"printf('%04d-%s', d.y, {_MONTH})", "''", "", False),
    SalesBy.QUARTER: (f"printf('%04d-Q%d', d.y, (CAST({_MONTH} AS INTEGER) + 2) / 3)", "''", "", False),
    SalesBy.YEAR: ("printf('%04d', d.y)", "''", "", False),
    SalesBy.CUSTOMER: ("CAST(d.customer_id AS TEXT)", "c.name", _CUSTOMER, False),
    SalesBy.COUNTRY: ("coalesce(a.country, '')", "coalesce(a.country, '')", _ADDRESS, False),
    SalesBy.CITY: (
        "coalesce(a.city, '') || '|' || coalesce(a.country, '')",
        "CASE WHEN coalesce(a.city, '') = '' THEN '' ELSE a.city || coalesce(', ' || nullif(a.country, ''), '') END",
        _ADDRESS,
        False,
    ),
    # The customer's channel is looked up only for a document without its own (coalesce stops early).
    SalesBy.CHANNEL: (_CHANNEL, "''", "", False),
    SalesBy.PRODUCT: ("CAST(coalesce(l.product_id, 0) AS TEXT)", "coalesce(p.name, '')", _LINES, True),
    SalesBy.CATEGORY: ("coalesce(p.category, '')", "coalesce(p.category, '')", _LINES, True),
}


def sales_sql(by: SalesBy, *, compare: bool = True, overlap: bool = True) -> str:
    """Net sales per key in the range beside the same key a year before (``compare``), in one statement."""
    key, label, joins, line_level = _GROUPINGS[by]
    net = _LINE_NET if line_level else "d.net_base"
    count = (
        "count(DISTINCT CASE WHEN d.now = 1 AND d.sign = {sign} THEN d.id END)"
        if line_level
        else ("sum(CASE WHEN d.now = 1 AND d.sign = {sign} THEN 1 ELSE 0 END)")
    )
    order = "key" if by.is_period else "net DESC, previous DESC, key"
    year = "CAST(substr({t}.issue_date, 1, 4) AS INTEGER)"
    if not compare:
        ctes = docs_cte("cur")
        both = f"SELECT cur.*, 1 AS now, 0 AS before, {year.format(t='cur')} AS y FROM cur"
    elif not by.is_period or not overlap:
        # One read of both ranges: a document counts in the range, in the year before, or (a key that is
        # not a period) in both. A period's key moves a year on for the year before.
        ctes = docs_cte("span", ":prev_start", ":end")
        both = (
            "SELECT span.*, span.issue_date >= :start AS now, span.issue_date <= :prev_end AS before,"
            f" {year.format(t='span')} + (span.issue_date <= :prev_end) AS y FROM span"
        )
    else:
        # Ranges of more than a year overlap: a document of both is keyed once for each.
        ctes = f"{docs_cte('cur')}, {docs_cte('prev', ':prev_start', ':prev_end')}"
        both = (
            f"SELECT cur.*, 1 AS now, 0 AS before, {year.format(t='cur')} AS y FROM cur"
            "\n    UNION ALL\n"
            f"    SELECT prev.*, 0 AS now, 1 AS before, {year.format(t='prev')} + 1 AS y FROM prev"
        )
    return f"""WITH {ctes},
both AS (
    {both}
)
SELECT {key} AS key, max({label}) AS label, {count.format(sign=1)} AS invoices,
       {count.format(sign=-1)} AS credit_notes,
       coalesce(sum(CASE WHEN d.now = 1 THEN d.sign * {net} END), 0) AS net,
       sum(CASE WHEN d.before = 1 THEN d.sign * {net} END) AS previous
FROM both d {joins}
GROUP BY 1
HAVING sum(d.now) > 0 OR sum(d.before) > 0
ORDER BY {order}
LIMIT :limit
"""


NEW_CUSTOMERS_SQL = """
SELECT substr(created_at, 1, 7) AS month, count(*) FROM customers NOT INDEXED
WHERE created_at >= :start AND created_at < date(:end, '+1 day')
GROUP BY 1 ORDER BY 1
"""

FIRST_PURCHASES_SQL = """
WITH firsts AS (
    SELECT customer_id, min(issue_date) AS first_day FROM invoices NOT INDEXED
    WHERE status = 'issued' AND kind = 'invoice' GROUP BY customer_id
)
SELECT substr(first_day, 1, 7), count(*) FROM firsts
WHERE first_day >= :start AND first_day <= :end
GROUP BY 1 ORDER BY 1
"""

QUOTES_SQL = f"""
SELECT q.status, count(*), sum({to_base("q.net_total", "q.exchange_rate")})
FROM quotes q
WHERE q.issue_date >= :start AND q.issue_date <= :end
  AND NOT EXISTS (SELECT 1 FROM quotes newer WHERE newer.previous_revision_id = q.id)
GROUP BY q.status
"""
"""The latest revision of each quote dated in the range (an older revision is not a separate offer)."""

PIPELINE_SQL = """
SELECT o.stage, o.currency, count(*), sum(o.value) FROM opportunities o
WHERE date(o.created_at) <= :end
  AND (o.stage NOT IN ('won', 'lost') OR o.closed_at IS NULL OR date(o.closed_at) >= :start)
GROUP BY o.stage, o.currency
"""
"""Opportunities that existed in the range: open ones, and those closed inside it."""

COMPLAINTS_SQL = """
SELECT substr(occurred_at, 1, 7) AS month,
       sum(CASE WHEN complaint_status IS NOT NULL THEN 1 ELSE 0 END),
       sum(CASE WHEN complaint_status = 'resolved' THEN 1 ELSE 0 END),
       count(satisfaction), coalesce(sum(satisfaction), 0)
FROM interactions NOT INDEXED
WHERE occurred_at >= :start AND occurred_at < date(:end, '+1 day')
  AND (complaint_status IS NOT NULL OR satisfaction IS NOT NULL)
GROUP BY 1 ORDER BY 1
"""
"""Complaints opened in the range (by month) and how many of them are resolved; satisfaction given."""


@dataclass(frozen=True)
class SalesRow:
    key: str
    label: str
    invoices: int
    credit_notes: int
    net_sales: Decimal
    """Invoices minus credit notes, net of tax, base currency."""
    previous: Decimal | None
    """The same key a year before (same period last year); ``None`` when it had no sales."""

    @property
    def change(self) -> Decimal | None:
        """Growth against the year before, percent (1 decimal); ``None`` without a base to compare."""
        if not self.previous:
            return None
        return ((self.net_sales - self.previous) * 100 / abs(self.previous)).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class SalesReport:
    by: SalesBy
    start: date | None
    end: date
    currency: str
    rows: tuple[SalesRow, ...]

    @property
    def total(self) -> Decimal:
        return sum((row.net_sales for row in self.rows), Decimal(0))


@dataclass(frozen=True)
class NewCustomersRow:
    month: str
    registered: int
    """Customers created that month."""
    first_purchases: int
    """Customers whose first issued invoice is dated that month."""


@dataclass(frozen=True)
class QuoteStats:
    by_status: dict[str, int]
    decided: int
    """Accepted + declined + expired."""
    accepted: int
    win_rate: Decimal | None
    """Accepted ÷ decided, percent (1 decimal)."""
    accepted_value: Decimal
    open_value: Decimal
    """Draft and sent quotes, net, base currency."""
    currency: str


@dataclass(frozen=True)
class PipelineStage:
    stage: str
    currency: str
    opportunities: int
    value: Decimal


@dataclass(frozen=True)
class ComplaintsRow:
    month: str
    opened: int
    resolved: int
    ratings: int
    average_satisfaction: Decimal | None
    """1–5, 2 decimals, over the interactions rated that month."""


__all__ = [
    "COMPLAINTS_SQL",
    "FIRST_PURCHASES_SQL",
    "NEW_CUSTOMERS_SQL",
    "PIPELINE_SQL",
    "QUOTES_SQL",
    "ComplaintsRow",
    "NewCustomersRow",
    "PipelineStage",
    "QuoteStats",
    "SalesBy",
    "SalesReport",
    "SalesRow",
    "sales_sql",
]
