"""Payments (full, partial, several per invoice), overdue invoices, payment reminders, customer credit.

The status of an invoice (open, partially paid, paid, overdue) is never stored: it is derived from its
payments, its issued credit notes and its due date each time it is read.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select

from crmdesk.domain.enums import Direction, InteractionKind, InvoiceKind, InvoiceStatus, PaymentMethod
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.money import MONEY_SCALE, ZERO, require_decimal
from crmdesk.domain.receivables import PaymentStatus, next_reminder_level
from crmdesk.services.audit import record as record_audit
from crmdesk.services.sales.common import local_today, require
from crmdesk.services.sales.invoices import InvoiceListQuery, InvoiceService
from crmdesk.services.sales.receivables import balance_of, credited_sum, is_receivable, paid_sum
from crmdesk.services.sales.views import (
    CustomerCredit,
    InvoiceListRow,
    PaymentResult,
    PaymentView,
    ReminderView,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Interaction, Invoice, Payment


class PaymentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        invoice_id: int,
        *,
        amount: Decimal,
        paid_on: date | None = None,
        method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
        reference: str = "",
        notes: str = "",
        today: date | None = None,
    ) -> PaymentResult:
        """Record a payment received; more than is owed is kept as the customer's credit."""
        today = today or local_today()
        paid_on = paid_on or today
        amount = require_decimal(amount, scale=MONEY_SCALE, field="amount", label="a payment amount")
        if amount <= ZERO:
            raise ValidationError("a payment must be more than 0", field="amount")
        with self._db.write() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            if invoice.kind is not InvoiceKind.INVOICE or invoice.status is not InvoiceStatus.ISSUED:
                raise ConflictError("payments are recorded against issued invoices only")
            if invoice.issue_date is not None and paid_on < invoice.issue_date:
                raise ValidationError(
                    "a payment cannot be dated before the invoice was issued", field="paid_on"
                )
            payment = Payment(
                invoice_id=invoice.id,
                paid_on=paid_on,
                amount=amount,
                currency=invoice.currency,
                method=PaymentMethod(method),
                reference=reference.strip(),
                notes=notes,
            )
            session.add(payment)
            session.flush()
            record_audit(
                session,
                action="payment",
                entity_type="payment",
                entity_id=payment.id,
                details={"invoice": invoice.number, "amount": amount, "currency": invoice.currency},
            )
            balance = balance_of(session, invoice, today)
            assert balance is not None  # an issued invoice always has one
            return PaymentResult(payment=_view(payment, invoice.number), balance=balance)

    def delete(self, payment_id: int) -> int:
        """Remove a payment entered by mistake; return its id."""
        with self._db.write() as session:
            payment = require(session, Payment, payment_id, "payment")
            record_audit(
                session,
                action="payment_deleted",
                entity_type="payment",
                entity_id=payment_id,
                details={"invoice_id": payment.invoice_id, "amount": payment.amount},
            )
            session.delete(payment)
            return payment_id

    def of_invoice(self, invoice_id: int) -> list[PaymentView]:
        with self._db.read_session() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            payments = session.scalars(
                select(Payment).where(Payment.invoice_id == invoice_id).order_by(Payment.paid_on, Payment.id)
            )
            return [_view(payment, invoice.number) for payment in payments]

    def overdue(self, *, today: date | None = None) -> list[InvoiceListRow]:
        """Issued invoices past their due date with something still owed, most days late first."""
        rows = InvoiceService(self._db).list(
            InvoiceListQuery(status=PaymentStatus.OVERDUE.value, limit=100_000), today=today
        )
        return sorted(rows, key=lambda row: (-row.days_late, row.id))

    def send_reminder(self, invoice_id: int, *, today: date | None = None, note: str = "") -> ReminderView:
        """Record the next payment reminder (level 1, 2, then 3) in the customer's contact log."""
        today = today or local_today()
        with self._db.write() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            balance = balance_of(session, invoice, today)
            if balance is None or invoice.number is None:
                raise ConflictError("reminders are sent for issued invoices only")
            if balance.status is not PaymentStatus.OVERDUE:
                raise ConflictError(f"invoice {invoice.number} is not overdue ({balance.status.value})")
            previous = session.execute(
                select(func.max(Interaction.reminder_level)).where(Interaction.invoice_id == invoice.id)
            ).scalar_one_or_none()
            level = next_reminder_level(previous, invoice=invoice.number)
            interaction = Interaction(
                customer_id=invoice.customer_id,
                kind=InteractionKind.EMAIL,
                direction=Direction.OUTBOUND,
                subject=f"Payment reminder {level}: invoice {invoice.number}",
                body=note
                or (
                    f"{balance.amount_due} {invoice.currency} due since {invoice.due_date}"
                    f" ({balance.days_late} days late)."
                ),
                occurred_at=datetime.combine(today, time(12), tzinfo=UTC)
                if today != local_today()
                else datetime.now(UTC),
                invoice_id=invoice.id,
                reminder_level=level,
            )
            session.add(interaction)
            session.flush()
            return ReminderView(
                interaction_id=interaction.id,
                invoice_id=invoice.id,
                invoice_number=invoice.number,
                level=level,
                amount_due=balance.amount_due,
                days_late=balance.days_late,
            )

    def customer_credit(self, customer_id: int) -> list[CustomerCredit]:
        """What the customer paid beyond what they owed, per currency (kept, never dropped)."""
        stmt = select(Invoice.currency, Invoice.gross_total, credited_sum(), paid_sum()).where(
            is_receivable(), Invoice.customer_id == customer_id
        )
        totals: dict[str, Decimal] = {}
        with self._db.read_session() as session:
            for currency, gross, credited, paid in session.execute(stmt):
                over = paid + credited - gross
                if over > ZERO:
                    totals[currency] = totals.get(currency, ZERO) + over
        return [
            CustomerCredit(customer_id=customer_id, currency=currency, amount=amount)
            for currency, amount in sorted(totals.items())
        ]


def _view(payment: Payment, number: str | None) -> PaymentView:
    return PaymentView(
        id=payment.id,
        invoice_id=payment.invoice_id,
        invoice_number=number,
        paid_on=payment.paid_on,
        amount=payment.amount,
        currency=payment.currency,
        method=payment.method,
        reference=payment.reference,
    )


__all__ = ["PaymentService"]
