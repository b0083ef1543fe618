"""The customer's timeline as a table model, paged: the view asks for more as it scrolls to the end.

A customer has tens to thousands of entries: the first page (50) is read when the customer is chosen,
the next ones only when the owner scrolls down (``canFetchMore``/``fetchMore``). Reading runs in the
background; :attr:`TimelineModel.more_wanted` asks the panel to read the page at an offset.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crmdesk.services.customer_360 import TimelineEntry, TimelinePage
from crmdesk.ui.formats import day_text, instant_text
from crmdesk.ui.i18n import tr
from crmdesk.ui.pages.base import isolated
from crmdesk.ui.sales.display import money

Index = QModelIndex | QPersistentModelIndex


class TimelineColumn(IntEnum):
    WHEN = 0
    WHAT = 1
    STATUS = 2
    AMOUNT = 3


HEADERS = {
    TimelineColumn.WHEN: tr("Date"),
    TimelineColumn.WHAT: tr("What"),
    TimelineColumn.STATUS: tr("Status"),
    TimelineColumn.AMOUNT: tr("Amount"),
}
KIND_LABELS = {"interaction": "", "quote": tr("Quote"), "invoice": tr("Invoice"), "payment": tr("Payment")}


class TimelineModel(QAbstractTableModel):
    """Entries newest first; appended page by page."""

    more_wanted = Signal(int)
    """Read the page starting at this offset (the view scrolled to the end)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries: list[TimelineEntry] = []
        self._has_more = False
        self._loading = False

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._has_more, self._loading = [], False, False
        self.endResetModel()

    def add_page(self, page: TimelinePage) -> None:
        """Append a page read in the background (a page of another offset is stale and ignored)."""
        self._loading = False
        if page.offset != len(self._entries):
            return
        if page.entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()
        self._has_more = page.has_more

    def entry(self, row: int) -> TimelineEntry:
        return self._entries[row]

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(TimelineColumn)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self.more_wanted.emit(len(self._entries))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], TimelineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is TimelineColumn.WHAT:
            return entry.detail or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is TimelineColumn.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS.get(TimelineColumn(section)) if 0 <= section < len(TimelineColumn) else None
        return None


def _display(entry: TimelineEntry, column: TimelineColumn) -> str:
    if column is TimelineColumn.WHEN:
        if entry.occurred_at is not None:
            return instant_text(entry.occurred_at)
        return day_text(entry.occurred_on)
    if column is TimelineColumn.WHAT:
        if entry.kind == "interaction":
            kind = entry.detail.split(":", 1)[0].replace("_", " ").capitalize()
            return f"{kind}: {isolated(entry.title)}" if entry.title else kind
        return entry.title
    if column is TimelineColumn.STATUS:
        return entry.status.replace("_", " ")
    if entry.amount is None or not entry.currency:
        return ""
    return money(entry.amount, entry.currency)
