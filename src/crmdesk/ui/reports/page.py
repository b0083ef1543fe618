"""The Reports page: the list of reports, a date range, the report's table and chart, CSV and PDF export.

Every report is computed on the task runner (:func:`crmdesk.ui.reports.definitions.compute`); an answer
for a report or a range the owner has since left is dropped by a generation number, so the page never
blocks and never shows a stale table. The chart (matplotlib) is created on first use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.analytics import DateRange
from crmdesk.services.sales.common import local_today
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.reports.definitions import REPORTS, Preset, ReportResult, compute, preset_range
from crmdesk.ui.reports.model import ReportTableModel
from crmdesk.ui.sales.display import to_date
from crmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DEFAULT_PRESET = Preset.LAST_12_MONTHS
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportChart(QWidget):
    """A matplotlib canvas, created the first time a chart is drawn (importing matplotlib takes time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report-chart")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Figure | None = None
        self.canvas: Any = None
        """The FigureCanvasQTAgg (a QWidget), once created."""

    def show_result(self, result: ReportResult | None) -> None:
        if result is None or result.chart is None:
            self.setVisible(False)
            return
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.figure = Figure(figsize=(8, 3), dpi=100)
            canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
            canvas.setMinimumHeight(220)
            self.canvas = canvas
            self._layout.addWidget(canvas)
        from crmdesk.ui.reports.charts import draw_chart

        assert self.figure is not None
        self.setVisible(True)
        draw_chart(self.figure, result.chart, currency=result.currency)
        self.canvas.draw_idle()


class ReportsPage(Page):
    """Reports over a date range; each computed in the background."""

    report_shown = Signal()
    """A report arrived and is shown (tests and screenshots wait on it)."""
    exported = Signal(Path)

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="reports", title=tr("Reports"), runner=runner, parent=parent)
        self._generation = 0
        self.result: ReportResult | None = None
        self.period: DateRange | None = None

        self.report_list = QListWidget()
        self.report_list.setObjectName("report-list")
        for report in REPORTS:
            item = QListWidgetItem(report.title)
            item.setData(KEY_ROLE, report.key)
            item.setToolTip(report.description)
            self.report_list.addItem(item)
        self.report_list.setMaximumWidth(200)
        self.report_list.setMinimumWidth(170)

        self.preset_box = QComboBox()
        self.preset_box.setObjectName("report-range")
        for preset in Preset:
            self.preset_box.addItem(preset.value, preset.value)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addYears(-1).addDays(1))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.csv_button.setToolTip(tr("Every row of the report, for a spreadsheet  (Ctrl+Shift+C)"))
        self.csv_button.setShortcut("Ctrl+Shift+C")
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.pdf_button.setToolTip(tr("The chart and the table, to print or send  (Ctrl+Shift+P)"))
        self.pdf_button.setShortcut("Ctrl+Shift+P")
        self.status_label = QLabel()
        self.status_label.setObjectName("report-status")
        self.title_label = QLabel()
        self.title_label.setObjectName("report-title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("report-summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ReportTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("report-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.chart = ReportChart()
        self.chart.setVisible(False)

        layout = page_layout(self)
        layout.addWidget(heading(tr("Reports")))
        body = QHBoxLayout()
        body.addWidget(self.report_list)
        right = QVBoxLayout()
        bar = QHBoxLayout()
        range_label = QLabel(tr("&Range:"))
        range_label.setBuddy(self.preset_box)
        bar.addWidget(range_label)
        bar.addWidget(self.preset_box)
        bar.addWidget(QLabel("from"))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("to"))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        right.addLayout(bar)
        # The title line also holds the row count and the exports: the page stays narrow enough for
        # a small window (a long title is cut, the summary below wraps).
        title_row = QHBoxLayout()
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.status_label)
        title_row.addWidget(self.csv_button)
        title_row.addWidget(self.pdf_button)
        right.addLayout(title_row)
        right.addWidget(self.summary_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        right.addWidget(self.splitter, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

        self._select_preset(DEFAULT_PRESET)
        self.report_list.setCurrentRow(0)
        self.report_list.currentRowChanged.connect(lambda _row: self.refresh())
        self.preset_box.currentIndexChanged.connect(lambda _index: self._preset_changed())
        self.from_edit.dateChanged.connect(lambda _day: self._dates_edited())
        self.to_edit.dateChanged.connect(lambda _day: self._dates_edited())
        self.csv_button.clicked.connect(self.choose_csv)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self._update_buttons()

    # --- what is asked -------------------------------------------------------------------------

    @property
    def report_key(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else REPORTS[0].key

    def show_report(self, key: str) -> None:
        """Select the report ``key`` and compute it (again, when it is the one shown)."""
        for row in range(self.report_list.count()):
            if self.report_list.item(row).data(KEY_ROLE) == key:
                if row == self.report_list.currentRow():
                    self.refresh()
                else:
                    self.report_list.setCurrentRow(row)
                return
        raise KeyError(key)

    def set_preset(self, preset: Preset) -> None:
        self.preset_box.setCurrentIndex(self.preset_box.findData(preset.value))

    def set_custom_range(self, start: date, end: date) -> None:
        """A custom range from ``start`` to ``end`` (one refresh)."""
        for widget in (self.preset_box, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self.preset_box.setCurrentIndex(self.preset_box.findData(Preset.CUSTOM.value))
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))
        for widget in (self.preset_box, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self._update_dates_enabled()
        self.refresh()

    def current_range(self) -> DateRange:
        preset = Preset(self.preset_box.currentData())
        custom = (to_date(self.from_edit.date()), to_date(self.to_edit.date()))
        return preset_range(preset, local_today(), custom)

    def _select_preset(self, preset: Preset) -> None:
        self.preset_box.blockSignals(True)
        self.preset_box.setCurrentIndex(self.preset_box.findData(preset.value))
        self.preset_box.blockSignals(False)
        self._show_preset_dates()

    def _preset_changed(self) -> None:
        self._show_preset_dates()
        self.refresh()

    def _show_preset_dates(self) -> None:
        """The from/to fields show the dates a preset means (editing them makes the range custom)."""
        preset = Preset(self.preset_box.currentData())
        if preset is not Preset.CUSTOM:
            period = preset_range(preset, local_today())
            for widget in (self.from_edit, self.to_edit):
                widget.blockSignals(True)
            start = period.start or date(2000, 1, 1)
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
            self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
            for widget in (self.from_edit, self.to_edit):
                widget.blockSignals(False)
        self._update_dates_enabled()

    def _update_dates_enabled(self) -> None:
        all_time = self.preset_box.currentData() == Preset.ALL_TIME.value
        self.from_edit.setEnabled(not all_time)

    def _dates_edited(self) -> None:
        if self.preset_box.currentData() != Preset.CUSTOM.value:
            self.preset_box.blockSignals(True)
            self.preset_box.setCurrentIndex(self.preset_box.findData(Preset.CUSTOM.value))
            self.preset_box.blockSignals(False)
            self._update_dates_enabled()
        self.refresh()

    # --- computing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the chosen report over the chosen range, in the background."""
        self._generation += 1
        services = self.services
        key = self.report_key
        if services is None:
            self._show(None)
            return
        try:
            period = self.current_range()
        except Exception as error:  # a custom range that ends before it starts
            self.status_label.setText(str(error).split(";")[0].capitalize())
            self._show(None)
            return
        self.period = period
        self.status_label.setText(tr("Computing…"))
        generation = self._generation
        self._runner.run(
            lambda: compute(key, services, period),
            on_done=lambda result: self._arrived(generation, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, result: ReportResult) -> None:
        if generation != self._generation:
            return  # the owner chose another report or range meanwhile
        self._show(result)
        self.report_shown.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.status_label.setText("")
            show_error(self, error, doing=tr("Computing the report"))

    def _show(self, result: ReportResult | None) -> None:
        self.result = result
        self.model.set_result(result)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if result is None:
            self.title_label.setText("")
            self.summary_label.setText("")
            self.status_label.setText(self.status_label.text() if self.services is not None else "")
        else:
            self.title_label.setText(f"{result.title} · {result.period_text}")
            self.summary_label.setText(result.summary)
            count = len(result.rows)
            self.status_label.setText(
                plural(count, tr("{count:,} row"), tr("{count:,} rows")).format(count=count)
            )
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                header.resizeSection(column, min(header.sectionSize(column) + 12, 320))
        self.chart.show_result(result)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.result is not None
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    # --- exporting -----------------------------------------------------------------------------

    def _suggested_name(self, suffix: str) -> str:
        result = self.result
        assert result is not None
        start = result.period.start.isoformat() if result.period.start else "all"
        return f"{result.key}-{start}-{result.period.end.isoformat()}.{suffix}"

    def choose_csv(self) -> None:
        if self.result is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export the report to CSV"), self._suggested_name("csv"), tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv(Path(name))

    def choose_pdf(self) -> None:
        if self.result is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Export the report to PDF"), self._suggested_name("pdf"), tr("PDF files (*.pdf)")
        )
        if name:
            self.export_pdf(Path(name))

    def export_csv(self, path: Path) -> None:
        """Write the shown report to ``path`` as CSV, in the background."""
        from crmdesk.ui.reports.export import write_csv

        self._export(path, lambda result: write_csv(result, path), "CSV")

    def export_pdf(self, path: Path) -> None:
        """Write the shown report to ``path`` as PDF (chart and table), in the background."""
        from crmdesk.ui.reports.export import write_pdf

        services = self.services

        def write(result: ReportResult) -> int:
            company = services.company.details().name if services is not None else ""
            return write_pdf(result, path, company=company)

        self._export(path, write, "PDF")

    def _export(self, path: Path, write: Any, what: str) -> None:
        result = self.result
        if result is None:
            return
        self.status_label.setText(tr("Writing {what}…").format(what=what))
        self._runner.run(
            lambda: write(result),
            on_done=lambda _count: self._exported(path),
            on_error=lambda error: self._export_failed(error, what),
            writes=False,
        )

    def _exported(self, path: Path) -> None:
        self.status_label.setText(tr("Saved {name}").format(name=path.name))
        self.exported.emit(path)

    def _export_failed(self, error: BaseException, what: str) -> None:
        self.status_label.setText("")
        show_error(self, error, doing=tr("Exporting the report to {what}").format(what=what))
