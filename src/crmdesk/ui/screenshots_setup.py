"""Screenshots of the first-run wizard (company and country steps) and of Settings' tabs.

Called by :mod:`crmdesk.ui.screenshots` after the page shots.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages.settings import SettingsPage
from crmdesk.ui.setup_wizard import SetupWizard

WIZARD_COMPANY_SHOT = "setup-wizard-company.png"
WIZARD_COUNTRY_SHOT = "setup-wizard-country.png"
SETTINGS_TAXES_SHOT = "settings-taxes.png"
SETUP_SHOTS = (WIZARD_COMPANY_SHOT, WIZARD_COUNTRY_SHOT, SETTINGS_TAXES_SHOT)
WIZARD_SIZE = (720, 640)


def setup_shots(
    window: MainWindow, out_dir: Path, *, settle: Callable[[], None], save: Callable[[QWidget, Path], Path]
) -> list[Path]:
    services = window.services
    assert services is not None
    written: list[Path] = []
    wizard = SetupWizard(
        services=services, runner=window.runner, settings=window.settings, demo_customers=1000, parent=window
    )
    try:
        wizard.resize(*WIZARD_SIZE)
        wizard.show()
        settle()
        wizard.next()
        form = wizard.company.form
        for key, value in (
            ("name", "Kafijas Grauds SIA"),
            ("vat_id", "LV40003123456"),
            ("country", "LV"),
            ("email", "info@grauds.lv"),
            ("iban", "LV80 BANK 0000 4351 9500 1"),
            ("bic", "HABALV22"),
        ):
            widget = form.inputs[key]
            if not isinstance(widget, QPlainTextEdit):
                widget.setText(value)
        address = form.inputs["address"]
        if isinstance(address, QPlainTextEdit):
            address.setPlainText("Brīvības iela 1\nLV-1010 Rīga")
        settle()
        written.append(save(wizard, out_dir / WIZARD_COMPANY_SHOT))
        wizard.next()
        settle()
        written.append(save(wizard, out_dir / WIZARD_COUNTRY_SHOT))
    finally:
        wizard.reject()
        wizard.deleteLater()
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.tabs.setCurrentIndex(1)
    settle()
    written.append(save(window, out_dir / SETTINGS_TAXES_SHOT))
    page.tabs.setCurrentIndex(0)
    return written
