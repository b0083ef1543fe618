"""The Dashboard over a small demo business: every part arrives, clicks ask for the matching list."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.analytics import Segment
from crmdesk.services.sales.common import local_today
from crmdesk.ui.pages.dashboard import DashboardPage
from crmdesk.ui.sales.display import money
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def demo_services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def page(qtbot: QtBot, runner: TaskRunner, demo_services: Services) -> DashboardPage:
    dashboard = DashboardPage(runner=runner)
    qtbot.addWidget(dashboard)
    dashboard.resize(1200, 900)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    dashboard.set_services(demo_services)
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)
    return dashboard


def navigations(page: DashboardPage) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    page.navigate_requested.connect(lambda target, wanted: seen.append((target, wanted)))
    return seen


def test_every_part_shows_what_the_services_compute(page: DashboardPage, demo_services: Services) -> None:
    analytics = demo_services.analytics
    today = local_today()
    money_owed = analytics.receivables(today=today)
    assert page.overdue_card.value_label.text() == money(money_owed.overdue_total, money_owed.currency)
    assert f"{money_owed.overdue_invoices:,} invoice" in page.overdue_card.caption_label.text()
    assert page.follow_up_card.value_label.text() == f"{money_owed.follow_ups_due:,}"
    top = analytics.top_customers(today=today)
    assert top, "the demo business has sales in the last 12 months"
    shown = [page.top_list.table.item(row, 0).text() for row in range(page.top_list.table.rowCount())]
    assert [name.strip("\u2068\u2069") for name in shown] == [row.label for row in top]
    assert page.top_list.table.item(0, 1).text() == money(top[0].net_sales, money_owed.currency)
    assert page.revenue_chart.keys == [f"{today.year:04d}-{m:02d}" for m in range(1, 13)]
    assert page.segment_chart.keys == [segment.value for segment in Segment]
    low = demo_services.stock.low_stock()
    assert page.low_stock_card.value_label.text() == f"{len(low):,}"
    assert page.cards["customers"].value_label.text() == "30"
    assert page.risk_list.table.rowCount() == len(analytics.at_risk(today=today))


def test_clicking_a_month_asks_for_that_months_invoices(qtbot: QtBot, page: DashboardPage) -> None:
    seen = navigations(page)
    today = local_today()
    key = f"{today.year:04d}-{today.month:02d}"
    canvas = page.revenue_chart.canvas
    assert canvas is not None
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=page.revenue_chart.bar_centre(key))
    first = date(today.year, today.month, 1)
    assert seen and seen[-1][0] == "invoices"
    wanted = seen[-1][1]
    assert isinstance(wanted, dict)
    assert wanted["from"] == first and wanted["to"].month == today.month and wanted["to"] >= today


def test_clicking_a_segment_asks_for_its_customers(qtbot: QtBot, page: DashboardPage) -> None:
    seen = navigations(page)
    assert page.segments is not None
    biggest = max(page.segments, key=lambda s: s.customers)
    canvas = page.segment_chart.canvas
    assert canvas is not None
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=page.segment_chart.bar_centre(biggest.segment.value)
    )
    assert seen == [("customers", {"segment": biggest.segment.value})]


def test_cards_and_rows_ask_for_their_lists(qtbot: QtBot, page: DashboardPage) -> None:
    seen = navigations(page)
    qtbot.mouseClick(page.overdue_card, Qt.MouseButton.LeftButton)
    page.follow_up_card.setFocus()
    qtbot.keyClick(page.follow_up_card, Qt.Key.Key_Return)
    qtbot.mouseClick(page.low_stock_card, Qt.MouseButton.LeftButton)
    table = page.top_list.table
    rect = table.visualItemRect(table.item(0, 0))
    page.top_list.table.scrollToItem(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click starts
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # with a press
    assert page.top_customers is not None
    assert seen == [
        ("invoices", {"status": "overdue"}),
        ("contact-log", {"follow_ups": "due"}),
        ("inventory", {"low_stock": True}),
        ("customer", {"id": int(page.top_customers[0].key)}),
    ]


def test_a_closed_database_clears_and_late_answers_are_dropped(
    qtbot: QtBot, page: DashboardPage, runner: TaskRunner
) -> None:
    page.refresh()
    page.set_services(None)  # the answers of the refresh above arrive after this and must be dropped
    runner.wait_for_done()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert not page.loaded
    assert page.overdue_card.value_label.text() == "…"
    assert page.cards["customers"].value_label.text() == "…"


def test_an_empty_database_says_so(
    qtbot: QtBot, runner: TaskRunner, empty_db: Path, open_services: Callable[[Path], Services]
) -> None:
    dashboard = DashboardPage(runner=runner)
    qtbot.addWidget(dashboard)
    dashboard.set_services(open_services(empty_db))
    qtbot.waitUntil(lambda: dashboard.loaded, timeout=20_000)
    assert dashboard.top_list.table.rowCount() == 0
    assert dashboard.top_list.empty.text() == "No sales in the last 12 months."
    assert dashboard.follow_up_card.value_label.text() == "0"


def test_matplotlib_is_not_imported_when_the_app_starts() -> None:
    code = (
        "import sys, crmdesk.ui.main_window, crmdesk.ui.pages.dashboard; print('matplotlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"
