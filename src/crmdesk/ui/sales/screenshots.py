"""The sales screenshots of :mod:`crmdesk.ui.screenshots`: the quote editor with a realistic draft.

The draft is written into the temporary demo database first (catalogue lines at two tax rates, a
discount, a free-text labour line), then opened in the editor the way the Quotes page opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.services import Services
from crmdesk.services.sales import LineInput, QuoteDraft
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.sales.document_editor import DocumentEditor
from crmdesk.ui.sales.editor_lines import LineColumn

QUOTE_EDITOR_SHOT = "quote-editor.png"
SALES_SHOTS = (QUOTE_EDITOR_SHOT,)
EDITOR_SIZE = (1060, 640)


def sales_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """Take the quote-editor shot; the window is left on the Quotes page."""
    services = window.services
    if services is None:
        return []
    quote_id = _showcase_quote(services)
    window.show_page("quotes")
    settle()
    editor = window.quotes_page.quote_list.open_editor(quote_id)
    if editor is None:
        return []
    editor.resize(*EDITOR_SIZE)
    settle()
    _point_at_a_line(editor)
    settle()
    shot = save(editor, out_dir / QUOTE_EDITOR_SHOT)
    editor.done(0)
    settle()
    return [shot]


def _showcase_quote(services: Services) -> int:
    """A draft quote of five lines at two tax rates (one discounted, one free text)."""
    products = [p for p in services.sales_choices.products() if p.currency == "EUR"]
    standard = [p for p in products if p.tax_rate == Decimal(21)][:3]
    reduced = [p for p in products if 0 < p.tax_rate < Decimal(21)][:1]
    # A customer who buys in euros: the quote is in the customer's currency, and a SEK or GBP one
    # would need an exchange rate the shot does not show.
    invoices = services.invoices.list()
    customer_id = next((row for row in invoices if row.currency == "EUR"), invoices[0]).customer_id
    lines = [
        LineInput(product_id=product.id, quantity=Decimal(quantity))
        for product, quantity in zip([*standard, *reduced], (1, 2, 4, 3), strict=False)
    ]
    if lines:
        first = lines[0]
        price = standard[0].net_price if standard else Decimal(100)
        lines[0] = LineInput(
            product_id=first.product_id,
            quantity=first.quantity,
            discount=(price / 10).quantize(Decimal("0.01")),
        )
    lines.append(
        LineInput(
            description="Workshop labour: fitting and adjustment",
            quantity=Decimal("1.5"),
            unit="h",
            unit_price=Decimal("45.00"),
            tax_rate=Decimal(21),
        )
    )
    quote = services.quotes.create_draft(
        QuoteDraft(customer_id=customer_id, lines=lines, notes="Delivery within 10 working days.")
    )
    return quote.id


def _point_at_a_line(editor: DocumentEditor) -> None:
    if editor.model.rowCount():
        editor.table.setCurrentIndex(editor.model.index(1, LineColumn.QUANTITY))
        editor.table.setFocus()


__all__ = ["QUOTE_EDITOR_SHOT", "SALES_SHOTS", "sales_shots"]
