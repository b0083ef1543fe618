"""The Reports shots: ``report-rfm.png`` (RFM segments, all time) and ``report-sales.png`` (sales by month,
last 12 months beside the year before). Called by :mod:`crmdesk.ui.screenshots` after the page shots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.reports.definitions import Preset
from crmdesk.ui.reports.page import ReportsPage

RFM_SHOT = "report-rfm.png"
SALES_SHOT = "report-sales.png"
REPORT_SHOTS = (RFM_SHOT, SALES_SHOT)


def reports_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """Take the two report shots; the page is left on the sales report."""
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    page.set_preset(Preset.ALL_TIME)
    page.show_report("rfm")
    settle()
    shots = [save(window, out_dir / RFM_SHOT)]
    page.set_preset(Preset.LAST_12_MONTHS)
    page.show_report("sales_month")
    settle()
    shots.append(save(window, out_dir / SALES_SHOT))
    return shots
