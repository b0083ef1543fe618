"""Screenshots of data safety: File ▸ Restore… and the status bar's backup indicator.

Called by :mod:`crmdesk.ui.screenshots` over its demo window. Two real backups are taken first (the
demo file is temporary), so the dialog lists real files with their contents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from crmdesk.services.backups import BackupInfo
from crmdesk.ui.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

RESTORE_SHOT = "restore-dialog.png"
INDICATOR_SHOT = "backup-indicator.png"
RESTORE_SIZE = (820, 340)
STRIP_WIDTH = 720
"""The right-hand part of the status bar, where the open file and the indicator are."""


def safety_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """The restore dialog over two fresh backups, and the indicator (fresh, then overdue)."""
    taken: list[BackupInfo] = []
    window.backups.backed_up.connect(taken.append)
    for reason in ("automatic", "manual"):
        window.backups.backup_now(reason=reason)
        settle()
    window.backups.backed_up.disconnect(taken.append)
    folder = window.backups.folder()
    services = window.services
    if folder is None or services is None:
        return []
    shots: list[Path] = []

    window.show_page("customers")
    window.statusBar().clearMessage()
    window.backups.refresh()
    settle()
    fresh = _bottom_strip(window)
    clock = window.backups.clock
    if taken and taken[-1].taken_at is not None:
        overdue_at = taken[-1].taken_at + timedelta(days=3)
        window.backups.clock = lambda: overdue_at
        window.backups.refresh()
        settle()
        overdue = _bottom_strip(window)
        window.backups.clock = clock
        window.backups.refresh()
        shots.append(_save_stacked([fresh, overdue], out_dir / INDICATOR_SHOT))

    dialog = RestoreDialog(folder, database_name=services.path.name, parent=window)
    dialog.resize(*RESTORE_SIZE)
    dialog.show()
    settle()
    shots.append(save(dialog, out_dir / RESTORE_SHOT))
    dialog.close()
    dialog.deleteLater()
    settle()
    return shots


def _bottom_strip(window: MainWindow) -> QPixmap:
    bar = window.statusBar()
    width = min(STRIP_WIDTH, bar.width())
    return bar.grab(QRect(bar.width() - width, 0, width, bar.height()))


def _save_stacked(strips: list[QPixmap], path: Path) -> Path:
    """The strips one above the other, with a thin line between them."""
    gap = 6
    width = max(s.width() for s in strips)
    height = sum(s.height() for s in strips) + gap * (len(strips) - 1)
    image = QPixmap(width, height)
    image.fill(QColor("#9a9a9a"))
    painter = QPainter(image)
    y = 0
    for strip in strips:
        painter.drawPixmap(QPoint(0, y), strip)
        y += strip.height() + gap
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path
