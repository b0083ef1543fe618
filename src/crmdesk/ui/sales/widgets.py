"""Small read-only building blocks of the sales dialogs and pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(
    headers: Sequence[str], *, right_aligned: Sequence[int] = (), stretch: int = 0
) -> QTableWidget:
    """A table the owner can read and select from but never edit (issued documents are frozen).

    Column ``stretch`` takes the width left over; the others fit their contents.
    """
    table = QTableWidget(0, len(headers))
    setup_read_only_table(table, headers, right_aligned=right_aligned, stretch=stretch)
    return table


def setup_read_only_table(
    table: QTableWidget,
    headers: Sequence[str],
    *,
    right_aligned: Sequence[int] = (),
    stretch: int = 0,
    single_selection: bool = False,
) -> None:
    """Set up ``table`` (also a subclass of ``QTableWidget``) as :func:`read_only_table` makes them."""
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in right_aligned:
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setTextAlignment(RIGHT)
    table.setProperty("right_aligned", list(right_aligned))


class OpenableTable(QTableWidget):
    """A list whose row opens with Enter (``open_requested`` carries the row), like a double-click."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.open_requested.emit(self.currentRow())
            return
        super().keyPressEvent(event)


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Replace the rows of a :func:`read_only_table`; amounts stay right-aligned."""
    right = set(table.property("right_aligned") or [])
    table.setRowCount(len(rows))
    for row_number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row_number, column, item)
