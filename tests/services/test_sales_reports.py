"""Sales figures in the base currency, each document converted with its own stored rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sales_setup import ISSUED_ON, issued_invoice, make_shop

from crmdesk.services.sales import (
    CreditNoteService,
    InvoiceDraft,
    InvoiceService,
    LineInput,
    PaymentService,
    SalesReports,
)
from crmdesk.storage.engine import Database


def test_summary_in_base_currency(db: Database) -> None:
    shop = make_shop(db)
    invoices = InvoiceService(db)
    eur = issued_invoice(db, shop)  # 81.17 net + 14.26 tax = 95.43 EUR
    sek_draft = invoices.create_draft(
        InvoiceDraft(
            customer_id=shop.nordic,
            exchange_rate=D("11.4523"),
            lines=[
                LineInput(description="Consulting", quantity=D(10), unit_price=D("1000.00"), tax_rate=D(25))
            ],
        )
    )
    invoices.issue(sek_draft.id, issue_date=ISSUED_ON, today=ISSUED_ON)  # 10000 + 2500 SEK
    note = CreditNoteService(db).create_draft(eur.id)
    invoices.issue(note.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    PaymentService(db).record(sek_draft.id, amount=D("2500.00"), paid_on=ISSUED_ON, today=ISSUED_ON)
    summary = SalesReports(db).summary(start=date(2026, 3, 1), end=date(2026, 3, 31), today=date(2026, 4, 30))
    assert summary.base_currency == "EUR"
    assert (summary.invoices, summary.credit_notes) == (2, 1)
    # SEK → EUR at 11.4523: 10000.00 → 873.19; 2500.00 → 218.30; 10000.00 due → 873.19
    assert summary.invoiced_net == D("81.17") + D("873.19")
    assert summary.credited_net == D("81.17")
    assert summary.net_sales == D("873.19")
    assert summary.tax == D("218.30")
    assert summary.outstanding == summary.overdue == D("873.19")
