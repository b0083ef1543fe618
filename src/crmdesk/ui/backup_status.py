"""Backups in the window: the status bar's indicator, automatic backups, banners about the open file.

* :class:`BackupIndicator` — the age of the last good backup; a gentle warning when it is older than
  the setting.
* :class:`BackupController` — File ▸ Backup now, a backup every N hours while the file is open (a
  :class:`QTimer` checks every :data:`CHECK_EVERY_MS`; the rule is ``BackupService.due``) and one on
  close (a progress dialog while a local event loop runs; the window closes once it is written). All run on the task runner's
  write queue, never on the GUI thread. The folder follows the one rule of
  :func:`crmdesk.services.backups.backup_folder_for`.
* :class:`NoticeBar` — banners over the pages: opened read-only, a network or removable drive, a wrong
  clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressDialog, QVBoxLayout, QWidget

from crmdesk.services.backups import BackupInfo, BackupStatus, backup_folder_for, backup_status
from crmdesk.services.file_safety import FileNotice
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

CHECK_EVERY_MS = 10 * 60 * 1000
"""How often the automatic-backup timer asks whether a backup is due (and refreshes the indicator)."""
STATUS_MESSAGE_MS = 15_000
CLOSE_PROGRESS_AFTER_MS = 300
"""The closing backup of a small file takes ~0.1 s: the progress dialog shows only when it is slower."""
NOTICE_COLOURS = {"read-only": "#fdecea", "drive": "#fff4e5", "clock": "#fff4e5"}


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
            self.setText(_warning(status.last_taken_at, now))
            self.setStyleSheet("color: #a15c00;")
            self.setToolTip(tr("Backups go to {folder}. Use File ▸ Backup now.").format(folder=folder))
        else:
            self.setText(tr("Backup: {age}").format(age=_age(status.last_taken_at, now)))
            self.setStyleSheet("")
            self.setToolTip(
                tr("Last backup {last_taken_at:%Y-%m-%d %H:%M} UTC in {folder}").format(
                    last_taken_at=status.last_taken_at, folder=folder
                )
            )

    def show_read_only(self) -> None:
        self.status = None
        self.setText(tr("Read-only: no backups"))
        self.setStyleSheet("")
        self.setToolTip(tr("The file was opened read-only; crmdesk takes no backups of it."))


def _warning(taken: datetime | None, now: datetime | None) -> str:
    """The status bar's warning, worded here so that it is translated (the rule is the domain's)."""
    if taken is None:
        return tr("⚠ no backup yet")
    hours = int(((now or datetime.now(taken.tzinfo)) - taken).total_seconds() // 3600)
    if hours >= 48:
        return tr("⚠ last backup {days} days ago").format(days=hours // 24)
    return tr("⚠ last backup {hours} hours ago").format(hours=hours)


def _age(taken: datetime | None, now: datetime | None) -> str:
    if taken is None:
        return tr("none yet")
    seconds = int(((now or datetime.now(taken.tzinfo)) - taken).total_seconds())
    if seconds < 120:
        return tr("just now")
    if seconds < 7200:
        return tr("{value0} min ago").format(value0=seconds // 60)
    return tr("{value0} h ago").format(value0=seconds // 3600)


class BackupController(QObject):
    """Backup now, automatic backups while open and on close, the indicator; one per main window."""

    backed_up = Signal(object)
    """A backup was written (its :class:`BackupInfo`)."""

    def __init__(self, window: MainWindow, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        """The time the rules see; tests replace it to drive the timer without sleeping."""
        self.indicator = BackupIndicator()
        self.running = False
        self.closing_backup_done = False
        self.close_progress: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("automatic-backup-timer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_due)
        self.timer.start()

    def folder(self) -> Path | None:
        """Where backups of the open file go (``None`` when no file is open)."""
        services = self._window.services
        if services is None:
            return None
        return backup_folder_for(services.path, self._window.settings.backup_folder())

    def refresh(self) -> None:
        services = self._window.services
        folder = self.folder()
        if services is None or folder is None:
            return
        services.backups.folder = folder  # backups the services take themselves (before an import) too
        if services.file_safety.read_only_reason is not None:
            self.indicator.show_read_only()
            return
        self.indicator.refresh(
            folder,
            stem=services.path.stem,
            every_hours=self._window.settings.backup_every_hours(),
            now=self.clock(),
        )

    def backup_now(self, *, reason: str = "manual", on_finished: Callable[[], None] | None = None) -> bool:
        """Start a backup in the background; ``False`` when none could start (no file, one running)."""
        services = self._window.services
        folder = self.folder()
        if services is None or folder is None or self.running:
            return False
        self.running = True
        if reason == "manual":
            self._window.statusBar().showMessage(tr("Backing up…"))

        def done(info: BackupInfo) -> None:
            self.running = False
            self.refresh()
            self._window.statusBar().showMessage(
                tr("Backup saved: {path}").format(path=info.path), STATUS_MESSAGE_MS
            )
            self.backed_up.emit(info)
            if on_finished is not None:
                on_finished()

        def failed(error: BaseException) -> None:
            self.running = False
            self._window.statusBar().clearMessage()
            self.refresh()
            show_error(self._window, error, doing=tr("Backup"))
            if on_finished is not None:
                on_finished()

        self._window.runner.run(
            lambda: services.backups.backup_now(folder, reason=reason),
            writes=True,
            on_done=done,
            on_error=failed,
        )
        return True

    def check_due(self) -> bool:
        """The timer's tick: refresh the indicator and start an automatic backup when one is due."""
        self.refresh()
        services = self._window.services
        every = self._window.settings.backup_every_hours()
        if services is None or every <= 0 or services.file_safety.read_only_reason is not None:
            return False
        if self.running or not self._due(closing=False):
            return False
        return self.backup_now(reason="automatic")

    def _due(self, *, closing: bool) -> bool:
        services = self._window.services
        folder = self.folder()
        if services is None or folder is None:
            return False
        services.backups.folder = folder
        return services.backups.due(
            every_hours=self._window.settings.backup_every_hours(), now=self.clock(), closing=closing
        )

    def backup_before_close(self) -> bool:
        """On close: the closing backup, with a progress dialog while it runs; ``True`` if one was taken.

        The backup runs on the write queue while a local event loop keeps the window painting (never a
        frozen window); a failure is shown and the window still closes.
        """
        services = self._window.services
        if (
            self.closing_backup_done
            or services is None
            or not self._window.settings.backup_on_close()
            or services.file_safety.read_only_reason is not None
        ):
            return False
        self.closing_backup_done = True
        self._window.runner.wait_for_done()  # a running (automatic) backup first
        QCoreApplication.sendPostedEvents(self._window.runner, QEvent.Type.MetaCall)
        if not self._due(closing=True):
            return False
        loop = QEventLoop()
        outcome: list[bool] = []

        def finished() -> None:
            outcome.append(True)
            loop.quit()

        progress = QProgressDialog(tr("Backing up before closing…"), "", 0, 0, self._window)
        progress.setObjectName("closing-backup-progress")
        progress.setWindowTitle("crmdesk")
        progress.setCancelButton(None)
        progress.setMinimumDuration(CLOSE_PROGRESS_AFTER_MS)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setValue(0)
        self.close_progress = progress
        started = self.backup_now(reason=tr("on close"), on_finished=finished)
        if started and not outcome:
            loop.exec()
        progress.reset()
        progress.close()
        progress.deleteLater()
        self.close_progress = None
        return started


class NoticeBar(QFrame):
    """Banners over the pages, one line each: why the file is read-only, a risky drive, a wrong clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.labels: dict[str, QLabel] = {}
        self.hide()

    def show_notices(self, notices: list[FileNotice]) -> None:
        for label in self.labels.values():
            label.deleteLater()
        self.labels = {}
        for notice in notices:
            label = QLabel(("⚠ " if notice.kind != "read-only" else "🔒 ") + notice.text)
            label.setObjectName(f"notice-{notice.kind}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(
                f"background: {NOTICE_COLOURS.get(notice.kind, '#fff4e5')}; color: #3b2a00; padding: 6px 10px;"
                " border-bottom: 1px solid #e0c9a0;"
            )
            self._layout.addWidget(label)
            self.labels[notice.kind] = label
        self.setVisible(bool(notices))

    def text_of(self, kind: str) -> str | None:
        label = self.labels.get(kind)
        return label.text() if label is not None else None
