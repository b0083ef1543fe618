"""The all-customers contact log as a table model, paged like the timeline (filters are SQL, not a proxy).

A page of 200 entries is read when the filters change; the next pages only when the view scrolls to
the end (``canFetchMore``/``fetchMore`` → :attr:`InteractionTableModel.more_wanted`), in the background.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from crmdesk.domain.enums import ComplaintStatus, InteractionKind
from crmdesk.services.contact_log import InteractionPage, InteractionView
from crmdesk.ui.customers.log_dialog import KIND_LABELS
from crmdesk.ui.formats import instant_text
from crmdesk.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
OPEN_COMPLAINT_COLOUR = "#b3261e"


class InteractionColumn(IntEnum):
    WHEN = 0
    CUSTOMER = 1
    KIND = 2
    SUBJECT = 3
    FOLLOW_UP = 4
    STATUS = 5


HEADERS = {
    InteractionColumn.WHEN: tr("When"),
    InteractionColumn.CUSTOMER: tr("Customer"),
    InteractionColumn.KIND: tr("Kind"),
    InteractionColumn.SUBJECT: tr("Subject"),
    InteractionColumn.FOLLOW_UP: tr("Follow-up"),
    InteractionColumn.STATUS: tr("Status"),
}


def local_text(instant: datetime | None) -> str:
    """An instant in the computer's time zone, ISO-like (unambiguous in every locale)."""
    return instant_text(instant)


def status_text(view: InteractionView) -> str:
    if view.complaint_status is ComplaintStatus.OPEN:
        return tr("Open complaint")
    if view.complaint_status is ComplaintStatus.RESOLVED:
        return tr("Resolved")
    if view.satisfaction is not None:
        return "★" * view.satisfaction + "☆" * (5 - view.satisfaction)
    return ""


class InteractionTableModel(QAbstractTableModel):
    """Interactions newest first, one page at a time."""

    more_wanted = Signal(int)
    """Read the page starting at this offset."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InteractionView] = []
        self.total = 0
        self._loading = False

    def set_first_page(self, page: InteractionPage) -> None:
        self.beginResetModel()
        self._rows, self.total, self._loading = list(page.rows), page.total, False
        self.endResetModel()

    def add_page(self, page: InteractionPage) -> None:
        self._loading = False
        if page.offset != len(self._rows) or not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        self.total = page.total

    def interaction(self, row: int) -> InteractionView:
        return self._rows[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(InteractionColumn)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self.total and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self.more_wanted.emit(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view, column = self._rows[index.row()], InteractionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(view, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is InteractionColumn.SUBJECT:
            return "\n\n".join(part for part in (view.body, view.resolution) if part) or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is InteractionColumn.STATUS
            and view.complaint_status is ComplaintStatus.OPEN
        ):
            return QColor(OPEN_COMPLAINT_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS.get(InteractionColumn(section)) if 0 <= section < len(InteractionColumn) else None
        return None


def _display(view: InteractionView, column: InteractionColumn) -> str:
    if column is InteractionColumn.WHEN:
        return local_text(view.occurred_at)
    if column is InteractionColumn.CUSTOMER:
        return view.customer_name
    if column is InteractionColumn.KIND:
        return KIND_LABELS.get(InteractionKind(view.kind), str(view.kind))
    if column is InteractionColumn.SUBJECT:
        return view.subject or view.body.split("\n", 1)[0]
    if column is InteractionColumn.FOLLOW_UP:
        if view.follow_up_due is None:
            return ""
        return ("done " if view.follow_up_done_at else "") + local_text(view.follow_up_due)
    return status_text(view)
