"""The table of a report: its rows, formatted on demand, numbers right-aligned, sorted in the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crmdesk.ui.reports.definitions import ReportResult
from crmdesk.ui.reports.formatting import display, sort_key

_Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The unformatted value of a cell (tests and exports read it)."""


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: ReportResult | None = None
        self._rows: list[tuple[Any, ...]] = []

    @property
    def result(self) -> ReportResult | None:
        return self._result

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self._rows = list(result.rows) if result is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._result is None:
            return 0
        return len(self._result.columns)

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self._result
        if result is None or not index.isValid():
            return None
        column = result.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(value, column, result.currency, on_screen=True)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.kind.numeric else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        result = self._result
        if result is None or orientation != Qt.Orientation.Horizontal:
            return None
        column = result.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.kind.numeric else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        result = self._result
        if result is None or not 0 <= column < len(result.columns):
            return
        spec = result.columns[column]
        self.layoutAboutToBeChanged.emit()
        present = [row for row in self._rows if row[column] is not None]
        missing = [row for row in self._rows if row[column] is None]
        present.sort(
            key=lambda row: sort_key(row[column], spec), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self._rows = present + missing  # empty cells last either way
        self.layoutChanged.emit()
