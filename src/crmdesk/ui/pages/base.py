"""What every page of the main window has: a key, a title, the open services, a way to refresh."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crmdesk.services import Services
from crmdesk.ui.tasks import TaskRunner


class Page(QWidget):
    """A page of the main window. Pages reach the database only through services, via the task runner."""

    def __init__(self, *, key: str, title: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{key}")
        self.key = key
        self.title = title
        self._runner = runner
        self._services: Services | None = None

    @property
    def services(self) -> Services | None:
        return self._services

    def set_services(self, services: Services | None) -> None:
        """Show the database behind ``services`` (``None`` while no database is open)."""
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows (the data changed, or another database was opened)."""


def heading(text: str) -> QLabel:
    """The title line of a page."""
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), 1.5, bold=True))
    return label


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``font`` made ``factor`` times bigger, whether it is sized in points or in pixels."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(round(result.pixelSize() * factor))
    result.setBold(bold)
    return result


def page_layout(page: QWidget) -> QVBoxLayout:
    """The margins and spacing every page uses."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(10)
    return layout


def isolated(text: str) -> str:
    """``text`` as its own bidi run (FSI … PDI): a Persian name beside Latin text keeps its place in the
    line, instead of merging with a neighbouring right-to-left part and swapping places with it."""
    return f"\u2068{text}\u2069" if text else text
