"""The customer 360° panel beside the customer table: the figures that matter, then the timeline.

The summary (one SQL statement) and the first timeline page are read in the background when the
selection settles on a customer; answers for a customer no longer selected are dropped by a generation
number, like the page's own searches.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.analytics import Suggestion
from crmdesk.services.customer_360 import Customer360, TimelinePage
from crmdesk.ui.customers.attachments import AttachmentsBox
from crmdesk.ui.customers.timeline_model import TimelineColumn, TimelineModel
from crmdesk.ui.errors import show_error
from crmdesk.ui.formats import count_text, instant_text
from crmdesk.ui.i18n import tr
from crmdesk.ui.pages.base import scaled_font
from crmdesk.ui.sales.display import iso, money
from crmdesk.ui.tasks import TaskRunner

TIMELINE_PAGE = 50
SUGGESTIONS = 3
FIGURES = (
    ("balance", tr("Balance owed")),
    ("revenue", tr("Lifetime revenue")),
    ("margin", tr("Lifetime margin")),
    ("orders", tr("Orders")),
    ("last", tr("Last purchase")),
    ("average", tr("Days between purchases")),
    ("quotes", tr("Open quotes")),
    ("complaints", tr("Open complaints")),
    ("follow_up", tr("Next follow-up")),
)


class Customer360Panel(QWidget):
    """Summary figures and the paged timeline of one customer (or a hint when none is selected)."""

    loaded = Signal()
    """The summary and the first timeline page of the current customer are shown."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer-360")
        self._runner = runner
        self._services: Services | None = None
        self._generation = 0
        self.customer_id: int | None = None
        self.summary: Customer360 | None = None

        self.title = QLabel(tr("Select a customer"))
        self.title.setFont(scaled_font(self.title.font(), 1.25, bold=True))
        self.title.setWordWrap(True)
        # Explicit: a right-to-left name would otherwise be drawn at the right edge of the panel.
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, label in FIGURES:
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)
        self.suggestions = QLabel("—")
        self.suggestions.setObjectName("customer-suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestions.setToolTip(
            tr("Products often bought by customers who bought what this customer bought")
        )
        form.addRow(tr("Suggested next"), self.suggestions)
        self.timeline_model = TimelineModel(self)
        self.timeline_model.more_wanted.connect(self._read_more)
        self.timeline = QTableView()
        self.timeline.setObjectName("customer-timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setWordWrap(False)
        self.timeline.setShowGrid(False)
        self.timeline.verticalHeader().hide()
        self.timeline.verticalHeader().setDefaultSectionSize(self.timeline.fontMetrics().height() + 8)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineColumn.WHAT, QHeaderView.ResizeMode.Stretch)
        self.attachments = AttachmentsBox(runner=runner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, tr("Timeline"))
        self.tabs.addTab(self.attachments, tr("Attachments"))
        self.attachments.changed.connect(
            lambda count: self.tabs.setTabText(
                1, tr("Attachments ({count})").format(count=count) if count else tr("Attachments")
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.attachments.set_services(services)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> None:
        """Read and show ``customer_id`` (``None``: nothing selected)."""
        self._generation += 1
        self.customer_id = customer_id
        self.timeline_model.clear()
        if customer_id != self.attachments.customer_id or customer_id is None:
            self.attachments.show_customer(customer_id)
        services = self._services
        if customer_id is None or services is None:
            self.summary = None
            self.title.setText(tr("Select a customer"))
            for value in self.values.values():
                value.setText("—")
            self.suggestions.setText("—")
            return
        generation = self._generation
        self.suggestions.setText("…")
        # Co-purchase counts: a separate read, so a slow one never holds back the figures.
        self._runner.run(
            lambda: services.analytics.suggestions(customer_id, limit=SUGGESTIONS),
            on_done=lambda found: self._suggestions_arrived(generation, found),
            on_error=lambda error: self._failed(generation, error),
        )
        self._runner.run(
            lambda: (
                services.customer_360.summary(customer_id),
                services.customer_360.timeline(customer_id, limit=TIMELINE_PAGE),
            ),
            on_done=lambda result: self._arrived(generation, *result),
            on_error=lambda error: self._failed(generation, error),
        )

    def reload(self) -> None:
        """The customer's data changed (saved, an interaction logged): read it again."""
        self.show_customer(self.customer_id)
        self.attachments.show_customer(self.customer_id)

    def _arrived(self, generation: int, summary: Customer360, page: TimelinePage) -> None:
        if generation != self._generation:
            return
        self.summary = summary
        self.title.setText(summary.name + ("  (archived)" if summary.archived else ""))
        for key, text in _figures(summary).items():
            self.values[key].setText(text)
        self.timeline_model.add_page(page)
        self.loaded.emit()

    def _suggestions_arrived(self, generation: int, found: list[Suggestion]) -> None:
        if generation == self._generation:
            self.suggestions.setText(", ".join(s.name for s in found) if found else tr("none yet"))

    def _read_more(self, offset: int) -> None:
        services, customer_id, generation = self._services, self.customer_id, self._generation
        if services is None or customer_id is None:
            return
        self._runner.run(
            lambda: services.customer_360.timeline(customer_id, offset=offset, limit=TIMELINE_PAGE),
            on_done=lambda page: self._more_arrived(generation, page),
            on_error=lambda error: self._failed(generation, error),
        )

    def _more_arrived(self, generation: int, page: TimelinePage) -> None:
        if generation == self._generation:
            self.timeline_model.add_page(page)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            show_error(self, error, doing=tr("Reading the customer"))


def _figures(summary: Customer360) -> dict[str, str]:
    cur = summary.currency
    average = summary.average_days_between_purchases
    follow_up = summary.next_follow_up
    return {
        "balance": money(summary.balance_owed, cur),
        "revenue": money(summary.lifetime_revenue, cur),
        "margin": _margin(summary.lifetime_margin, summary.lifetime_revenue, cur),
        "orders": count_text(summary.order_count),
        "last": iso(summary.last_purchase) or "never",
        "average": f"{average} days" if average is not None else "—",
        "quotes": str(summary.open_quotes),
        "complaints": str(summary.open_complaints),
        "follow_up": _follow_up(follow_up, summary.overdue_follow_ups),
    }


def _margin(margin: Decimal, revenue: Decimal, currency: str) -> str:
    text = money(margin, currency)
    if revenue > 0:
        text += f"  ({(margin * 100 / revenue).quantize(Decimal('0.1'))} %)"
    return text


def _follow_up(due: datetime | None, overdue: int) -> str:
    if due is None:
        return "none"
    text = instant_text(due)
    return tr("{text}  ({overdue} overdue)").format(text=text, overdue=overdue) if overdue else text
