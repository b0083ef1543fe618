"""The Contact log page: Today list with Done/Snooze, the sidebar badge, filters, resolving a complaint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft, InteractionListQuery, InteractionPage
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.contact_log.interaction_table import InteractionTableModel
from crmdesk.ui.contact_log.page import ContactLogPage
from crmdesk.ui.main_window import MainWindow


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def window(services: Services, make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(services, start_page="contact-log")
    window.drain_tasks()
    return window


def reload(qtbot: QtBot, page: ContactLogPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    qtbot.waitUntil(lambda: page._runner.pending == 0, timeout=5000)


def select_in_today(page: ContactLogPage, interaction_id: int) -> None:
    row = page.today.interaction_ids().index(interaction_id)
    page.today.list.item(row).setSelected(True)


def test_follow_up_due_today_is_listed_counted_and_done(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.contact_log_page
    customer = services.customers.ids(CustomerListQuery())[0]
    due = datetime.now().astimezone() + timedelta(minutes=1)
    view = services.contact_log.log(
        InteractionDraft(
            customer, InteractionKind.CALL, subject="Call back about the order", follow_up_due=due
        )
    )
    reload(qtbot, page)
    due_count = len(page.today.interaction_ids())
    assert view.id in page.today.interaction_ids()
    sidebar = window.sidebar.item(window.pages.index(page)).text()
    assert sidebar == f"Contact log ({due_count})"
    select_in_today(page, view.id)
    assert page.today.done_button.isEnabled()
    with qtbot.waitSignal(page.today.count_changed, timeout=5000):
        page.today.done_button.click()
    assert view.id not in page.today.interaction_ids()
    assert services.contact_log.get(view.id).follow_up_done_at is not None
    expected = f"Contact log ({due_count - 1})" if due_count > 1 else "Contact log"
    assert window.sidebar.item(window.pages.index(page)).text() == expected


def test_snooze_moves_a_follow_up_off_today(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.contact_log_page
    customer = services.customers.ids(CustomerListQuery())[0]
    overdue = datetime.now().astimezone() - timedelta(days=2)
    view = services.contact_log.log(
        InteractionDraft(customer, InteractionKind.EMAIL, subject="Send the brochure", follow_up_due=overdue)
    )
    reload(qtbot, page)
    assert "(overdue)" in page.today.list.item(page.today.interaction_ids().index(view.id)).text()
    select_in_today(page, view.id)
    with qtbot.waitSignal(page.today.count_changed, timeout=5000):
        page.today.tomorrow_button.click()
    assert view.id not in page.today.interaction_ids()
    after = services.contact_log.get(view.id).follow_up_due
    assert after is not None and after.astimezone().date() == datetime.now().astimezone().date() + timedelta(
        days=1
    )
    # Undo puts it back where it was, overdue and on Today again.
    assert page.today.undo_button.isEnabled() and page.today.undo_button.text() == "Undo Snooze"
    with qtbot.waitSignal(page.today.count_changed, timeout=5000):
        page.today.undo_button.click()
    assert view.id in page.today.interaction_ids()
    assert services.contact_log.get(view.id).follow_up_due == view.follow_up_due
    assert not page.today.undo_button.isEnabled()


def test_done_is_undone_with_ctrl_z(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.contact_log_page
    customer = services.customers.ids(CustomerListQuery())[0]
    due = datetime.now().astimezone() + timedelta(minutes=5)
    view = services.contact_log.log(
        InteractionDraft(customer, InteractionKind.VISIT, subject="Visit the shop", follow_up_due=due)
    )
    reload(qtbot, page)
    select_in_today(page, view.id)
    with qtbot.waitSignal(page.today.count_changed, timeout=5000):
        page.today.done_button.click()
    assert services.contact_log.get(view.id).follow_up_done_at is not None
    page.today.list.setFocus()
    with qtbot.waitSignal(page.today.count_changed, timeout=5000):
        qtbot.keyClick(page.today.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.contact_log.get(view.id).follow_up_done_at is None
    assert view.id in page.today.interaction_ids()


def test_complaint_is_resolved_from_the_filtered_log(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = window.contact_log_page
    customer = services.customers.ids(CustomerListQuery())[0]
    complaint = services.contact_log.log(
        InteractionDraft(customer, InteractionKind.COMPLAINT, subject="Scratched table")
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.complaints_box.setChecked(True)
    ids = [page.model.interaction(row).id for row in range(page.model.rowCount())]
    assert complaint.id in ids
    assert page.model.total == len(ids)
    assert all(page.model.interaction(row).complaint_status == "open" for row in range(page.model.rowCount()))
    page.table.selectionModel().select(
        page.model.index(ids.index(complaint.id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.resolve_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.resolve_selected("Replaced the table top")
    assert complaint.id not in [page.model.interaction(row).id for row in range(page.model.rowCount())]
    resolved = services.contact_log.get(complaint.id)
    assert resolved.complaint_status == "resolved" and resolved.resolution == "Replaced the table top"


def test_kind_and_date_filters_run_in_sql(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.contact_log_page
    customer = services.customers.ids(CustomerListQuery())[0]
    services.contact_log.log(
        InteractionDraft(
            customer,
            InteractionKind.FEEDBACK,
            subject="Loved it",
            satisfaction=5,
            occurred_at=datetime.now().astimezone() - timedelta(days=400),
        )
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.kind_box.setCurrentIndex(page.kind_box.findData(InteractionKind.FEEDBACK.value))
    kinds = {page.model.interaction(row).kind for row in range(page.model.rowCount())}
    assert kinds == {InteractionKind.FEEDBACK}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.since_box.setChecked(True)  # the last month only: the old feedback goes
    assert "Loved it" not in [page.model.interaction(r).subject for r in range(page.model.rowCount())]


def test_interaction_model(qtmodeltester: object, services: Services) -> None:
    model = InteractionTableModel()
    first = services.contact_log.page(InteractionListQuery(), limit=3)
    model.set_first_page(first)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == min(3, first.total)
    model.set_first_page(InteractionPage((), 0, 0))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
