"""``python -m crmdesk.ui.screenshots``: one PNG per page over real demo data, plus each area's shots."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crmdesk.ui.documents.screenshots import PREVIEW_SHOT
from crmdesk.ui.duplicates.screenshots import MERGE_SHOT
from crmdesk.ui.importing.screenshots import MAPPING_SHOT, REPORT_SHOT
from crmdesk.ui.inventory.screenshots import INVENTORY_SHOTS
from crmdesk.ui.reports.screenshots import REPORT_SHOTS
from crmdesk.ui.safety_screenshots import INDICATOR_SHOT, RESTORE_SHOT
from crmdesk.ui.sales.screenshots import SALES_SHOTS
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
from crmdesk.ui.screenshots_setup import SETTINGS_TAXES_SHOT, SETUP_SHOTS

PAGES = ["dashboard", "customers", "contact-log", "quotes", "invoices", "inventory", "reports", "settings"]
WINDOW_SHOTS = {f"{page}.png" for page in PAGES} | {README_SHOT, PIPELINE_SHOT, SETTINGS_TAXES_SHOT}
AREA_SHOTS = {
    *CRM_SHOTS,
    *INVENTORY_SHOTS,
    *REPORT_SHOTS,
    *SALES_SHOTS,
    *SETUP_SHOTS,
    DETAIL_SHOT,
    PREVIEW_SHOT,
    MERGE_SHOT,
    MAPPING_SHOT,
    REPORT_SHOT,
    RESTORE_SHOT,
    INDICATOR_SHOT,
}


def test_every_page_and_area_is_saved(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    written = take_screenshots(out, customers=12)
    names = Counter(path.name for path in written)
    assert [name for name, count in names.items() if count > 1] == []  # nothing overwritten
    assert set(names) == WINDOW_SHOTS | AREA_SHOTS
    sizes = {DETAIL_SHOT: (DETAIL_WIDTH, DETAIL_HEIGHT), EDITOR_SHOT: EDITOR_SIZE, SEARCH_SHOT: SEARCH_SIZE}
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 100 and image.height() > 20, path.name
        if path.name in WINDOW_SHOTS:
            assert (image.width(), image.height()) == (WINDOW_WIDTH, WINDOW_HEIGHT), path.name
        elif path.name in sizes:
            assert (image.width(), image.height()) == sizes[path.name], path.name
