"""File ▸ Restore…: the backups of this database with date and contents; the owner picks one.

The dialog only chooses; :class:`RestoreFlow` does the rest, never on the GUI thread: it verifies the
chosen backup (SHA-256 against its manifest, ``integrity_check``), asks for confirmation, closes the
open file (restoring needs its lock), runs :func:`crmdesk.services.restore.restore_backup` on the
write queue (a safety copy of the current file, an atomic swap, the numbering guard) and reopens the
file. If anything fails, the file that was open is opened again: the restore never leaves a mix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import DatabaseError
from crmdesk.services import Services
from crmdesk.services.backups import BackupCheck, BackupInfo, list_backups, read_backup, verify_backup
from crmdesk.services.restore import RestoreResult, restore_backup
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

COLUMNS = (
    tr("Taken"),
    tr("Why"),
    tr("Customers"),
    tr("Invoices issued"),
    tr("Payments"),
    tr("Size"),
    tr("File"),
)
COL_TAKEN, COL_REASON, COL_CUSTOMERS, COL_INVOICES, COL_PAYMENTS, COL_SIZE, COL_FILE = range(len(COLUMNS))


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, *, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from a backup"))
        self.setObjectName("restore-dialog")
        self.backups: list[BackupInfo] = list_backups(folder)
        intro = QLabel(
            f"Choose the backup to put in place of <b>{_escape(database_name)}</b>. It is checked first;"
            " the current file is kept as a safety copy, and invoice numbers already issued are never"
            " given again."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), len(COLUMNS), self)
        self.table.setObjectName("backups-table")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            # Local time, as the owner's clock shows it; the file name keeps the UTC stamp.
            taken = (
                f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}" if info.taken_at else tr("(no manifest)")
            )
            cells = (
                taken,
                info.reason,
                str(info.counts.get("customers", "")),
                str(info.counts.get("issued_invoices", "")),
                str(info.counts.get("payments", "")),
                f"{(info.size_bytes + 1023) // 1024} KiB",
                info.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_CUSTOMERS, COL_INVOICES, COL_PAYMENTS, COL_SIZE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(760, 360)

    def select_backup(self, path: Path) -> None:
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.table.selectRow(row)

    def chosen(self) -> Path | None:
        """The backup selected (``None`` when the folder holds none)."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def describe(info: BackupInfo) -> str:
    """ "2026-11-23 14:05 UTC — 312 customers, 40 issued invoices, 25 payments"."""
    when = f"{info.taken_at:%Y-%m-%d %H:%M} UTC" if info.taken_at else info.path.name
    parts = [
        f"{info.counts[key]} {label}"
        for key, label in (
            ("customers", "customers"),
            ("issued_invoices", tr("issued invoices")),
            ("payments", "payments"),
        )
        if key in info.counts
    ]
    return f"{when} — {', '.join(parts)}" if parts else when


class RestoreFlow(QObject):
    """File ▸ Restore… from choosing to the reopened file (see the module text)."""

    restored = Signal(object)
    """The restore finished and the restored file is open (its :class:`RestoreResult`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RestoreDialog | None = None
        self.busy = False
        self.confirm: Callable[[BackupInfo, Path], bool] = self._ask
        """Asks the owner to confirm (tests replace it)."""

    def start(self) -> RestoreDialog | None:
        """Show the dialog (non-blocking); the restore runs when the owner accepts it."""
        window = self._window
        services = window.services
        folder = window.backups.folder()
        if services is None or folder is None or self.busy:
            return None
        reason = services.file_safety.read_only_reason
        if reason is not None:
            message = tr(
                "{name} was opened read-only because {reason}: nothing can be restored into it"
            ).format(name=services.path.name, reason=reason)
            show_error(window, DatabaseError(message), doing=tr("Restore"))
            return None
        dialog = RestoreDialog(folder, database_name=services.path.name, parent=window)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, backup: Path | None) -> None:
        self.dialog = None
        if backup is None:
            return
        self.busy = True
        self._window.statusBar().showMessage(tr("Checking {name}…").format(name=backup.name))
        self._window.runner.run(
            lambda: verify_backup(backup),
            on_done=lambda check: self._verified(backup, check),
            on_error=self._failed_before_swap,
        )

    def _verified(self, backup: Path, check: BackupCheck) -> None:
        window = self._window
        window.statusBar().clearMessage()
        fatal = [p for p in check.problems if not p.startswith("no manifest")]
        services = window.services
        if fatal or services is None:
            self.busy = False
            if fatal:
                show_error(
                    window,
                    DatabaseError(
                        tr("{name} cannot be restored: {fatal}").format(name=backup.name, fatal=fatal[0])
                    ),
                    doing=tr("Restore"),
                )
            return
        if not self.confirm(read_backup(backup), services.path):
            self.busy = False
            return
        database = services.path
        folder = window.backups.folder() or database.parent / "backups"
        window.release_services()  # restoring takes the file's lock
        window.statusBar().showMessage(tr("Restoring {name}…").format(name=backup.name))

        def work() -> tuple[RestoreResult | None, Services, BaseException | None]:
            # Whatever happens, a file is opened again: the restored one, or the untouched old one.
            try:
                result = restore_backup(backup, database, safety_dir=folder)
            except BaseException as error:
                return (
                    None,
                    Services.open(database, backup_dir=folder, create=False, read_only_ok=True),
                    error,
                )
            return result, Services.open(database, backup_dir=folder, create=False, read_only_ok=True), None

        window.runner.run(work, writes=True, on_done=self._swapped, on_error=self._reopen_failed)

    def _swapped(self, outcome: tuple[RestoreResult | None, Services, BaseException | None]) -> None:
        result, services, error = outcome
        window = self._window
        self.busy = False
        window.adopt_services(services)
        window.backups.refresh()
        if error is not None or result is None:
            window.statusBar().clearMessage()
            show_error(window, error or DatabaseError(tr("the restore failed")), doing=tr("Restore"))
            return
        message = tr("Restored {name}").format(name=result.restored_from.name)
        if result.safety_copy is not None:
            message += tr("; the previous file was kept as {name}").format(name=result.safety_copy.name)
        window.statusBar().showMessage(message, 30_000)
        self.restored.emit(result)

    def _failed_before_swap(self, error: BaseException) -> None:
        self.busy = False
        self._window.statusBar().clearMessage()
        show_error(self._window, error, doing=tr("Restore"))

    def _reopen_failed(self, error: BaseException) -> None:
        self.busy = False
        self._window.statusBar().clearMessage()
        show_error(self._window, error, doing=tr("Reopening after the restore"))

    def _ask(self, info: BackupInfo, database: Path) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("crmdesk — Restore"))
        box.setText(
            tr("Put the backup of {describe} in place of {name}?").format(
                describe=describe(info), name=database.name
            )
        )
        box.setInformativeText(
            tr(
                "The backup was checked and is intact. Work saved after it was taken is not in it; the current file is kept as a safety copy in the backup folder, and invoice numbers already issued are never given again."
            )
        )
        restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore
