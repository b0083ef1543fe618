"""Payments: partial and several, derived status, overpayment kept as credit, overdue list, reminders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sales_setup import ISSUED_ON, Shop, issued_invoice, make_shop
from sqlalchemy import select

from crmdesk.domain.enums import PaymentMethod
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.receivables import PaymentStatus, balance
from crmdesk.services.sales import (
    CreditNoteService,
    InvoiceDraft,
    InvoiceListQuery,
    InvoiceService,
    LineInput,
    PaymentService,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Interaction

DUE = date(2026, 3, 16)


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@pytest.fixture
def payments(db: Database) -> PaymentService:
    return PaymentService(db)


def test_partial_payments_then_paid(db: Database, payments: PaymentService, shop: Shop) -> None:
    invoice = issued_invoice(db, shop)  # 95.43, due 2026-03-16
    first = payments.record(invoice.id, amount=D("40.00"), paid_on=date(2026, 3, 5), today=date(2026, 3, 5))
    assert (first.balance.status, first.balance.amount_due) == (PaymentStatus.PARTIALLY_PAID, D("55.43"))
    second = payments.record(
        invoice.id,
        amount=D("55.43"),
        paid_on=date(2026, 3, 20),
        method=PaymentMethod.CASH,
        today=date(2026, 3, 20),
    )
    assert (second.balance.status, second.balance.amount_due) == (PaymentStatus.PAID, D(0))
    assert [(p.amount, p.method) for p in payments.of_invoice(invoice.id)] == [
        (D("40.00"), PaymentMethod.BANK_TRANSFER),
        (D("55.43"), PaymentMethod.CASH),
    ]
    # Removing a payment changes the status at once: nothing stored could drift.
    payments.delete(second.payment.id)
    late = InvoiceService(db).get(invoice.id, today=date(2026, 3, 20)).balance
    assert late is not None and (late.status, late.days_late) == (PaymentStatus.OVERDUE, 4)


def test_overpayment_is_kept_as_customer_credit(db: Database, payments: PaymentService, shop: Shop) -> None:
    invoice = issued_invoice(db, shop)
    result = payments.record(invoice.id, amount=D("100.00"), paid_on=ISSUED_ON, today=ISSUED_ON)
    assert (result.balance.status, result.balance.overpaid) == (PaymentStatus.PAID, D("4.57"))
    (credit,) = payments.customer_credit(shop.ann)
    assert (credit.currency, credit.amount) == ("EUR", D("4.57"))


def test_a_credit_note_after_payment_becomes_credit(
    db: Database, payments: PaymentService, shop: Shop
) -> None:
    invoice = issued_invoice(db, shop)
    payments.record(invoice.id, amount=D("95.43"), paid_on=ISSUED_ON, today=ISSUED_ON)
    note = CreditNoteService(db).create_draft(invoice.id)
    InvoiceService(db).issue(note.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    assert [c.amount for c in payments.customer_credit(shop.ann)] == [D("95.43")]


def test_payments_are_checked(db: Database, payments: PaymentService, shop: Shop) -> None:
    invoice = issued_invoice(db, shop)
    for amount, reason in ((D(0), "more than 0"), (D("1.001"), "decimal places"), (1.5, "decimal number")):
        with pytest.raises(ValidationError, match=reason):
            payments.record(invoice.id, amount=amount, today=ISSUED_ON)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="before the invoice"):
        payments.record(invoice.id, amount=D(1), paid_on=date(2026, 3, 1), today=ISSUED_ON)
    draft = InvoiceService(db).create_draft(
        InvoiceDraft(customer_id=shop.ann, lines=[LineInput(description="x", unit_price=D(1))])
    )
    with pytest.raises(ConflictError, match="issued invoices only"):
        payments.record(draft.id, amount=D(1), today=ISSUED_ON)


def test_overdue_list_and_three_reminder_levels(db: Database, payments: PaymentService, shop: Shop) -> None:
    early = issued_invoice(db, shop, day=date(2026, 3, 1))  # due 03-15
    later = issued_invoice(db, shop, day=date(2026, 3, 10))  # due 03-24
    paid = issued_invoice(db, shop, day=date(2026, 3, 10))
    payments.record(paid.id, amount=paid.gross_total, paid_on=date(2026, 3, 11), today=date(2026, 3, 11))
    payments.record(later.id, amount=D("10.00"), paid_on=date(2026, 3, 11), today=date(2026, 3, 11))
    today = date(2026, 3, 30)
    overdue = payments.overdue(today=today)
    assert [(r.number, r.days_late, r.amount_due) for r in overdue] == [
        (early.number, 15, D("95.43")),
        (later.number, 6, D("85.43")),
    ]
    with pytest.raises(ConflictError, match="not overdue"):
        payments.send_reminder(paid.id, today=today)
    levels = [payments.send_reminder(early.id, today=today).level for _ in range(3)]
    assert levels == [1, 2, 3]
    with pytest.raises(ConflictError, match="last reminder"):
        payments.send_reminder(early.id, today=today)
    with db.read_session() as session:
        logged = session.scalars(select(Interaction).where(Interaction.invoice_id == early.id)).all()
        assert [(i.reminder_level, i.customer_id) for i in logged] == [
            (1, shop.ann),
            (2, shop.ann),
            (3, shop.ann),
        ]
        assert logged[0].subject == f"Payment reminder 1: invoice {early.number}"
    (row,) = [
        r
        for r in InvoiceService(db).list(InvoiceListQuery(status="overdue"), today=today)
        if r.id == early.id
    ]
    assert row.last_reminder_level == 3


def test_sql_status_agrees_with_the_domain_rule(db: Database, payments: PaymentService, shop: Shop) -> None:
    invoices = [issued_invoice(db, shop) for _ in range(4)]
    payments.record(invoices[1].id, amount=D("10.00"), today=ISSUED_ON)
    payments.record(invoices[2].id, amount=D("95.43"), today=ISSUED_ON)
    payments.record(invoices[3].id, amount=D("99.00"), today=ISSUED_ON)
    for today in (ISSUED_ON, DUE, date(2026, 3, 17)):
        for row in InvoiceService(db).list(today=today):
            expected = balance(
                gross=row.gross_total,
                credited=row.credited,
                paid=row.paid,
                due_date=row.due_date,
                today=today,
            )
            assert row.payment_status is expected.status
            assert row.amount_due == expected.amount_due
