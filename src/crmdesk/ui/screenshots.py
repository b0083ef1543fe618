"""Screenshots of every page over demo data: ``python -m crmdesk.ui.screenshots OUT_DIR [--customers N]``.

Writes ``OUT_DIR/<page>.png`` for each sidebar page (``customers.png``, ``dashboard.png``, …) and
``OUT_DIR/main-window.png`` (the Customers page, used by the README), at 1280×800, offscreen by default;
then ``pipeline.png`` (the Pipeline tab of Quotes) and ``invoice-detail.png`` (the first invoice's detail),
and the CRM shots of :mod:`crmdesk.ui.screenshots_crm` (editor, 360° panel, Today, search).
The database is a temporary file filled by ``services.demo.populate``; nothing of the owner's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui.documents.screenshots import document_shots
from crmdesk.ui.duplicates.screenshots import merge_shots
from crmdesk.ui.importing.screenshots import import_shots
from crmdesk.ui.inventory.screenshots import inventory_shots
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.reports.screenshots import reports_shots
from crmdesk.ui.safety_screenshots import safety_shots
from crmdesk.ui.sales.screenshots import sales_shots
from crmdesk.ui.screenshots_crm import crm_shots, prepare_crm_demo
from crmdesk.ui.screenshots_setup import setup_shots
from crmdesk.ui.settings import GuiSettings

WINDOW_WIDTH, WINDOW_HEIGHT = 1280, 800
DEFAULT_CUSTOMERS = 300
README_SHOT = "main-window.png"
PIPELINE_SHOT = "pipeline.png"
DETAIL_SHOT = "invoice-detail.png"
DETAIL_WIDTH, DETAIL_HEIGHT = 900, 640


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m crmdesk.ui.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder for the PNG files")
    parser.add_argument(
        "--customers",
        type=int,
        default=DEFAULT_CUSTOMERS,
        help=f"demo customers (default {DEFAULT_CUSTOMERS})",
    )
    args = parser.parse_args(argv)
    # Read when the QApplication is created: screenshots need no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    written = take_screenshots(args.out_dir, customers=args.customers)
    for path in written:
        print(path)
    return 0


def take_screenshots(out_dir: Path, *, customers: int = DEFAULT_CUSTOMERS) -> list[Path]:
    """Fill a temporary database with demo data and save one PNG per page; return the files written."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("crmdesk")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="crmdesk-screenshots-") as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.data_dir.mkdir(parents=True)
        database = paths.data_dir / "demo.sqlite3"
        with Services.open(database, backup_dir=paths.backup_dir) as filling:
            filling.demo.populate(customers=customers, seed=1)
            showcase = prepare_crm_demo(filling)
        # Reopened: closing checkpointed the WAL, so the file (and its size on the Dashboard) is complete.
        services = Services.open(database, backup_dir=paths.backup_dir)
        window = MainWindow(services=services, paths=paths, settings=GuiSettings.for_paths(paths))
        try:
            window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
            window.show()
            for page in window.pages:
                window.show_page(page.key)
                _settle(window, app)
                written.append(_save(window, out_dir / f"{page.key}.png"))
            window.show_page("customers")
            _settle(window, app)
            written.append(_save(window, out_dir / README_SHOT))
            written.extend(_sales_shots(window, app, out_dir))
            settle, save = (lambda: _settle(window, app)), _save
            written.extend(crm_shots(window, out_dir, customer_id=showcase, settle=settle, save=save))
            written.extend(inventory_shots(window, out_dir, settle=settle, save=save))
            written.extend(sales_shots(window, out_dir, settle=settle, save=save))
            written.extend(merge_shots(window, out_dir, settle=settle, save=save))
            written.extend(import_shots(window, out_dir, settle=settle, save=save))
            written.extend(document_shots(window, out_dir, settle=settle, save=save))
            written.extend(reports_shots(window, out_dir, settle=settle, save=save))
            written.extend(safety_shots(window, out_dir, settle=settle, save=save))
            written.extend(setup_shots(window, out_dir, settle=settle, save=save))
        finally:
            window.shutdown()
            window.deleteLater()
            QCoreApplication.sendPostedEvents()
    return written


def _sales_shots(window: MainWindow, app: QApplication, out_dir: Path) -> list[Path]:
    """The pipeline board (the second tab of Quotes) and the detail of the newest invoice with payments."""
    window.show_page("quotes")
    window.quotes_page.show_pipeline()
    _settle(window, app)
    shots = [_save(window, out_dir / PIPELINE_SHOT)]
    window.quotes_page.tabs.setCurrentIndex(0)
    window.show_page("invoices")
    _settle(window, app)
    model = window.invoices_page.model
    # An invoice with payments shows every part of the dialog; a draft would show empty tables.
    paid = [row for row in range(model.rowCount()) if (shown := model.row_at(row)) and shown.paid > 0]
    dialog = window.invoices_page.open_row(paid[0] if paid else 0)
    if dialog is not None:
        dialog.resize(DETAIL_WIDTH, DETAIL_HEIGHT)
        _settle(window, app)
        shots.append(_save(dialog, out_dir / DETAIL_SHOT))
        dialog.close()
    return shots


def _settle(window: MainWindow, app: QApplication) -> None:
    """Let background reads finish and the window lay out and paint."""
    for _round in range(3):
        window.drain_tasks()
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
