"""The customer 360° summary and timeline, computed by SQLite."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from crmdesk.domain.enums import InteractionKind, InvoiceKind, InvoiceStatus, QuoteStatus
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Invoice, InvoiceLine, Payment, Quote


def invoice(
    db: Database, customer_id: int, *, number: str, day: date, net: str, cost: str = "0", **extra: object
) -> int:
    """An issued invoice with one line (lines first: the frozen-invoice triggers refuse them later)."""
    gross = (Decimal(net) * Decimal("1.21")).quantize(Decimal("0.01"))
    with db.write() as session:
        doc = Invoice(customer_id=customer_id, net_total=Decimal(net), gross_total=gross, **extra)
        doc.lines = [
            InvoiceLine(
                description="Ritenis",
                quantity=Decimal(1),
                unit_price=Decimal(net),
                net_amount=Decimal(net),
                unit_cost=Decimal(cost),
            )
        ]
        session.add(doc)
        session.flush()
        doc.status, doc.number, doc.sequence = InvoiceStatus.ISSUED, number, int(number[-4:])
        doc.issue_date, doc.due_date = day, day + timedelta(days=14)
        doc.issued_at = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        return doc.id


def test_summary_and_timeline(db: Database) -> None:
    services = Services(db)
    customer = services.customer_editor.create(CustomerDraft(name="Sofía Martínez")).id
    first = invoice(db, customer, number="2026-0001", day=date(2026, 1, 10), net="100.00", cost="60.00")
    invoice(db, customer, number="2026-0002", day=date(2026, 3, 11), net="200.00", cost="150.00")
    invoice(
        db,
        customer,
        number="CN-2026-0001",
        day=date(2026, 3, 20),
        net="50.00",
        kind=InvoiceKind.CREDIT_NOTE,
        series="credit_note",
        credited_invoice_id=first,
    )
    with db.write() as session:
        session.add(Payment(invoice_id=first, paid_on=date(2026, 1, 20), amount=Decimal("30.00")))
        session.add(
            Quote(customer_id=customer, status=QuoteStatus.SENT, issue_date=date(2026, 4, 1), number="Q-1")
        )
        session.add(
            Quote(
                customer_id=customer, status=QuoteStatus.ACCEPTED, issue_date=date(2026, 2, 1), number="Q-0"
            )
        )
    due = datetime(2030, 1, 1, 9, tzinfo=UTC)
    services.contact_log.log(
        InteractionDraft(
            customer_id=customer,
            kind=InteractionKind.COMPLAINT,
            subject="Queja",
            occurred_at=datetime(2026, 5, 1, tzinfo=UTC),
        )
    )
    services.contact_log.log(
        InteractionDraft(
            customer_id=customer,
            kind=InteractionKind.CALL,
            subject="Llamar",
            follow_up_due=due,
            occurred_at=datetime(2026, 5, 2, tzinfo=UTC),
        )
    )

    summary = services.customer_360.summary(customer, today=date(2026, 4, 2))
    assert summary.lifetime_revenue == Decimal("250.00")  # 100 + 200 − 50 credited
    assert summary.lifetime_margin == Decimal("40.00")  # 250 − (60 + 150)
    # 121 − 60.50 credited − 30 paid, plus 242 open
    assert summary.balance_owed == Decimal("272.50")
    assert summary.order_count == 2
    assert (summary.first_purchase, summary.last_purchase) == (date(2026, 1, 10), date(2026, 3, 11))
    assert summary.average_days_between_purchases == Decimal("60.0")
    assert summary.open_quotes == 1
    assert summary.open_complaints == 1
    assert summary.next_follow_up == due
    assert summary.overdue_follow_ups == 0

    page = services.customer_360.timeline(customer, limit=4)
    assert [(e.kind, e.title) for e in page.entries] == [
        ("interaction", "Llamar"),
        ("interaction", "Queja"),
        ("quote", "Quote Q-1"),
        ("invoice", "Credit note CN-2026-0001"),
    ]
    assert page.has_more
    rest = services.customer_360.timeline(customer, offset=4, limit=10)
    assert [e.kind for e in rest.entries] == ["invoice", "quote", "payment", "invoice"]
    assert rest.entries[2].amount == Decimal("30.00") and not rest.has_more


def test_new_customer_has_an_empty_summary(db: Database) -> None:
    services = Services(db)
    customer = services.customer_editor.create(CustomerDraft(name="Nils Nyström")).id
    summary = services.customer_360.summary(customer)
    assert summary.balance_owed == summary.lifetime_revenue == Decimal(0)
    assert summary.order_count == 0 and summary.last_purchase is None
    assert summary.average_days_between_purchases is None and summary.next_follow_up is None
    assert services.customer_360.timeline(customer).entries == ()


def test_margin_of_a_foreign_currency_invoice_uses_the_cost_in_the_base_currency(db: Database) -> None:
    """Revenue is converted with the document's rate; unit cost is average cost, already in the base."""
    services = Services(db)
    customer = services.customer_editor.create(CustomerDraft(name="Kaffebönan AB")).id
    # 1,100 SEK at 11 SEK per EUR = 100 EUR of revenue; the goods cost 60 EUR.
    invoice(
        db,
        customer,
        number="2026-0001",
        day=date(2026, 1, 10),
        net="1100.00",
        cost="60.00",
        currency="SEK",
        exchange_rate=Decimal(11),
    )
    summary = services.customer_360.summary(customer, today=date(2026, 4, 2))
    assert summary.lifetime_revenue == Decimal("100.00")
    assert summary.lifetime_margin == Decimal("40.00")
