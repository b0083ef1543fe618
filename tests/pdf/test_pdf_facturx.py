"""Factur-X (EN 16931) inside invoices and credit notes, and the PDF/A-3 facts that can be checked here."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from facturx import get_xml_from_pdf, xml_check_xsd
from lxml import etree
from pdf_setup import invoice_for, shop

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}


def _xml_of(pdf: bytes) -> etree._Element:
    filename, xml = get_xml_from_pdf(pdf, check_xsd=False)
    assert filename == "factur-x.xml"
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")
    return etree.fromstring(xml)


def test_pdf_invoice_and_credit_note_carry_xsd_valid_facturx(db_file: Path) -> None:
    with shop(db_file) as services:
        invoice_id = invoice_for(services, "lv")
        invoice = services.invoices.get(invoice_id)
        pdf = services.documents.render("invoice", invoice_id).pdf
        credit = services.credit_notes.create_draft(invoice_id)
        credit_number = services.invoices.issue(credit.id, issue_date=invoice.issue_date).invoice.number
        credit_pdf = services.documents.render("credit_note", credit.id).pdf
    root = _xml_of(pdf)
    assert root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=NS) == invoice.number
    assert root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == "380"
    summation = ".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
    assert root.findtext(summation + "ram:GrandTotalAmount", namespaces=NS) == str(invoice.gross_total)
    assert root.findtext(summation + "ram:TaxBasisTotalAmount", namespaces=NS) == str(invoice.net_total)
    buyer = root.findtext(".//ram:BuyerTradeParty/ram:Name", namespaces=NS)
    assert buyer == "Anna Bērziņa"
    credit_root = _xml_of(credit_pdf)
    assert credit_root.findtext("rsm:ExchangedDocument/ram:TypeCode", namespaces=NS) == "381"
    assert credit_root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=NS) == credit_number
    assert credit_root.findtext(".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID", namespaces=NS) == (
        invoice.number
    )


def test_pdf_is_pdfa3_as_far_as_checkable(db_file: Path) -> None:
    with shop(db_file) as services:
        invoice_id = invoice_for(services, "fa")
        pdf = services.documents.render("invoice", invoice_id).pdf
        quote_pdf = services.documents.render("reminder", invoice_id, reminder_level=1).pdf
    for data in (pdf, quote_pdf):
        with pikepdf.open(io.BytesIO(data)) as doc:
            intents = doc.Root.OutputIntents
            assert intents[0].S == "/GTS_PDFA1"
            assert len(intents[0].DestOutputProfile.read_bytes()) > 100
            meta = doc.open_metadata()
            assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
            fonts = [font for page in doc.pages for font in page.Resources.Font.values()]
            assert fonts
            for font in fonts:
                assert font.Subtype == "/TrueType", font.BaseFont  # never a base-14 Type1 font
                assert "/FontFile2" in font.FontDescriptor, font.BaseFont  # embedded


def test_pdf_draft_invoice_has_no_einvoice_and_says_draft(db_file: Path) -> None:
    from pdf_setup import pdf_text, sample

    from crmdesk.services.document_samples import add_customer, sample_lines
    from crmdesk.services.sales import InvoiceDraft

    with shop(db_file) as services:
        customer = add_customer(services._db, sample("en"))
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=customer, lines=sample_lines("en")))
        rendered = services.documents.render("invoice", draft.id)
    assert rendered.number == f"draft {draft.id}"
    with pikepdf.open(io.BytesIO(rendered.pdf)) as doc:
        assert "/Names" not in doc.Root or "/EmbeddedFiles" not in doc.Root.Names
    text = "\n".join(pdf_text(rendered.pdf))
    assert "DRAFT" in text and "Scan to pay" not in text
