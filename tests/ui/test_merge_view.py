"""The merge view and “Find duplicates…”: side by side, a choice per differing field, Merge and Undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.ui.duplicates.finder import DuplicateFinderDialog
from crmdesk.ui.duplicates.merge_view import MergeDialog
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def pair(empty_db: Path, open_services: Callable[[Path], Services]) -> tuple[Services, int, int]:
    services = open_services(empty_db)
    first = services.customer_editor.create(
        CustomerDraft(
            name="Anna Bērziņa",
            emails=(LabelledValue("anna@example.lv"),),
            billing_address=AddressDraft(city="Rīga", country="LV"),
        )
    ).id
    second = services.customer_editor.create(
        CustomerDraft(
            name="Anna Berzina",
            emails=(LabelledValue("anna@example.lv"),),
            phones=(LabelledValue("+37129111222"),),
        )
    ).id
    services.contact_log.log(InteractionDraft(customer_id=second, kind=InteractionKind.CALL, subject="hello"))
    return services, first, second


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_merge_view_merges_with_choices_and_undoes(
    qtbot: QtBot, pair: tuple[Services, int, int], runner: TaskRunner
) -> None:
    services, first, second = pair
    dialog = MergeDialog(services=services, runner=runner, survivor_id=first, duplicate_id=second)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert "1 contact-log entry" in dialog.moves_label.text()
    assert "1 phone number" in dialog.moves_label.text()
    assert set(dialog.groups) == {"name", "billing_address"}  # only differing fields offer a choice
    right = next(b for b in dialog.findChildren(QRadioButton, "choice-name") if b.text() == "Anna Berzina")
    right.setChecked(True)
    assert dialog.choices() == {"name": "duplicate"}

    with qtbot.waitSignal(dialog.merged, timeout=5000):
        dialog.merge_button.click()
    assert services.customer_editor.get(first).name == "Anna Berzina"
    assert [p.e164 for p in services.customer_editor.get(first).phones] == ["+37129111222"]
    assert dialog.undo_button.isEnabled() and not dialog.merge_button.isEnabled()

    with qtbot.waitSignal(dialog.unmerged, timeout=5000):
        dialog.undo_button.click()
    assert services.customer_editor.get(first).name == "Anna Bērziņa"
    assert services.customer_editor.get(second).phones[0].e164 == "+37129111222"
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=5000)


def test_find_duplicates_lists_pairs_and_opens_the_merge_view(
    qtbot: QtBot, pair: tuple[Services, int, int], runner: TaskRunner
) -> None:
    services, first, second = pair
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.set_services(services)
    finder = page.actions_ui.find_duplicates()
    assert isinstance(finder, DuplicateFinderDialog)
    qtbot.waitUntil(lambda: finder.table.rowCount() == 1, timeout=5000)
    why = finder.table.item(0, 3)
    assert why is not None and "same email" in why.text()
    view = finder.open_merge(0)
    assert view is not None and (view.survivor_id, view.duplicate_id) == (first, second)
    qtbot.waitUntil(lambda: view.preview is not None, timeout=5000)
    with qtbot.waitSignal(finder.changed, timeout=5000):
        view.merge_button.click()
    qtbot.waitUntil(lambda: finder.table.rowCount() == 0, timeout=5000)
    view.reject()
    finder.reject()
    page.set_services(None)


def test_customers_page_exports_and_erases_the_selection(
    qtbot: QtBot, pair: tuple[Services, int, int], runner: TaskRunner, tmp_path: Path
) -> None:
    services, first, _second = pair
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    row = next(r for r in range(page.model.rowCount()) if page.model.customer_id(r) == first)
    page.table.selectRow(row)
    assert page.selected_customer_ids() == [first]
    actions = page.actions_ui
    assert actions.erase_action in page.more_button.menu().actions()

    with qtbot.waitSignal(actions.status_changed, timeout=5000):
        actions.export_selected(tmp_path / "chosen.csv")
    assert actions.status == "1 customers exported to chosen.csv"
    assert "Anna Bērziņa" in (tmp_path / "chosen.csv").read_text(encoding="utf-8-sig")
    assert "Anna Berzina" not in (tmp_path / "chosen.csv").read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(actions.status_changed, timeout=5000):
        actions.privacy_export_selected(tmp_path)
    assert (tmp_path / f"customer-{first}-personal-data.zip").is_file()

    actions.erase_selected(confirmed=False)
    assert services.customer_editor.get(first).name == "Anna Bērziņa"
    with qtbot.waitSignal(actions.status_changed, timeout=10000):
        actions.erase_selected(confirmed=True)
    assert actions.status.startswith(f"Customer #{first} erased")
    assert page.action_status.text() == actions.status
    assert services.customer_editor.get(first).name == f"Erased customer {first}"
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    page.set_services(None)
