"""Invoices as their customers get them: text extracted from the PDF (pypdf) in three scripts."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from pdf_setup import invoice_for, logical, pdf_text, sample, shop

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.pdf import formatting as fmt
from crmdesk.pdf.labels import label
from crmdesk.services.document_samples import SAMPLE_LINES, add_customer, issue_invoice
from crmdesk.services.sales import LineInput


@pytest.mark.parametrize("language", ["lv", "ru", "fa"])
def test_pdf_invoice_shows_number_customer_lines_and_exact_totals(db_file: Path, language: str) -> None:
    with shop(db_file) as services:
        invoice_id = invoice_for(services, language)
        view = services.invoices.get(invoice_id)
        rendered = services.documents.render("invoice", invoice_id)
    assert view.number is not None
    assert rendered.number == view.number and rendered.language == language
    assert rendered.filename == f"Invoice {view.number}.pdf"
    text = logical("\n".join(pdf_text(rendered.pdf)))
    assert view.number in text
    assert sample(language).name in text
    for description in SAMPLE_LINES[language]:
        # pypdf re-orders Persian runs itself; brackets in them are ambiguous, so compare the words.
        for word in description.replace("(", " ").replace(")", " ").split():
            assert word in text, word
    plain = text.replace("\u200e", "").replace(" ", "")
    for total in (view.net_total, view.tax_total, view.gross_total):
        printed = logical(fmt.money(total, view.currency, language)).replace("\u200e", "").replace(" ", "")
        if language == "fa":
            # pypdf's own re-ordering of the RTL page moves the sign around the mark: the amount
            # must be there exactly, the sign beside it.
            printed = fmt.amount(total, view.currency, language)
        assert printed in plain, printed
    assert fmt.amount(D("649.47"), "EUR", language) in plain
    assert logical(label(language, "invoice")) in text


def test_pdf_markup_in_user_text_prints_literally(db_file: Path) -> None:
    with shop(db_file) as services:
        db = services._db
        customer = add_customer(db, sample("en"))
        lines = [
            LineInput(description="<b>Ann & Co</b> <img src='/etc/passwd'/>", quantity=D(1), unit_price=D(10))
        ]
        invoice_id = issue_invoice(db, customer, lines, notes="Thanks <i>a lot</i> & more")
        rendered = services.documents.render("invoice", invoice_id)
    text = "\n".join(pdf_text(rendered.pdf))
    assert "Oliver Smith & Sons <Ltd>" in text
    # No control character reaches a glyph (an isolate mark would print as a blank box).
    assert not {"\u2066", "\u2069", "\x00"} & set(text)
    assert "<b>Ann & Co</b> <img src='/etc/passwd'/>" in text
    assert "Thanks <i>a lot</i> & more" in text


def test_pdf_long_invoice_repeats_the_header_and_counts_pages(db_file: Path) -> None:
    with shop(db_file) as services:
        invoice_id = invoice_for(services, "en", lines=160)
        rendered = services.documents.render("invoice", invoice_id)
    pages = pdf_text(rendered.pdf)
    assert len(pages) >= 4
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        if "City bike, blue #" in page or "Repair manual" in page:  # a page with lines has the header
            assert "Description" in page and "Unit price" in page and "Amount" in page
    assert all("Description" in page for page in pages[:3])
    everything = "\n".join(pages)
    for index in (1, 80, 160):
        assert f" #{index}\n" in everything or everything.count(f" #{index}") >= 1
    assert "Total excl. VAT" in "\n".join(pages[-2:])


@pytest.mark.parametrize(
    ("iban", "language", "shown"),
    [
        ("LV97HABA0012345678910", "lv", True),  # EUR and a valid IBAN
        ("LV97HABA0012345678910", "sv", False),  # SEK: no EPC code
        ("", "lv", False),  # no IBAN
        ("LV00HABA0012345678910", "lv", False),  # checksum wrong: not printed as a payable code
    ],
)
def test_pdf_epc_qr_only_for_eur_with_a_valid_iban(
    db_file: Path, iban: str, language: str, shown: bool
) -> None:
    with shop(db_file, iban=iban) as services:
        invoice_id = invoice_for(services, language, exchange_rate=D("11.2") if language == "sv" else None)
        rendered = services.documents.render("invoice", invoice_id)
    assert (label(language, "scan_to_pay") in "\n".join(pdf_text(rendered.pdf))) is shown


def test_pdf_other_kinds_render_in_the_customers_language(db_file: Path) -> None:
    with shop(db_file) as services:
        invoice_id = invoice_for(services, "ru")
        invoice = services.invoices.get(invoice_id)
        reminder = services.documents.render("reminder", invoice_id, reminder_level=2)
        draft_credit = services.credit_notes.create_draft(invoice_id)
        credit = services.documents.render("credit_note", draft_credit.id)
        with pytest.raises(ValidationError):
            services.documents.render("reminder", invoice_id, reminder_level=4)
        with pytest.raises(ValidationError):
            services.documents.render("letter", invoice_id)
        with pytest.raises(NotFoundError):
            services.documents.find("invoice", "1999-9999")
        assert services.documents.find("invoice", invoice.number or "") == invoice_id
    assert invoice.number is not None
    reminder_text = logical("\n".join(pdf_text(reminder.pdf)))
    assert label("ru", "reminder_2") in reminder_text and invoice.number in reminder_text
    assert reminder.filename == f"Reminder 2 {invoice.number}.pdf"
    credit_text = "\n".join(pdf_text(credit.pdf))
    assert label("ru", "credit_note") in credit_text and invoice.number in credit_text
