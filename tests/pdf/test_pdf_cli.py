"""``crmdesk pdf …`` as the owner runs it: a real process on a real file."""

from __future__ import annotations

import sys
from pathlib import Path

from pdf_setup import invoice_for, pdf_text, shop

sys.path.insert(0, str(Path(__file__).parent.parent / "cli"))
from cli_process import crmdesk


def test_pdf_cli_writes_invoice_and_quote_and_fails_in_one_line(db_file: Path, tmp_path: Path) -> None:
    from crmdesk.services.document_samples import sample_lines
    from crmdesk.services.sales import QuoteDraft

    with shop(db_file) as services:
        invoice = services.invoices.get(invoice_for(services, "lv"))
        customer = invoice.customer_id
        quote = services.quotes.create_draft(QuoteDraft(customer_id=customer, lines=sample_lines("lv")))
        quote_number = services.quotes.send(quote.id).number
    assert invoice.number is not None
    out = tmp_path / "i.pdf"
    done = crmdesk("pdf", "invoice", invoice.number or "", "--db", db_file, "--out", out, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert invoice.number in "\n".join(pdf_text(out.read_bytes()))
    quote_out = tmp_path / "q.pdf"
    done = crmdesk("pdf", "quote", quote_number or "", "--db", db_file, "--out", quote_out, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Piedāvājums" in "\n".join(pdf_text(quote_out.read_bytes()))
    missing = crmdesk("pdf", "credit-note", "CN-1999-0001", "--db", db_file, "--out", out, home=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "crmdesk: no credit note has the number CN-1999-0001"
    usage = crmdesk("pdf", "invoice", "--db", db_file, home=tmp_path)
    assert usage.returncode == 2
