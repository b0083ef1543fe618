"""The first steps of the GUI, before any window module is imported: the QApplication and the language.

Window modules translate some texts when they are imported (tables of labels), so the translators
must be installed first; only then is :mod:`crmdesk.ui.application` imported and run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from crmdesk.paths import AppPaths
from crmdesk.ui.i18n import choose_language, install_language
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.theme import apply_system_theme


def start_gui(*, paths: AppPaths, database: Path | None, argv: list[str] | None = None) -> int:
    """Create the application, install the chosen language, then run the main window."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    apply_system_theme(app)  # light or dark like the system, and follow it while running
    language = choose_language(GuiSettings.for_paths(paths).ui_language())
    install_language(app, language)  # the translators are children of the app: they live as long
    from crmdesk.ui.application import run_gui

    return run_gui(paths=paths, database=database, argv=argv or [sys.argv[0]])
