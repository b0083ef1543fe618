"""File ▸ Import…: choose → map → report and duplicates → import in the background → done, with Undo."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft, LabelledValue
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.importing.wizard import ImportWizard
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.tasks import TaskRunner

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def source(tmp_path: Path) -> Path:
    path = tmp_path / "klienti.csv"
    text = (
        "Vārds, uzvārds;E-pasts;Tālrunis;Pilsēta;Valsts\n"
        "Jānis Bērziņš;janis@berzini.lv;+371 29 123 456;Rīga;LV\n"
        "Līga Ozola;liga@example;+371 26 555 111;Cēsis;LV\n"
        "Anna Svensson;anna@acme.se;+46 70 123 45 67;Göteborg;SE\n"
    )
    path.write_bytes(text.encode("cp1257"))
    return path


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def names(services: Services) -> list[str]:
    return sorted(services.customer_editor.get(i).name for i in services.customers.ids(CustomerListQuery()))


def test_wizard_walks_through_an_import_and_undoes_it(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    runner: TaskRunner,
    tmp_path: Path,
) -> None:
    services = open_services(empty_db)
    services.customer_editor.create(CustomerDraft(name="Anna S.", emails=(LabelledValue("anna@acme.se"),)))
    wizard = ImportWizard(services=services, runner=runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.file_page.set_path(source(tmp_path))
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=10_000)
    status = wizard.file_page.status.text()
    assert "3 row(s)" in status and "cp1257" in status and "semicolon" in status
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    wizard.next()  # the mapping
    page = wizard.mapping_page
    assert page.current_mapping() == {
        "Vārds, uzvārds": "name",
        "E-pasts": "email",
        "Tālrunis": "phone",
        "Pilsēta": "city",
        "Valsts": "country",
    }
    assert cell(page.table, 1, 0) == "Jānis Bērziņš"
    assert "1 with problems" in page.status.text()
    # Ignoring the email column: the rows are checked again in the background.
    combo = page.combos["E-pasts"]
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(
        lambda: wizard.preview is not None and wizard.preview.mapping["E-pasts"] == "", timeout=10_000
    )
    assert wizard.preview is not None and wizard.preview.invalid_rows == 0
    combo = page.combos["E-pasts"]  # the table was rebuilt for the new answer
    combo.setCurrentIndex(combo.findData("email"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: wizard.preview is not None and wizard.preview.mapping["E-pasts"] == "email", timeout=10_000
    )
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled(), timeout=10_000)

    wizard.next()  # the report
    report = wizard.report_page
    assert report.issues.rowCount() == 1
    assert (cell(report.issues, 0, 0), cell(report.issues, 0, 1)) == ("3", "E-pasts")
    assert report.duplicates.rowCount() == 1 and "Anna S." in cell(report.duplicates, 0, 1)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Import the valid rows"
    saved = tmp_path / "report.csv"
    report.save_report(saved)
    qtbot.waitUntil(lambda: "Report saved" in report.issues_label.text(), timeout=5000)
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:2] == ["3", "E-pasts"]
    merge = next(b for b in report.findChildren(QRadioButton) if b.objectName() == "duplicates-merge")
    merge.setChecked(True)

    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        wizard.next()  # the import, in the background
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=5000)
    assert "1 customer(s) created, 1 merged" in wizard.done_page.label.text()
    assert names(services) == ["Anna S.", "Jānis Bērziņš"]
    assert [e.email for e in services.customer_editor.get(1).emails] == ["anna@acme.se"]

    with qtbot.waitSignal(wizard.undone, timeout=10_000):
        wizard.done_page.undo_button.click()
    assert imported.args == [wizard.import_result.batch_id if wizard.import_result else None]
    assert "1 customer(s) removed" in wizard.done_page.status.text()
    assert names(services) == ["Anna S."]


def test_unreadable_file_is_told_inline(
    qtbot: QtBot, empty_db: Path, open_services: Callable[[Path], Services], runner: TaskRunner
) -> None:
    wizard = ImportWizard(services=open_services(empty_db), runner=runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(FIXTURES / "malformed.csv")
    qtbot.waitUntil(lambda: "unclosed quote" in wizard.file_page.status.text(), timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_file_menu_opens_the_wizard(
    empty_db: Path, open_services: Callable[[Path], Services], make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(open_services(empty_db))
    assert window.import_action.text() == "&Import…"
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
