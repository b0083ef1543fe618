"""Customer analytics in SQL: RFM scores and segments, lifetime value, churn risk.

The rules are documented in ``docs/analytics.md``; every figure is computed by SQLite over the whole
history (window functions and CTEs), Python only turns the result rows into dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from crmdesk.services.analytics.common import (
    DOCS_CTE,
    cents,
    cost_cents,
    days_between,
    required_day,
    rounded_div,
)


class Segment(StrEnum):
    CHAMPIONS = "Champions"
    LOYAL = "Loyal"
    POTENTIAL_LOYALISTS = "Potential loyalists"
    NEW = "New"
    NEED_ATTENTION = "Need attention"
    AT_RISK = "At risk"
    CANT_LOSE_THEM = "Can't lose them"
    HIBERNATING = "Hibernating"
    LOST = "Lost"


SEGMENT_RULES: tuple[tuple[Segment, str], ...] = (
    (Segment.NEW, "orders = 1 AND r >= 4"),
    (Segment.CHAMPIONS, "r >= 4 AND fm >= 4"),
    (Segment.LOYAL, "r >= 3 AND fm >= 3"),
    (Segment.POTENTIAL_LOYALISTS, "r >= 4"),
    (Segment.NEED_ATTENTION, "r = 3"),
    (Segment.CANT_LOSE_THEM, "fm = 5"),
    (Segment.AT_RISK, "fm >= 3"),
    (Segment.HIBERNATING, "r = 2"),
    (Segment.LOST, "1 = 1"),
)
"""First rule that matches wins. ``fm`` = (F + M) / 2 rounded half up; ``orders`` = issued invoices."""


def _segment_case() -> str:
    whens = " ".join(
        f"WHEN {rule} THEN '{segment.value.replace(chr(39), chr(39) * 2)}'" for segment, rule in SEGMENT_RULES
    )
    return f"CASE {whens} END"


def per_customer_cte(*, purchase_days: bool = False) -> str:
    """CTE ``per``: grouped first, then joined to the customers (names, archived) once per customer."""
    days = "count(DISTINCT CASE WHEN d.sign = 1 THEN d.issue_date END)" if purchase_days else "0"
    return f"""{DOCS_CTE},
grouped AS (
    SELECT d.customer_id AS cid,
           min(CASE WHEN d.sign = 1 THEN d.issue_date END) AS first_day,
           max(CASE WHEN d.sign = 1 THEN d.issue_date END) AS last_day,
           sum(CASE WHEN d.sign = 1 THEN 1 ELSE 0 END) AS orders,
           {days} AS purchase_days,
           sum(d.sign * d.net_base) AS revenue
    FROM docs d
    GROUP BY d.customer_id
    HAVING sum(CASE WHEN d.sign = 1 THEN 1 ELSE 0 END) > 0
),
per AS (
    SELECT g.*, c.name FROM grouped g JOIN customers c ON c.id = g.cid AND c.archived_at IS NULL
)"""


PER_CUSTOMER_CTE = per_customer_cte()
"""Per customer (not archived) with at least one issued invoice in the range: dates, orders, net revenue."""

SCORED_CTE = f"""{PER_CUSTOMER_CTE},
tiles AS (
    SELECT per.*, {days_between("per.last_day", ":end")} AS recency,
           NTILE(5) OVER (ORDER BY last_day, cid) AS r,
           NTILE(5) OVER (ORDER BY orders, revenue, cid) AS f,
           NTILE(5) OVER (ORDER BY revenue, orders, cid) AS m
    FROM per
),
scored AS (
    SELECT t.*, (t.f + t.m + 1) / 2 AS fm FROM tiles t
),
segmented AS (
    SELECT s.*, {_segment_case()} AS segment FROM scored s
)"""

RFM_SQL = f"""WITH {SCORED_CTE}
SELECT s.cid, s.name, s.recency, s.orders, s.revenue, s.r, s.f, s.m, s.segment, s.last_day
FROM segmented s
WHERE (:segment IS NULL OR s.segment = :segment)
ORDER BY s.r + s.f + s.m DESC, s.revenue DESC, s.cid
LIMIT :limit
"""

SEGMENT_SIZES_SQL = f"""WITH {SCORED_CTE}
SELECT segment, count(*), sum(revenue) FROM segmented GROUP BY segment
"""

YEAR = 365
OWN_GAP_MIN_DAYS = 3
"""A customer's own usual gap needs at least this many purchase days (two gaps); one gap is no habit."""

CLV_SQL = f"""WITH {PER_CUSTOMER_CTE},
cost AS (
    SELECT d.customer_id AS cid, sum(d.sign * l.quantity * coalesce(l.unit_cost, 0)) AS raw
    FROM docs d JOIN invoice_lines l ON l.invoice_id = d.id
    GROUP BY d.customer_id
),
base AS (
    SELECT count(*) AS eligible,
           coalesce(sum(CASE WHEN {days_between("last_day", ":end")} >= {YEAR} THEN 1 ELSE 0 END), 0) AS lapsed
    FROM per WHERE {days_between("first_day", ":end")} >= {YEAR}
),
life AS (
    SELECT eligible, lapsed,
           CASE WHEN lapsed = 0 OR eligible > :cap * lapsed THEN :cap ELSE eligible END AS t_num,
           CASE WHEN lapsed = 0 OR eligible > :cap * lapsed THEN 1 ELSE lapsed END AS t_den
    FROM base
),
valued AS (
    SELECT per.cid, per.name, per.orders, per.revenue, per.first_day, per.last_day,
           per.revenue - {cost_cents("coalesce(cost.raw, 0)")} AS margin,
           {days_between("per.first_day", ":end")} AS tenure,
           {days_between("per.last_day", ":end")} AS since
    FROM per LEFT JOIN cost ON cost.cid = per.cid
),
predicted AS (
    SELECT v.*, life.eligible, life.lapsed, life.t_num, life.t_den,
           CASE WHEN v.since >= {YEAR} THEN 0
                ELSE {rounded_div(f"v.margin * {YEAR} * life.t_num", f"max(v.tenure, {YEAR}) * life.t_den")}
           END AS future
    FROM valued v, life
)
SELECT p.cid, p.name, p.orders, p.revenue, p.margin, p.future, p.first_day, p.last_day, p.tenure,
       p.eligible, p.lapsed, p.t_num, p.t_den
FROM predicted p
ORDER BY CASE WHEN :order = 'historic' THEN p.margin ELSE p.future END DESC, p.margin DESC, p.cid
LIMIT :limit
"""

CLV_BASE_SQL = f"""WITH {PER_CUSTOMER_CTE}
SELECT count(*),
       coalesce(sum(CASE WHEN {days_between("last_day", ":end")} >= {YEAR} THEN 1 ELSE 0 END), 0)
FROM per WHERE {days_between("first_day", ":end")} >= {YEAR}
"""

CHURN_SQL = f"""WITH {per_customer_cte(purchase_days=True)},
pool AS (
    SELECT coalesce(sum({days_between("first_day", "last_day")}), 0) AS span,
           coalesce(sum(purchase_days - 1), 0) AS gaps
    FROM per WHERE purchase_days >= :own_min
),
gapped AS (
    SELECT per.cid, per.name, per.orders, per.purchase_days, per.revenue, per.last_day,
           {days_between("per.last_day", ":end")} AS since,
           CASE WHEN per.purchase_days >= :own_min THEN {days_between("per.first_day", "per.last_day")}
                ELSE pool.span END AS gap_num,
           CASE WHEN per.purchase_days >= :own_min THEN per.purchase_days - 1 ELSE pool.gaps END AS gap_den,
           per.purchase_days >= :own_min AS own
    FROM per, pool
),
ratioed AS (
    SELECT g.*, {rounded_div("g.since * 100 * g.gap_den", "g.gap_num")} AS ratio,
           {rounded_div("g.gap_num * 10", "g.gap_den")} AS gap10
    FROM gapped g WHERE g.gap_den > 0 AND g.gap_num > 0
      AND (:within IS NULL OR g.since <= :within)
)
SELECT r.cid, r.name, r.last_day, r.since, r.gap10, r.own, r.ratio, r.orders, r.revenue,
       RANK() OVER (ORDER BY r.ratio DESC) AS place
FROM ratioed r
WHERE r.ratio >= :min_ratio
ORDER BY r.ratio DESC, r.revenue DESC, r.cid
LIMIT :limit
"""


@dataclass(frozen=True)
class RfmRow:
    customer_id: int
    name: str
    recency_days: int
    """Days from the last invoice to the end of the range."""
    frequency: int
    """Issued invoices in the range."""
    monetary: Decimal
    """Net revenue in the range (invoices − credit notes), base currency."""
    r: int
    f: int
    m: int
    segment: Segment
    last_purchase: date

    @property
    def score(self) -> str:
        return f"{self.r}{self.f}{self.m}"


@dataclass(frozen=True)
class SegmentSize:
    segment: Segment
    customers: int
    revenue: Decimal


@dataclass(frozen=True)
class ClvRow:
    customer_id: int
    name: str
    orders: int
    revenue: Decimal
    historic: Decimal
    """Margin to date: net revenue − cost of goods (invoices − credit notes), base currency."""
    predicted: Decimal
    """Expected future margin: average order margin × orders per year × expected remaining years."""
    first_purchase: date
    last_purchase: date
    tenure_days: int

    @property
    def average_order_margin(self) -> Decimal:
        return (self.historic / self.orders).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ClvReport:
    rows: tuple[ClvRow, ...]
    expected_lifetime_years: Decimal
    """1 ÷ the yearly churn rate of the customer base, capped; 2 decimals (the exact value is used)."""
    customers_observed: int
    """Customers whose first purchase is at least a year before the end of the range."""
    customers_lapsed: int
    """Of those, the ones with no purchase in the last year."""
    currency: str


@dataclass(frozen=True)
class ChurnRow:
    rank: int
    customer_id: int
    name: str
    last_purchase: date
    days_since: int
    usual_gap_days: Decimal
    """The customer's own average days between purchase days (1 decimal)."""
    own_gap: bool
    """False: fewer than ``OWN_GAP_MIN_DAYS`` purchase days, the shop's average gap is used instead."""
    ratio: Decimal
    """days_since ÷ usual gap (2 decimals): 1 = due now, 2 = one purchase missed."""
    orders: int
    revenue: Decimal
    at_risk: bool


def rfm_row(row: tuple[object, ...]) -> RfmRow:
    cid, name, recency, orders, revenue, r, f, m, segment, last_day = row
    last = required_day(last_day)
    return RfmRow(
        customer_id=int(cid),  # type: ignore[call-overload]
        name=str(name),
        recency_days=int(recency),  # type: ignore[call-overload]
        frequency=int(orders),  # type: ignore[call-overload]
        monetary=cents(revenue),
        r=int(r),  # type: ignore[call-overload]
        f=int(f),  # type: ignore[call-overload]
        m=int(m),  # type: ignore[call-overload]
        segment=Segment(str(segment)),
        last_purchase=last,
    )


def segment_members_sql() -> str:
    """SQL: ids (``cid``) of the customers in the RFM segment ``:rfm_segment``, scored over the documents
    dated ``:rfm_start`` … ``:rfm_end``; the parameters are prefixed ``rfm_`` so the statement can sit
    inside another one (the Customers page's ``id IN (…)`` filter)."""
    sql = f"WITH {SCORED_CTE}\nSELECT cid FROM segmented WHERE segment = :segment"
    return sql.replace(":start", ":rfm_start").replace(":end", ":rfm_end").replace(":segment", ":rfm_segment")


__all__ = [
    "CHURN_SQL",
    "CLV_BASE_SQL",
    "CLV_SQL",
    "RFM_SQL",
    "SEGMENT_RULES",
    "SEGMENT_SIZES_SQL",
    "ChurnRow",
    "ClvReport",
    "ClvRow",
    "RfmRow",
    "Segment",
    "SegmentSize",
    "rfm_row",
    "segment_members_sql",
]
