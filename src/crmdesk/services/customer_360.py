"""The customer 360° panel: what the owner needs to see when the customer calls, computed by SQLite.

Amounts are in the base currency: each document's amount is divided by the exchange rate fixed on it
(units of its currency per base unit), in integer arithmetic on the stored minor units. Credit notes
(stored with positive amounts) reduce revenue and the balance of the invoice they correct.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import text

from crmdesk.domain.enums import ComplaintStatus, QuoteStatus
from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.money import EXCHANGE_RATE_SCALE, MONEY_SCALE, from_scaled_int
from crmdesk.storage.engine import Database
from crmdesk.storage.types import UtcDateTime, utc_now

_RATE_ONE = 10**EXCHANGE_RATE_SCALE
_COST_TO_CENTS = 10**5
"""quantity (scale 3) × unit cost (scale 4) = scale 7; money is scale 2."""
MAX_TIMELINE_PAGE = 500


@dataclass(frozen=True)
class Customer360:
    customer_id: int
    name: str
    archived: bool
    balance_owed: Decimal
    """Issued invoices minus credit notes and payments, never below zero per invoice."""
    lifetime_revenue: Decimal
    """Net of issued invoices minus issued credit notes."""
    lifetime_margin: Decimal
    """Revenue minus the cost of the goods sold (lines without a known cost count as no cost)."""
    order_count: int
    """Issued invoices (credit notes not counted)."""
    first_purchase: date | None
    last_purchase: date | None
    average_days_between_purchases: Decimal | None
    """``None`` below two purchases."""
    open_quotes: int
    """Drafts and sent quotes not yet accepted, declined or expired."""
    open_complaints: int
    next_follow_up: datetime | None
    overdue_follow_ups: int
    currency: str
    """The base currency of these amounts."""


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the customer's timeline: an interaction, a quote, an invoice or a payment."""

    kind: str
    """``interaction``, ``quote``, ``invoice``, ``payment``."""
    id: int
    occurred_on: date
    occurred_at: datetime | None
    """The instant when known (interactions, issued invoices); documents dated by day have none."""
    title: str
    detail: str
    status: str
    amount: Decimal | None
    currency: str


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    offset: int
    has_more: bool


_SUMMARY = f"""
WITH issued AS (
    SELECT v.id, v.kind, v.issue_date, v.net_total, v.gross_total, v.exchange_rate AS rate,
           CASE v.kind WHEN 'credit_note' THEN -1 ELSE 1 END AS sign
    FROM invoices v WHERE v.customer_id = :cid AND v.status = 'issued'
),
owed AS (
    SELECT i.rate, max(i.gross_total
        - coalesce((SELECT sum(cn.gross_total) FROM invoices cn
                    WHERE cn.credited_invoice_id = i.id AND cn.status = 'issued'), 0)
        - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.invoice_id = i.id), 0), 0) AS amount
    FROM issued i WHERE i.kind = 'invoice'
),
purchases AS (SELECT issue_date FROM issued WHERE kind = 'invoice')
SELECT c.name, c.archived_at IS NOT NULL,
    coalesce((SELECT sum(amount * {_RATE_ONE} / rate) FROM owed), 0),
    coalesce((SELECT sum(sign * net_total * {_RATE_ONE} / rate) FROM issued), 0),
    coalesce((SELECT sum(i.sign * l.quantity * coalesce(l.unit_cost, 0) / {_COST_TO_CENTS})
              FROM issued i JOIN invoice_lines l ON l.invoice_id = i.id), 0),
    (SELECT count(*) FROM purchases),
    (SELECT min(issue_date) FROM purchases),
    (SELECT max(issue_date) FROM purchases),
    (SELECT count(*) FROM quotes q WHERE q.customer_id = :cid
        AND q.status IN ('{QuoteStatus.DRAFT}', '{QuoteStatus.SENT}')
        AND (q.valid_until IS NULL OR q.valid_until >= :today)),
    (SELECT count(*) FROM interactions x WHERE x.customer_id = :cid
        AND x.complaint_status = '{ComplaintStatus.OPEN}'),
    (SELECT min(x.follow_up_due) FROM interactions x WHERE x.customer_id = :cid
        AND x.follow_up_due IS NOT NULL AND x.follow_up_done_at IS NULL),
    (SELECT count(*) FROM interactions x WHERE x.customer_id = :cid
        AND x.follow_up_due IS NOT NULL AND x.follow_up_done_at IS NULL AND x.follow_up_due < :now),
    coalesce((SELECT base_currency FROM company_profile WHERE id = 1), 'EUR')
FROM customers c WHERE c.id = :cid
"""

_TIMELINE = """
SELECT * FROM (
    SELECT 'interaction' AS kind, i.id, i.occurred_at AS at,
           CASE WHEN i.subject <> '' THEN i.subject ELSE substr(i.body, 1, 80) END AS title,
           i.kind || CASE WHEN i.body <> '' AND i.subject <> '' THEN ': ' || substr(i.body, 1, 200) ELSE '' END,
           coalesce(i.complaint_status, '') AS status, NULL AS amount, '' AS currency
    FROM interactions i WHERE i.customer_id = :cid
    UNION ALL
    SELECT 'quote', q.id, q.issue_date, coalesce('Quote ' || q.number, 'Draft quote'),
           q.notes, q.status, q.gross_total, q.currency
    FROM quotes q WHERE q.customer_id = :cid
    UNION ALL
    SELECT 'invoice', v.id, coalesce(v.issued_at, v.issue_date, v.created_at),
           CASE v.kind WHEN 'credit_note' THEN 'Credit note ' ELSE 'Invoice ' END || coalesce(v.number, '(draft)'),
           v.notes, v.status, v.gross_total, v.currency
    FROM invoices v WHERE v.customer_id = :cid
    UNION ALL
    SELECT 'payment', p.id, p.paid_on, 'Payment for ' || coalesce(v.number, 'a draft'),
           p.reference, p.method, p.amount, p.currency
    FROM payments p JOIN invoices v ON v.id = p.invoice_id WHERE v.customer_id = :cid
) ORDER BY at DESC, kind, id DESC LIMIT :n OFFSET :o
"""

_INSTANT = UtcDateTime()


def _cents(value: object) -> Decimal:
    return from_scaled_int(int(value or 0), MONEY_SCALE)  # type: ignore[call-overload]


def _when(stored: str) -> tuple[date, datetime | None]:
    if len(stored) <= 10:
        return date.fromisoformat(stored), None
    instant = _INSTANT.process_result_value(stored, None)  # type: ignore[arg-type]
    assert instant is not None
    return instant.date(), instant


class Customer360Service:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self, customer_id: int, *, today: date | None = None) -> Customer360:
        """Balance, revenue and margin, purchases, open quotes and complaints, the next follow-up."""
        now = utc_now()
        params = {
            "cid": customer_id,
            "today": (today or now.date()).isoformat(),
            "now": _INSTANT.process_bind_param(now, None),  # type: ignore[arg-type]
        }
        with self._db.read_session() as session:
            row = session.execute(text(_SUMMARY), params).one_or_none()
        if row is None:
            raise NotFoundError(f"customer {customer_id} does not exist")
        (
            name,
            archived,
            owed,
            revenue,
            cost,
            orders,
            first,
            last,
            quotes,
            complaints,
            follow_up,
            overdue,
            cur,
        ) = row
        first_day = date.fromisoformat(first) if first else None
        last_day = date.fromisoformat(last) if last else None
        average = None
        if first_day and last_day and orders > 1:
            average = (Decimal((last_day - first_day).days) / (orders - 1)).quantize(Decimal("0.1"))
        return Customer360(
            customer_id=customer_id,
            name=name,
            archived=bool(archived),
            balance_owed=_cents(owed),
            lifetime_revenue=_cents(revenue),
            lifetime_margin=_cents(revenue) - _cents(cost),
            order_count=int(orders),
            first_purchase=first_day,
            last_purchase=last_day,
            average_days_between_purchases=average,
            open_quotes=int(quotes),
            open_complaints=int(complaints),
            next_follow_up=_when(follow_up)[1] if follow_up else None,
            overdue_follow_ups=int(overdue),
            currency=str(cur),
        )

    def timeline(self, customer_id: int, *, offset: int = 0, limit: int = 50) -> TimelinePage:
        """Interactions, quotes, invoices and payments of the customer, newest first, one page."""
        limit = max(1, min(limit, MAX_TIMELINE_PAGE))
        offset = max(0, offset)
        with self._db.read_session() as session:
            rows = session.execute(text(_TIMELINE), {"cid": customer_id, "n": limit + 1, "o": offset}).all()
        entries = []
        for kind, entry_id, at, title, detail, status, amount, currency in rows[:limit]:
            day, instant = _when(str(at))
            entries.append(
                TimelineEntry(
                    kind=kind,
                    id=int(entry_id),
                    occurred_on=day,
                    occurred_at=instant,
                    title=str(title or ""),
                    detail=str(detail or ""),
                    status=str(status or ""),
                    amount=None if amount is None else _cents(amount),
                    currency=str(currency or ""),
                )
            )
        return TimelinePage(tuple(entries), offset, len(rows) > limit)
