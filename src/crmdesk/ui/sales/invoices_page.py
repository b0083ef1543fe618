"""The Invoices page: status filter, search by number or customer, optional issue-date range, the list.

The ids query runs on the task runner (filter and order in SQL); only the small page fetches of the
windowed model run on the GUI thread. Answers that arrive after a newer question are dropped by a
generation number. Double-click or Enter opens the read-only :class:`InvoiceDetailDialog`.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.sales.lists import DRAFT, InvoiceIdsQuery
from crmdesk.ui.errors import show_error
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.sales.display import to_date
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.sales.invoice_table import InvoiceColumn, InvoiceTableModel
from crmdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
STATUS_FILTERS: dict[str, frozenset[str]] = {
    "All": frozenset(),
    "Drafts": frozenset({DRAFT}),
    # "Open" in the owner's sense: anything still owed, late or not.
    "Open": frozenset({"open", "partially_paid", "overdue"}),
    "Overdue": frozenset({"overdue"}),
    "Paid": frozenset({"paid"}),
}
COLUMN_CHARS: dict[InvoiceColumn, int] = {
    InvoiceColumn.NUMBER: 14,
    InvoiceColumn.ISSUED: 12,
    InvoiceColumn.DUE: 12,
    InvoiceColumn.GROSS: 14,
    InvoiceColumn.BALANCE: 14,
    InvoiceColumn.STATUS: 18,
}


class _InvoiceTable(QTableView):
    """The list; Enter opens the selected document like a double-click."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class InvoicesPage(Page):
    """Filters, a count and the windowed invoice list."""

    ids_loaded = Signal()
    """A list of ids arrived and is shown (tests and screenshots wait on it)."""
    detail_opened = Signal(object)
    """An :class:`InvoiceDetailDialog` was opened (tests and screenshots reach it through this)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="invoices", title="Invoices", runner=runner, parent=parent)
        self._generation = 0
        self.loaded = False
        self.status_box = QComboBox()
        for label in STATUS_FILTERS:
            self.status_box.addItem(label)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search number or customer")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(220)
        self.range_box = QCheckBox("Issued between")
        today = QDate.currentDate()
        self.from_field = _date_field(today.addMonths(-3))
        self.to_field = _date_field(today)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = InvoiceTableModel(self)
        self.table = _InvoiceTable()
        self.table.setObjectName("invoice-table")
        self.table.setModel(self.model)
        self._configure_table()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.range_box.toggled.connect(self._range_toggled)
        # A date only changes the question while the range is ticked.
        self.from_field.dateChanged.connect(lambda _date: self._date_changed())
        self.to_field.dateChanged.connect(lambda _date: self._date_changed())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.open_requested.connect(self.open_row)
        self._range_toggled(False)

        layout = page_layout(self)
        layout.addWidget(heading("Invoices"))
        # Two rows: in one, the filters would make the window's minimum width wider than a small screen.
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.status_box)
        bar.addSpacing(12)
        bar.addWidget(self.search_field, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        dates = QHBoxLayout()
        dates.addWidget(self.range_box)
        dates.addWidget(self.from_field)
        dates.addWidget(QLabel("and"))
        dates.addWidget(self.to_field)
        dates.addStretch(1)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures rows, so it never asks for rows it does not show.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(InvoiceColumn.CUSTOMER, QHeaderView.ResizeMode.Stretch)

    def _date_changed(self) -> None:
        if self.range_box.isChecked():
            self.refresh()

    def _range_toggled(self, on: bool) -> None:
        self.from_field.setEnabled(on)
        self.to_field.setEnabled(on)
        self.refresh()

    def set_status_filter(self, label: str) -> None:
        """Choose one of :data:`STATUS_FILTERS` by its label (``"Overdue"``)."""
        self.status_box.setCurrentText(label)

    def current_query(self) -> InvoiceIdsQuery:
        """The question the page asks, from what the owner set."""
        ranged = self.range_box.isChecked()
        return InvoiceIdsQuery(
            statuses=STATUS_FILTERS[self.status_box.currentText()],
            search=self.search_field.text(),
            issued_from=to_date(self.from_field.date()) if ranged else None,
            issued_to=to_date(self.to_field.date()) if ranged else None,
        )

    def set_services(self, services: Services | None) -> None:
        # Open details belong to the previous database: close them before it goes away.
        for dialog in self.findChildren(InvoiceDetailDialog):
            dialog.close()
        self.loaded = False
        self.model.set_row_source(services.invoices.rows if services is not None else None)
        super().set_services(services)

    def refresh(self) -> None:
        """Ask for the ids again (filter changed, or data changed) in the background."""
        self._search_timer.stop()
        self._generation += 1
        services = self.services
        if services is None:
            self.model.set_ids(array("q"))
            self.count_label.setText("")
            return
        if not self.loaded:
            self.count_label.setText("Loading…")
        generation, query = self._generation, self.current_query()
        self._runner.run(
            lambda: services.invoices.ids(query),
            on_done=lambda ids: self._ids_arrived(generation, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _ids_arrived(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return  # the owner asked something newer meanwhile
        self.model.set_ids(ids)
        self.loaded = True
        count = len(ids)
        self.count_label.setText(f"{count:,} document{'' if count == 1 else 's'}" if count else "None")
        self.ids_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText("")
            show_error(self, error, doing="Listing invoices")

    def open_row(self, row: int) -> InvoiceDetailDialog | None:
        """Open the read-only detail of the document in ``row`` (non-modal; the list stays usable)."""
        services = self.services
        if services is None or not 0 <= row < self.model.rowCount():
            return None
        dialog = InvoiceDetailDialog(
            services=services, runner=self._runner, invoice_id=self.model.invoice_id(row), parent=self
        )
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.show()
        self.detail_opened.emit(dialog)
        return dialog

    def row_of(self, invoice_id: int) -> int:
        """The row showing ``invoice_id`` (−1 if it is not in the list)."""
        for row in range(self.model.rowCount()):
            if self.model.invoice_id(row) == invoice_id:
                return row
        return -1

    def index_of(self, invoice_id: int) -> QModelIndex:
        return self.model.index(self.row_of(invoice_id), 0)


def _date_field(day: QDate) -> QDateEdit:
    field = QDateEdit(day)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field
