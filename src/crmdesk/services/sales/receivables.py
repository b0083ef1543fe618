"""The payment status rule of :mod:`crmdesk.domain.receivables`, as SQL, so lists filter in SQLite.

Nothing here is stored: paid and credited amounts are sums over payments and issued credit notes, the
status a ``CASE`` over them and the due date. ``balance_of`` gives the same answer for one invoice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.receivables import Balance, PaymentStatus, balance
from crmdesk.storage.models import Interaction, Invoice, Payment

_CreditNote = aliased(Invoice, name="credit_note")


def paid_sum() -> ColumnElement[Decimal]:
    """Payments received on the invoice of the current row."""
    return (
        select(func.coalesce(func.sum(Payment.amount), literal(0)))
        .where(Payment.invoice_id == Invoice.id)
        .scalar_subquery()
    )


def credited_sum() -> ColumnElement[Decimal]:
    """Gross of the issued credit notes that correct the invoice of the current row."""
    return (
        select(func.coalesce(func.sum(_CreditNote.gross_total), literal(0)))
        .where(
            _CreditNote.credited_invoice_id == Invoice.id,
            _CreditNote.status == InvoiceStatus.ISSUED,
        )
        .scalar_subquery()
    )


def last_reminder_level() -> ColumnElement[int]:
    return (
        select(func.max(Interaction.reminder_level))
        .where(Interaction.invoice_id == Invoice.id)
        .scalar_subquery()
    )


def is_receivable() -> ColumnElement[bool]:
    """Only issued invoices are owed (credit notes reduce them; drafts owe nothing yet)."""
    return and_(Invoice.status == InvoiceStatus.ISSUED, Invoice.kind == InvoiceKind.INVOICE)


def status_expression(
    today: date, paid: ColumnElement[Any], credited: ColumnElement[Any]
) -> ColumnElement[Any]:
    """``CASE`` giving the :class:`PaymentStatus` value of an issued invoice (NULL for anything else)."""
    owed = Invoice.gross_total - credited - paid
    zero = literal(0)
    return case(
        (~is_receivable(), None),
        (
            owed <= zero,
            case(
                (and_(paid == zero, credited > zero), literal(PaymentStatus.CREDITED.value)),
                else_=literal(PaymentStatus.PAID.value),
            ),
        ),
        (Invoice.due_date < today, literal(PaymentStatus.OVERDUE.value)),
        (paid > zero, literal(PaymentStatus.PARTIALLY_PAID.value)),
        else_=literal(PaymentStatus.OPEN.value),
    )


def balance_of(session: Session, invoice: Invoice, today: date) -> Balance | None:
    """The balance of one issued invoice (``None`` for drafts and credit notes)."""
    if invoice.status is not InvoiceStatus.ISSUED or invoice.kind is not InvoiceKind.INVOICE:
        return None
    paid = session.execute(
        select(func.coalesce(func.sum(Payment.amount), literal(0))).where(Payment.invoice_id == invoice.id)
    ).scalar_one()
    credited = session.execute(
        select(func.coalesce(func.sum(Invoice.gross_total), literal(0))).where(
            Invoice.credited_invoice_id == invoice.id, Invoice.status == InvoiceStatus.ISSUED
        )
    ).scalar_one()
    return balance(
        gross=invoice.gross_total,
        credited=Decimal(credited),
        paid=Decimal(paid),
        due_date=invoice.due_date,
        today=today,
    )


__all__ = [
    "balance_of",
    "credited_sum",
    "is_receivable",
    "last_reminder_level",
    "paid_sum",
    "status_expression",
]
