"""Follow the system's light or dark colour scheme.

On Windows and macOS Qt's native styles follow the system scheme by themselves. On Linux (and any other
platform) crmdesk uses the Fusion style with a light or dark palette chosen from
``QStyleHints.colorScheme()`` and switches palettes when the system scheme changes while the app runs.
Widgets repaint on the palette change; the sidebar icons (:mod:`crmdesk.ui.icons`) are drawn in the
palette's text colour, so they follow too.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

NATIVE_THEME_PLATFORMS = ("win32", "darwin")
"""Where Qt's own style already follows the system scheme."""

_DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8c8f94",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3a3d41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#414448",
    QPalette.ColorRole.Mid: "#303235",
    QPalette.ColorRole.Dark: "#1a1b1d",
    QPalette.ColorRole.Shadow: "#0d0d0e",
    QPalette.ColorRole.Highlight: "#2f7bb0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6cb4ee",
    QPalette.ColorRole.LinkVisited: "#b48ee8",
}
_DARK_DISABLED: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "#7d8085",
    QPalette.ColorRole.Text: "#7d8085",
    QPalette.ColorRole.ButtonText: "#7d8085",
    QPalette.ColorRole.Highlight: "#45484c",
    QPalette.ColorRole.HighlightedText: "#a0a3a8",
}


def dark_palette() -> QPalette:
    """crmdesk's dark palette for the Fusion style (readable text, the app's blue as highlight)."""
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


@cache
def _fusion() -> QStyle:
    return QStyleFactory.create("Fusion")


def light_palette() -> QPalette:
    """The Fusion style's own light palette."""
    return _fusion().standardPalette()


def is_dark(scheme: Qt.ColorScheme) -> bool:
    return scheme == Qt.ColorScheme.Dark


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Set the dark palette for :attr:`Qt.ColorScheme.Dark`, the light one otherwise (Unknown too)."""
    app.setPalette(dark_palette() if is_dark(scheme) else light_palette())


class ThemeFollower(QObject):
    """Re-applies the palette whenever the system colour scheme changes (a child of the app)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("theme-follower")
        self.app = app
        app.styleHints().colorSchemeChanged.connect(self.scheme_changed)

    @Slot(Qt.ColorScheme)
    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        apply_color_scheme(self.app, scheme)

    def stop(self) -> None:
        """Stop following (tests; the palette stays as it is)."""
        self.app.styleHints().colorSchemeChanged.disconnect(self.scheme_changed)
        self.setParent(None)
        self.deleteLater()


def apply_system_theme(app: QApplication, *, platform: str = sys.platform) -> ThemeFollower | None:
    """Make the app follow the system light/dark scheme; the follower, or None where Qt does it."""
    if platform.startswith(NATIVE_THEME_PLATFORMS):
        return None
    existing = app.findChild(ThemeFollower, "theme-follower")
    if isinstance(existing, ThemeFollower):
        return existing
    app.setStyle("Fusion")
    apply_color_scheme(app, app.styleHints().colorScheme())
    return ThemeFollower(app)
