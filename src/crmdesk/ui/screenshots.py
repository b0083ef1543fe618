"""Screenshots of every page over demo data: ``python -m crmdesk.ui.screenshots OUT_DIR [--customers N]``.

Writes ``OUT_DIR/<page>.png`` for each sidebar page (``customers.png``, ``dashboard.png``, …) and
``OUT_DIR/main-window.png`` (the Customers page, used by the README), at 1280×800, offscreen by default.
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
from PySide6.QtWidgets import QApplication

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.settings import GuiSettings

WINDOW_WIDTH, WINDOW_HEIGHT = 1280, 800
DEFAULT_CUSTOMERS = 300
README_SHOT = "main-window.png"


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
        finally:
            window.shutdown()
            window.deleteLater()
            QCoreApplication.sendPostedEvents()
    return written


def _settle(window: MainWindow, app: QApplication) -> None:
    """Let background reads finish and the window lay out and paint."""
    for _round in range(3):
        window.drain_tasks()
        app.processEvents()


def _save(window: MainWindow, path: Path) -> Path:
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
