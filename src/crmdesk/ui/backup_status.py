"""The status bar's backup indicator: the age of the last good backup, a gentle warning when too old."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from crmdesk.services.backups import BackupStatus, backup_status


class BackupIndicator(QLabel):
    """``Backup: 2 h ago`` normally; ``⚠ last backup 3 day(s) ago`` in the warning colour when overdue.

    Listing the folder is a directory scan of small JSON files (milliseconds); call :meth:`refresh` on
    start, after each backup and from a timer (e.g. every 10 minutes).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup-indicator")
        self.status: BackupStatus | None = None

    def refresh(self, folder: Path, *, stem: str, every_hours: int, now: datetime | None = None) -> None:
        status = backup_status(folder, stem=stem, every_hours=every_hours, now=now)
        self.status = status
        if status.warning:
            self.setText(f"⚠ {status.warning}")
            self.setStyleSheet("color: #a15c00;")
            self.setToolTip(f"Backups go to {folder}. Use File ▸ Backup now.")
        else:
            self.setText(f"Backup: {_age(status.last_taken_at, now)}")
            self.setStyleSheet("")
            self.setToolTip(f"Last backup {status.last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}")


def _age(taken: datetime | None, now: datetime | None) -> str:
    if taken is None:
        return "none yet"
    seconds = int(((now or datetime.now(taken.tzinfo)) - taken).total_seconds())
    if seconds < 120:
        return "just now"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"
