"""The one page layout every document shares (platypus), in the document's language and direction.

Seller block (logo, details), title with number, dates and references, customer address block, a line
table whose header repeats on every page, tax breakdown, totals, payment terms with bank details and
the EPC QR code, notes, and a "page X of Y" footer. A Persian document is laid out right to left: the
blocks and the table's columns are mirrored and text is right-aligned.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crmdesk.pdf import formatting as fmt
from crmdesk.pdf.fonts import BOLD, REGULAR, register_fonts
from crmdesk.pdf.labels import label
from crmdesk.pdf.model import PdfDocument, PdfLine
from crmdesk.pdf.qr import QrFlowable, epc_qr
from crmdesk.pdf.text import ltr, markup, paragraph_markup, visual
from crmdesk.pdf.units import Points, mm, pt

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = pt(85)
SMALL_SIZE = pt(75)
INK = colors.HexColor(0x212126)
MUTED = colors.HexColor(0x61616B)
RULE = colors.HexColor(0xCCCCD6)
SHADE = colors.HexColor(0xEDF0F5)
ACCENT = colors.HexColor(0x1F4A87)


@dataclass(frozen=True)
class Context:
    doc: PdfDocument
    language: str
    """The label language (``en``, ``lv``, ``es``, ``fa``, ``ru``, ``sv``)."""
    locale: str
    """The document's own language tag, for babel."""
    rtl: bool

    def t(self, key: str) -> str:
        return label(self.language, key)

    def vt(self, key: str) -> str:
        """A label in display order."""
        return visual(self.t(key), self.rtl)

    def money(self, value: Decimal) -> str:
        return visual(fmt.money(value, self.doc.currency, self.locale), self.rtl)

    def amount(self, value: Decimal | None) -> str:
        return "" if value is None else fmt.amount(value, self.doc.currency, self.locale)

    def day(self, value: Any) -> str:
        return visual(fmt.day(value, self.locale), self.rtl)

    def row(self, cells: Sequence[Any]) -> list[Any]:
        """Cells in reading order, mirrored for a right-to-left document."""
        return list(reversed(cells)) if self.rtl else list(cells)


class _Styles:
    def __init__(self, rtl: bool) -> None:
        align = TA_RIGHT if rtl else TA_LEFT
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=11, textColor=INK, alignment=align
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=SMALL_SIZE, leading=pt(95), textColor=MUTED
        )
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=BOLD)
        self.name = ParagraphStyle("name", parent=self.body, fontName=BOLD, fontSize=pt(105), leading=pt(135))
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT
        )
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=BOLD, fontSize=SMALL_SIZE, leading=10, textColor=MUTED
        )
        self.cell = ParagraphStyle("cell", parent=self.body, leading=pt(105))


def _canvas_maker(ctx: Context) -> type[Canvas]:
    """A canvas whose initial font is the embedded TTF (PDF/A: no base-14 font anywhere) and which
    draws the footer with the page total once every page is known."""

    class DocumentCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The doc template passes these as None: set them, never merely default them.
            kwargs["initialFontName"] = REGULAR
            kwargs["initialFontSize"] = BODY_SIZE
            kwargs["initialLeading"] = 11
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _footer(self, ctx, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return DocumentCanvas


def _footer(canvas: Canvas, ctx: Context, page: int, total: int) -> None:
    doc = ctx.doc
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(pt(5))
    y = BOTTOM - 7 * mm
    canvas.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
    canvas.setFont(REGULAR, SMALL_SIZE)
    canvas.setFillColor(MUTED)
    parts = [doc.seller.name]
    if doc.seller.vat_id:
        parts.append(f"{ctx.t('vat_id')} {ltr(doc.seller.vat_id)}")
    if doc.seller.registration_no:
        parts.append(f"{ctx.t('reg_no')} {ltr(doc.seller.registration_no)}")
    who = visual(" · ".join(p for p in parts if p), ctx.rtl)
    title = _title(ctx)
    where = visual(f"{title} {ltr(doc.number)} · " + ctx.t("page").format(page=page, pages=total), ctx.rtl)
    if ctx.rtl:
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, who)
        canvas.drawString(MARGIN, y, where)
    else:
        canvas.drawString(MARGIN, y, who)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, where)
    canvas.restoreState()


def _watermark(ctx: Context) -> Callable[[Canvas, Any], None]:
    """A DRAFT mark drawn when a page begins, so that the content is printed over it."""

    def draw(canvas: Canvas, _template: Any) -> None:
        if not ctx.doc.draft:
            return
        canvas.saveState()
        canvas.setFont(BOLD, 88)
        canvas.setFillColor(colors.HexColor(0xE8E8ED))
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, 0, visual(ctx.t("draft"), ctx.rtl))
        canvas.restoreState()

    return draw


def _title(ctx: Context) -> str:
    doc = ctx.doc
    if doc.kind == "reminder" and doc.reminder is not None:
        return ctx.t(f"reminder_{doc.reminder.level}")
    return ctx.t(doc.kind)


# -- blocks ----------------------------------------------------------------------------------


def _party_lines(ctx: Context, party: Any, styles: _Styles, *, seller: bool, width: Points) -> list[Flowable]:
    """Name, address and identifiers: one Paragraph per block (each line escaped, RTL lines wrapped
    in logical order)."""
    out: list[Flowable] = []
    if party.name:
        out.append(Paragraph(paragraph_markup(party.name, BOLD, 11, width, ctx.rtl), styles.name))
    style = styles.small if seller else styles.body
    lines = list(party.address)
    # Countries are printed when seller and customer are in different ones (domestic: without).
    other = ctx.doc.customer.country if seller else ctx.doc.seller.country
    if party.country and party.country != other:
        lines.append(party.country)
    extra = []
    if party.vat_id:
        extra.append(f"{ctx.t('vat_id')}: {ltr(party.vat_id)}")
    if party.registration_no:
        extra.append(f"{ctx.t('reg_no')}: {ltr(party.registration_no)}")
    extra += [value for value in (party.email, party.phone, party.website) if value]
    for block, block_style in ((lines, style), (extra, styles.small)):
        if block:
            size = block_style.fontSize
            text = "<br/>".join(paragraph_markup(line, REGULAR, size, width, ctx.rtl) for line in block)
            out.append(Paragraph(text, block_style))
    return out


def _logo(data: bytes | None) -> Flowable | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a broken logo must not stop the document
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(45 * mm / width, 18 * mm / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _facts(ctx: Context) -> list[tuple[str, str]]:
    doc = ctx.doc
    facts: list[tuple[str, str]] = [(ctx.t("number"), doc.number)]
    if doc.issue_date is not None and doc.kind != "delivery_note":
        facts.append((ctx.t("issue_date"), fmt.day(doc.issue_date, ctx.locale)))
    if doc.due_date is not None:
        facts.append((ctx.t("due_date"), fmt.day(doc.due_date, ctx.locale)))
    if doc.valid_until is not None:
        facts.append((ctx.t("valid_until"), fmt.day(doc.valid_until, ctx.locale)))
    if doc.shipped_on is not None:
        facts.append((ctx.t("shipped_on"), fmt.day(doc.shipped_on, ctx.locale)))
    for key, value in doc.references:
        facts.append((ctx.t(key), value))
    return facts


def _fitting(ctx: Context, text: str, width: Points, style: ParagraphStyle) -> Any:
    """A plain string when it fits on one line (cheap, never parsed), else a wrapping Paragraph."""
    inner = width - 3
    if stringWidth(visual(text, ctx.rtl), style.fontName, style.fontSize) <= inner:
        return visual(text, ctx.rtl)
    return Paragraph(paragraph_markup(text, style.fontName, style.fontSize, inner, ctx.rtl), style)


def _header(ctx: Context, styles: _Styles) -> list[Flowable]:
    doc = ctx.doc
    seller: list[Flowable] = []
    logo = _logo(doc.logo)
    if logo is not None:
        logo.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        seller += [logo, Spacer(1, 2 * mm)]
    seller += _party_lines(ctx, doc.seller, styles, seller=True, width=FRAME_WIDTH - 86 * mm)
    title = Paragraph(markup(_title(ctx), ctx.rtl), styles.title)
    # Plain strings (never parsed as markup, and cheap): label in small grey, value in bold.
    fact_rows = [
        ctx.row([_fitting(ctx, name, 34 * mm, styles.small), _fitting(ctx, value, 50 * mm, styles.bold)])
        for name, value in _facts(ctx)
    ]
    label_col, value_col = (1, 0) if ctx.rtl else (0, 1)
    facts = Table(fact_rows, colWidths=ctx.row([34 * mm, 50 * mm]), hAlign="RIGHT")
    facts.setStyle(
        TableStyle(
            [
                ("FONT", (label_col, 0), (label_col, -1), REGULAR, SMALL_SIZE),
                ("TEXTCOLOR", (label_col, 0), (label_col, -1), MUTED),
                ("FONT", (value_col, 0), (value_col, -1), BOLD, BODY_SIZE),
                ("TEXTCOLOR", (value_col, 0), (value_col, -1), INK),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if ctx.rtl else "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    right: list[Flowable] = [title, Spacer(1, 2 * mm), facts]
    top = Table(
        [ctx.row([seller, right])], colWidths=ctx.row([FRAME_WIDTH - 86 * mm, 86 * mm]), hAlign="CENTER"
    )
    top.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if ctx.rtl else "LEFT"),
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    to_key = "ship_to" if doc.kind == "delivery_note" else "bill_to"
    customer: list[Flowable] = [Paragraph(markup(ctx.t(to_key), ctx.rtl), styles.heading)]
    customer += _party_lines(ctx, doc.customer, styles, seller=False, width=95 * mm)
    address = Table([ctx.row([customer, ""])], colWidths=ctx.row([95 * mm, FRAME_WIDTH - 95 * mm]))
    address.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [top, Spacer(1, 8 * mm), address, Spacer(1, 8 * mm)]


# -- the line table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    width: Points
    numeric: bool
    cell: Callable[[int, PdfLine], str]


def _columns(ctx: Context) -> list[Column]:
    doc = ctx.doc
    cur, loc = doc.currency, ctx.locale
    if doc.kind == "delivery_note":
        fixed = [
            Column("pos", 10 * mm, True, lambda i, _line: str(i)),
            Column("quantity", 24 * mm, True, lambda _i, line: fmt.number(line.quantity, loc)),
        ]
        if any(line.unit for line in doc.lines):
            fixed.append(Column("unit", 18 * mm, False, lambda _i, line: visual(line.unit, ctx.rtl)))
        description = Column(
            "description", FRAME_WIDTH - sum(c.width for c in fixed), False, lambda _i, _l: ""
        )
        return [fixed[0], description, *fixed[1:]]
    with_discount = any(line.discount for line in doc.lines)
    fixed = [
        Column("pos", 9 * mm, True, lambda i, _line: str(i)),
        Column("quantity", 15 * mm, True, lambda _i, line: fmt.number(line.quantity, loc)),
        Column("unit", 13 * mm, False, lambda _i, line: visual(line.unit, ctx.rtl)),
        Column(
            "unit_price",
            22 * mm,
            True,
            lambda _i, line: "" if line.unit_price is None else fmt.price(line.unit_price, cur, loc),
        ),
    ]
    if with_discount:
        fixed.append(
            Column(
                "discount", 18 * mm, True, lambda _i, line: ctx.amount(line.discount) if line.discount else ""
            )
        )
    fixed += [
        Column(
            "tax_rate",
            14 * mm,
            True,
            lambda _i, line: "" if line.tax_rate is None else fmt.percent(line.tax_rate, loc),
        ),
        Column("amount", 24 * mm, True, lambda _i, line: ctx.amount(line.amount)),
    ]
    description = Column("description", FRAME_WIDTH - sum(c.width for c in fixed), False, lambda _i, _l: "")
    return [fixed[0], description, *fixed[1:]]


_PAD = 3


def _description_cell(ctx: Context, text: str, width: Points, style: ParagraphStyle) -> Any:
    """A plain string when the text fits on one line (fast, and never parsed as markup), else a
    Paragraph of the escaped text."""
    inner = width - 2 * _PAD
    if "\n" not in text and stringWidth(visual(text, ctx.rtl), REGULAR, BODY_SIZE) <= inner:
        return visual(text, ctx.rtl)
    return Paragraph(paragraph_markup(text, REGULAR, BODY_SIZE, inner, ctx.rtl), style)


def _line_table(ctx: Context, styles: _Styles) -> LongTable:
    columns = ctx.row(_columns(ctx))
    header = [visual(ctx.t(c.key), ctx.rtl) for c in columns]
    rows: list[list[Any]] = [header]
    for index, line in enumerate(ctx.doc.lines, 1):
        rows.append(
            [
                _description_cell(ctx, line.description, c.width, styles.cell)
                if c.key == "description"
                else c.cell(index, line)
                for c in columns
            ]
        )
    # LongTable: row heights are worked out once, not again at every page break (hundreds of lines).
    table = LongTable(rows, colWidths=[c.width for c in columns], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE, pt(105)),
        ("FONT", (0, 0), (-1, 0), BOLD, SMALL_SIZE, 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), pt(8), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), pt(2), RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), pt(25)),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pt(25)),
    ]
    for index, column in enumerate(columns):
        align = "RIGHT" if column.numeric or ctx.rtl else "LEFT"
        commands.append(("ALIGN", (index, 0), (index, -1), align))
    table.setStyle(TableStyle(commands))
    return table


# -- totals, payment -----------------------------------------------------------------------------


def _small_table(rows: list[list[Any]], widths: list[Points], commands: list[tuple[Any, ...]]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE, 11),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                ("TOPPADDING", (0, 0), (-1, -1), pt(15)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pt(15)),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                *commands,
            ]
        )
    )
    return table


def _totals(ctx: Context, styles: _Styles) -> list[Flowable]:
    doc = ctx.doc
    if doc.gross_total is None:
        return []
    breakdown_rows = [ctx.row([ctx.vt("rate"), ctx.vt("net"), ctx.vt("tax"), ctx.vt("gross")])]
    for row in doc.tax_rows:
        breakdown_rows.append(
            ctx.row(
                [
                    f"{fmt.percent(row.rate, ctx.locale)} %",
                    ctx.amount(row.net),
                    ctx.amount(row.tax),
                    ctx.amount(row.gross),
                ]
            )
        )
    breakdown = _small_table(
        breakdown_rows,
        [16 * mm, 22 * mm, 20 * mm, 22 * mm],
        [
            ("FONT", (0, 0), (-1, 0), BOLD, SMALL_SIZE, 10),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("LINEBELOW", (0, 0), (-1, 0), pt(5), RULE),
        ],
    )
    caption = Paragraph(markup(ctx.t("tax_breakdown"), ctx.rtl), styles.heading)
    left: list[Flowable] = [caption, Spacer(1, 1 * mm), breakdown]
    if doc.prices_include_tax:
        left += [
            Spacer(1, pt(15) * mm),
            Paragraph(markup(ctx.t("prices_include_tax"), ctx.rtl), styles.small),
        ]
    totals_rows = [
        ctx.row([ctx.vt("net_total"), ctx.money(doc.net_total or Decimal(0))]),
        ctx.row([ctx.vt("tax_total"), ctx.money(doc.tax_total or Decimal(0))]),
        ctx.row([ctx.vt("gross_total"), ctx.money(doc.gross_total)]),
    ]
    last = len(totals_rows) - 1
    totals = _small_table(
        totals_rows,
        [46 * mm, 32 * mm],
        [
            ("FONT", (0, last), (-1, last), BOLD, 11, 14),
            ("LINEABOVE", (0, last), (-1, last), pt(8), ACCENT),
            ("TOPPADDING", (0, last), (-1, last), 4),
        ],
    )
    box = Table(
        [ctx.row([left, totals])],
        colWidths=ctx.row([FRAME_WIDTH - 82 * mm, 82 * mm]),
    )
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (0, 0), (-1, -1), "LEFT" if ctx.rtl else "RIGHT"),
            ]
        )
    )
    return [Spacer(1, 5 * mm), KeepTogether([box])]


def _reminder_block(ctx: Context, styles: _Styles) -> list[Flowable]:
    doc = ctx.doc
    facts = doc.reminder
    if facts is None:
        return []
    text = ctx.t(f"reminder_text_{facts.level}")
    intro = Paragraph(paragraph_markup(text, REGULAR, BODY_SIZE, FRAME_WIDTH, ctx.rtl), styles.body)
    keys = ["invoice_ref", "invoice_date", "due_date", "total", "credited", "paid", "amount_due", "days_late"]
    values = [
        facts.invoice_number,
        fmt.day(facts.invoice_date, ctx.locale),
        fmt.day(facts.due_date, ctx.locale),
        ctx.amount(facts.gross_total),
        ctx.amount(facts.credited),
        ctx.amount(facts.paid),
        ctx.amount(facts.amount_due),
        str(facts.days_late),
    ]
    heading = ParagraphStyle("reminder-heading", parent=styles.heading, alignment=TA_RIGHT)
    widths = [24 * mm, 24 * mm, 24 * mm, 21 * mm, 21 * mm, 21 * mm, 24 * mm]
    widths.append(FRAME_WIDTH - sum(widths))
    header = [
        Paragraph(paragraph_markup(ctx.t(k), BOLD, SMALL_SIZE, w - 2 * _PAD, ctx.rtl), heading)
        for k, w in zip(keys, widths, strict=True)
    ]
    cells = [visual(v, ctx.rtl) for v in values]
    table = _small_table(
        [ctx.row(header), ctx.row(cells)],
        ctx.row(widths),
        [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), pt(8), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )
    due = _small_table(
        [ctx.row([ctx.vt("amount_due"), ctx.money(facts.amount_due)])],
        ctx.row([60 * mm, 34 * mm]),
        [("FONT", (0, 0), (-1, -1), BOLD, 11, 14), ("LINEABOVE", (0, 0), (-1, 0), pt(8), ACCENT)],
    )
    due.hAlign = "LEFT" if ctx.rtl else "RIGHT"
    return [intro, Spacer(1, 5 * mm), table, Spacer(1, 4 * mm), due]


def _payment(ctx: Context, styles: _Styles) -> list[Flowable]:
    doc = ctx.doc
    if doc.kind not in ("invoice", "reminder"):
        return []
    text: list[Flowable] = []
    terms = None
    if doc.kind == "invoice":
        due = fmt.day(doc.due_date, ctx.locale) if doc.due_date else ""
        if doc.payment_terms_days is not None and due:
            terms = ctx.t("terms_text").format(days=doc.payment_terms_days, date=due)
        elif due:
            terms = ctx.t("terms_due").format(date=due)
        elif doc.payment_terms_days is not None:
            terms = ctx.t("terms_days").format(days=doc.payment_terms_days)
    if terms:
        terms = terms.replace("..", ".")  # a date ending in "г." or "a.m." before the sentence's stop
        text.append(Paragraph(markup(ctx.t("payment_terms"), ctx.rtl), styles.heading))
        text.append(Paragraph(markup(terms, ctx.rtl), styles.body))
        text.append(Spacer(1, 2 * mm))
    bank = doc.bank
    if bank.iban:
        text.append(Paragraph(markup(ctx.t("bank"), ctx.rtl), styles.heading))
        pairs = [(ctx.t("iban"), bank.iban)]
        if bank.bic:
            pairs.append((ctx.t("bic"), bank.bic))
        if bank.bank_name:
            pairs.append((ctx.t("bank_name"), bank.bank_name))
        pairs.append((ctx.t("reference"), doc.number))
        for name, value in pairs:
            text.append(Paragraph(markup(f"{name}: {ltr(value)}", ctx.rtl), styles.body))
    if not text:
        return []
    qr: list[Flowable] = []
    if doc.epc is not None:
        size = 30 * mm
        flow = QrFlowable(epc_qr(doc.epc), size)
        caption = ParagraphStyle("qr", parent=styles.small, alignment=1)
        qr = [flow, Paragraph(markup(ctx.t("scan_to_pay"), ctx.rtl), caption)]
    box = Table([ctx.row([text, qr])], colWidths=ctx.row([FRAME_WIDTH - 36 * mm, 36 * mm]))
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    return [Spacer(1, 7 * mm), KeepTogether([box])]


def _notes(ctx: Context, styles: _Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if ctx.doc.notes.strip():
        out += [
            Spacer(1, 5 * mm),
            Paragraph(markup(ctx.t("notes"), ctx.rtl), styles.heading),
            Paragraph(paragraph_markup(ctx.doc.notes, REGULAR, BODY_SIZE, FRAME_WIDTH, ctx.rtl), styles.body),
        ]
    if ctx.doc.kind == "delivery_note":
        line = Table([[""]], colWidths=[80 * mm], hAlign="RIGHT" if ctx.rtl else "LEFT")
        line.setStyle(
            TableStyle(
                [("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE), ("LINEBELOW", (0, 0), (-1, -1), pt(5), INK)]
            )
        )
        out += [
            Spacer(1, 14 * mm),
            line,
            Paragraph(markup(ctx.t("received_by"), ctx.rtl), styles.small),
        ]
    return out


def story(doc: PdfDocument) -> tuple[Context, list[Flowable]]:
    ctx = Context(
        doc=doc, language=fmt.label_language(doc.language), locale=doc.language, rtl=fmt.is_rtl(doc.language)
    )
    styles = _Styles(ctx.rtl)
    flowables = _header(ctx, styles)
    if doc.kind == "reminder":
        flowables += _reminder_block(ctx, styles)
    else:
        flowables.append(_line_table(ctx, styles))
        flowables += _totals(ctx, styles)
    flowables += _payment(ctx, styles)
    flowables += _notes(ctx, styles)
    return ctx, flowables


def document_title(doc: PdfDocument) -> str:
    """``Rēķins 2026-0012``: the printed title and number (PDF title, e-mail subjects)."""
    ctx = Context(doc=doc, language=fmt.label_language(doc.language), locale=doc.language, rtl=False)
    return f"{_title(ctx)} {doc.number}"


def layout_pdf(doc: PdfDocument) -> bytes:
    """The document laid out on A4 pages, every font embedded (ReportLab output, before PDF/A)."""
    register_fonts()
    ctx, flowables = story(doc)
    buffer = io.BytesIO()
    title = f"{_title(ctx)} {doc.number}"
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=title,
        author=doc.seller.name,
        subject=title,
        creator="crmdesk",
        lang=doc.language,
    )
    mark = _watermark(ctx)
    template.build(flowables, onFirstPage=mark, onLaterPages=mark, canvasmaker=_canvas_maker(ctx))
    return buffer.getvalue()
