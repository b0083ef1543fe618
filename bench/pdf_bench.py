"""Document PDFs: invoices per second and one long invoice, next to a bare ReportLab canvas.

    .venv/bin/python bench/pdf_bench.py [--invoices 1000] [--long-lines 2000]

- **ours**  — ``crmdesk.pdf``: the platypus layout (header, repeated table header, tax breakdown,
  totals, payment block, page X of Y) *and* the PDF/A-3 finishing (pikepdf: OutputIntent, XMP) —
  what ``Services.documents.render`` spends after reading the data; Factur-X is measured separately;
- **limit** — the same text (header, addresses, each line's cells, tax rows, totals, bank details)
  and the same EPC QR code drawn with ``canvas.drawString``/``rect`` on a bare ReportLab canvas with
  the same embedded TTF: fixed row height, no measuring, wrapping or PDF/A pass.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crmdesk.pdf import BankAccount, EpcPayment, Party, PdfDocument, PdfLine, TaxRow, render_document
from crmdesk.pdf.fonts import REGULAR, register_fonts
from crmdesk.pdf.qr import QrFlowable, epc_qr

Entry = tuple[str, str, float, float]
T = TypeVar("T")


def invoice(lines: int, number: int = 1) -> PdfDocument:
    rows = tuple(
        PdfLine(
            description=f"Pilsētas velosipēds Nr. {i} — zils",
            quantity=Decimal(2),
            unit="pcs",
            unit_price=Decimal("18.50"),
            tax_rate=Decimal(21),
            amount=Decimal("37.00"),
        )
        for i in range(lines)
    )
    net = Decimal("37.00") * lines
    tax = (net * Decimal("0.21")).quantize(Decimal("0.01"))
    return PdfDocument(
        kind="invoice",
        language="lv",
        number=f"2026-{number:04d}",
        seller=Party(name="Velo Darbnīca SIA", address=("Tērbatas iela 14", "LV-1011 Rīga"), country="LV"),
        customer=Party(name="Anna Bērziņa", address=("Brīvības iela 1", "LV-1010 Rīga"), country="LV"),
        issue_date=date(2026, 3, 2),
        due_date=date(2026, 3, 16),
        lines=rows,
        tax_rows=(TaxRow(rate=Decimal(21), net=net, tax=tax, gross=net + tax),),
        net_total=net,
        tax_total=tax,
        gross_total=net + tax,
        payment_terms_days=14,
        bank=BankAccount(iban="LV97 HABA 0012 3456 7891 0", bic="HABALV22"),
        epc=EpcPayment("Velo Darbnīca SIA", "LV97HABA0012345678910", "HABALV22", net + tax, "2026-0001"),
    )


def bare(document: PdfDocument) -> bytes:
    """The limit: the same strings and the same QR code on a bare canvas, 40 rows a page, no layout
    engine, no measuring, no PDF/A pass."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=REGULAR)
    height: float = A4[1]

    def header(page: int) -> float:
        canvas.setFont(REGULAR, 9)
        canvas.drawString(45, height - 50, f"{document.seller.name}  Rēķins {document.number}  {page}")
        for x, text in (
            (45, "#"),
            (70, "Apraksts"),
            (330, "Daudz."),
            (380, "Cena"),
            (440, "PVN %"),
            (500, "Summa"),
        ):
            canvas.drawString(x, height - 80, text)
        return height - 95

    page = 1
    y = header(page)
    for line_y, text in enumerate(
        (*document.seller.address, document.customer.name, *document.customer.address)
    ):
        canvas.drawString(300, height - 20 - 10 * line_y, text)
    for index, line in enumerate(document.lines, 1):
        if y < 60:
            canvas.showPage()
            page += 1
            y = header(page)
        canvas.drawString(45, y, str(index))
        canvas.drawString(70, y, line.description)
        canvas.drawRightString(360, y, str(line.quantity))
        canvas.drawRightString(420, y, str(line.unit_price))
        canvas.drawRightString(470, y, str(line.tax_rate))
        canvas.drawRightString(550, y, str(line.amount))
        y -= 15
    if y < 200:
        canvas.showPage()
        y = header(page + 1)
    for row in document.tax_rows:
        canvas.drawString(45, y - 20, f"{row.rate} % {row.net} {row.tax} {row.gross}")
    canvas.drawRightString(550, y - 20, f"Kopā {document.gross_total}")
    canvas.drawString(45, y - 40, f"IBAN {document.bank.iban} BIC {document.bank.bic}")
    if document.epc is not None:
        # The same vector drawing as the layout's (one path of runs): the code itself is content.
        QrFlowable(epc_qr(document.epc), 85).drawOn(canvas, 460, y - 150)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def _render_all(docs: list[PdfDocument]) -> None:
    for document in docs:
        render_document(document)


def _bare_all(docs: list[PdfDocument]) -> None:
    for document in docs:
        bare(document)


def interleaved(docs: list[PdfDocument], batch: int = 50) -> tuple[float, float]:
    """Seconds for all ``docs`` with ours and with the bare canvas, measured in alternating batches
    so that a change in the machine's load hits both alike (2 cores shared with other work)."""
    ours = limit = 0.0
    for start in range(0, len(docs), batch):
        chunk = docs[start : start + batch]
        ours += timed(_render_all, chunk)
        limit += timed(_bare_all, chunk)
    return ours, limit


def run(invoices: int, long_lines: int) -> list[Entry]:
    register_fonts()
    docs = [invoice(10, n) for n in range(invoices)]
    render_document(docs[0])  # warm caches (fonts, shaping) outside the measurement
    ours, limit = interleaved(docs)
    fx = timed(lambda: [render_document(d, einvoice=True) for d in docs[: max(1, invoices // 10)]])
    long_doc = invoice(long_lines)
    long_ours = timed(render_document, long_doc)
    long_limit = timed(bare, long_doc)
    return [
        (f"{invoices:,} ten-line invoices (invoices/s)", "rate", invoices / ours, invoices / limit),
        (f"  with Factur-X XML (+XSD check), {max(1, invoices // 10)} invoices (invoices/s)", "rate",
         max(1, invoices // 10) / fx, invoices / limit),
        (f"one {long_lines:,}-line invoice (s)", "time", long_ours, long_limit),
    ]  # fmt: skip


def entries(
    make: Callable[..., T], *, runs: int = 1, invoices: int = 1000, long_lines: int = 2000
) -> list[T]:
    """``bench/run.py``'s entries (``make`` is its ``Entry``): seconds per batch next to the bare canvas."""
    register_fonts()
    docs = [invoice(10, n) for n in range(invoices)]
    long_doc = invoice(long_lines)
    render_document(docs[0])
    ours, limit, long_ours, long_limit = [], [], [], []
    for _ in range(runs):
        ours_s, limit_s = interleaved(docs)
        ours.append(ours_s)
        limit.append(limit_s)
        long_ours.append(timed(render_document, long_doc))
        long_limit.append(timed(bare, long_doc))
    canvas = "the same content on a bare ReportLab canvas (bench/pdf_bench.py)"
    rate = invoices / statistics.median(ours)
    return [
        make("render invoice PDFs (layout + PDF/A)", f"{invoices:,} ten-line invoices", canvas, ours, limit,
             f"{rate:.1f} invoices/s"),
        make("render one long invoice PDF", f"{long_lines:,} lines", canvas, long_ours, long_limit),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--long-lines", type=int, default=2000)
    args = parser.parse_args(argv)
    print(f"{'operation':<62} | {'ours':>10} | {'bare canvas':>11} | ratio")
    for name, how, ours, limit in run(args.invoices, args.long_lines):
        ratio = limit / ours if how == "rate" else ours / limit
        print(f"{name:<62} | {ours:>10.2f} | {limit:>11.2f} | {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.exit(main())
