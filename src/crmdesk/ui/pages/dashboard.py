"""The Dashboard: what needs doing today and how the business goes, each part read in the background.

Parts arrive one by one (each is its own ``TaskRunner`` read, so the quick ones show at once): what is
overdue and due, revenue by month this year beside last year, customer segments, the top customers of
the last 12 months, the customers at risk, products running low, and the counts of the open file.

Clicking a card, a bar or a row emits :attr:`DashboardPage.navigate_requested` ``(target, filter)``; the
window opens the matching list:

- ``("invoices", {"status": "overdue"})`` — the overdue card;
- ``("invoices", {"from": date, "to": date})`` — a month's bar of this year;
- ``("customers", {"segment": "At risk"})`` — a segment's bar;
- ``("customer", {"id": 42})`` — a row of the top or at-risk customers;
- ``("contact-log", {"follow_ups": "due"})`` — the follow-ups card;
- ``("inventory", {"low_stock": True})`` / ``("inventory", {"low_stock": True, "product_id": 7})``.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.analytics import ChurnRow, MonthRevenue, Receivables, SalesRow, SegmentSize
from crmdesk.services.database import DatabaseSummary
from crmdesk.services.inventory import StockLevel
from crmdesk.services.sales.common import local_today
from crmdesk.ui.analytics.charts import LAST_YEAR_COLOUR, THIS_YEAR_COLOUR, BarChart, Series, load_matplotlib
from crmdesk.ui.errors import show_error
from crmdesk.ui.formats import count_text
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import Page, heading, isolated, page_layout, scaled_font
from crmdesk.ui.sales.display import iso, money
from crmdesk.ui.tasks import TaskRunner

FIGURES: list[tuple[str, str]] = [
    ("customers", tr("Customers")),
    ("interactions", tr("Contact log entries")),
    ("invoices", tr("Invoices and credit notes")),
    ("products", tr("Products and services")),
]
MONTHS = [calendar.month_abbr[m] for m in range(1, 13)]
LIST_ROWS = 10


class FigureCard(QFrame):
    """One big number with its caption; with ``clickable`` a click (or Enter) emits ``clicked``."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, *, clickable: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clickable = clickable
        self.value_label = QLabel("…")
        self.value_label.setFont(scaled_font(self.value_label.font(), 2.2, bold=True))
        self.caption_label = QLabel(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_value(self, text: str, caption: str | None = None) -> None:
        self.value_label.setText(text)
        if caption is not None:
            self.caption_label.setText(caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class ListPanel(QWidget):
    """A titled, read-only table; activating a row (double-click, Enter) emits ``activated(key)``."""

    activated = Signal(object)

    def __init__(self, title: str, columns: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{title}</b>")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(list(columns))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)
        self.empty = QLabel("")
        self.empty.setWordWrap(True)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.keys: list[object] = []
        # Activation: a double click (or a single one, where the style says so) and Enter.
        self.table.itemActivated.connect(lambda item: self._activate(item.row()))

    def set_rows(self, rows: Sequence[tuple[object, Sequence[str]]], *, empty_text: str) -> None:
        """``rows``: (key, cell texts); numbers after the first column are right-aligned."""
        self.keys = [key for key, _cells in rows]
        self.table.setRowCount(len(rows))
        for row, (_key, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                # Names start on the left whatever their script (a Persian name too), numbers on the right.
                side = Qt.AlignmentFlag.AlignRight if column > 0 else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setText("" if rows else empty_text)
        self.empty.setVisible(not rows)

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.activated.emit(self.keys[row])


class DashboardPage(Page):
    """Today's work and the state of the business; every figure computed in the background."""

    navigate_requested = Signal(str, object)
    """``(target, filter)``: open a filtered list; see the module docstring for the targets."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="dashboard", title=tr("Dashboard"), runner=runner, parent=parent)
        self._generation = 0
        self._today = local_today()
        self.summary: DatabaseSummary | None = None
        self.receivables: Receivables | None = None
        self.months: tuple[MonthRevenue, ...] | None = None
        self.segments: list[SegmentSize] | None = None
        self.top_customers: tuple[SalesRow, ...] | None = None
        self.at_risk: tuple[ChurnRow, ...] | None = None
        self.low_stock: list[StockLevel] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = page_layout(body)
        layout.addWidget(heading(tr("Dashboard")))

        alerts = QHBoxLayout()
        alerts.setSpacing(12)
        self.overdue_card = FigureCard(tr("Overdue invoices"), clickable=True)
        self.follow_up_card = FigureCard(tr("Follow-ups due today or earlier"), clickable=True)
        self.low_stock_card = FigureCard(tr("Products running low"), clickable=True)
        self.overdue_card.clicked.connect(lambda: self._navigate("invoices", {"status": "overdue"}))
        self.follow_up_card.clicked.connect(lambda: self._navigate("contact-log", {"follow_ups": "due"}))
        self.low_stock_card.clicked.connect(lambda: self._navigate("inventory", {"low_stock": True}))
        for card in (self.overdue_card, self.follow_up_card, self.low_stock_card):
            alerts.addWidget(card)
        layout.addLayout(alerts)

        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.revenue_chart = BarChart(tr("Revenue by month (net)"))
        self.segment_chart = BarChart(tr("Customers by segment"), horizontal=True)
        self.revenue_chart.bar_clicked.connect(self._month_clicked)
        self.segment_chart.bar_clicked.connect(lambda key: self._navigate("customers", {"segment": key}))
        charts.addWidget(self.revenue_chart, 3)
        charts.addWidget(self.segment_chart, 2)
        layout.addLayout(charts)

        lists = QHBoxLayout()
        lists.setSpacing(12)
        self.top_list = ListPanel(tr("Top 10 customers, last 12 months"), [tr("Customer"), tr("Net sales")])
        self.risk_list = ListPanel(
            tr("Customers at risk"), [tr("Customer"), tr("Last purchase"), tr("Days"), tr("Usual gap")]
        )
        self.stock_list = ListPanel(tr("Low stock"), [tr("Product"), tr("On hand"), tr("Reorder at")])
        self.top_list.activated.connect(lambda key: self._navigate("customer", {"id": key}))
        self.risk_list.activated.connect(lambda key: self._navigate("customer", {"id": key}))
        self.stock_list.activated.connect(
            lambda key: self._navigate("inventory", {"low_stock": True, "product_id": key})
        )
        for panel in (self.top_list, self.risk_list, self.stock_list):
            lists.addWidget(panel)
        layout.addLayout(lists)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, FigureCard] = {}
        for column, (field, caption) in enumerate(FIGURES):
            card = FigureCard(caption)
            card.value_label.setFont(scaled_font(card.caption_label.font(), 1.4, bold=True))
            self.cards[field] = card
            grid.addWidget(card, 0, column)
        layout.addLayout(grid)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        layout.addStretch(1)

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        services = self.services
        self._clear()
        if services is None:
            return
        self._today = local_today()
        today = self._today
        analytics = services.analytics
        # In order of cost: the quick figures first, the whole-history customer analytics last. The
        # reader pool runs two at a time; matplotlib is imported in the background beside the reads.
        self._read(services.database.summary, self._show_summary, tr("the database figures"))
        self._read(lambda: analytics.receivables(today=today), self._show_receivables, tr("overdue invoices"))
        self._read(load_matplotlib, lambda _none: None, tr("the chart library"))
        self._read(services.stock.low_stock, self._show_low_stock, tr("low stock"))
        self._read(
            lambda: (analytics.top_customers(today=today), analytics.currency()),
            self._show_top,
            tr("the top customers"),
        )
        self._read(
            lambda: _with_charts(analytics.revenue_by_month, today=today), self._show_months, "revenue"
        )
        self._read(lambda: analytics.at_risk(today=today), self._show_at_risk, tr("customers at risk"))
        self._read(
            lambda: _with_charts(analytics.segment_sizes), self._show_segments, tr("customer segments")
        )

    def _read(self, fn: Callable[[], Any], show: Callable[[Any], None], what: str) -> None:
        generation = self._generation

        def arrived(result: object) -> None:
            if (
                generation == self._generation
            ):  # an older answer (another file, an earlier refresh) is dropped
                show(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                show_error(self, error, doing=tr("Reading {what} for the dashboard").format(what=what))

        self._runner.run(fn, on_done=arrived, on_error=failed)

    @property
    def loaded(self) -> bool:
        """Every part has arrived (tests and screenshots wait on it)."""
        parts = (self.summary, self.receivables, self.months, self.segments, self.top_customers)
        return all(part is not None for part in (*parts, self.at_risk, self.low_stock))

    # -- showing ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.summary = self.receivables = self.months = self.segments = None
        self.top_customers = self.at_risk = self.low_stock = None
        for card in (*self.cards.values(), self.overdue_card, self.follow_up_card, self.low_stock_card):
            card.set_value("…")
        self.file_label.setText("")

    def _show_summary(self, summary: DatabaseSummary) -> None:
        self.summary = summary
        for field, card in self.cards.items():
            card.set_value(count_text(getattr(summary, field)))
        self.file_label.setText(
            f"Database file: {summary.path}  ·  {_file_size(summary.size_bytes)}  ·  "
            f"schema {summary.schema_revision or '—'}"
        )

    def _show_receivables(self, figures: Receivables) -> None:
        self.receivables = figures
        self.overdue_card.set_value(
            money(figures.overdue_total, figures.currency),
            plural(
                figures.overdue_invoices, tr("Overdue: {count:,} invoice"), tr("Overdue: {count:,} invoices")
            ).format(count=figures.overdue_invoices),
        )
        self.follow_up_card.set_value(count_text(figures.follow_ups_due))

    def _show_months(self, months: tuple[MonthRevenue, ...]) -> None:
        self.months = months
        year = self._today.year
        self.revenue_chart.plot(
            [f"{year:04d}-{m.month:02d}" for m in months],
            MONTHS,
            [
                Series(str(year), [_plain(m.this_year) for m in months], THIS_YEAR_COLOUR),
                Series(str(year - 1), [_plain(m.last_year) for m in months], LAST_YEAR_COLOUR),
            ],
            money=True,
        )

    def _show_segments(self, segments: list[SegmentSize]) -> None:
        self.segments = segments
        self.segment_chart.plot(
            [s.segment.value for s in segments],
            [s.segment.value for s in segments],
            [Series(tr("Customers"), [float(s.customers) for s in segments], THIS_YEAR_COLOUR)],
            money=False,
        )

    def _show_top(self, found: tuple[tuple[SalesRow, ...], str]) -> None:
        rows, currency = found
        self.top_customers = rows
        self.top_list.set_rows(
            [(int(row.key), [isolated(row.label), money(row.net_sales, currency)]) for row in rows],
            empty_text=tr("No sales in the last 12 months."),
        )

    def _show_at_risk(self, rows: tuple[ChurnRow, ...]) -> None:
        self.at_risk = rows
        self.risk_list.set_rows(
            [
                (
                    row.customer_id,
                    [
                        isolated(row.name),
                        iso(row.last_purchase),
                        count_text(row.days_since),
                        f"{row.usual_gap_days} d",
                    ],
                )
                for row in rows
            ],
            empty_text=tr("Nobody is overdue against their usual rhythm of buying."),
        )

    def _show_low_stock(self, levels: list[StockLevel]) -> None:
        self.low_stock = levels
        self.low_stock_card.set_value(count_text(len(levels)))
        self.stock_list.set_rows(
            [
                (
                    level.product_id,
                    [isolated(f"{level.sku} {level.name}"), _qty(level.on_hand), _qty(level.reorder_level)],
                )
                for level in levels[:LIST_ROWS]
            ],
            empty_text=tr("No product is at or below its reorder level."),
        )

    # -- navigation ------------------------------------------------------------------------------

    def _month_clicked(self, key: str) -> None:
        year, month = (int(part) for part in key.split("-"))
        last = calendar.monthrange(year, month)[1]
        self._navigate("invoices", {"from": date(year, month, 1), "to": date(year, month, last)})

    def _navigate(self, target: str, wanted: dict[str, object]) -> None:
        self.navigate_requested.emit(target, wanted)


def _with_charts(fn: Callable[..., Any], **kwargs: Any) -> Any:
    """Load matplotlib in the worker thread beside the read, so the GUI thread never imports it."""
    load_matplotlib()
    return fn(**kwargs)


def _plain(amount: Decimal | None) -> float | None:
    """A chart coordinate (drawing only: amounts themselves stay Decimal)."""
    return None if amount is None else float(amount)


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _file_size(size: int) -> str:
    if size < 1024 * 1024:
        return tr("{value0:,.0f} KiB").format(value0=size / 1024)
    return tr("{value0:,.1f} MiB").format(value0=size / (1024 * 1024))


__all__ = ["DashboardPage", "FigureCard", "ListPanel"]
