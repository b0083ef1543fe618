"""The quote list: a small in-memory table model over ``QuoteService.list`` rows.

Quotes are few (hundreds, the service returns at most the latest 500 per question), so the rows are held
in a plain list; the status filter is asked of the service, in SQL, not filtered here.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crmdesk.services.sales.views import QuoteListRow
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import QUOTE_LABELS, iso, money


class QuoteColumn(IntEnum):
    """The columns of the quote list, in display order."""

    NUMBER = 0
    CUSTOMER = 1
    DATE = 2
    VALID_UNTIL = 3
    GROSS = 4
    STATUS = 5


COLUMN_TITLES: dict[QuoteColumn, str] = {
    QuoteColumn.NUMBER: tr("Number"),
    QuoteColumn.CUSTOMER: tr("Customer"),
    QuoteColumn.DATE: tr("Date"),
    QuoteColumn.VALID_UNTIL: tr("Valid until"),
    QuoteColumn.GROSS: tr("Gross"),
    QuoteColumn.STATUS: tr("Status"),
}
QUOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuoteTableModel(QAbstractTableModel):
    """Quote rows as the service listed them (latest revision of each quote, newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuoteListRow] = []

    def set_rows(self, rows: Sequence[QuoteListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QuoteListRow:
        return self._rows[row]

    def row_of(self, quote_id: int) -> int:
        """The row showing ``quote_id`` (−1 if it is not listed)."""
        return next((n for n, row in enumerate(self._rows) if row.id == quote_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(QuoteColumn)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = QuoteColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == QUOTE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column is QuoteColumn.GROSS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QuoteColumn):
            return None
        column = QuoteColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMN_TITLES[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column is QuoteColumn.GROSS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def quote_label(row: QuoteListRow) -> str:
    """``Q-2026-0003``, ``Q-2026-0003 rev. 2``, or ``(draft)`` before the quote is sent."""
    if row.number is None:
        return tr("(draft {id})").format(id=row.id)
    return (
        row.number
        if row.revision == 1
        else tr("{number} rev. {revision}").format(number=row.number, revision=row.revision)
    )


def _display(row: QuoteListRow, column: QuoteColumn) -> str:
    match column:
        case QuoteColumn.NUMBER:
            return quote_label(row)
        case QuoteColumn.CUSTOMER:
            return row.customer_name
        case QuoteColumn.DATE:
            return iso(row.issue_date)
        case QuoteColumn.VALID_UNTIL:
            return iso(row.valid_until)
        case QuoteColumn.GROSS:
            return money(row.gross_total, row.currency)
        case QuoteColumn.STATUS:
            return QUOTE_LABELS[row.status]
