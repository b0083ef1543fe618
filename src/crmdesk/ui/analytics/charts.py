"""Bar charts on matplotlib's ``FigureCanvasQTAgg``, with a signal for the bar that was clicked.

matplotlib costs ~0.3 s to import, so nothing here imports it at module level: :func:`load_matplotlib`
runs once in a worker thread (the Dashboard does it with its first read), and the canvas is created on
the GUI thread when the first data arrives. ``Figure`` is used directly, never ``pyplot``: no global
figure manager, no backend switch.

Why matplotlib and not Qt Charts: Qt Charts is deprecated since Qt 6.10 (see the stack notes), while
matplotlib is well kept, and the same drawing code renders the charts into PDF reports.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.i18n import tr

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.patches import Rectangle

THIS_YEAR_COLOUR = "#2a6fdb"
LAST_YEAR_COLOUR = "#b8c4d6"
BAR_COLOUR = "#2a6fdb"


def load_matplotlib() -> None:
    """Import matplotlib's Qt canvas (call it from a worker thread: it only loads modules)."""
    importlib.import_module("matplotlib.backends.backend_qtagg")
    importlib.import_module("matplotlib.figure")


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    """``None``: no bar (a month still to come)."""
    colour: str


class BarChart(QWidget):
    """Grouped vertical or horizontal bars; clicking a bar emits ``bar_clicked(key)``."""

    bar_clicked = Signal(str)

    def __init__(self, title: str, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(f"{title} …")
        self._layout.addWidget(self._placeholder)
        self.canvas: FigureCanvasQTAgg | None = None
        self._axes: Axes | None = None
        self._bars: dict[str, Rectangle] = {}
        self.keys: list[str] = []

    def plot(
        self, keys: Sequence[str], labels: Sequence[str], series: Sequence[Series], *, money: bool
    ) -> None:
        """Draw one group of bars per key (``labels`` under them); the first series is the clickable one."""
        canvas, axes = self._ensure_canvas()
        axes.clear()
        self._bars = {}
        self.keys = list(keys)
        count = len(series)
        width = 0.8 / max(count, 1)
        positions = list(range(len(keys)))
        for index, one in enumerate(series):
            offsets = [p - 0.4 + width * (index + 0.5) for p in positions]
            heights = [v if v is not None else 0.0 for v in one.values]
            if self.horizontal:
                bars = axes.barh(offsets, heights, height=width, color=one.colour, label=one.label)
            else:
                bars = axes.bar(offsets, heights, width=width, color=one.colour, label=one.label)
            for key, bar, value in zip(keys, bars.patches, one.values, strict=True):
                if value is None:
                    bar.set_visible(False)
                if index == 0:
                    bar.set_picker(True)
                    bar.set_gid(key)
                    self._bars[key] = bar
        if self.horizontal:
            axes.set_yticks(positions, labels=list(labels))
            axes.invert_yaxis()
        else:
            axes.set_xticks(positions, labels=list(labels))
        axes.set_title(self.title, loc="left", fontsize=10)
        if money:
            value_axis = axes.xaxis if self.horizontal else axes.yaxis
            value_axis.set_major_formatter(_money_formatter())
        if count > 1:
            axes.legend(loc="upper left", fontsize=8, frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
        axes.tick_params(labelsize=8)
        canvas.draw_idle()  # type: ignore[no-untyped-call]

    def bar_centre(self, key: str) -> QPoint:
        """Where the bar of ``key`` is on the canvas, in widget coordinates (for tests and tooltips)."""
        bar = self._bars[key]
        assert self.canvas is not None
        self.canvas.draw()  # type: ignore[no-untyped-call]
        x, y = bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2
        assert self._axes is not None
        display_x, display_y = self._axes.transData.transform((x, y))
        ratio = self.canvas.device_pixel_ratio or 1
        height = self.canvas.figure.bbox.height
        return QPoint(round(display_x / ratio), round((height - display_y) / ratio))

    def _ensure_canvas(self) -> tuple[FigureCanvasQTAgg, Axes]:
        if self.canvas is not None and self._axes is not None:
            return self.canvas, self._axes
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # Constrained layout fits the tick labels again at every size (tight_layout only once).
        figure = Figure(figsize=(5, 2.6), dpi=100, facecolor=_window_colour(self), layout="constrained")
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(200)
        axes = figure.add_subplot()
        axes.set_facecolor(_window_colour(self))
        canvas.mpl_connect("pick_event", self._picked)
        self._layout.removeWidget(self._placeholder)
        self._placeholder.deleteLater()
        self._layout.addWidget(canvas)
        self.canvas, self._axes = canvas, axes
        return canvas, axes

    def _picked(self, event: Any) -> None:
        key = event.artist.get_gid()
        if key:
            self.bar_clicked.emit(str(key))


def _money_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    def short(value: float, _position: object) -> str:
        size = abs(value)
        if size >= 1_000_000:
            return tr("{value0:,.1f} M").format(value0=value / 1_000_000)
        if size >= 1_000:
            return tr("{value0:,.0f} k").format(value0=value / 1_000)
        return f"{value:,.0f}"

    return FuncFormatter(short)


def _window_colour(widget: QWidget) -> str:
    colour: QColor = widget.palette().color(QPalette.ColorRole.Window)
    return str(colour.name())


__all__ = ["BarChart", tr("Series"), "load_matplotlib"]
