"""File ▸ Restore…: the backups of this database with date and contents; the owner picks one.

The dialog only chooses. Restoring needs the database closed (the lock), so the caller closes it,
runs ``crmdesk.services.restore.restore_backup`` on the task runner (it verifies the backup first,
keeps the current file as a safety copy and guards the numbering) and reopens the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.backups import BackupInfo, list_backups

COLUMNS = ("Taken (UTC)", "Customers", "Invoices", "Payments", "Size", "File")
COL_TAKEN, COL_CUSTOMERS, COL_INVOICES, COL_PAYMENTS, COL_SIZE, COL_FILE = range(len(COLUMNS))


class RestoreDialog(QDialog):
    def __init__(self, folder: Path, *, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from a backup")
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
            taken = f"{info.taken_at:%Y-%m-%d %H:%M}" if info.taken_at else "(no manifest)"
            cells = (
                taken,
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore")
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

    def chosen(self) -> Path | None:
        """The backup selected (``None`` when the folder holds none)."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
