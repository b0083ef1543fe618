"""Sidebar SVG icons (HiDPI, drawn in the palette's text colour) and following the system light/dark scheme."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.ui.icons import PAGE_ICON_KEYS, page_icon
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import ThemeFollower, apply_color_scheme, apply_system_theme, dark_palette


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test does to the shared application's style and palette is undone afterwards."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    follower = qapp.findChild(ThemeFollower, "theme-follower")
    if isinstance(follower, ThemeFollower):
        follower.stop()
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def main_window(
    make_window: Callable[..., MainWindow], open_services: Callable[[Path], Services], empty_db: Path
) -> MainWindow:
    return make_window(open_services(empty_db))


def ink(pixmap: QPixmap) -> list[QColor]:
    """The colours of the pixmap's solid (nearly opaque) pixels."""
    image = pixmap.toImage()
    colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return [colour for colour in colours if colour.alpha() > 240]


def test_every_sidebar_page_has_an_svg_icon_sharp_at_1x_and_2x(main_window: MainWindow) -> None:
    assert {page.key for page in main_window.pages} == set(PAGE_ICON_KEYS)
    for key in PAGE_ICON_KEYS:
        icon = page_icon(key)
        assert not icon.isNull(), key
        for scale in (1.0, 2.0):
            pixmap = icon.pixmap(QSize(24, 24), scale)
            assert not pixmap.isNull(), key
            assert pixmap.size() == QSize(round(24 * scale), round(24 * scale)), key
            assert pixmap.devicePixelRatio() == scale
            assert ink(pixmap), f"{key} draws nothing at {scale}x"
    sidebar = main_window.sidebar
    for row in range(sidebar.count()):
        assert sidebar.item(row).icon().cacheKey() != 0
        assert not sidebar.item(row).icon().pixmap(20, 20).isNull()


def test_an_unknown_page_gets_a_null_icon() -> None:
    assert page_icon("no-such-page").isNull()


def test_icons_are_drawn_in_the_palette_text_colour(app_theme: QApplication) -> None:
    icon = page_icon("reports")
    apply_color_scheme(app_theme, Qt.ColorScheme.Light)
    light_ink = ink(icon.pixmap(QSize(24, 24), 2.0))
    apply_color_scheme(app_theme, Qt.ColorScheme.Dark)
    dark_ink = ink(icon.pixmap(QSize(24, 24), 2.0))
    assert max(colour.lightness() for colour in light_ink) < 80  # dark strokes on a light window
    assert min(colour.lightness() for colour in dark_ink) > 180  # light strokes on a dark window
    text = dark_palette().color(QPalette.ColorRole.Text)
    assert dark_ink[0].rgb() == text.rgb()
    selected = ink(icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected))
    assert selected[0].rgb() == dark_palette().color(QPalette.ColorRole.HighlightedText).rgb()


def test_system_dark_scheme_gives_a_dark_window_and_light_restores_it(app_theme: QApplication) -> None:
    follower = apply_system_theme(app_theme, platform="linux")
    assert isinstance(follower, ThemeFollower)
    assert app_theme.style().name().lower() == "fusion"
    assert apply_system_theme(app_theme, platform="linux") is follower  # connected once only
    hints = app_theme.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switches while crmdesk runs
    assert app_theme.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert app_theme.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app_theme.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert app_theme.palette().color(QPalette.ColorRole.WindowText).lightness() < 80


def test_windows_and_macos_keep_qts_own_theme(app_theme: QApplication) -> None:
    palette = QPalette(app_theme.palette())
    assert apply_system_theme(app_theme, platform="win32") is None
    assert apply_system_theme(app_theme, platform="darwin") is None
    assert app_theme.palette() == palette


def test_sidebar_icons_follow_a_palette_change_while_shown(
    app_theme: QApplication, main_window: MainWindow, qtbot: QtBot
) -> None:
    sidebar = main_window.sidebar

    def icon_ink() -> list[QColor]:
        rect = sidebar.visualItemRect(sidebar.item(2))  # not the current page: no highlight behind it
        icon_area = rect.adjusted(0, 0, -(rect.width() - sidebar.iconSize().width() - 4), 0)
        image = sidebar.grab(icon_area).toImage()
        colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
        return colours

    def switch(scheme: Qt.ColorScheme) -> None:
        apply_color_scheme(app_theme, scheme)
        base = app_theme.palette().color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: sidebar.palette().color(QPalette.ColorRole.Base) == base)  # posted events

    switch(Qt.ColorScheme.Light)
    assert min(colour.lightness() for colour in icon_ink()) < 80
    switch(Qt.ColorScheme.Dark)
    dark = icon_ink()
    assert max(colour.lightness() for colour in dark) > 180  # light strokes
    assert min(colour.lightness() for colour in dark) < 60  # on the dark list background
