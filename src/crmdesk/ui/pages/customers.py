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
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.errors import show_error
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
    """A list of ids arrived and is shown (tests, the first-paint probe and screenshots wait on it)."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="customers", title="Customers", runner=runner, parent=parent)
        self._generation = 0
        self.loaded = False
        """True once a list of ids for the open database has been shown."""

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText("Search name or email  (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(320)
        self.archived_box = QCheckBox("Include archived")
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = CustomerTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("customer-table")
        self.table.setModel(self.model)
        self._configure_table()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        # Lambdas: these signals carry arguments that the slots must not receive.
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.refresh)
        self.archived_box.toggled.connect(lambda _checked: self.refresh())
        self.model.sort_requested.connect(lambda _key, _descending: self.refresh())

        layout = page_layout(self)
        layout.addWidget(heading("Customers"))
        bar = QHBoxLayout()
        bar.addWidget(self.search_field)
        bar.addSpacing(12)
        bar.addWidget(self.archived_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

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
        return CustomerListQuery(
            search=self.search_field.text(),
            include_archived=self.archived_box.isChecked(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def set_services(self, services: Services | None) -> None:
        self.loaded = False
        self.model.set_row_source(services.customers.rows if services is not None else None)
        super().set_services(services)

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
            self.count_label.setText("Loading…")
        generation, query = self._generation, self.current_query()
        self._runner.run(
            lambda: services.customers.ids(query),
            on_done=lambda ids: self._ids_arrived(generation, query, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _ids_arrived(self, generation: int, query: CustomerListQuery, ids: array[int]) -> None:
        if generation != self._generation:
            return  # the owner asked something newer meanwhile
        self.model.set_ids(ids)
        self.loaded = True
        self.count_label.setText(_count_text(len(ids), query))
        self.ids_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText("")
            show_error(self, error, doing="Listing customers")


def _count_text(count: int, query: CustomerListQuery) -> str:
    noun = "customer" if count == 1 else "customers"
    if query.search.strip():
        verb = "matches" if count == 1 else "match"
        return f"{count:,} {noun} {verb} “{query.search.strip()}”" if count else "No customer matches"
    if count == 0:
        return "No customers" if query.include_archived else "No customers (archived ones are hidden)"
    suffix = ", archived included" if query.include_archived else ""
    return f"{count:,} {noun}{suffix}"
