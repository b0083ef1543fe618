"""What the window remembers between runs (geometry, the last page, recent files), typed.

Kept in an INI file under the injected :class:`AppPaths` config folder rather than Qt's default location,
so that tests and portable installs (``AppPaths.under(root)``) never read or write the owner's settings.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from crmdesk.paths import AppPaths

MAX_RECENT_FILES = 8
SETTINGS_FILE_NAME = "gui.ini"
DEFAULT_BACKUP_EVERY_HOURS = 4


class GuiSettings:
    """Typed access to the window's :class:`QSettings`."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_paths(cls, paths: AppPaths) -> GuiSettings:
        """The settings file of ``paths`` (``<config_dir>/gui.ini``)."""
        return cls(QSettings(str(paths.config_dir / SETTINGS_FILE_NAME), QSettings.Format.IniFormat))

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def recent_files(self) -> list[Path]:
        """Most recently opened first, at most :data:`MAX_RECENT_FILES`."""
        # Stored as JSON text: an INI QSettings reads a one-element list back as a plain string.
        raw = self._store.value("files/recent", "[]")
        try:
            names = json.loads(str(raw))
        except ValueError:
            return []
        if not isinstance(names, list):
            return []
        return [Path(name) for name in names if isinstance(name, str)][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files (moving it up if it was there)."""
        path = path.absolute()
        files = [path, *(p for p in self.recent_files() if p != path)]
        self._set_recent(files[:MAX_RECENT_FILES])

    def forget_recent_file(self, path: Path) -> None:
        """Drop ``path`` from the recent files (it was moved or deleted)."""
        self._set_recent([p for p in self.recent_files() if p != path.absolute()])

    def _set_recent(self, files: list[Path]) -> None:
        self._store.setValue("files/recent", json.dumps([str(p) for p in files]))

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def last_page(self) -> str:
        """Key of the page shown when the window last closed ("" the first time)."""
        return str(self._store.value("window/page", ""))

    def set_last_page(self, key: str) -> None:
        self._store.setValue("window/page", key)

    # --- backups (see docs/data-safety.md: one folder rule for the GUI and the CLI) -------------------

    def backup_folder(self) -> Path | None:
        """The folder chosen for backups; ``None``: ``backups/`` beside the database (the default)."""
        raw = str(self._store.value("backups/folder", "") or "")
        return Path(raw) if raw else None

    def set_backup_folder(self, folder: Path | None) -> None:
        self._store.setValue("backups/folder", str(folder) if folder is not None else "")

    def backup_every_hours(self) -> int:
        """Automatic backups while open every this many hours (0: off); also the indicator's warning age."""
        try:
            return max(0, int(str(self._store.value("backups/every_hours", DEFAULT_BACKUP_EVERY_HOURS))))
        except ValueError:
            return DEFAULT_BACKUP_EVERY_HOURS

    def set_backup_every_hours(self, hours: int) -> None:
        self._store.setValue("backups/every_hours", max(0, hours))

    def backup_on_close(self) -> bool:
        return str(self._store.value("backups/on_close", "true")).lower() in {"true", "1"}

    def set_backup_on_close(self, enabled: bool) -> None:
        self._store.setValue("backups/on_close", "true" if enabled else "false")

    # --- column layouts of the tables (widths, order, sort), by the table's object name ----------------

    def column_state(self, table: str) -> QByteArray | None:
        value = self._store.value(f"columns/{table}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_column_state(self, table: str, state: QByteArray) -> None:
        self._store.setValue(f"columns/{table}", state)

    # --- language of crmdesk's windows (applied at the next start) ---------------------------------

    def ui_language(self) -> str:
        """The code of the language chosen for crmdesk's windows ("" until the owner chooses)."""
        return str(self._store.value("ui/language", "") or "")

    def set_ui_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)

    def sync(self) -> None:
        """Write to disk now (Qt would otherwise write later, e.g. at exit)."""
        self._store.sync()
