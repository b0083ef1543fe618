"""``InvoiceService.ids/rows``: the windowed invoice list filters and orders in SQL and agrees with ``list``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from sales_setup import ISSUED_ON, Shop, issued_invoice, make_shop, three_rate_lines

from crmdesk.domain.errors import ValidationError
from crmdesk.services.sales import CreditNoteService, InvoiceDraft, InvoiceService, PaymentService
from crmdesk.services.sales.lists import InvoiceIdsQuery
from crmdesk.storage.engine import Database

LATER = ISSUED_ON + timedelta(days=40)  # after the 14 days of payment terms


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@pytest.fixture
def invoices(db: Database) -> InvoiceService:
    return InvoiceService(db)


def ids(invoices: InvoiceService, **query: object) -> list[int]:
    return list(invoices.ids(InvoiceIdsQuery(**query), today=LATER))  # type: ignore[arg-type]


def test_ids_filter_by_status_search_and_dates(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    overdue = issued_invoice(db, shop)
    paid = issued_invoice(db, shop, day=ISSUED_ON + timedelta(days=1))
    PaymentService(db).record(paid.id, amount=paid.gross_total, paid_on=LATER, today=LATER)
    late = issued_invoice(db, shop, day=LATER)  # not due yet: open
    credited = issued_invoice(db, shop, day=LATER)
    note = CreditNoteService(db).create_draft(credited.id)
    note_issued = invoices.issue(note.id, issue_date=LATER, today=LATER).invoice
    draft = invoices.create_draft(
        InvoiceDraft(customer_id=shop.nordic, lines=three_rate_lines(shop), exchange_rate=D("11.2"))
    )

    everything = ids(invoices)
    assert everything[0] == draft.id  # drafts first, then newest issue date first
    assert set(everything) == {overdue.id, paid.id, late.id, credited.id, note_issued.id, draft.id}
    assert everything.index(late.id) < everything.index(paid.id) < everything.index(overdue.id)
    assert ids(invoices, statuses=frozenset({"overdue"})) == [overdue.id]
    assert ids(invoices, statuses=frozenset({"paid"})) == [paid.id]
    assert ids(invoices, statuses=frozenset({"credited"})) == [credited.id]
    assert ids(invoices, statuses=frozenset({"draft", "open"})) == [draft.id, late.id]
    assert ids(invoices, search="nordic") == [draft.id]
    assert overdue.number is not None
    # "CN-2026-0001" contains "2026-0001": the credit note may match the invoice's number too.
    assert overdue.id in ids(invoices, search=overdue.number)
    assert set(ids(invoices, search=overdue.number)) <= {overdue.id, note_issued.id}
    assert ids(invoices, search="%") == []  # a wildcard typed is a character
    assert set(ids(invoices, issued_from=ISSUED_ON, issued_to=ISSUED_ON + timedelta(days=1))) == {
        overdue.id,
        paid.id,
    }
    with pytest.raises(ValidationError, match="unknown invoice status"):
        ids(invoices, statuses=frozenset({"lost"}))


def test_rows_agree_with_list(db: Database, invoices: InvoiceService, shop: Shop) -> None:
    first = issued_invoice(db, shop)
    PaymentService(db).record(first.id, amount=D("10.00"), today=ISSUED_ON)
    issued_invoice(db, shop, day=date(2026, 3, 5))
    listed = {row.id: row for row in invoices.list(today=LATER)}
    rows = invoices.rows([*listed, 999_999], today=LATER)  # an unknown id is simply absent
    assert rows == listed
    assert invoices.rows([], today=LATER) == {}
