"""The main window in another language: ``python -m crmdesk.ui.screenshots_language LANG OUT_DIR``.

Writes ``OUT_DIR/main-window-<lang>.png`` (the Customers page) and ``OUT_DIR/invoices-<lang>.png`` over
demo data. The translators are installed before any window module is imported (as the app does, see
:mod:`crmdesk.ui.bootstrap`), so texts read at import time are translated too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from crmdesk.paths import AppPaths
from crmdesk.ui.i18n import LANGUAGES, install_language

SIZE = (1280, 800)
CUSTOMERS = 200


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in LANGUAGES:
        print(f"usage: python -m crmdesk.ui.screenshots_language {{{','.join(LANGUAGES)}}} OUT_DIR")
        return 2
    language, out_dir = args[0], Path(args[1])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_language(app, language)
    # Only now the window modules (their label tables are translated when imported).
    from crmdesk.services import Services
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.settings import GuiSettings

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="crmdesk-shots-") as tmp:
        paths = AppPaths.under(Path(tmp))
        paths.data_dir.mkdir(parents=True)
        database = paths.data_dir / "demo.sqlite3"
        with Services.open(database) as filling:
            filling.demo.populate(customers=CUSTOMERS, seed=1)
        services = Services.open(database)
        window = MainWindow(services=services, paths=paths, settings=GuiSettings.for_paths(paths))
        try:
            window.resize(*SIZE)
            window.show()
            for key, name in (("customers", "main-window"), ("invoices", "invoices")):
                window.show_page(key)
                for _round in range(3):
                    window.drain_tasks()
                    app.processEvents()
                path = out_dir / f"{name}-{language}.png"
                if not window.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                print(path)
        finally:
            window.shutdown()
            window.deleteLater()
            app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
