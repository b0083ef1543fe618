"""The Quotes page: the quote list with its status actions, and the pipeline, as two tabs.

The pipeline lives here (not in its own sidebar entry): the eight sidebar pages are bound to Ctrl+1…8,
and opportunities are where quotes come from. Every service call runs on the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import QuoteStatus
from crmdesk.services import Services
from crmdesk.services.sales import QuoteListQuery
from crmdesk.services.sales.views import InvoiceView, QuoteListRow, QuoteView
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.sales.display import QUOTE_LABELS
from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind
from crmdesk.ui.sales.pipeline_board import PipelineView
from crmdesk.ui.sales.quote_actions import ACTION_STATUSES, ACTION_TITLES, DONE_TEXTS, quote_action
from crmdesk.ui.sales.quote_table import QuoteColumn, QuoteTableModel, quote_label
from crmdesk.ui.tasks import TaskRunner

LIST_LIMIT = 500


class _QuoteTable(QTableView):
    """The list; Enter opens the selected quote like a double-click."""

    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class QuoteList(QWidget):
    """Status filter, the quote list and the actions the selected quote's status allows."""

    rows_loaded = Signal()
    changed = Signal()
    """An action changed the database (other views should refresh)."""
    editor_opened = Signal(object)
    """A :class:`DocumentEditor` was opened (a new quote, a draft, or a quote to read and act on)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.status_box = QComboBox()
        self.status_box.addItem(tr("All"), None)
        for status, label in QUOTE_LABELS.items():
            self.status_box.addItem(label, status.value)
        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setObjectName("quote-message")
        self.model = QuoteTableModel(self)
        self.table = _QuoteTable()
        self.table.setObjectName("quote-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in ((QuoteColumn.NUMBER, 20), (QuoteColumn.GROSS, 14), (QuoteColumn.STATUS, 12)):
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(QuoteColumn.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        self.new_button = QPushButton(tr("New quote"))
        self.new_button.setToolTip(tr("Ctrl+N"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.open_editor(None))
        actions.addWidget(self.new_button)
        actions.addSpacing(12)
        for action, title in ACTION_TITLES.items():
            button = QPushButton(title)
            button.setEnabled(False)
            button.clicked.connect(self._action_slot(action))
            self.buttons[action] = button
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.message_label, 1)

        self.status_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.open_requested.connect(self.open_row)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show")))
        bar.addWidget(self.status_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _action_slot(self, action: str) -> Callable[[], None]:
        return lambda: self.run_action(action)

    def set_services(self, services: Services | None) -> None:
        """Use ``services`` from the next :meth:`refresh` on (the page calls it)."""
        self._services = services

    def refresh(self) -> None:
        """Ask for the list again in the background."""
        self._generation += 1
        services = self._services
        if services is None:
            self.model.set_rows([])
            return
        status = self.status_box.currentData()
        query = QuoteListQuery(status=QuoteStatus(status) if status else None, limit=LIST_LIMIT)
        generation = self._generation
        self._runner.run(
            lambda: services.quotes.list(query),
            on_done=lambda rows: self._rows_arrived(generation, rows),
            on_error=lambda error: show_error(self, error, doing=tr("Listing quotes")),
        )

    def _rows_arrived(self, generation: int, rows: Sequence[QuoteListRow]) -> None:
        if generation != self._generation:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        count = len(rows)
        more = tr(" (the latest)") if count >= LIST_LIMIT else ""
        self.count_label.setText(
            plural(count, tr("{count:,} quote{more}"), tr("{count:,} quotes{more}")).format(
                count=count, more=more
            )
            if count
            else tr("None")
        )
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.rows_loaded.emit()

    def selected(self) -> QuoteListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, quote_id: int) -> None:
        row = self.model.row_of(quote_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        for action, button in self.buttons.items():
            button.setEnabled(row is not None and row.status in ACTION_STATUSES[action])

    def run_action(self, action: str) -> None:
        """Run ``action`` (a key of :data:`ACTION_TITLES`) on the selected quote, in the background."""
        row, services = self.selected(), self._services
        if row is None or services is None:
            return
        call = quote_action(services, action, row.id)
        done_text = DONE_TEXTS[action].format(label=quote_label(row))
        for button in self.buttons.values():
            button.setEnabled(False)  # one action at a time

        def done(result: object) -> None:
            self.message_label.setText(done_text)
            self.changed.emit()
            self.refresh()
            # What the owner does next: edit the new revision, or check the invoice before issuing it.
            if action == "revise" and isinstance(result, QuoteView):
                self.open_editor(result.id)
            elif action == "convert" and isinstance(result, InvoiceView):
                self.open_invoice(result.id)

        def failed(error: BaseException) -> None:
            self._update_buttons()
            show_error(self, error, doing=ACTION_TITLES[action])

        self._runner.run(call, on_done=done, on_error=failed, writes=True)

    def open_row(self, row: int) -> DocumentEditor | None:
        shown = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        return self.open_editor(shown.id) if shown is not None else None

    def open_editor(self, quote_id: int | None) -> DocumentEditor | None:
        """Open the quote ``quote_id`` (a draft to edit; otherwise to read and act on) or a new one."""
        if self._services is None:
            return None
        editor = DocumentEditor(
            services=self._services,
            runner=self._runner,
            kind=DocumentKind.QUOTE,
            document_id=quote_id,
            parent=self,
        )
        self._watch(editor)
        editor.show()
        return editor

    def open_invoice(self, invoice_id: int) -> DocumentEditor | None:
        """Open the draft invoice an accepted quote became."""
        if self._services is None:
            return None
        editor = DocumentEditor(
            services=self._services,
            runner=self._runner,
            kind=DocumentKind.INVOICE,
            document_id=invoice_id,
            parent=self,
        )
        self._watch(editor)
        editor.show()
        return editor

    def _watch(self, editor: DocumentEditor) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.changed)
        editor.changed.connect(self.refresh)
        editor.duplicated.connect(self._watch)
        editor.invoice_made.connect(self.open_invoice)
        self.editor_opened.emit(editor)

    def close_editors(self) -> None:
        for editor in self.findChildren(DocumentEditor):
            editor.done(0)  # no question: the database is going away


class QuotesPage(Page):
    """Two tabs: the quote list and the sales pipeline (board or list)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="quotes", title=tr("Quotes"), runner=runner, parent=parent)
        self.quote_list = QuoteList(runner=runner)
        self.pipeline = PipelineView(runner=runner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.quote_list, tr("Quotes"))
        self.tabs.addTab(self.pipeline, tr("Pipeline"))
        # Accepting a quote moves its opportunity to "won"; a moved card changes nothing in the list.
        self.quote_list.changed.connect(self.pipeline.refresh)
        layout = page_layout(self)
        layout.addWidget(heading(tr("Quotes and pipeline")))
        layout.addWidget(self.tabs, 1)

    def set_services(self, services: Services | None) -> None:
        self.quote_list.close_editors()
        self.quote_list.set_services(services)
        self.pipeline.set_services(services)
        super().set_services(services)

    def refresh(self) -> None:
        self.quote_list.refresh()
        self.pipeline.refresh()

    def show_pipeline(self) -> None:
        """Bring the Pipeline tab to the front (screenshots, a future shortcut)."""
        self.tabs.setCurrentWidget(self.pipeline)


__all__ = ["QuoteList", "QuotesPage"]
