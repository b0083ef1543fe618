"""``python -m crmdesk.ui.screenshots``: one PNG per page over real demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crmdesk.ui.screenshots import (
    DETAIL_HEIGHT,
    DETAIL_SHOT,
    DETAIL_WIDTH,
    PIPELINE_SHOT,
    README_SHOT,
    WINDOW_HEIGHT,
    WINDOW_WIDTH,
    take_screenshots,
)
from crmdesk.ui.screenshots_crm import CRM_SHOTS, EDITOR_SHOT, EDITOR_SIZE, SEARCH_SHOT, SEARCH_SIZE

PAGES = ["dashboard", "customers", "contact-log", "quotes", "invoices", "inventory", "reports", "settings"]


def test_every_page_is_saved_at_the_window_size(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    written = take_screenshots(out, customers=12)
    extra = [README_SHOT, PIPELINE_SHOT, DETAIL_SHOT, *CRM_SHOTS]
    assert sorted(path.name for path in written) == sorted([f"{page}.png" for page in PAGES] + extra)
    for path in written:
        image = QImage(str(path))
        sizes = {
            DETAIL_SHOT: (DETAIL_WIDTH, DETAIL_HEIGHT),
            EDITOR_SHOT: EDITOR_SIZE,
            SEARCH_SHOT: SEARCH_SIZE,
        }
        size = sizes.get(path.name, (WINDOW_WIDTH, WINDOW_HEIGHT))
        assert (image.width(), image.height()) == size, path.name
