"""The import wizard: choose a file → map its columns → the validation report and duplicates → import → done.

Everything that reads the file or the database runs on the window's :class:`TaskRunner` (the preview on
the read pool, the import and its undo on the write queue); answers to an earlier file or mapping are
dropped by a generation number, so the UI thread never waits on a file or the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.services import Services
from crmdesk.services.importing import FIELDS, ImportPreview, ImportResult, write_report
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

FILE_FILTER = tr("Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)")
IGNORE = tr("— ignore —")
DUPLICATE_CHOICES = (
    ("skip", tr("Skip them (keep the customer as it is)")),
    ("merge", tr("Merge into the existing customer (fill empty fields, add emails, phones, tags)")),
    ("create", tr("Create them as new customers anyway")),
)
ERROR_STYLE = "color: #b00020;"


class ImportWizard(QWizard):
    """Imports customers into ``services`` with ``runner``; ``imported(batch_id)`` after an import."""

    imported = Signal(int)
    undone = Signal(int)

    def __init__(self, *, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.setWindowTitle(tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 600)
        self.services = services
        self.runner = runner
        self.path: Path | None = None
        self.mapping: dict[str, str] | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.busy = False
        self._generation = 0
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.progress_page = ProgressPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.progress_page, self.done_page):
            self.addPage(page)

    # --- the preview, always in the background ----------------------------------------------------

    def load_preview(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        """Read ``path`` (with ``mapping``, or the recognised one) in the background."""
        self._generation += 1
        generation = self._generation
        self.path, self.mapping = path, mapping
        self.busy = True
        self.file_page.show_status(tr("Reading the file…"), error=False)
        self.mapping_page.show_status(tr("Checking the rows…"), error=False)
        self.runner.run(
            lambda: self.services.imports.preview(path, mapping=mapping),
            on_done=lambda preview: self._previewed(generation, preview),
            on_error=lambda error: self._preview_failed(generation, error),
        )

    def _previewed(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return  # an answer about an earlier file or mapping
        self.busy = False
        self.preview = preview
        self.mapping = dict(preview.mapping)
        self.file_page.show_preview(preview)
        self.mapping_page.show_preview(preview)
        self.report_page.show_preview(preview)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.preview = None
        self.file_page.show_status(str(error), error=True)
        self.mapping_page.show_status(str(error), error=True)
        self.file_page.completeChanged.emit()
        self.mapping_page.completeChanged.emit()

    # --- the import -------------------------------------------------------------------------------

    def start_import(self, on_duplicate: str) -> None:
        assert self.path is not None
        path, mapping = self.path, self.mapping
        imports = self.services.imports

        def work(progress: Callable[[str, int, int], None]) -> ImportResult:
            return imports.run(
                path,
                mapping=mapping,
                on_duplicate=on_duplicate,
                progress=lambda done, total: progress("import", done, total),
            )

        self.busy = True
        self.runner.run(
            work,
            writes=True,
            on_done=self._imported,
            on_error=self._import_failed,
            on_progress=lambda _step, done, total: self.progress_page.show_progress(done, total),
        )

    def _imported(self, result: ImportResult) -> None:
        self.busy = False
        self.import_result = result
        self.progress_page.finished(result)
        self.done_page.show_result(result)
        if result.batch_id is not None:
            self.imported.emit(result.batch_id)
        self.next()

    def _import_failed(self, error: BaseException) -> None:
        self.busy = False
        self.progress_page.failed(error)
        show_error(self, error, doing=tr("Import"))

    def undo_import(self) -> None:
        if self.import_result is None or self.import_result.batch_id is None:
            return
        batch = self.import_result.batch_id
        self.busy = True
        self.done_page.undo_button.setEnabled(False)
        self.runner.run(
            lambda: self.services.imports.undo(batch),
            writes=True,
            on_done=lambda removed: self._undone(batch, removed),
            on_error=self._undo_failed,
        )

    def _undone(self, batch: int, removed: int) -> None:
        self.busy = False
        self.done_page.show_undone(removed)
        self.undone.emit(batch)

    def _undo_failed(self, error: BaseException) -> None:
        self.busy = False
        self.done_page.undo_button.setEnabled(True)
        self.done_page.show_status(str(error))

    def reject(self) -> None:
        if self.busy and self.currentPage() is self.progress_page:
            return  # the import runs in one transaction: it finishes (or fails) whole
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Choose a file"))
        self.setSubTitle(
            tr("CSV or text (any encoding, comma, semicolon or tab), Excel .xlsx, or vCard .vcf.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import-path")
        self.path_edit.setPlaceholderText(tr("The file to import"))
        self.path_edit.editingFinished.connect(self._path_typed)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setObjectName("import-file-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._wizard.load_preview(path)
        self.completeChanged.emit()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, tr("Import customers"), "", FILE_FILTER)
        if chosen:
            self.set_path(Path(chosen))

    def _path_typed(self) -> None:
        text = self.path_edit.text().strip()
        if text and (self._wizard.path is None or Path(text) != self._wizard.path):
            self.set_path(Path(text).expanduser())

    def show_status(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def show_preview(self, preview: ImportPreview) -> None:
        parts = [f"{preview.total_rows:,} row(s)", preview.format.upper()]
        if preview.encoding:
            parts.append(f"encoding {preview.encoding}")
        if preview.delimiter:
            parts.append(
                "delimiter "
                + {",": "comma", ";": "semicolon", "\t": "tab"}.get(preview.delimiter, preview.delimiter)
            )
        if preview.header_row:
            parts.append(tr("header in row {header_row}").format(header_row=preview.header_row))
        self.show_status(" · ".join(parts) + "".join(f"\n{note}" for note in preview.notes), error=False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.preview is not None and not self._wizard.busy


class MappingPage(QWizardPage):
    """A combo above every column of the first rows; changing one checks the rows again."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Match the columns"))
        self.setSubTitle(
            tr("crmdesk recognised what it could; choose a field for the others or leave them ignored.")
        )
        self.table = QTableWidget()
        self.table.setObjectName("import-mapping-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.combos: dict[str, QComboBox] = {}
        self._focus_column: int | None = None
        """The column whose combo the owner just changed: it gets the focus back after the rebuild."""
        self.saved = QComboBox()
        self.saved.setObjectName("import-saved-mappings")
        self.saved.activated.connect(self._use_saved)
        save = QPushButton(tr("&Save mapping…"))
        save.clicked.connect(self._save_mapping)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Saved mappings:")))
        row.addWidget(self.saved, 1)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        self._wizard.runner.run(
            self._wizard.services.imports.mapping_names, on_done=self._show_saved, on_error=lambda _e: None
        )

    def _show_saved(self, names: list[str]) -> None:
        self.saved.clear()
        self.saved.addItem(tr("(the recognised mapping)") if names else tr("(none saved yet)"), None)
        for name in names:
            self.saved.addItem(name, name)

    def show_status(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def show_preview(self, preview: ImportPreview) -> None:
        headers = preview.headers
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setVerticalHeaderLabels(["→"] + [str(n) for n in preview.row_numbers])
        self.combos = {}
        for column, header in enumerate(headers):
            combo = QComboBox()
            combo.setObjectName(f"map-{column}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.addItem(IGNORE, "")
            for key, label in preview.targets or tuple(FIELDS.items()):
                combo.addItem(label, key)
            target = preview.mapping.get(header, "")
            index = combo.findData(target)
            combo.setCurrentIndex(max(index, 0))
            combo.activated.connect(self._mapping_changed)
            self.combos[header] = combo
            self.table.setCellWidget(0, column, combo)
            for row, cells in enumerate(preview.rows, start=1):
                text = cells[column] if column < len(cells) else ""
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(text)
                if not target:
                    item.setForeground(QColor("#888888"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self._focus_column is not None and self._focus_column < len(headers):
            self.combos[headers[self._focus_column]].setFocus()
            self._focus_column = None
        for column in range(self.table.columnCount()):
            width = max(self.table.columnWidth(column), self.table.cellWidget(0, column).sizeHint().width())
            self.table.setColumnWidth(column, min(max(width, 120), 220))
        self.table.setRowHeight(0, self.table.cellWidget(0, 0).sizeHint().height() + 4 if headers else 24)
        mapped = sum(1 for t in preview.mapping.values() if t)
        self.show_status(
            f"{mapped} of {len(headers)} columns mapped · {_rows(preview.valid_rows)} valid,"
            f" {preview.invalid_rows:,} with problems, {len(preview.duplicates):,} possible duplicate(s)",
            error=False,
        )
        self.completeChanged.emit()

    def current_mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData() or "") for header, combo in self.combos.items()}

    def _mapping_changed(self, _index: int = 0) -> None:
        focused = [i for i, combo in enumerate(self.combos.values()) if combo.hasFocus()]
        self._focus_column = focused[0] if focused else None
        if self._wizard.path is not None:
            self._wizard.load_preview(self._wizard.path, self.current_mapping())
            self.completeChanged.emit()

    def _use_saved(self, _index: int) -> None:
        name = self.saved.currentData()
        if self._wizard.path is None:
            return
        if not name:
            self._wizard.load_preview(self._wizard.path, None)
            return
        path = self._wizard.path
        self._wizard.runner.run(
            lambda: self._wizard.services.imports.load_mapping(name),
            on_done=lambda mapping: self._apply_saved(path, mapping),
            on_error=lambda error: self.show_status(str(error), error=True),
        )

    def _apply_saved(self, path: Path, mapping: dict[str, str]) -> None:
        headers = set(self.combos)
        fitting = {h: t for h, t in mapping.items() if h in headers}
        self._wizard.load_preview(path, {h: fitting.get(h, "") for h in headers})

    def _save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save mapping"), tr("Name for this column mapping:"))
        if not ok or not name.strip():
            return
        mapping = self.current_mapping()
        self._wizard.runner.run(
            lambda: self._wizard.services.imports.save_mapping(name, mapping),
            writes=True,
            on_done=lambda _none: self.initializePage(),
            on_error=lambda error: show_error(self, error, doing=tr("Saving the mapping")),
        )

    def isComplete(self) -> bool:
        return (
            self._wizard.preview is not None and not self._wizard.busy and self._wizard.preview.valid_rows > 0
        )


class ReportPage(QWizardPage):
    """Rows with problems (row, column, reason), savable as CSV; possible duplicates and what to do with them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Check the rows"))
        self.setSubTitle(
            tr(
                "Rows with a problem are left out; rows that look like a customer you have wait for your choice."
            )
        )
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Import the valid rows"))
        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.issues = _table((tr("Row"), tr("Column"), tr("Reason")), "import-issues")
        self.save_button = QPushButton(tr("Save &report…"))
        self.save_button.clicked.connect(self._save_report)
        self.duplicates = _table((tr("Row"), tr("Looks like"), tr("Because")), "import-duplicates")
        self.choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for key, label in DUPLICATE_CHOICES:
            button = QRadioButton(label)
            button.setObjectName(f"duplicates-{key}")
            button.setProperty("choice", key)
            self.choice.addButton(button)
            choices.addWidget(button)
            button.setChecked(key == "skip")
        self.duplicates_box = QWidget()
        box = QVBoxLayout(self.duplicates_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.duplicates_label = QLabel()
        box.addWidget(self.duplicates_label)
        box.addWidget(self.duplicates, 1)
        box.addLayout(choices)
        buttons = QHBoxLayout()
        self.issues_label = QLabel()
        buttons.addWidget(self.issues_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.issues, 2)
        layout.addWidget(self.duplicates_box, 2)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self._save_report)

    def show_preview(self, preview: ImportPreview) -> None:
        self.summary.setText(
            f"<b>{preview.valid_rows:,}</b> of {_rows(preview.total_rows)} can be imported;"
            f" {_rows(preview.invalid_rows)} with problems will be left out."
            " The import is one step, after a backup, and can be undone as a whole."
        )
        _fill(self.issues, [(str(i.row), i.column, i.reason) for i in preview.issues])
        self.issues_label.setText(tr("Rows left out:") if preview.issues else tr("Every row is valid."))
        self.issues.setVisible(bool(preview.issues))
        self.save_button.setEnabled(bool(preview.issues))
        rows = []
        for d in preview.duplicates:
            who = (
                tr("{customer_name} (customer {customer_id})").format(
                    customer_name=d.customer_name, customer_id=d.customer_id
                )
                if d.customer_id
                else tr("row {earlier_row} of this file").format(earlier_row=d.earlier_row)
            )
            rows.append((str(d.row), who, d.reason))
        _fill(self.duplicates, rows)
        self.duplicates_label.setText(
            plural(
                len(rows),
                tr("{rows} looks like a customer you already have (or an earlier row):"),
                tr("{rows} look like customers you already have (or an earlier row):"),
            ).format(rows=_rows(len(rows)))
        )
        self.duplicates_box.setVisible(bool(rows))

    def on_duplicate(self) -> str:
        checked = self.choice.checkedButton()
        return str(checked.property("choice")) if checked is not None else "skip"

    def _save_report(self) -> None:
        preview = self._wizard.preview
        if preview is None or not preview.issues:
            return
        suggested = str(Path(self._wizard.path or "import").with_suffix("")) + "-report.csv"
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("Save report"), suggested, tr("CSV (*.csv)"))
        if chosen:
            self.save_report(Path(chosen))

    def save_report(self, path: Path) -> None:
        preview = self._wizard.preview
        assert preview is not None
        issues = preview.issues
        self._wizard.runner.run(
            lambda: write_report(issues, path),
            on_done=lambda written: self.issues_label.setText(
                tr("Report saved to {written}").format(written=written)
            ),
            on_error=lambda error: show_error(self, error, doing=tr("Saving the report")),
        )


class ProgressPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Importing"))
        self.setSubTitle(tr("One step: either every valid row is imported or none is."))
        self.bar = QProgressBar()
        self.bar.setObjectName("import-progress")
        self.label = QLabel(tr("Taking a backup, then importing…"))
        self._done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self._done = False
        self.bar.setRange(0, 0)  # busy until the first report
        self._wizard.start_import(self._wizard.report_page.on_duplicate())

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def finished(self, _result: ImportResult) -> None:
        self._done = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.completeChanged.emit()

    def failed(self, error: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label.setText(tr("Nothing was imported: {error}").format(error=error))

    def isComplete(self) -> bool:
        return self._done


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Done"))
        self.setSubTitle(tr("The customers are on the Customers page; Undo removes this import as a whole."))
        self.label = QLabel()
        self.label.setObjectName("import-result")
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(tr("&Undo import"))
        self.undo_button.setObjectName("import-undo")
        self.undo_button.clicked.connect(wizard.undo_import)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def show_result(self, result: ImportResult) -> None:
        lines = [
            f"{result.created:,} customer(s) created, {result.merged:,} merged,"
            f" {result.skipped:,} skipped as duplicates, {result.invalid:,} row(s) left out."
        ]
        if result.backup is not None:
            lines.append(tr("A backup was taken first: {name}").format(name=result.backup.name))
        self.label.setText("\n".join(lines))
        self.undo_button.setEnabled(result.batch_id is not None)

    def show_undone(self, removed: int) -> None:
        self.status.setStyleSheet("")
        self.status.setText(tr("Import undone: {removed:,} customer(s) removed.").format(removed=removed))

    def show_status(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)


def _rows(count: int) -> str:
    return tr("{count:,} row").format(count=count) if count == 1 else tr("{count:,} rows").format(count=count)


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


def open_import_wizard(window: MainWindow, path: Path | None = None) -> ImportWizard | None:
    """File ▸ Import…: the wizard over the window's database; pages re-read after an import or undo."""
    services = window.services
    if services is None:
        return None
    wizard = ImportWizard(services=services, runner=window.runner, parent=window)
    wizard.imported.connect(lambda _batch: window.refresh_pages())
    wizard.undone.connect(lambda _batch: window.refresh_pages())
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if path is not None:
        wizard.file_page.set_path(path)
    wizard.open()
    return wizard


__all__: list[Any] = ["ImportWizard", "open_import_wizard"]
