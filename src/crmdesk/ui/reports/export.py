"""Report exports: CSV (every row) and PDF (title, range, summary, chart and the table), no Qt widgets.

Both are written safely: to a temporary file beside the target, flushed and renamed over it (the
exporting service's :func:`~crmdesk.services.exporting.safe_write_bytes`). CSV is UTF-8 with a BOM (what
Excel needs), numbers plain, text cells that a spreadsheet would run as a formula get a leading ``'``.
The PDF is drawn by ReportLab with the embedded DejaVu fonts (Latvian, Cyrillic, Persian); the chart is
matplotlib's PNG. Call these on a task-runner thread.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

from crmdesk.services.exporting import safe_write_bytes
from crmdesk.ui.i18n import tr
from crmdesk.ui.reports.charts import chart_png
from crmdesk.ui.reports.definitions import Kind, ReportResult
from crmdesk.ui.reports.formatting import csv_cell, display

PDF_MAX_ROWS = 500
"""Rows printed in a PDF; a longer report says so and points to the CSV, which has every row."""
PDF_CELL_CHARS = 40


def csv_headers(result: ReportResult) -> list[str]:
    return [
        f"{column.title} ({result.currency})"
        if column.kind is Kind.MONEY and result.currency
        else column.title
        for column in result.columns
    ]


def write_csv(result: ReportResult, path: Path) -> int:
    """Write every row of ``result`` to ``path``; return the number of rows."""

    def write(out: IO[bytes]) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(csv_headers(result))
        for row in result.rows:
            writer.writerow(
                [csv_cell(value, column) for value, column in zip(row, result.columns, strict=True)]
            )
        out.write(buffer.getvalue().encode("utf-8-sig"))

    safe_write_bytes(path, write)
    return len(result.rows)


def pdf_bytes(result: ReportResult, *, company: str = "") -> bytes:
    """The report as a PDF document (A4 landscape)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from crmdesk.pdf.fonts import BOLD, REGULAR, register_fonts
    from crmdesk.pdf.text import markup, visual

    register_fonts()
    out = io.BytesIO()
    page = landscape(A4)
    margin = 12 * mm
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=result.title,
        author=company or "crmdesk",
        creator="crmdesk",
    )
    width = page[0] - 2 * margin
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    story: list[object] = [
        Paragraph(markup(result.title), title_style),
        Paragraph(markup(f"{company + ' · ' if company else ''}{result.period_text}"), body),
    ]
    if result.summary:
        story.append(Paragraph(markup(result.summary), body))
    story.append(Spacer(1, 4 * mm))
    if result.chart is not None and result.chart.labels:
        png = chart_png(result.chart, currency=result.currency)
        story.append(Image(io.BytesIO(png), width=width, height=width * 3.6 / 9.0))
        story.append(Spacer(1, 4 * mm))
    shown = result.rows[:PDF_MAX_ROWS]

    def cell(text: str) -> str:
        short = text if len(text) <= PDF_CELL_CHARS else text[: PDF_CELL_CHARS - 1] + "…"
        return visual(short)

    data = [[cell(h) for h in csv_headers(result)]]
    data += [
        [
            cell(display(value, column, result.currency))
            for value, column in zip(row, result.columns, strict=True)
        ]
        for row in shown
    ]
    if shown:
        table = LongTable(data, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LEADING", (0, 0), (-1, -1), 9),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f8")]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for index, column in enumerate(result.columns):
            if column.kind.numeric:
                style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
        table.setStyle(TableStyle(style))
        story.append(table)
    else:
        story.append(Paragraph(tr("No rows in this range."), body))
    if len(result.rows) > PDF_MAX_ROWS:
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                markup(
                    tr("The first {PDF_MAX_ROWS:,} of {len:,} rows; the CSV export has them all.").format(
                        PDF_MAX_ROWS=PDF_MAX_ROWS, len=len(result.rows)
                    )
                ),
                body,
            )
        )
    doc.build(story)
    return out.getvalue()


def write_pdf(result: ReportResult, path: Path, *, company: str = "") -> int:
    """Write the PDF of ``result`` to ``path``; return its size in bytes."""
    data = pdf_bytes(result, company=company)

    def write(out: IO[bytes]) -> None:
        out.write(data)

    safe_write_bytes(path, write)
    return len(data)
