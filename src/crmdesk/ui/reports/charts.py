"""Report charts with matplotlib: the same drawing on screen (QtAgg canvas) and in the PDF (Agg, PNG).

matplotlib is imported on first use (it costs ~0.3 s): the Reports page opens without it. Labels that
hold Persian or Arabic are shaped and put in visual order (matplotlib does neither), the way the PDF
engine does it (:func:`crmdesk.pdf.text.visual`).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from crmdesk.pdf.text import visual
from crmdesk.ui.i18n import tr
from crmdesk.ui.reports.definitions import ChartSpec

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COLOURS = ("#1d5fa8", "#9bb7d9", "#1e7b34", "#a15c00", "#b3261e")
LABEL_CHARS = 28


def _short(label: str) -> str:
    text = label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"
    return visual(text)


def _number(value: Any) -> float:
    return float(value)


def draw_chart(figure: Figure, spec: ChartSpec | None, *, currency: str = "") -> None:
    """Draw ``spec`` on ``figure`` (cleared first); an empty chart says that there is nothing to draw."""
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    if spec is None or not spec.labels:
        axes.set_axis_off()
        axes.text(0.5, 0.5, tr("Nothing to draw for this range"), ha="center", va="center", color="#6b6b6b")
        return
    count = len(spec.series)
    width = 0.8 / count
    positions = list(range(len(spec.labels)))
    for index, series in enumerate(spec.series):
        offsets = [p - 0.4 + width * (index + 0.5) for p in positions]
        values = [_number(v) for v in series.values]
        colour = COLOURS[index % len(COLOURS)]
        if spec.horizontal:
            axes.barh(offsets, values, height=width, label=series.name, color=colour)
        else:
            axes.bar(offsets, values, width=width, label=series.name, color=colour)
    labels = [_short(label) for label in spec.labels]
    if spec.horizontal:
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()  # the first (largest) at the top
        axes.grid(axis="x", alpha=0.3)
    else:
        rotate = len(labels) > 8 or max(len(label) for label in labels) > 8
        axes.set_xticks(positions, labels, rotation=45 if rotate else 0, ha="right" if rotate else "center")
        axes.grid(axis="y", alpha=0.3)
    if all(v == v.to_integral_value() for series in spec.series for v in series.values):
        from matplotlib.ticker import MaxNLocator

        (axes.xaxis if spec.horizontal else axes.yaxis).set_major_locator(MaxNLocator(integer=True))
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    title = spec.title + (f" ({currency})" if spec.money and currency and currency not in spec.title else "")
    axes.set_title(title, fontsize=10, loc="left")
    if count > 1:
        axes.legend(fontsize=8, frameon=False)
    axes.tick_params(labelsize=8)
    figure.tight_layout()


def chart_png(
    spec: ChartSpec | None, *, currency: str = "", width_in: float = 9.0, height_in: float = 3.6
) -> bytes:
    """The chart as a PNG (for the PDF), drawn without Qt: safe on a task-runner thread."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), dpi=150)
    FigureCanvasAgg(figure)
    draw_chart(figure, spec, currency=currency)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
