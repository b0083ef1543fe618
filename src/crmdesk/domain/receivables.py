"""What a customer owes on an issued invoice: derived from payments and credit notes, never stored.

``amount_due = gross − credited − paid``. A negative amount due is an overpayment: it is kept as the
customer's credit, never silently dropped. The services compute the same rule in SQL (so that lists
filter and sort in SQLite); ``tests/services/test_payments.py`` checks both agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.money import ZERO

MAX_REMINDER_LEVEL = 3


class PaymentStatus(StrEnum):
    OPEN = "open"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"
    """Nothing is owed because credit notes cancelled the invoice (no payment was needed)."""


@dataclass(frozen=True, slots=True)
class Balance:
    gross: Decimal
    credited: Decimal
    paid: Decimal
    status: PaymentStatus
    days_late: int

    @property
    def amount_due(self) -> Decimal:
        """What the customer still owes (never negative)."""
        return max(self.gross - self.credited - self.paid, ZERO)

    @property
    def overpaid(self) -> Decimal:
        """Paid beyond what was owed: the customer's credit."""
        return max(self.paid + self.credited - self.gross, ZERO)


def balance(
    *, gross: Decimal, credited: Decimal, paid: Decimal, due_date: date | None, today: date
) -> Balance:
    """The balance and status of an issued invoice on ``today``."""
    owed = gross - credited - paid
    late = (today - due_date).days if due_date is not None else 0
    if owed <= ZERO:
        status = PaymentStatus.CREDITED if paid == ZERO and credited > ZERO else PaymentStatus.PAID
        late = 0
    elif late > 0:
        status = PaymentStatus.OVERDUE
    elif paid > ZERO:
        status = PaymentStatus.PARTIALLY_PAID
    else:
        status = PaymentStatus.OPEN
    return Balance(gross=gross, credited=credited, paid=paid, status=status, days_late=max(late, 0))


def next_reminder_level(previous: int | None, *, invoice: str) -> int:
    """Reminders go 1, 2, 3; a fourth is refused (that is a matter for a collection agency)."""
    level = (previous or 0) + 1
    if level > MAX_REMINDER_LEVEL:
        raise ConflictError(f"invoice {invoice} already had the last reminder (level {MAX_REMINDER_LEVEL})")
    return level


__all__ = ["MAX_REMINDER_LEVEL", "Balance", "PaymentStatus", "balance", "next_reminder_level"]
