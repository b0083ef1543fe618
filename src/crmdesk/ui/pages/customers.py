"""The Customers page: search-as-you-type, archived or not, over the windowed customer table.

The ids query (filter and sort in SQL; ~0.1–0.2 s for 100,000 customers) always runs on the task runner;
only the small page fetches of the model (one indexed query of ≤250 ids, a few ms) run on the GUI thread.
Answers that arrive after a newer question (the owner kept typing) are dropped by a generation number.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.customers.filter_bar import CustomerFilterBar
from crmdesk.ui.customers.log_dialog import InteractionDialog
from crmdesk.ui.customers.page_actions import CustomerActionsUi
from crmdesk.ui.customers.panel import Customer360Panel
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.models.customer_table import CustomerColumn, CustomerTableModel
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
"""Wait this long after the last keystroke before searching: one query per pause, not per letter."""

# Initial widths in average characters: wide enough for typical values, the Name column takes the rest.
COLUMN_CHARS: dict[CustomerColumn, int] = {
    CustomerColumn.TYPE: 10,
    CustomerColumn.EMAIL: 36,
    CustomerColumn.PHONE: 16,
    CustomerColumn.CITY: 16,
    CustomerColumn.COUNTRY: 9,
    CustomerColumn.CREATED: 12,
}


class CustomersPage(Page):
    """Search field, "include archived", a count and the customer table."""

    ids_loaded = Signal()
    interaction_logged = Signal()
    """An interaction was logged from this page (the Contact log page and the Today badge re-read)."""
    """A list of ids arrived and is shown (tests, the first-paint probe and screenshots wait on it)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="customers", title=tr("Customers"), runner=runner, parent=parent)
        self._generation = 0
        self.loaded = False
        """True once a list of ids for the open database has been shown."""

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(tr("Search name or email  (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.filters = CustomerFilterBar()
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("customer-table")
        self.table.setModel(self.model)
        self._configure_table()
        self.actions_ui = CustomerActionsUi(self, self, runner)
        self.panel = Customer360Panel(runner=runner)
        self.actions_ui.changed.connect(self.refresh)
        self.actions_ui.changed.connect(self.panel.reload)
        self.actions_ui.changed.connect(self.reload_filter_choices)  # a new tag is offered at once
        self.log_action = self.actions_ui.add_action(tr("&Log interaction…"), "Ctrl+L", self.log_interaction)
        self.interaction_dialog: InteractionDialog | None = None
        self._wanted_customer: int | None = None
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_changed(current.row())
        )
        # ``activated``: Enter on a row, or a double-click (on platforms where one click activates, one).
        self.table.activated.connect(
            lambda index: self.actions_ui.open_editor(self.model.customer_id(index.row()))
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        # Lambdas: these signals carry arguments that the slots must not receive.
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.refresh)
        self.filters.changed.connect(self.refresh)
        self.model.sort_requested.connect(lambda _key, _descending: self.refresh())

        layout = page_layout(self)
        layout.addWidget(heading(tr("Customers")))
        bar = QHBoxLayout()
        bar.addWidget(self.search_field)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.filters)
        buttons = QHBoxLayout()
        for action in (
            self.actions_ui.new_action,
            self.actions_ui.archive_action,
            self.actions_ui.unarchive_action,
            self.actions_ui.tag_action,
            self.log_action,
        ):
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(
                action.toolTip()
                + (f"  ({action.shortcut().toString()})" if not action.shortcut().isEmpty() else "")
            )
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        # Export, personal data and duplicates (crmdesk.ui.customers.page_actions).
        self.more_button = QToolButton()
        self.more_button.setText(tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addActions([self.actions_ui.export_action, self.actions_ui.duplicates_action])
        more.addSeparator()
        more.addActions([self.actions_ui.privacy_export_action, self.actions_ui.erase_action])
        self.more_button.setMenu(more)
        buttons.addWidget(self.more_button)
        self.action_status = QLabel()
        self.actions_ui.status_changed.connect(self.action_status.setText)
        buttons.addWidget(self.action_status, 1)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setShowGrid(False)
        table.setCornerButtonEnabled(False)
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
        header.setSectionResizeMode(CustomerColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * char)
        # Set the indicator before enabling sorting: enabling calls model.sort() with the current indicator.
        header.setSortIndicator(CustomerColumn.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (Ctrl+F)."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def current_query(self) -> CustomerListQuery:
        """The question the page asks, from what the owner set."""
        return self.filters.apply(
            CustomerListQuery(
                search=self.search_field.text(), sort=self.model.sort_key, descending=self.model.descending
            )
        )

    def selected_customer_ids(self) -> list[int]:
        """The ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(row) for row in rows]

    def _row_changed(self, row: int) -> None:
        customer_id = self.model.customer_id(row) if 0 <= row < self.model.rowCount() else None
        if customer_id != self.panel.customer_id or self.panel.summary is None:
            self.panel.show_customer(customer_id)

    def show_customer(self, customer_id: int) -> None:
        """Select ``customer_id`` in the list (clearing the search, showing archived if needed) and its panel."""
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return
        self._wanted_customer = customer_id
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.filters.show_everyone()
        self.refresh()

    def log_interaction(self) -> None:
        """Ctrl+L: log an interaction for the customer in the panel."""
        services, summary = self.services, self.panel.summary
        if services is None or summary is None:
            return
        dialog = InteractionDialog(
            services=services,
            runner=self._runner,
            customer_id=summary.customer_id,
            customer_name=summary.name,
            parent=self,
        )
        dialog.logged.connect(lambda _view: self.panel.reload())
        dialog.logged.connect(lambda _view: self.interaction_logged.emit())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.interaction_dialog = dialog
        dialog.open()

    def set_services(self, services: Services | None) -> None:
        self.loaded = False
        self.actions_ui.clear_history()
        self.panel.set_services(services)
        self.model.set_row_source(services.customers.rows if services is not None else None)
        super().set_services(services)
        self.reload_filter_choices()

    def reload_filter_choices(self) -> None:
        """Read the tags, countries and cities the filters offer (in the background)."""
        services = self.services
        if services is None:
            return
        self._runner.run(
            services.customers.filter_choices,
            on_done=lambda choices: self.filters.set_choices(choices) if self.services is services else None,
            on_error=lambda error: show_error(self, error, doing=tr("Reading the filter lists")),
        )

    def refresh(self) -> None:
        """Ask for the ids again (search, filter, sort, or data changed) in the background."""
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
            lambda: services.customers.ids(query),
            on_done=lambda ids: self._ids_arrived(generation, query, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _ids_arrived(self, generation: int, query: CustomerListQuery, ids: array[int]) -> None:
        if generation != self._generation:
            return  # the owner asked something newer meanwhile
        current = self.panel.customer_id if self._wanted_customer is None else self._wanted_customer
        self._wanted_customer = None
        self.model.set_ids(ids)
        self.loaded = True
        # The panel keeps showing its customer when the list is re-read (after a save, an archive).
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.panel.show_customer(None)
        self.count_label.setText(_count_text(len(ids), query))
        self.ids_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText("")
            show_error(self, error, doing=tr("Listing customers"))


def _count_text(count: int, query: CustomerListQuery) -> str:
    text = query.search.strip()
    narrowed = (query.tag, query.country, query.city, query.has_open_complaint, query.has_overdue_follow_up)
    if any(narrowed) or query.archived_only or query.rfm_segment:
        if not count:
            return tr("No customer matches the filters")
        if text:
            return plural(
                count,
                tr("{count:,} customer matches “{text}” and the filters"),
                tr("{count:,} customers match “{text}” and the filters"),
            ).format(count=count, text=text)
        return plural(
            count, tr("{count:,} customer matches the filters"), tr("{count:,} customers match the filters")
        ).format(count=count)
    if text:
        if not count:
            return tr("No customer matches")
        return plural(
            count, tr("{count:,} customer matches “{text}”"), tr("{count:,} customers match “{text}”")
        ).format(count=count, text=text)
    if count == 0:
        return tr("No customers") if query.include_archived else tr("No customers (archived ones are hidden)")
    if query.include_archived:
        return plural(
            count, tr("{count:,} customer, archived included"), tr("{count:,} customers, archived included")
        ).format(count=count)
    return plural(count, tr("{count:,} customer"), tr("{count:,} customers")).format(count=count)
