"""Invoices and credit notes through the service: drafts, issuing, numbering, freezing, chain, credit notes."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sales_setup import ISSUED_ON, Shop, child_main, issued_invoice, make_shop, three_rate_lines
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.services.sales import (
    CreditLine,
    CreditNoteService,
    InvoiceDraft,
    InvoiceListQuery,
    InvoiceService,
    LineInput,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Invoice, InvoiceLine, NumberSeries, Product, Setting


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@pytest.fixture
def invoices(db: Database) -> InvoiceService:
    return InvoiceService(db)


def test_a_draft_has_no_number_and_its_totals_to_the_cent(invoices: InvoiceService, shop: Shop) -> None:
    draft = invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    assert draft.status is InvoiceStatus.DRAFT
    assert draft.number is None and draft.content_hash is None and draft.balance is None
    assert (draft.net_total, draft.tax_total, draft.gross_total) == (D("81.17"), D("14.26"), D("95.43"))
    assert [(g.rate, g.net, g.tax) for g in draft.tax_breakdown] == [
        (D(21), D("59.97"), D("12.59")),
        (D(12), D("8.70"), D("1.04")),
        (D(5), D("12.50"), D("0.63")),
    ]
    assert [line.amount for line in draft.lines] == [D("59.97"), D("8.70"), D("12.50")]


def test_issuing_numbers_snapshots_and_chains(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    first = issued_invoice(db, shop)
    second = issued_invoice(db, shop)
    assert (first.number, first.sequence, second.number) == ("2026-0001", 1, "2026-0002")
    assert first.issue_date == ISSUED_ON and first.due_date == date(2026, 3, 16)  # 14 days' terms
    snapshot = json.loads(first.customer_snapshot)
    assert snapshot["name"] == "Anna Bērziņa"
    assert snapshot["address"] == ["Brīvības iela 1", "LV-1010 Rīga"]
    assert snapshot["country"] == "LV" and snapshot["language"] == "lv"
    with db.read_session() as session:
        rows = session.scalars(select(Invoice).order_by(Invoice.id)).all()
        assert rows[0].previous_hash == "" and rows[1].previous_hash == rows[0].content_hash
        assert len(rows[1].content_hash or "") == 64
        counter = session.scalars(select(NumberSeries)).one()
        assert (counter.code, counter.period, counter.last_sequence) == ("invoice", "2026", 2)
    # The snapshot is what was printed: renaming the customer later does not change it.
    with db.write() as session:
        session.get_one(Customer, shop.ann).name = "Anna Kalniņa"
    assert json.loads(invoices.get(first.id).customer_snapshot)["name"] == "Anna Bērziņa"
    assert invoices.verify().ok


def test_a_new_year_starts_a_new_sequence_and_the_pattern_is_a_setting(db: Database, shop: Shop) -> None:
    assert issued_invoice(db, shop, day=date(2026, 12, 31)).number == "2026-0001"
    assert issued_invoice(db, shop, day=date(2027, 1, 2)).number == "2027-0001"
    with db.write() as session:
        session.add(Setting(key="numbering.invoice.pattern", value=json.dumps("INV-{year}/{seq:05d}")))
    assert issued_invoice(db, shop, day=date(2027, 1, 3)).number == "INV-2027/00002"


def test_dates_in_a_series_never_go_backwards(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    issued_invoice(db, shop, day=date(2026, 3, 10))
    draft = invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    with pytest.raises(ConflictError, match="never go backwards"):
        invoices.issue(draft.id, issue_date=date(2026, 3, 9), today=date(2026, 3, 9))
    assert invoices.get(draft.id).number is None  # nothing was used up
    assert invoices.clock_warning(today=date(2026, 3, 9)) is not None
    assert invoices.clock_warning(today=date(2026, 3, 10)) is None
    result = invoices.issue(draft.id, issue_date=date(2026, 3, 10), today=date(2026, 3, 10))
    assert result.invoice.number == "2026-0002" and result.warning is None


def test_an_issued_invoice_cannot_be_edited_through_the_service(
    db: Database, invoices: InvoiceService, shop: Shop
) -> None:
    issued = issued_invoice(db, shop)
    with pytest.raises(ConflictError, match="credit note"):
        invoices.update_draft(issued.id, InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    with pytest.raises(ConflictError, match="credit note"):
        invoices.delete_draft(issued.id)
    with pytest.raises(ConflictError, match="issued invoice cannot become issued"):
        invoices.issue(issued.id)
    # Even a session that goes around the service is stopped by the database.
    with pytest.raises(IntegrityError, match="frozen"), db.write() as session:
        session.get_one(Invoice, issued.id).notes = "changed"
    assert invoices.get(issued.id, today=ISSUED_ON) == issued


def test_an_issued_invoice_cannot_be_edited_with_raw_sql(db: Database, db_file: Path, shop: Shop) -> None:
    issued = issued_invoice(db, shop)
    conn = sqlite3.connect(db_file, isolation_level=None)
    try:
        for statement in (
            f"UPDATE invoices SET gross_total = 1 WHERE id = {issued.id}",
            f"UPDATE invoice_lines SET unit_price = 1 WHERE invoice_id = {issued.id}",
            f"DELETE FROM invoices WHERE id = {issued.id}",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="frozen"):
                conn.execute(statement)
    finally:
        conn.close()


def test_gross_prices_and_catalogue_lines(invoices: InvoiceService, shop: Shop) -> None:
    draft = invoices.create_draft(
        InvoiceDraft(
            customer_id=shop.ann,
            prices_include_tax=True,
            lines=[
                LineInput(product_id=shop.bike),  # 450.00 net at 21 % → 544.50 gross
                LineInput(description="Bell", quantity=D(2), unit_price=D("9.99"), tax_rate=D(21)),
                LineInput(description="Manual", unit_price=D("5.00"), tax_rate=D(12)),
            ],
        )
    )
    bike = draft.lines[0]
    assert (bike.description, bike.unit_price, bike.tax_rate) == ("City bike", D("544.5000"), D(21))
    # 21 %: 544.50 + 19.98 = 564.48 gross → net 466.50, tax 97.98; 12 %: 5.00 → 4.46 + 0.54
    assert [(g.rate, g.net, g.tax) for g in draft.tax_breakdown] == [
        (D(21), D("466.51"), D("97.97")),
        (D(12), D("4.46"), D("0.54")),
    ]
    assert draft.gross_total == D("569.48")


def test_bad_lines_are_refused_with_a_reason(invoices: InvoiceService, shop: Shop) -> None:
    cases = [
        (LineInput(description="x", unit_price=D("1.00001")), "decimal places"),
        (LineInput(description="x", quantity=D(0), unit_price=D(1)), "quantity"),
        (LineInput(description="x", unit_price=D(10), discount=D(11)), "discount"),
        (LineInput(description="", unit_price=D(1)), "description"),
        (LineInput(description="x"), "unit price"),
        (LineInput(product_id=999), "does not exist"),
    ]
    for line, reason in cases:
        with pytest.raises(ValidationError, match=reason):
            invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=[line]))
    with pytest.raises(ValidationError, match="at least one line"):
        invoices.create_draft(InvoiceDraft(customer_id=shop.ann))
    with pytest.raises(NotFoundError):
        invoices.issue(12345)


def test_other_currencies_need_a_rate_and_convert_with_it(
    db: Database, invoices: InvoiceService, shop: Shop
) -> None:
    lines = [LineInput(description="Consulting", quantity=D(10), unit_price=D("1000.00"), tax_rate=D(25))]
    with pytest.raises(ValidationError, match="exchange rate"):
        invoices.create_draft(InvoiceDraft(customer_id=shop.nordic, lines=lines))
    draft = invoices.create_draft(
        InvoiceDraft(customer_id=shop.nordic, lines=lines, exchange_rate=D("11.4523"))
    )
    issued = invoices.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice
    assert (issued.currency, issued.gross_total) == ("SEK", D("12500.00"))
    (row,) = invoices.list()
    # 12500.00 SEK / 11.4523 = 1091.48 EUR
    assert row.gross_base == D("1091.48")


def test_full_credit_note_nets_the_invoice_to_zero(
    db: Database, invoices: InvoiceService, shop: Shop
) -> None:
    invoice = issued_invoice(db, shop)
    note = CreditNoteService(db).create_draft(invoice.id)
    assert note.kind is InvoiceKind.CREDIT_NOTE and note.credited_invoice_id == invoice.id
    assert note.gross_total == invoice.gross_total == D("95.43")  # positive, as printed
    issued = invoices.issue(note.id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice
    assert (issued.number, issued.credited_number) == ("CN-2026-0001", "2026-0001")
    balance = invoices.get(invoice.id, today=ISSUED_ON).balance
    assert balance is not None
    assert (balance.credited, balance.amount_due, balance.status) == (
        D("95.43"),
        D(0),
        PaymentStatus.CREDITED,
    )
    with pytest.raises(ConflictError, match="more than is left"):
        invoices.issue(
            CreditNoteService(db).create_draft(invoice.id).id, issue_date=ISSUED_ON, today=ISSUED_ON
        )
    assert invoices.verify().ok


def test_partial_credit_note_to_the_cent(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    invoice = issued_invoice(
        db,
        shop,
        [
            LineInput(
                description="Wheel", quantity=D(4), unit_price=D("25.00"), discount=D("10.00"), tax_rate=D(21)
            ),
            LineInput(description="Manual", unit_price=D("18.50"), tax_rate=D(12)),
        ],
    )
    assert invoice.gross_total == D("129.62")  # 90.00 + 18.90 tax; 18.50 + 2.22 tax
    with db.read_session() as session:
        wheel_line_id = session.scalars(
            text("SELECT id FROM invoice_lines WHERE invoice_id = :i AND position = 0").bindparams(
                i=invoice.id
            )
        ).one()
    note = CreditNoteService(db).create_draft(
        invoice.id, lines=[CreditLine(wheel_line_id, D(1))], notes="One wheel back"
    )
    assert (note.lines[0].discount, note.lines[0].amount) == (D("2.50"), D("22.50"))
    assert (note.net_total, note.tax_total, note.gross_total) == (D("22.50"), D("4.73"), D("27.23"))
    invoices.issue(note.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    balance = invoices.get(invoice.id, today=ISSUED_ON).balance
    assert balance is not None
    assert (balance.amount_due, balance.status) == (D("102.39"), PaymentStatus.OPEN)
    with pytest.raises(ValidationError, match="at most 4"):
        CreditNoteService(db).create_draft(invoice.id, lines=[CreditLine(wheel_line_id, D(5))])


def test_credit_notes_only_for_issued_invoices(invoices: InvoiceService, db: Database, shop: Shop) -> None:
    draft = invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    with pytest.raises(ConflictError, match="issued invoice"):
        CreditNoteService(db).create_draft(draft.id)


def test_issue_hook_runs_in_the_same_transaction(db: Database, shop: Shop) -> None:
    seen: list[int] = []

    def stock(session: object, invoice_id: int) -> None:
        seen.append(invoice_id)
        raise ValidationError("not enough stock")

    service = InvoiceService(db, after_issue=[stock])
    draft = service.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    with pytest.raises(ValidationError, match="stock"):
        service.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    assert seen == [draft.id]
    after = service.get(draft.id)
    assert after.status is InvoiceStatus.DRAFT and after.number is None
    with db.read_session() as session:
        assert session.scalars(select(NumberSeries)).all() == []  # the number was not used up


def test_list_filters(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    issued = issued_invoice(db, shop)
    draft = invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    assert [r.id for r in invoices.list(InvoiceListQuery(status="draft"))] == [draft.id]
    assert [r.id for r in invoices.list(InvoiceListQuery(status="open"), today=ISSUED_ON)] == [issued.id]
    late = invoices.list(InvoiceListQuery(status="overdue"), today=date(2026, 3, 20))
    assert [(r.id, r.days_late, r.amount_due) for r in late] == [(issued.id, 4, D("95.43"))]
    with pytest.raises(ValidationError, match="unknown invoice status"):
        invoices.list(InvoiceListQuery(status="lost"))


def test_two_processes_issuing_at_once_get_two_consecutive_numbers(
    db: Database, db_file: Path, invoices: InvoiceService, shop: Shop
) -> None:
    drafts = [
        invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop))).id
        for _ in range(2)
    ]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    children = [context.Process(target=child_main, args=(str(db_file), d, barrier, results)) for d in drafts]
    for child in children:
        child.start()
    got = dict(results.get(timeout=60) for _ in children)
    for child in children:
        child.join(timeout=30)
    assert sorted(got.values()) == ["2026-0001", "2026-0002"], got
    with db.read_session() as session:
        assert session.scalars(select(NumberSeries.last_sequence)).one() == 2
    assert invoices.verify().ok  # the second was chained to the first, whichever won


def test_deleting_a_draft_with_a_delivery_note_is_a_clear_conflict(
    db: Database, invoices: InvoiceService, shop: Shop
) -> None:
    from crmdesk.services.inventory import DeliveryNoteService

    draft = invoices.create_draft(
        InvoiceDraft(customer_id=shop.ann, lines=[LineInput(product_id=shop.bike, quantity=D(1))])
    )
    DeliveryNoteService(db).create_from_invoice(draft.id)
    with pytest.raises(ConflictError, match="delivery note"):
        invoices.delete_draft(draft.id)
    assert invoices.get(draft.id).status is InvoiceStatus.DRAFT


def test_the_unit_cost_is_taken_when_the_invoice_is_issued(
    db: Database, invoices: InvoiceService, shop: Shop
) -> None:
    draft = invoices.create_draft(
        InvoiceDraft(customer_id=shop.ann, lines=[LineInput(product_id=shop.bike, quantity=D(1))])
    )
    with db.write() as session:  # the bike's cost changes (a purchase) between draft and issue
        bike = session.get(Product, shop.bike)
        assert bike is not None and bike.average_cost == D("300.00")
        bike.average_cost = D("310.00")
    invoices.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    with db.read_session() as session:
        costs = session.scalars(select(InvoiceLine.unit_cost).where(InvoiceLine.invoice_id == draft.id)).all()
    assert costs == [D("310.00")]
