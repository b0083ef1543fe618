"""The invoice list for windowed tables: ``ids`` (filter and order in SQL) and ``rows`` (one page by id).

The UI holds every matching id in an ``array('q')`` and fetches rows a page at a time, like the customer
list (``CustomerService.ids/rows``): with 100,000 invoices neither the query nor the memory grows with
what is not on screen. The payment status is the same SQL ``CASE`` as :meth:`InvoiceService.list`.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, desc, or_, select

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.receivables import PaymentStatus, balance
from crmdesk.services.sales.common import base_currency
from crmdesk.services.sales.receivables import (
    credited_sum,
    last_reminder_level,
    paid_sum,
    status_expression,
)
from crmdesk.services.sales.views import InvoiceListRow, in_base
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Invoice

DRAFT = "draft"
ID_FILTERS = frozenset({DRAFT, *(status.value for status in PaymentStatus)})
"""What ``InvoiceIdsQuery.statuses`` may hold: ``draft`` or a payment status."""


@dataclass(frozen=True)
class InvoiceIdsQuery:
    """Which invoices and credit notes to list. Empty ``statuses`` means all of them.

    ``statuses`` holds ``draft`` and/or payment statuses (``open``, ``overdue``…); an issued credit note
    has no payment status, so it is listed only when no status is asked for. ``search`` matches the
    number or the customer's name; ``issued_from``/``issued_to`` bound the issue date (drafts have none
    and drop out when a bound is set).
    """

    statuses: frozenset[str] = field(default_factory=frozenset)
    search: str = ""
    issued_from: date | None = None
    issued_to: date | None = None


def invoice_ids(db: Database, query: InvoiceIdsQuery, *, today: date) -> array[int]:
    """Ids of the matching documents, drafts first, then newest issue date first."""
    unknown = query.statuses - ID_FILTERS
    if unknown:
        raise ValidationError(
            f"unknown invoice status {sorted(unknown)[0]!r}; use one of: {', '.join(sorted(ID_FILTERS))}",
            field="status",
        )
    stmt = select(Invoice.id).order_by(
        Invoice.issue_date.is_(None).desc(), desc(Invoice.issue_date), desc(Invoice.id)
    )
    if query.statuses:
        payment = status_expression(today, paid_sum(), credited_sum())
        wanted: list[ColumnElement[bool]] = [payment.in_(sorted(query.statuses - {DRAFT}))]
        if DRAFT in query.statuses:
            wanted.append(Invoice.status == InvoiceStatus.DRAFT)
        stmt = stmt.where(or_(*wanted))
    text = query.search.strip()
    if text:
        # Escaped LIKE: a "%" or "_" the owner types is a character, not a wildcard.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        names = select(Customer.id).where(Customer.name.like(pattern, escape="\\"))
        stmt = stmt.where(or_(Invoice.number.like(pattern, escape="\\"), Invoice.customer_id.in_(names)))
    if query.issued_from is not None:
        stmt = stmt.where(Invoice.issue_date >= query.issued_from)
    if query.issued_to is not None:
        stmt = stmt.where(Invoice.issue_date <= query.issued_to)
    with db.read_session() as session:
        return array("q", session.scalars(stmt))


def invoice_rows(db: Database, ids: Sequence[int], *, today: date) -> Mapping[int, InvoiceListRow]:
    """The list rows of ``ids`` in one query (ids deleted meanwhile are simply absent)."""
    if not ids:
        return {}
    stmt = (
        select(
            Invoice,
            Customer.name,
            paid_sum().label("paid"),
            credited_sum().label("credited"),
            status_expression(today, paid_sum(), credited_sum()).label("payment_status"),
            last_reminder_level().label("reminder"),
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.id.in_(list(ids)))
    )
    with db.read_session() as session:
        base = base_currency(session)
        return {
            invoice.id: list_row(invoice, name, paid, credited, status, reminder, today=today, base=base)
            for invoice, name, paid, credited, status, reminder in session.execute(stmt)
        }


def list_row(
    invoice: Invoice,
    customer_name: str,
    paid: Decimal,
    credited: Decimal,
    status: str | None,
    reminder: int | None,
    *,
    today: date,
    base: str,
) -> InvoiceListRow:
    """One list row from the list query's columns (shared by ``InvoiceService.list`` and ``rows``)."""
    days_late = 0
    if status is not None:
        days_late = balance(
            gross=invoice.gross_total, credited=credited, paid=paid, due_date=invoice.due_date, today=today
        ).days_late
    return InvoiceListRow(
        id=invoice.id,
        kind=invoice.kind,
        status=invoice.status,
        number=invoice.number,
        customer_id=invoice.customer_id,
        customer_name=customer_name,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        currency=invoice.currency,
        exchange_rate=invoice.exchange_rate,
        gross_total=invoice.gross_total,
        credited=credited,
        paid=paid,
        payment_status=PaymentStatus(status) if status is not None else None,
        days_late=days_late,
        last_reminder_level=reminder,
        gross_base=in_base(invoice.gross_total, exchange_rate=invoice.exchange_rate, base_currency=base),
    )


__all__ = ["DRAFT", "ID_FILTERS", "InvoiceIdsQuery", "invoice_ids", "invoice_rows", "list_row"]
