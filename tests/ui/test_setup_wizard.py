"""The first-run wizard: the owner's business in a few steps, or demo data."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.ui import first_run
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.setup_wizard import SetupWizard, apply_setup


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(empty_db)


@pytest.fixture
def window(services: Services, make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(services)
    window.drain_tasks()
    return window


def make_wizard(qtbot: QtBot, window: MainWindow) -> SetupWizard:
    assert window.services is not None
    wizard = SetupWizard(
        services=window.services,
        runner=window.runner,
        settings=window.settings,
        demo_customers=1000,
        parent=window,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    window.drain_tasks()
    return wizard


def test_setting_up_a_swedish_shop(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    wizard = make_wizard(qtbot, window)
    wizard.next()
    assert wizard.currentPage() is wizard.company
    assert not wizard.company.isComplete()  # a name is needed
    form = wizard.company.form
    form.inputs["name"].setText("Kaffebönan AB")
    form.inputs["country"].setText("se")
    form.inputs["iban"].setText("SE45 5000 0000 0583 9825 7466")
    assert wizard.company.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.country
    assert wizard.country.country.currentData() == "SE"  # taken from the company's country
    assert wizard.country.currency.text() == "SEK"
    assert wizard.country.language.currentData() == "sv"
    wizard.country.pattern.setText("F{year}-{seq:03d}")
    assert "F" in wizard.country.example.text() and wizard.country.isComplete()
    wizard.country.pattern.setText("F{year}")
    assert not wizard.country.isComplete()
    wizard.country.pattern.setText("F{year}-{seq:03d}")
    wizard.next()
    assert wizard.currentPage() is wizard.data

    saved = apply_setup(services, wizard.answers())
    assert (saved.name, saved.country, saved.base_currency, saved.language) == (
        "Kaffebönan AB",
        "SE",
        "SEK",
        "sv",
    )
    assert saved.iban == "SE4550000000058398257466"
    assert [rate.rate for rate in services.company.tax_rates()] == [
        Decimal(25),
        Decimal(12),
        Decimal(6),
        Decimal(0),
    ]
    assert {p.series: p.pattern for p in services.company.number_patterns()}["invoice"] == "F{year}-{seq:03d}"
    assert services.company.setup_completed()


def test_finishing_the_wizard_writes_in_the_background(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def finish(wizard: SetupWizard) -> int:
        wizard.company.form.inputs["name"].setText("Tienda Sol")
        wizard.country.choose_country("ES")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SetupWizard, "exec", finish)
    assert first_run.ask_for_demo_data(window) is False  # the business was set up, no demo wanted
    window.drain_tasks()
    qtbot.waitUntil(lambda: services.company.setup_completed(), timeout=5000)
    details = services.company.details()
    assert (details.name, details.base_currency, details.language) == ("Tienda Sol", "EUR", "es")
    assert "Set up for Tienda Sol" in window.statusBar().currentMessage()
    # Set up once: the wizard is not offered again, even though the file is still empty.
    asked: list[bool] = []
    monkeypatch.setattr(first_run, "ask_for_demo_data", lambda _w: asked.append(True) or False)
    first_run.offer_demo_data_if_empty(window)
    window.drain_tasks()
    assert asked == []


def test_choosing_demo_data_skips_the_questions(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = make_wizard(qtbot, window)
    wizard.start.demo_choice.setChecked(True)
    assert wizard.start.nextId() == -1  # Finish, not Next
    assert wizard.wants_demo

    def demo(wizard: SetupWizard) -> int:
        wizard.start.demo_choice.setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SetupWizard, "exec", demo)
    assert first_run.ask_for_demo_data(window) is True
