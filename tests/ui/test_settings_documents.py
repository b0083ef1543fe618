"""Settings ▸ Documents (email texts per language) and the negative-stock choice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.domain.stock import NegativeStockPolicy
from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.services.sending.templates import DEFAULT_TEMPLATES, EmailTemplate
from crmdesk.ui.pages.settings import SettingsPage
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(empty_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services, app_paths: AppPaths) -> Iterator[SettingsPage]:
    runner = TaskRunner()
    settings = GuiSettings.for_paths(app_paths)
    page = SettingsPage(paths=app_paths, settings_file=settings.file_name, runner=runner, settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.set_services(services)
    runner.wait_for_done()
    qtbot.waitUntil(lambda: page.email_templates.isEnabled() and page.stock_settings.isEnabled())
    yield page
    runner.wait_for_done()
    runner.shutdown()


def drain(qtbot: QtBot, page: SettingsPage) -> None:
    page._runner.wait_for_done()
    qtbot.wait(10)


def test_email_texts_are_edited_checked_inline_and_saved_in_the_background(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    box = page.email_templates
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())].count("Documents") == 1
    assert "{document}" in box.placeholders.text() and "{amount}" in box.placeholders.text()
    lv = box.editors["lv"]
    assert lv.template() == DEFAULT_TEMPLATES["lv"]
    assert not box.save_button.isEnabled()  # nothing changed yet
    assert not lv.reset_button.isEnabled()

    lv.subject.setText("Rēķins {nummer}")  # a typo in a placeholder: refused beside the field
    assert not lv.subject_error.isHidden()
    assert "unknown placeholder {nummer}" in lv.subject_error.text()
    assert lv.body_error.isHidden()
    assert not box.save_button.isEnabled()
    lv.subject.setText("{document} Nr. {number}")
    assert lv.subject_error.isHidden()
    lv.body.setPlainText("Labdien, {customer}! {")  # a stray brace, under the text this time
    assert "stray brace" in lv.body_error.text() and not lv.body_error.isHidden()
    lv.body.setPlainText("Labdien, {customer}!\nSumma: {amount}")
    fa = box.editors["fa"]
    fa.body.setPlainText("{customer} گرامی، {document} {number}")
    assert box.save_button.isEnabled()

    with qtbot.waitSignal(box.saved, timeout=5000):
        box.save_button.click()
    drain(qtbot, page)
    assert box.message.text() == "Saved."
    assert services.sending.email_template("lv") == EmailTemplate(
        subject="{document} Nr. {number}", body="Labdien, {customer}!\nSumma: {amount}"
    )
    assert services.sending.email_template("fa").body == "{customer} گرامی، {document} {number}"
    assert services.sending.email_template("ru") == DEFAULT_TEMPLATES["ru"]
    assert not box.save_button.isEnabled()

    # Reset to default goes back to crmdesk's text; saved, no override remains.
    assert lv.reset_button.isEnabled()
    lv.reset_button.click()
    assert lv.template() == DEFAULT_TEMPLATES["lv"]
    with qtbot.waitSignal(box.saved, timeout=5000):
        box.save()
    assert services.sending.email_templates()["lv"] == DEFAULT_TEMPLATES["lv"]
    assert services.sending.email_template("fa").body.startswith("{customer} گرامی")


def test_stored_texts_are_shown_when_the_page_opens(
    qtbot: QtBot, services: Services, app_paths: AppPaths
) -> None:
    services.sending.set_email_template("sv", EmailTemplate(subject="Offert {number}", body="Hej {customer}"))
    runner = TaskRunner()
    settings = GuiSettings.for_paths(app_paths)
    page = SettingsPage(paths=app_paths, settings_file=settings.file_name, runner=runner, settings=settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.email_templates.loaded, timeout=5000):
        page.set_services(services)
    sv = page.email_templates.editors["sv"]
    assert (sv.subject.text(), sv.body.toPlainText()) == ("Offert {number}", "Hej {customer}")
    assert sv.reset_button.isEnabled()
    runner.wait_for_done()
    runner.shutdown()


def test_negative_stock_choice_is_read_and_saved(
    qtbot: QtBot, page: SettingsPage, services: Services
) -> None:
    box = page.stock_settings
    assert box.policy() is NegativeStockPolicy.WARN
    with qtbot.waitSignal(box.saved, timeout=5000) as saved:
        box.policy_box.setCurrentIndex(box.policy_box.findData(NegativeStockPolicy.BLOCK.value))
    assert saved.args == [NegativeStockPolicy.BLOCK]
    assert services.stock.negative_stock_policy() is NegativeStockPolicy.BLOCK
    # Opening the page again shows the stored choice (and showing it does not write).
    page.set_services(services)
    qtbot.waitUntil(box.isEnabled)
    assert box.policy() is NegativeStockPolicy.BLOCK
