"""“Find duplicates…”: likely duplicate pairs, best first, each opened in the merge view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import Services
from crmdesk.services.duplicates import DuplicateCandidate
from crmdesk.ui.duplicates.merge_view import MergeDialog
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner


class DuplicateFinderDialog(QDialog):
    loaded = Signal()
    changed = Signal()
    """A merge (or its undo) was written: the Customers page re-reads."""
    merge_opened = Signal(object)

    def __init__(self, *, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Find duplicates"))
        self._services, self._runner = services, runner
        self.candidates: list[DuplicateCandidate] = []
        self.merge_view: MergeDialog | None = None
        self._generation = 0
        self.summary = QLabel(tr("Looking for duplicates…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Score"), tr("Customer"), tr("Possible duplicate"), tr("Why")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_merge(index.row()))
        self.compare_button = QPushButton(tr("&Compare and merge…"))
        self.compare_button.clicked.connect(lambda: self.open_merge(self.table.currentRow()))
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        services = self._services
        self.compare_button.setEnabled(False)
        self._runner.run(
            lambda: services.duplicates.candidates(),
            on_done=lambda found: self._show(generation, found),
            on_error=lambda error: show_error(self, error, doing=tr("Finding duplicates")),
        )

    def _show(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self._generation:
            return
        self.candidates = found
        self.table.setRowCount(len(found))
        for row, candidate in enumerate(found):
            cells = (
                str(candidate.score),
                f"{candidate.first_name}  (#{candidate.first_id})",
                f"{candidate.second_name}  (#{candidate.second_id})",
                ", ".join(candidate.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.summary.setText(
            tr("{len} possible duplicate pair(s), most likely first. Open one to compare and merge.").format(
                len=len(found)
            )
            if found
            else tr("No likely duplicates among the active customers.")
        )
        if found:
            self.table.selectRow(0)
        self.compare_button.setEnabled(bool(found))
        self.loaded.emit()

    def open_merge(self, row: int) -> MergeDialog | None:
        if not 0 <= row < len(self.candidates):
            return None
        candidate = self.candidates[row]
        dialog = MergeDialog(
            services=self._services,
            runner=self._runner,
            survivor_id=candidate.first_id,
            duplicate_id=candidate.second_id,
            parent=self,
        )
        dialog.merged.connect(lambda _result: self._written())
        dialog.unmerged.connect(lambda _result: self._written())
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.merge_view = dialog
        dialog.open()
        self.merge_opened.emit(dialog)
        return dialog

    def _written(self) -> None:
        self.changed.emit()
        self.reload()
