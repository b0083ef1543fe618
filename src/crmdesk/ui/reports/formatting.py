"""How report values look in the table and the PDF, and how they are written to CSV."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from crmdesk.services.exporting import neutralise
from crmdesk.ui.formats import count_text, day_text, decimal_text
from crmdesk.ui.reports.definitions import Column, Kind
from crmdesk.ui.sales.display import money


def display(value: Any, column: Column, currency: str, *, on_screen: bool = False) -> str:
    """``value`` as the owner reads it (money with its currency sign, thousands separated). The PDF
    keeps ISO dates and English digits; ``on_screen`` (the table) follows the chosen language."""
    if value is None:
        return "—" if column.kind.numeric else ""
    kind = column.kind
    if kind is Kind.MONEY and currency:
        return money(value, currency)
    if on_screen:
        screen = _on_screen(value, kind)
        if screen is not None:
            return screen
    if kind is Kind.INT:
        return f"{value:,}"
    if kind is Kind.PERCENT:
        return f"{value:+} %" if value else "0.0 %"
    if kind is Kind.FLAG:
        return "yes" if value else ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,}"
    return str(value)


def _on_screen(value: Any, kind: Kind) -> str | None:
    """A number or date the chosen language's way (the same text as the PDF in English), or None
    for the values that look the same in every language."""
    if kind is Kind.FLAG or isinstance(value, bool):
        return None
    if isinstance(value, date):
        return day_text(value)
    if kind is Kind.INT and isinstance(value, int):
        return count_text(value)
    if isinstance(value, Decimal):
        if kind is Kind.PERCENT:
            return ("+" if value > 0 else "") + decimal_text(value or Decimal("0.0")) + " %"
        return decimal_text(value)
    return None


def csv_cell(value: Any, column: Column) -> str:
    """``value`` for a spreadsheet: plain numbers (no currency sign, no separators), ISO dates, text
    neutralised against formula injection."""
    if value is None:
        return ""
    if column.kind is Kind.FLAG:
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return str(value)
    return neutralise(str(value))


def sort_key(value: Any, column: Column) -> tuple[int, Any]:
    """A key that orders a column's values (missing values last)."""
    if value is None:
        return (1, 0)
    if column.kind.numeric or isinstance(value, bool | int | Decimal):
        return (0, value)
    if isinstance(value, date):
        return (0, value.toordinal())
    return (0, str(value).casefold())
