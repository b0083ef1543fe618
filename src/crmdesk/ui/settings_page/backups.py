"""Automatic backups in Settings: the folder, how often while crmdesk is open, and on close.

Stored in the window settings (``GuiSettings``); the main window's backup timer and the status bar's
indicator read them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crmdesk.ui.i18n import tr
from crmdesk.ui.settings import GuiSettings


class BackupSettingsBox(QGroupBox):
    changed = Signal()
    """The owner changed a backup setting (the window re-reads them)."""

    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(tr("Automatic backups"), parent)
        self._settings = settings
        self._database: Path | None = None
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backup-folder")
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose folder…"))
        self.default_button = QPushButton(tr("Beside the database"))
        self.choose_button.clicked.connect(lambda _c=False: self.choose_folder())
        self.default_button.clicked.connect(lambda _c=False: self.set_folder(None))
        self.every = QSpinBox()
        self.every.setObjectName("backup-every-hours")
        self.every.setRange(0, 168)
        self.every.setSuffix(" hours")
        self.every.setSpecialValueText(tr("never while open"))
        self.every.setValue(settings.backup_every_hours())
        self.every.valueChanged.connect(self._every_changed)
        self.on_close = QCheckBox(tr("Back up when crmdesk closes"))
        self.on_close.setChecked(settings.backup_on_close())
        self.on_close.toggled.connect(self._on_close_changed)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        form = QFormLayout(self)
        form.addRow(tr("Folder"), folder_row)
        form.addRow(tr("Every"), self.every)
        form.addRow(self.on_close)
        hint = QLabel(
            tr(
                "A folder on a USB stick or in a synced folder keeps a copy away from this computer. Backups are checked after writing; 7 daily, 4 weekly and 12 monthly ones are kept."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)
        self._show_folder()

    def set_database(self, database: Path | None) -> None:
        self._database = database
        self._show_folder()

    def _show_folder(self) -> None:
        chosen = self._settings.backup_folder()
        if chosen is not None:
            self.folder_label.setText(str(chosen))
        elif self._database is not None:
            self.folder_label.setText(
                tr("{value0}  (beside the database)").format(value0=self._database.parent / "backups")
            )
        else:
            self.folder_label.setText(tr("beside the database, in backups/"))
        self.default_button.setEnabled(chosen is not None)

    def choose_folder(self) -> None:
        start = str(
            self._settings.backup_folder() or (self._database.parent if self._database else Path.home())
        )
        name = QFileDialog.getExistingDirectory(self, tr("Folder for backups"), start)
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path | None) -> None:
        self._settings.set_backup_folder(folder)
        self._settings.sync()
        self._show_folder()
        self.changed.emit()

    def _every_changed(self, hours: int) -> None:
        self._settings.set_backup_every_hours(hours)
        self._settings.sync()
        self.changed.emit()

    def _on_close_changed(self, enabled: bool) -> None:
        self._settings.set_backup_on_close(enabled)
        self._settings.sync()
        self.changed.emit()
