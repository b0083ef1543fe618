"""The Invoices page: status filter, search by number or customer, optional issue-date range, the list.

The ids query runs on the task runner (filter and order in SQL); only the small page fetches of the
windowed model run on the GUI thread. Answers that arrive after a newer question are dropped by a
generation number. Double-click or Enter opens a draft in the :class:`DocumentEditor` and an issued
document in the read-only :class:`InvoiceDetailDialog`; New (Ctrl+N) starts a new draft invoice.
"""

from __future__ import annotations

from array import array
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.receivables import MAX_REMINDER_LEVEL, PaymentStatus
from crmdesk.services import Services
from crmdesk.services.sales.lists import DRAFT, InvoiceIdsQuery
from crmdesk.services.sales.views import InvoiceListRow, ReminderView
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.sales.display import money, to_date
from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.sales.invoice_table import InvoiceColumn, InvoiceTableModel
from crmdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200

STATUS_FILTERS: dict[str, frozenset[str]] = {
    tr("All"): frozenset(),
    tr("Drafts"): frozenset({DRAFT}),
    # "Open" in the owner's sense: anything still owed, late or not.
    tr("Open"): frozenset({"open", "partially_paid", "overdue"}),
    tr("Overdue"): frozenset({"overdue"}),
    tr("Paid"): frozenset({"paid"}),
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
    editor_opened = Signal(object)
    reminder_recorded = Signal(object)
    """A payment reminder was recorded (carries the :class:`ReminderView`)."""
    """A :class:`DocumentEditor` was opened (new or draft invoice)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="invoices", title=tr("Invoices"), runner=runner, parent=parent)
        self._generation = 0
        self.loaded = False
        self.last_reminder: ReminderView | None = None
        self.status_box = QComboBox()
        for label in STATUS_FILTERS:
            self.status_box.addItem(label)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(tr("Search number or customer"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(220)
        self.range_box = QCheckBox(tr("Issued between"))
        today = QDate.currentDate()
        self.from_field = _date_field(today.addMonths(-3))
        self.to_field = _date_field(today)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reminder_button = QPushButton(tr("Record reminder…"))
        self.reminder_button.setToolTip(
            tr(
                "Record the next payment reminder (level 1, 2, 3) of the selected overdue invoice in the contact log"
            )
        )
        self.reminder_button.setEnabled(False)
        self.reminder_button.clicked.connect(self.record_reminder)
        self.new_button = QPushButton(tr("New invoice"))
        self.new_button.setToolTip(tr("Ctrl+N"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.open_editor(None))

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
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_reminder_button())
        self._range_toggled(False)

        layout = page_layout(self)
        layout.addWidget(heading(tr("Invoices")))
        # Two rows: in one, the filters would make the window's minimum width wider than a small screen.
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show")))
        bar.addWidget(self.status_box)
        bar.addSpacing(12)
        bar.addWidget(self.search_field, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addWidget(self.reminder_button)
        bar.addWidget(self.new_button)
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

    def show_issued_between(self, start: date, end: date) -> None:
        """Only invoices issued from ``start`` to ``end`` (a month's bar on the Dashboard), any status."""
        for widget in (self.range_box, self.from_field, self.to_field, self.status_box):
            widget.blockSignals(True)
        self.status_box.setCurrentIndex(0)
        self.from_field.setDate(QDate(start.year, start.month, start.day))
        self.to_field.setDate(QDate(end.year, end.month, end.day))
        self.range_box.setChecked(True)
        for widget in (self.range_box, self.from_field, self.to_field, self.status_box):
            widget.blockSignals(False)
        self.refresh()

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
        for editor in self.findChildren(DocumentEditor):
            editor.done(0)  # no question: the database is going away
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
            self.count_label.setText(tr("Loading…"))
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
        self._update_reminder_button()
        count = len(ids)
        self.count_label.setText(
            plural(count, tr("{count:,} document"), tr("{count:,} documents")).format(count=count)
            if count
            else tr("None")
        )
        self.ids_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText("")
            show_error(self, error, doing=tr("Listing invoices"))

    def open_row(self, row: int) -> InvoiceDetailDialog | DocumentEditor | None:
        """Open the document in ``row``: a draft invoice in the editor, anything issued read-only."""
        if self.services is None or not 0 <= row < self.model.rowCount():
            return None
        shown = self.model.row_at(row)
        invoice_id = self.model.invoice_id(row)
        if shown is not None and shown.status is InvoiceStatus.DRAFT and shown.kind is InvoiceKind.INVOICE:
            return self.open_editor(invoice_id)
        return self.open_detail(invoice_id)

    def open_editor(self, invoice_id: int | None) -> DocumentEditor | None:
        """Edit the draft ``invoice_id``, or a new invoice (``None``); non-modal."""
        services = self.services
        if services is None:
            return None
        editor = DocumentEditor(
            services=services,
            runner=self._runner,
            kind=DocumentKind.INVOICE,
            document_id=invoice_id,
            parent=self,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.refresh)
        editor.issued.connect(self.open_detail)
        editor.duplicated.connect(self._editor_duplicated)
        editor.show()
        self.editor_opened.emit(editor)
        return editor

    def _editor_duplicated(self, editor: DocumentEditor) -> None:
        editor.changed.connect(self.refresh)
        editor.issued.connect(self.open_detail)
        self.editor_opened.emit(editor)

    def open_detail(self, invoice_id: int) -> InvoiceDetailDialog | None:
        """Open the read-only detail of ``invoice_id`` (non-modal; the list stays usable)."""
        services = self.services
        if services is None:
            return None
        dialog = InvoiceDetailDialog(
            services=services, runner=self._runner, invoice_id=invoice_id, parent=self
        )
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.show()
        self.detail_opened.emit(dialog)
        return dialog

    def selected_row(self) -> InvoiceListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_reminder_button(self) -> None:
        row = self.selected_row()
        self.reminder_button.setEnabled(
            row is not None
            and row.payment_status is PaymentStatus.OVERDUE
            and (row.last_reminder_level or 0) < MAX_REMINDER_LEVEL
        )

    def record_reminder(self) -> None:
        """Record the next payment reminder of the selected overdue invoice, after asking."""
        row, services = self.selected_row(), self.services
        if row is None or services is None or row.payment_status is not PaymentStatus.OVERDUE:
            return
        level = (row.last_reminder_level or 0) + 1
        answer = QMessageBox.question(
            self,
            tr("Payment reminder"),
            f"Record payment reminder {level} for invoice {row.number} ({row.days_late} days late,"
            f" {money(row.amount_due, row.currency)} due) in {row.customer_name}'s contact log?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.reminder_button.setEnabled(False)
        invoice_id = row.id

        def failed(error: BaseException) -> None:
            self._update_reminder_button()
            show_error(self, error, doing=tr("Recording the reminder"))

        self._runner.run(
            lambda: services.payments.send_reminder(invoice_id),
            on_done=self._reminded,
            on_error=failed,
            writes=True,
        )

    def _reminded(self, reminder: ReminderView) -> None:
        self.last_reminder = reminder
        self.reminder_recorded.emit(reminder)
        self.refresh()

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
