"""The File menu's work on database files: new, open, open recent, backup now, restore, backup folder.

Opening runs on the task runner's write queue (creating or migrating a file takes ~0.15 s or more, and a
migration of a big file first makes a verified backup). The new file is opened *before* the current one is
closed, so that a file that cannot be opened (locked, foreign, too new) leaves the owner where they were.
A read-only file opens read-only (a banner says why); a damaged one gets the offer of its newest good
backup (:func:`offer_newest_backup`). Backups follow one folder rule (``backup_folder_for``): the folder
chosen with File ▸ Backup folder…, else ``backups/`` beside the database, as in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.backups import BackupInfo, backup_folder_for, default_backup_folder, newest_good_backup
from crmdesk.services.restore import DatabaseDamaged, restore_backup
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.restore_dialog import describe

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

DATABASE_SUFFIX = ".sqlite3"
FILE_FILTER = tr("crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)").format(
    DATABASE_SUFFIX=DATABASE_SUFFIX
)
STATUS_MESSAGE_MS = 15_000


class DatabaseFiles(QObject):
    """The File menu's actions for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.opening = False
        """True while a file is being opened in the background (the file actions are disabled meanwhile)."""
        self.new_action = self._action(tr("&New database…"), QKeySequence.StandardKey.New, self.new_database)
        self.open_action = self._action(tr("&Open…"), QKeySequence.StandardKey.Open, self.open_database)
        self.backup_action = self._action(tr("&Backup now"), None, self.backup_now)
        self.restore_action = self._action(tr("&Restore…"), None, self.restore)
        self.backup_folder_action = self._action(tr("Backup &folder…"), None, self.choose_backup_folder)
        self.recent_menu = QMenu(tr("Open &recent"), window)
        self.recent_menu.setObjectName("recent-menu")

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- choosing a file --------------------------------------------------------------------------

    def new_database(self) -> None:
        """Ask where to create a new, empty database and open it."""
        start = str(self._current_folder() / f"new{DATABASE_SUFFIX}")
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            tr("New crmdesk database"),
            start,
            FILE_FILTER,
            # We refuse existing files ourselves: "overwrite" would destroy the owner's data.
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(DATABASE_SUFFIX)
        if path.exists():
            QMessageBox.warning(
                self._window,
                tr("crmdesk — New database"),
                f"{path} already exists. crmdesk never overwrites a file: choose another name, "
                "or use File → Open to open it.",
            )
            return
        self.open_path(path, create=True)

    def open_database(self) -> None:
        """Ask for an existing database file and open it."""
        name, _filter = QFileDialog.getOpenFileName(
            self._window, tr("Open a crmdesk database"), str(self._current_folder()), FILE_FILTER
        )
        if name:
            self.open_path(Path(name), create=False)

    def _current_folder(self) -> Path:
        services = self._window.services
        return services.path.parent if services is not None else self._window.paths.data_dir

    def rebuild_recent_menu(self) -> None:
        """List the remembered files (most recent first), the open one excluded."""
        menu = self.recent_menu
        menu.clear()
        services = self._window.services
        current = services.path if services is not None else None
        files = [path for path in self._window.settings.recent_files() if path != current]
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number}  {path.name}  —  {path.parent}")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p, create=False))
        if not files:
            menu.addAction(tr("No other recent files")).setEnabled(False)
        menu.setEnabled(not self.opening)

    # --- opening ---------------------------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool) -> None:
        """Open ``path`` in the background and show it; on failure say why and stay on the current file."""
        path = path.expanduser().absolute()
        window = self._window
        services = window.services
        if services is not None and services.path == path:
            window.statusBar().showMessage(
                tr("{name} is already open.").format(name=path.name), STATUS_MESSAGE_MS
            )
            return
        if self.opening:
            return
        self._set_opening(True)
        window.statusBar().showMessage(tr("Opening {path}…").format(path=path))
        backup_dir = backup_folder_for(path, window.settings.backup_folder())
        window.runner.run(
            lambda: Services.open(path, backup_dir=backup_dir, create=create, read_only_ok=True),
            writes=True,
            on_done=self._opened,
            on_error=lambda error: self._open_failed(path, error),
        )

    def _opened(self, services: Services) -> None:
        self._set_opening(False)
        self._window.adopt_services(services)
        message = tr("Opened {path}").format(path=services.path)
        migration = services.migration
        if migration is not None and migration.backup is not None:
            message += tr(" (upgraded; the old version was saved to {backup})").format(
                backup=migration.backup
            )
        self._window.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        self._set_opening(False)
        self._window.statusBar().clearMessage()
        if isinstance(error, CrmError) and not path.exists():
            self._window.settings.forget_recent_file(path)
            self.rebuild_recent_menu()
        if isinstance(error, DatabaseDamaged):
            self._offer_backup(path, error)
            return
        show_error(self._window, error, doing=tr("Opening {name}").format(name=path.name))

    def _offer_backup(self, path: Path, error: DatabaseDamaged) -> None:
        """Look for the newest backup that verifies (hashing and checking take a while: background)."""
        window = self._window
        folders = [backup_folder_for(path, window.settings.backup_folder()), default_backup_folder(path)]
        self._set_opening(True)
        window.statusBar().showMessage(
            tr("{name} is damaged: looking for a good backup…").format(name=path.name)
        )
        window.runner.run(
            lambda: newest_good_backup(folders, stem=path.stem),
            on_done=lambda backup: self._offer_found(path, error, backup),
            on_error=lambda _e: self._offer_found(path, error, None),
        )

    def _offer_found(self, path: Path, error: DatabaseDamaged, backup: BackupInfo | None) -> None:
        window = self._window
        self._set_opening(False)
        window.statusBar().clearMessage()
        if backup is None or not offer_newest_backup(window, path, error, backup):
            if backup is None:
                show_error(window, error, doing=tr("Opening {name}").format(name=path.name))
            return
        folder = backup.path.parent
        self._set_opening(True)
        window.statusBar().showMessage(tr("Restoring {name}…").format(name=backup.path.name))

        def work() -> Services:
            restore_backup(backup.path, path, safety_dir=folder)
            return Services.open(path, backup_dir=folder, create=False)

        window.runner.run(
            work, writes=True, on_done=self._opened, on_error=lambda e: self._open_failed(path, e)
        )

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        for action in (self.new_action, self.open_action, self.backup_action, self.restore_action):
            action.setEnabled(not opening)
        self.recent_menu.setEnabled(not opening)

    # --- backup ----------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """Copy the open database to the backup folder in the background; show where it went."""
        if not self._window.backups.backup_now(reason="manual"):
            self._window.statusBar().showMessage(tr("A backup is already running."), STATUS_MESSAGE_MS)

    def restore(self) -> None:
        """File ▸ Restore…: choose a backup, verify, confirm, swap in the background, reopen."""
        self._window.restore_flow.start()

    def choose_backup_folder(self) -> Path | None:
        """File ▸ Backup folder…: e.g. a synced folder or a USB stick (empty = ``backups/`` beside the file)."""
        window = self._window
        current = window.backups.folder() or window.paths.data_dir
        chosen = QFileDialog.getExistingDirectory(window, tr("Folder for backups"), str(current))
        if not chosen:
            return None
        folder = Path(chosen)
        window.settings.set_backup_folder(folder)
        window.settings.sync()
        window.backups.refresh()
        window.statusBar().showMessage(
            tr("Backups now go to {folder}").format(folder=folder), STATUS_MESSAGE_MS
        )
        return folder


def offer_newest_backup(parent: QWidget | None, path: Path, error: CrmError, backup: BackupInfo) -> bool:
    """Say that ``path`` is damaged and offer its newest good backup; ``True``: restore it."""
    box = QMessageBox(parent)
    box.setObjectName("damaged-file-offer")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("crmdesk — the database is damaged"))
    box.setText(tr("{name} is damaged and cannot be opened.").format(name=path.name))
    box.setInformativeText(
        f"The newest good backup is from {describe(backup)}.\n\nRestore it? The damaged file is kept aside"
        " in the backup folder, untouched; work saved after the backup was taken is not in it."
    )
    box.setDetailedText(str(error))
    restore = box.addButton(tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
