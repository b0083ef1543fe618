"""Invoices and credit notes: drafts, issuing (number, snapshot, hash chain, freeze), lists.

Issuing runs in one ``BEGIN IMMEDIATE`` transaction: the next number of the series, the customer's
snapshot, the chained SHA-256 and ``status = 'issued'`` are written by one UPDATE, after which the
database's triggers refuse any change to the row and its lines. Corrections are credit notes.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.chain import GENESIS, chained_hash
from crmdesk.domain.documents import check_issue_date, clock_warning, document_content
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.domain.transitions import INVOICE_TRANSITIONS, check_transition
from crmdesk.services.sales.common import (
    allocate_number,
    base_currency,
    customer_snapshot,
    frozen_as_conflict,
    local_today,
    require,
)
from crmdesk.services.sales.documents import (
    InvoiceDraft,
    editable,
    invoice_view,
    printed_of,
    refresh_totals,
    write_draft,
)
from crmdesk.services.sales.lists import InvoiceIdsQuery, invoice_ids, invoice_rows, list_row
from crmdesk.services.sales.receivables import (
    credited_sum,
    last_reminder_level,
    paid_sum,
    status_expression,
)
from crmdesk.services.sales.verification import verify_documents
from crmdesk.services.sales.views import ChainReport, InvoiceListRow, InvoiceView, IssueResult
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, DeliveryNote, Invoice, Product
from crmdesk.storage.types import utc_now

IssueHook = Callable[[Session, int], None]
"""Called inside the issuing transaction with the issued document's id, after it is frozen.

The seam for stock: the inventory service registers a hook that writes ``sold`` movements for an
invoice's stock products (``returned`` for a credit note). Raising aborts the whole issue.
"""

LIST_FILTERS = frozenset({"draft", "issued", *(status.value for status in PaymentStatus)})


@dataclass(frozen=True)
class InvoiceListQuery:
    """``status``: ``draft``, ``issued`` or a payment status (``open``, ``overdue``…)."""

    status: str | None = None
    kind: InvoiceKind | None = None
    customer_id: int | None = None
    limit: int = 500


class InvoiceService:
    def __init__(self, db: Database, *, after_issue: Sequence[IssueHook] = ()) -> None:
        self._db = db
        self._after_issue = list(after_issue)

    def add_issue_hook(self, hook: IssueHook) -> None:
        """Register work that must happen in the same transaction as issuing (stock movements)."""
        self._after_issue.append(hook)

    # -- drafts ----------------------------------------------------------------------------

    def create_draft(self, draft: InvoiceDraft) -> InvoiceView:
        """A new draft invoice (no number until it is issued)."""
        with self._db.write() as session:
            invoice = Invoice(kind=InvoiceKind.INVOICE, status=InvoiceStatus.DRAFT, series="invoice")
            write_draft(session, invoice, draft)
            session.add(invoice)
            session.flush()
            return invoice_view(session, invoice, today=local_today())

    def update_draft(self, invoice_id: int, draft: InvoiceDraft) -> InvoiceView:
        """Replace a draft's header and lines; an issued invoice is refused."""
        with self._db.write() as session, frozen_as_conflict():
            invoice = editable(require(session, Invoice, invoice_id, "invoice"))
            if invoice.kind is InvoiceKind.CREDIT_NOTE and draft.customer_id != invoice.customer_id:
                raise ValidationError(
                    "a credit note stays with the customer of its invoice", field="customer"
                )
            write_draft(session, invoice, draft)
            session.flush()
            return invoice_view(session, invoice, today=local_today())

    def delete_draft(self, invoice_id: int) -> int:
        """Delete a draft; return its id. Issued documents are never deleted."""
        with self._db.write() as session, frozen_as_conflict():
            invoice = editable(require(session, Invoice, invoice_id, "invoice"))
            notes = session.scalars(
                select(DeliveryNote.number).where(DeliveryNote.invoice_id == invoice.id)
            ).all()
            if notes:
                named = ", ".join(number or "(draft)" for number in notes)
                raise ConflictError(
                    f"draft invoice {invoice.id} has delivery note(s) {named}; remove them from it first"
                )
            session.delete(invoice)
            return invoice_id

    # -- issuing ---------------------------------------------------------------------------

    def issue(
        self, invoice_id: int, *, issue_date: date | None = None, today: date | None = None
    ) -> IssueResult:
        """Give the draft its number, snapshot and hash, and freeze it, in one transaction."""
        today = today or local_today()
        issue_date = issue_date or today
        with self._db.write() as session, frozen_as_conflict():
            invoice = require(session, Invoice, invoice_id, "invoice")
            what = "credit note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice"
            check_transition(INVOICE_TRANSITIONS, invoice.status, InvoiceStatus.ISSUED, what=what)
            if not invoice.lines:
                raise ValidationError(f"a {what} needs at least one line before it is issued")
            last = _last_issued(session, invoice.series)
            check_issue_date(
                series=invoice.series,
                issue_date=issue_date,
                last_issue_date=last.issue_date if last else None,
            )
            warning = clock_warning(today=today, last_issue_date=last.issue_date if last else None)
            # Totals are recomputed from the lines before freezing, so what is hashed is what adds up.
            refresh_totals(session, invoice)
            if invoice.kind is InvoiceKind.INVOICE:
                _take_unit_costs(session, invoice)
            credited_number = None
            if invoice.kind is InvoiceKind.CREDIT_NOTE:
                credited_number = _check_credit(session, invoice)
            session.flush()
            customer = require(session, Customer, invoice.customer_id, "customer")
            number, sequence = allocate_number(session, series=invoice.series, issued_on=issue_date)
            if invoice.kind is InvoiceKind.CREDIT_NOTE:
                due_date: date | None = issue_date
            else:
                due_date = invoice.due_date or issue_date + timedelta(days=customer.payment_terms_days)
                if due_date < issue_date:
                    raise ValidationError("the due date cannot be before the issue date", field="due_date")
            snapshot = customer_snapshot(session, customer)  # queries: before any attribute below changes
            previous_hash = (last.content_hash or GENESIS) if last else GENESIS
            # One UPDATE: status, number, snapshot and hash together (the row is frozen afterwards).
            with session.no_autoflush:  # nothing may reach the file before the hash is set
                invoice.status = InvoiceStatus.ISSUED
                invoice.number = number
                invoice.sequence = sequence
                invoice.issue_date = issue_date
                invoice.due_date = due_date
                invoice.issued_at = utc_now()
                invoice.customer_snapshot = snapshot
                invoice.previous_hash = previous_hash
                content = document_content(printed_of(invoice, credited_number=credited_number))
                invoice.content_hash = chained_hash(previous_hash, content)
            session.flush()
            for hook in self._after_issue:
                hook(session, invoice.id)
            return IssueResult(invoice=invoice_view(session, invoice, today=today), warning=warning)

    def clock_warning(self, *, today: date | None = None) -> str | None:
        """A warning when the computer's date is earlier than the last issued invoice (a wrong clock)."""
        with self._db.read_session() as session:
            last = _last_issued(session, "invoice")
        return clock_warning(today=today or local_today(), last_issue_date=last.issue_date if last else None)

    def verify(self) -> ChainReport:
        """Recompute every series' hash chain and numbering; see :mod:`.verification`."""
        return verify_documents(self._db)

    # -- reads -----------------------------------------------------------------------------

    def get(self, invoice_id: int, *, today: date | None = None) -> InvoiceView:
        with self._db.read_session() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            return invoice_view(session, invoice, today=today or local_today())

    def find(self, number: str) -> InvoiceView:
        """An issued invoice or credit note by its number (``2026-0007``, ``CN-2026-0001``)."""
        with self._db.read_session() as session:
            invoice = session.scalars(select(Invoice).where(Invoice.number == number)).first()
            if invoice is None:
                raise ValidationError(f"no invoice or credit note has the number {number}")
            return invoice_view(session, invoice, today=local_today())

    def ids(self, query: InvoiceIdsQuery, *, today: date | None = None) -> array[int]:
        """Ids of the matching documents in list order, for windowed tables (see :mod:`.lists`)."""
        return invoice_ids(self._db, query, today=today or local_today())

    def rows(self, ids: Sequence[int], *, today: date | None = None) -> Mapping[int, InvoiceListRow]:
        """The list rows of ``ids``, in one query (a page of a windowed table)."""
        return invoice_rows(self._db, ids, today=today or local_today())

    def list(
        self, query: InvoiceListQuery | None = None, *, today: date | None = None
    ) -> list[InvoiceListRow]:
        """Invoices and credit notes, newest first; status filters run in SQL (nothing is stored)."""
        query = query or InvoiceListQuery()
        today = today or local_today()
        if query.status is not None and query.status not in LIST_FILTERS:
            raise ValidationError(
                f"unknown invoice status {query.status!r}; use one of: {', '.join(sorted(LIST_FILTERS))}",
                field="status",
            )
        paid = paid_sum().label("paid")
        credited = credited_sum().label("credited")
        status = status_expression(today, paid_sum(), credited_sum()).label("payment_status")
        stmt = (
            select(Invoice, Customer.name, paid, credited, status, last_reminder_level().label("reminder"))
            .join(Customer, Customer.id == Invoice.customer_id)
            .order_by(Invoice.issue_date.is_(None).desc(), desc(Invoice.issue_date), desc(Invoice.id))
            .limit(query.limit)
        )
        if query.status in ("draft", "issued"):
            stmt = stmt.where(Invoice.status == InvoiceStatus(query.status))
        elif query.status is not None:
            stmt = stmt.where(status_expression(today, paid_sum(), credited_sum()) == query.status)
        if query.kind is not None:
            stmt = stmt.where(Invoice.kind == query.kind)
        if query.customer_id is not None:
            stmt = stmt.where(Invoice.customer_id == query.customer_id)
        with self._db.read_session() as session:
            base = base_currency(session)
            return [
                list_row(
                    invoice,
                    name,
                    paid_amount,
                    credited_amount,
                    status_value,
                    reminder,
                    today=today,
                    base=base,
                )
                for invoice, name, paid_amount, credited_amount, status_value, reminder in session.execute(
                    stmt
                )
            ]


@dataclass(frozen=True)
class _LastIssued:
    issue_date: date
    content_hash: str | None


def _last_issued(session: Session, series: str) -> _LastIssued | None:
    """The last issued document of ``series``: its date and hash (the next one chains to it).

    Order = the chain's order: dates never go backwards within a series and the sequence rises within
    a date, so ``(issue_date, sequence, id)`` is the order of issue.
    """
    row = session.execute(
        select(Invoice.issue_date, Invoice.content_hash)
        .where(Invoice.series == series, Invoice.status == InvoiceStatus.ISSUED)
        .order_by(desc(Invoice.issue_date), desc(Invoice.sequence), desc(Invoice.id))
        .limit(1)
    ).first()
    if row is None or row[0] is None:
        return None
    return _LastIssued(issue_date=row[0], content_hash=row[1])


def _take_unit_costs(session: Session, invoice: Invoice) -> None:
    """The cost of what is sold is the product's average cost when it is sold (issued), not drafted.

    A credit note keeps the costs its invoice was issued with (copied when it is drafted).
    """
    for line in invoice.lines:
        if line.product_id is None:
            continue
        product = session.get(Product, line.product_id)
        cost = product.average_cost if product is not None else None
        if line.unit_cost != cost:
            line.unit_cost = cost


def _check_credit(session: Session, note: Invoice) -> str:
    """A credit note corrects an issued invoice and never credits more than is left of it."""
    if note.credited_invoice_id is None:
        raise ValidationError("a credit note must reference the invoice it corrects")
    invoice = require(session, Invoice, note.credited_invoice_id, "invoice")
    if (
        invoice.status is not InvoiceStatus.ISSUED
        or invoice.kind is not InvoiceKind.INVOICE
        or not invoice.number
    ):
        raise ConflictError("a credit note can only correct an issued invoice")
    if note.currency != invoice.currency:
        raise ValidationError("a credit note is in the currency of its invoice", field="currency")
    already = session.execute(
        select(func.coalesce(func.sum(Invoice.gross_total), 0)).where(
            Invoice.credited_invoice_id == invoice.id,
            Invoice.status == InvoiceStatus.ISSUED,
            Invoice.id != note.id,
        )
    ).scalar_one()
    left = invoice.gross_total - Decimal(already)
    if note.gross_total > left:
        raise ConflictError(
            f"the credit note ({note.gross_total} {note.currency}) is more than is left to credit on"
            f" invoice {invoice.number} ({left} {invoice.currency})"
        )
    return invoice.number


__all__ = ["LIST_FILTERS", "InvoiceListQuery", "InvoiceService", "IssueHook"]
