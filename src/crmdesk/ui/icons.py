"""crmdesk's own sidebar icons: one-colour SVG line icons, drawn in the palette's text colour.

The files in ``resources/icons/page-<key>.svg`` use ``currentColor``. :func:`page_icon` returns a
:class:`QIcon` whose engine renders the SVG when Qt asks for a pixmap, at the asked size and device pixel
ratio (sharp on HiDPI screens) and in the colour of the *current* application palette: normal icons in
``Text``, selected ones in ``HighlightedText``, disabled ones in the disabled ``Text``. So when the
palette changes (light ↔ dark, :mod:`crmdesk.ui.theme`) the repaint that follows already uses the new
colour: nothing has to re-ask for the icons.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from crmdesk.paths import resources_dir

PAGE_ICON_KEYS = (
    "dashboard",
    "customers",
    "contact-log",
    "quotes",
    "invoices",
    "inventory",
    "reports",
    "settings",
)
"""The sidebar pages that have an icon file (``resources/icons/page-<key>.svg``)."""

_PLACEHOLDER = b"currentColor"


@cache
def icon_source(key: str) -> bytes:
    """The SVG text of a page's icon (empty when the file is missing)."""
    path = resources_dir() / "icons" / f"page-{key}.svg"
    return path.read_bytes() if path.exists() else b""


def icon_color(mode: QIcon.Mode = QIcon.Mode.Normal, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in for ``mode``, from ``palette`` (default: the application's)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)


@cache
def _renderer(key: str, rgba: str) -> QSvgRenderer:
    svg = icon_source(key).replace(_PLACEHOLDER, rgba.encode("ascii"))
    return QSvgRenderer(QByteArray(svg))


def render_icon(key: str, size: QSize, color: QColor, scale: float = 1.0) -> QPixmap:
    """``key``'s icon as a transparent pixmap of ``size`` logical pixels at device pixel ratio ``scale``."""
    pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    pixmap = QPixmap(pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(key, color.name(QColor.NameFormat.HexRgb))
    if renderer.isValid():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(color.alphaF())
        renderer.render(painter)
        painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class _PageIconEngine(QIconEngine):
    """Renders one page icon on demand, in the colour of the palette at that moment."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.page_key = key

    def clone(self) -> QIconEngine:
        return _PageIconEngine(self.page_key)

    def isNull(self) -> bool:
        return not icon_source(self.page_key)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return render_icon(self.page_key, self.actualSize(size, mode, state), icon_color(mode), scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        size = self.actualSize(rect.size(), mode, state)
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = render_icon(self.page_key, size, icon_color(mode), scale)
        offset = QPoint((rect.width() - size.width()) // 2, (rect.height() - size.height()) // 2)
        painter.drawPixmap(rect.topLeft() + offset, pixmap)


def page_icon(key: str) -> QIcon:
    """The sidebar icon of page ``key``, following the palette (a null icon for an unknown key)."""
    if not icon_source(key):
        return QIcon()
    return QIcon(_PageIconEngine(key))
