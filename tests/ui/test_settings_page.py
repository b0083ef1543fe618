"""The Settings page: company details with inline checks and a logo, tax rates and presets, number
patterns, custom fields, backup settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import CustomFieldType
from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui.pages.settings import SettingsPage
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.settings_page.taxes import TaxRateDialog
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(empty_db)


@pytest.fixture
def settings(app_paths: AppPaths) -> GuiSettings:
    return GuiSettings.for_paths(app_paths)


@pytest.fixture
def page(
    qtbot: QtBot, services: Services, app_paths: AppPaths, settings: GuiSettings
) -> Iterator[SettingsPage]:
    runner = TaskRunner()
    page = SettingsPage(paths=app_paths, settings_file=settings.file_name, runner=runner, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.set_services(services)
    runner.wait_for_done()
    qtbot.wait(10)
    yield page
    runner.wait_for_done()
    runner.shutdown()


def drain(qtbot: QtBot, page: SettingsPage) -> None:
    page._runner.wait_for_done()
    qtbot.wait(10)


def png_bytes() -> bytes:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_company_details_are_checked_as_typed_and_saved(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    form = page.company_form
    assert not form.save_button.isEnabled()  # no name yet
    assert form.error_for("name") == ""  # not scolded before typing
    form.inputs["name"].setText("Grauds SIA")
    address = form.inputs["address"]
    assert isinstance(address, QPlainTextEdit)
    address.setPlainText("Brīvības iela 1\nLV-1010 Rīga")
    form.inputs["country"].setText("LV")
    form.inputs["iban"].setText("LV80 BANK 0000 4351 9500 X")
    assert "not a valid IBAN" in form.error_for("iban")
    assert not form.save_button.isEnabled()
    form.inputs["iban"].setText("LV80 BANK 0000 4351 9500 1")
    assert form.error_for("iban") == "" and form.save_button.isEnabled()
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    stored = services.company.details()
    assert (stored.name, stored.country, stored.iban) == ("Grauds SIA", "LV", "LV80BANK0000435195001")
    assert stored.address == "Brīvības iela 1\nLV-1010 Rīga"
    assert form.inputs["iban"].text() == "LV80BANK0000435195001"  # shown as stored


def test_logo_is_previewed_and_removed(
    qtbot: QtBot, page: SettingsPage, services: Services, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    page.company_form.set_logo_file(logo)
    qtbot.waitUntil(lambda: page.company_form.has_logo, timeout=5000)
    assert services.company.logo() == logo.read_bytes()
    page.company_form.remove_logo()
    qtbot.waitUntil(lambda: not page.company_form.has_logo, timeout=5000)
    assert services.company.logo() is None


def test_country_preset_and_a_new_rate(
    qtbot: QtBot, page: SettingsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = page.tax_rates
    box.preset_box.setCurrentIndex(box.preset_box.findData("SE"))
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.preset_button.click()
    assert [box.table.item(row, 1).text() for row in range(box.table.rowCount())] == [
        "25 %",
        "12 %",
        "6 %",
        "0 %",
    ]

    def fill(dialog: TaxRateDialog) -> QDialog.DialogCode:
        dialog.name.setText("Books")
        dialog.rate.setText("6,5")  # a comma works as the decimal separator
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaxRateDialog, "exec", fill)
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.add_button.click()
    assert Decimal("6.5") in [rate.rate for rate in services.company.tax_rates()]


def test_tax_rate_dialog_refuses_a_bad_percent(qtbot: QtBot) -> None:
    dialog = TaxRateDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Odd")
    dialog.rate.setText("120")
    assert "0 to 100" in dialog.error.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_number_pattern_preview_and_save(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    box = page.number_patterns
    qtbot.waitUntil(lambda: "invoice" in box.edits, timeout=5000)
    box.edits["invoice"].setText("INV-{seq}")
    assert box.examples["invoice"].text() == "next: INV-1"
    box.edits["invoice"].setText("INV-{year}")
    assert "must contain" in box.examples["invoice"].text()
    assert not box.save_buttons["invoice"].isEnabled()
    box.edits["invoice"].setText("INV-{year}-{seq:05d}")
    box.save_buttons["invoice"].click()
    drain(qtbot, page)
    patterns = {p.series: p.pattern for p in services.company.number_patterns()}
    assert patterns["invoice"] == "INV-{year}-{seq:05d}"


def test_custom_field_is_added_and_hidden(qtbot: QtBot, page: SettingsPage, services: Services) -> None:
    box = page.custom_fields
    box.add()
    dialog = box.findChild(QDialog)
    assert dialog is not None
    dialog.label.setText("Favourite colour")  # type: ignore[attr-defined]
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))  # type: ignore[attr-defined]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
    assert not ok.isEnabled()  # a choice field needs its choices
    dialog.choices.setText("red, green, blue")  # type: ignore[attr-defined]
    with qtbot.waitSignal(box.changed, timeout=5000):
        ok.click()
    (field,) = services.customer_editor.custom_fields()
    assert (field.label, field.field_type, field.choices) == (
        "Favourite colour",
        CustomFieldType.CHOICE,
        ("red", "green", "blue"),
    )
    box.list.setCurrentRow(0)
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.hide_button.click()
    assert services.customer_editor.custom_fields() == ()
    assert "hidden" in box.list.item(0).text()


def test_backup_settings_are_remembered(page: SettingsPage, settings: GuiSettings, tmp_path: Path) -> None:
    box = page.backups
    assert box is not None
    box.every.setValue(12)
    box.on_close.setChecked(False)
    box.set_folder(tmp_path / "usb")
    reread = GuiSettings.for_paths(page._paths)
    assert (reread.backup_every_hours(), reread.backup_on_close(), reread.backup_folder()) == (
        12,
        False,
        tmp_path / "usb",
    )
    box.set_folder(None)
    assert "beside the database" in box.folder_label.text()
