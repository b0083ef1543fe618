"""``python -m crmdesk.ui.screenshots``: one PNG per page over real demo data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crmdesk.ui.screenshots import README_SHOT, WINDOW_HEIGHT, WINDOW_WIDTH, take_screenshots

PAGES = ["dashboard", "customers", "contact-log", "quotes", "invoices", "inventory", "reports", "settings"]


def test_every_page_is_saved_at_the_window_size(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    written = take_screenshots(out, customers=12)
    assert sorted(path.name for path in written) == sorted([f"{page}.png" for page in PAGES] + [README_SHOT])
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (WINDOW_WIDTH, WINDOW_HEIGHT), path.name
