"""The 360° panel on the Customers page, its paged timeline model, and Ctrl+L quick entry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.customer_360 import TimelineEntry, TimelinePage
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.customers.log_dialog import InteractionDialog
from crmdesk.ui.customers.timeline_model import TimelineModel
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[CustomersPage]:
    runner = TaskRunner()
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.wait_for_done()
    runner.shutdown()
    page.set_services(None)


def customer_with_orders(services: Services) -> int:
    for customer_id in services.customers.ids(CustomerListQuery()):
        if services.customer_360.summary(customer_id).order_count > 1:
            return customer_id
    raise AssertionError("the demo data has no customer with two orders")


def test_panel_shows_figures_and_timeline(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    customer_id = customer_with_orders(services)
    summary = services.customer_360.summary(customer_id)
    with qtbot.waitSignal(page.panel.loaded, timeout=5000):
        page.show_customer(customer_id)
    assert page.panel.title.text().startswith(summary.name)
    assert page.panel.values["orders"].text() == str(summary.order_count)
    assert page.panel.values["last"].text() == summary.last_purchase.isoformat()  # type: ignore[union-attr]
    assert page.panel.values["revenue"].text() != "—"
    assert "days" in page.panel.values["average"].text()
    model = page.panel.timeline_model
    assert model.rowCount() > 0
    dates = [model.entry(row).occurred_on for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_ctrl_l_logs_a_complaint_for_the_current_customer(
    qtbot: QtBot, page: CustomersPage, services: Services
) -> None:
    customer_id = customer_with_orders(services)
    with qtbot.waitSignal(page.panel.loaded, timeout=5000):
        page.show_customer(customer_id)
    before = services.customer_360.summary(customer_id).open_complaints
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.interaction_dialog
    assert isinstance(dialog, InteractionDialog)
    assert dialog.current_kind() is InteractionKind.CALL  # the default
    assert not dialog.satisfaction.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.COMPLAINT.value))
    qtbot.keyClicks(dialog.subject, "Broken delivery")
    with qtbot.waitSignal(page.panel.loaded, timeout=5000):
        dialog.save()
    assert services.customer_360.summary(customer_id).open_complaints == before + 1
    assert page.panel.values["complaints"].text() == str(before + 1)
    assert "Broken delivery" in page.panel.timeline_model.index(0, 1).data()


def test_feedback_carries_a_score(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    customer_id = customer_with_orders(services)
    with qtbot.waitSignal(page.panel.loaded, timeout=5000):
        page.show_customer(customer_id)
    page.log_interaction()
    dialog = page.interaction_dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(InteractionKind.FEEDBACK.value))
    assert dialog.satisfaction.isEnabled()
    dialog.satisfaction.setValue(4)
    dialog.subject.setText("Very happy — دوست داشتم")
    with qtbot.waitSignal(dialog.logged, timeout=5000) as logged:
        dialog.save()
    assert logged.args[0].satisfaction == 4


def entry(number: int) -> TimelineEntry:
    day = date(2025, 1, 1) - timedelta(days=number)
    return TimelineEntry(
        kind="invoice" if number % 2 else "interaction",
        id=number,
        occurred_on=day,
        occurred_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC) if number % 2 == 0 else None,
        title=f"Entry {number}",
        detail="call: said hello",
        status="issued",
        amount=Decimal("12.50") if number % 2 else None,
        currency="EUR" if number % 2 else "",
    )


def test_timeline_model_pages_on_demand(qtmodeltester: object, qtbot: QtBot) -> None:
    model = TimelineModel()
    wanted: list[int] = []
    model.more_wanted.connect(wanted.append)
    model.add_page(TimelinePage(tuple(entry(i) for i in range(3)), 0, True))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert wanted == [3] and not model.canFetchMore(QModelIndex())  # one read at a time
    model.add_page(TimelinePage(tuple(entry(i) for i in range(3, 5)), 3, False))
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    model.add_page(TimelinePage((entry(9),), 0, False))  # a stale page is ignored
    assert model.rowCount() == 5
    assert model.index(1, 3).data() != ""
    qtmodeltester.check(model)  # type: ignore[attr-defined]
