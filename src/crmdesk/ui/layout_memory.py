"""What the window remembers besides its geometry: the column layout (widths, order, sort) of every
named table, and the application icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTableView, QWidget

from crmdesk.paths import resources_dir
from crmdesk.ui.settings import GuiSettings


def _tables(window: QWidget) -> list[QTableView]:
    return [table for table in window.findChildren(QTableView) if table.objectName()]


def restore_columns(window: QWidget, settings: GuiSettings) -> None:
    """Put back the columns of every named table as the owner left them (unknown layouts are ignored)."""
    for table in _tables(window):
        state = settings.column_state(table.objectName())
        if state is not None:
            table.horizontalHeader().restoreState(state)


def remember_columns(window: QWidget, settings: GuiSettings) -> None:
    for table in _tables(window):
        settings.set_column_state(table.objectName(), table.horizontalHeader().saveState())


@cache
def app_icon() -> QIcon:
    """crmdesk's icon (SVG, sharp at every scale)."""
    path = resources_dir() / "icons" / "crmdesk.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
