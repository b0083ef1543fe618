"""The File menu's work on database files: new, open, open recent, backup now.

Opening runs on the task runner's write queue (creating or migrating a file takes ~0.15 s or more, and a
migration of a big file first makes a verified backup). The new file is opened *before* the current one is
closed, so that a file that cannot be opened (locked, foreign, too new) leaves the owner where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.ui.errors import show_error

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

DATABASE_SUFFIX = ".sqlite3"
FILE_FILTER = f"crmdesk databases (*{DATABASE_SUFFIX} *.db);;All files (*)"
STATUS_MESSAGE_MS = 15_000


class DatabaseFiles(QObject):
    """The File menu's actions for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.opening = False
        """True while a file is being opened in the background (the file actions are disabled meanwhile)."""
        self.new_action = self._action("&New database…", QKeySequence.StandardKey.New, self.new_database)
        self.open_action = self._action("&Open…", QKeySequence.StandardKey.Open, self.open_database)
        self.backup_action = self._action("&Backup now", None, self.backup_now)
        self.recent_menu = QMenu("Open &recent", window)
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
            "New crmdesk database",
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
                "crmdesk — New database",
                f"{path} already exists. crmdesk never overwrites a file: choose another name, "
                "or use File → Open to open it.",
            )
            return
        self.open_path(path, create=True)

    def open_database(self) -> None:
        """Ask for an existing database file and open it."""
        name, _filter = QFileDialog.getOpenFileName(
            self._window, "Open a crmdesk database", str(self._current_folder()), FILE_FILTER
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
            menu.addAction("No other recent files").setEnabled(False)
        menu.setEnabled(not self.opening)

    # --- opening ---------------------------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool) -> None:
        """Open ``path`` in the background and show it; on failure say why and stay on the current file."""
        path = path.expanduser().absolute()
        window = self._window
        services = window.services
        if services is not None and services.path == path:
            window.statusBar().showMessage(f"{path.name} is already open.", STATUS_MESSAGE_MS)
            return
        if self.opening:
            return
        self._set_opening(True)
        window.statusBar().showMessage(f"Opening {path}…")
        backup_dir = window.paths.backup_dir
        window.runner.run(
            lambda: Services.open(path, backup_dir=backup_dir, create=create),
            writes=True,
            on_done=self._opened,
            on_error=lambda error: self._open_failed(path, error),
        )

    def _opened(self, services: Services) -> None:
        self._set_opening(False)
        self._window.adopt_services(services)
        message = f"Opened {services.path}"
        migration = services.migration
        if migration is not None and migration.backup is not None:
            message += f" (upgraded; the old version was saved to {migration.backup})"
        self._window.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        self._set_opening(False)
        self._window.statusBar().clearMessage()
        if isinstance(error, CrmError) and not path.exists():
            self._window.settings.forget_recent_file(path)
            self.rebuild_recent_menu()
        show_error(self._window, error, doing=f"Opening {path.name}")

    def _set_opening(self, opening: bool) -> None:
        self.opening = opening
        for action in (self.new_action, self.open_action, self.backup_action):
            action.setEnabled(not opening)
        self.recent_menu.setEnabled(not opening)

    # --- backup ----------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """Copy the open database to the backup folder in the background; show where it went."""
        window = self._window
        services = window.services
        if services is None:
            return
        folder = window.paths.backup_dir
        self.backup_action.setEnabled(False)
        window.statusBar().showMessage("Backing up…")
        window.runner.run(
            lambda: services.database.backup_now(folder),
            on_done=self._backed_up,
            on_error=self._backup_failed,
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_action.setEnabled(not self.opening)
        self._window.statusBar().showMessage(f"Backup saved: {path}", STATUS_MESSAGE_MS)

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_action.setEnabled(not self.opening)
        self._window.statusBar().clearMessage()
        show_error(self._window, error, doing="Backup")
