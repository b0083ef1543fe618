"""The Contact log page: the Today list on top, then every interaction across customers, filtered in SQL.

Filters (kind, date range, open complaints) make one new question; its first page and the total come
back from the task runner; answers to an older question are dropped by a generation number.
"""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from crmdesk.domain.enums import ComplaintStatus, InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionListQuery, InteractionPage
from crmdesk.ui.contact_log.interaction_table import InteractionColumn, InteractionTableModel
from crmdesk.ui.contact_log.today import TodayList
from crmdesk.ui.customers.log_dialog import KIND_LABELS, local_instant
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.sales.display import to_date
from crmdesk.ui.tasks import TaskRunner

PAGE_SIZE = 200
_MIDNIGHT = time(0, 0)


class ContactLogPage(Page):
    """Today's follow-ups and the filtered log of all interactions."""

    badge_changed = Signal(int)
    """Follow-ups due today or overdue (the sidebar shows "Contact log (3)")."""
    loaded = Signal()
    """A first page of the log arrived (tests, screenshots)."""

    badge_room = " (999)"

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="contact-log", title=tr("Contact log"), runner=runner, parent=parent)
        self._generation = 0
        self.today = TodayList(runner=runner)
        self.today.count_changed.connect(self.badge_changed)
        self.today.changed.connect(self.refresh_log)
        self.kind_box = QComboBox()
        self.kind_box.addItem(tr("All kinds"), "")
        for kind, label in KIND_LABELS.items():
            self.kind_box.addItem(label, kind.value)
        self.since_box = QCheckBox(tr("From"))
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until_box = QCheckBox(tr("To"))
        self.until_date = QDateEdit(QDate.currentDate())
        for edit in (self.since_date, self.until_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.complaints_box = QCheckBox(tr("Open complaints only"))
        self.count_label = QLabel()
        self.model = InteractionTableModel(self)
        self.model.more_wanted.connect(self._read_more)
        self.table = QTableView()
        self.table.setObjectName("interaction-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not show (a log may hold a million).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InteractionColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.resolve_button = QPushButton(tr("Resolve complaint…"))
        self.resolve_button.clicked.connect(lambda _checked=False: self.resolve_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())

        layout = page_layout(self)
        layout.addWidget(heading(tr("Contact log")))
        layout.addWidget(self.today)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_box)
        for box, edit in ((self.since_box, self.since_date), (self.until_box, self.until_date)):
            filters.addWidget(box)
            filters.addWidget(edit)
            box.toggled.connect(lambda _checked: self.refresh_log())
            edit.dateChanged.connect(lambda _day: self.refresh_log())
        filters.addWidget(self.complaints_box)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.resolve_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.refresh_log())
        self.complaints_box.toggled.connect(lambda _checked: self.refresh_log())
        self._update_buttons()

    def set_services(self, services: Services | None) -> None:
        self.today.set_services(services)
        super().set_services(services)

    def refresh(self) -> None:
        self.today.refresh()
        self.refresh_log()

    def current_query(self) -> InteractionListQuery:
        kind = self.kind_box.currentData()
        since = (
            local_instant(to_date(self.since_date.date()), _MIDNIGHT) if self.since_box.isChecked() else None
        )
        until = None
        if self.until_box.isChecked():
            until = local_instant(to_date(self.until_date.date()) + timedelta(days=1), _MIDNIGHT)
        return InteractionListQuery(
            kinds=(InteractionKind(kind),) if kind else (),
            since=since,
            until=until,
            open_complaints_only=self.complaints_box.isChecked(),
        )

    def refresh_log(self) -> None:
        """Ask for the first page of the log again (filters or data changed)."""
        self._generation += 1
        services, generation = self.services, self._generation
        if services is None:
            self.model.set_first_page(InteractionPage((), 0, 0))
            return
        query = self.current_query()
        self._runner.run(
            lambda: services.contact_log.page(query, limit=PAGE_SIZE),
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, page: InteractionPage) -> None:
        if generation != self._generation:
            return
        self.model.set_first_page(page)
        self.count_label.setText(
            plural(page.total, tr("{count:,} entry"), tr("{count:,} entries")).format(count=page.total)
        )
        self._update_buttons()
        self.loaded.emit()

    def _read_more(self, offset: int) -> None:
        services, generation, query = self.services, self._generation, self.current_query()
        if services is None:
            return
        self._runner.run(
            lambda: services.contact_log.page(query, offset=offset, limit=PAGE_SIZE),
            on_done=lambda page: self.model.add_page(page) if generation == self._generation else None,
            on_error=lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            show_error(self, error, doing=tr("Reading the contact log"))

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self._selected_row()
        open_complaint = (
            row is not None and self.model.interaction(row).complaint_status is ComplaintStatus.OPEN
        )
        self.resolve_button.setEnabled(open_complaint)

    def resolve_selected(self, resolution: str | None = None) -> None:
        """Close the selected complaint with a note (asked for when not given)."""
        row, services = self._selected_row(), self.services
        if row is None or services is None:
            return
        if resolution is None:
            text, ok = QInputDialog.getMultiLineText(
                self, tr("Resolve complaint"), tr("How was it resolved?")
            )
            if not ok:
                return
            resolution = text
        interaction_id, note = self.model.interaction(row).id, resolution
        self._runner.run(
            lambda: services.contact_log.resolve_complaint(interaction_id, resolution=note),
            on_done=lambda _view: self.refresh_log(),
            on_error=lambda error: show_error(self, error, doing=tr("Resolving the complaint")),
            writes=True,
        )
