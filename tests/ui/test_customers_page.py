"""The Customers page: the ids query in the background, search-as-you-type, archived, sorting by header."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import DatabaseError
from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.models.customer_table import CustomerColumn
from crmdesk.ui.pages import customers as customers_module
from crmdesk.ui.pages.customers import SEARCH_DELAY_MS, CustomersPage
from crmdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tests.ui.conftest import Seeded


class CountingIds:
    """``customers.ids`` that records every question asked."""

    def __init__(self, services: Services) -> None:
        self._ids = services.customers.ids
        self.queries: list[CustomerListQuery] = []

    def __call__(self, query: CustomerListQuery) -> array[int]:
        self.queries.append(query)
        return self._ids(query)


@pytest.fixture
def services(customers_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(customers_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[CustomersPage]:
    runner = TaskRunner()
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.shutdown()
    page.set_services(None)


def shown_ids(page: CustomersPage) -> list[int]:
    return [page.model.customer_id(row) for row in range(page.model.rowCount())]


def test_the_page_lists_active_customers_in_name_order(page: CustomersPage, seeded: type[Seeded]) -> None:
    expected = sorted(seeded.ids(), key=seeded.name)
    assert shown_ids(page) == expected
    assert page.count_label.text() == f"{len(expected):,} customers"


def test_include_archived_shows_them_too(qtbot: QtBot, page: CustomersPage, seeded: type[Seeded]) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.archived_box.setCurrentIndex(page.filters.archived_box.findData("all"))
    assert page.model.rowCount() == seeded.COUNT
    assert page.count_label.text() == "1,000 customers, archived included"


def test_search_waits_for_a_pause_in_typing_then_asks_once(
    qtbot: QtBot, page: CustomersPage, services: Services, seeded: type[Seeded]
) -> None:
    counting = CountingIds(services)
    services.customers.ids = counting  # type: ignore[method-assign]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        qtbot.keyClicks(page.search_field, "customer 004")
        assert counting.queries == []  # nothing asked while typing
    assert [query.search for query in counting.queries] == ["customer 004"]
    expected = sorted((i for i in seeded.ids() if seeded.name(i).startswith("Customer 004")), key=seeded.name)
    assert shown_ids(page) == expected
    assert page.count_label.text() == f"{len(expected)} customers match “customer 004”"


def test_search_matches_emails_and_says_when_nothing_matches(qtbot: QtBot, page: CustomersPage) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.search_field.setText("c7@example")
    assert shown_ids(page) == [7]
    assert page.count_label.text() == "1 customer matches “c7@example”"
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.search_field.setText("Ģirts Bērziņš")  # set, not typed: keyClicks aborts on non-Latin-1 text
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "No customer matches"


def test_enter_searches_at_once(qtbot: QtBot, page: CustomersPage) -> None:
    page.search_field.setText("c13@")
    with qtbot.waitSignal(page.ids_loaded, timeout=SEARCH_DELAY_MS // 2):
        qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert shown_ids(page) == [13]


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, page: CustomersPage, seeded: type[Seeded]) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(CustomerColumn.EMAIL) + header.sectionSize(CustomerColumn.EMAIL) // 2
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown_ids(page) == sorted(seeded.ids(), key=seeded.email)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown_ids(page) == sorted(seeded.ids(), key=seeded.email, reverse=True)
    assert header.sortIndicatorSection() == CustomerColumn.EMAIL


def test_an_answer_to_an_older_question_is_dropped(qtbot: QtBot, page: CustomersPage) -> None:
    page.search_field.setText("c7@example")
    page.refresh()  # question 1
    page.search_field.setText("c8@example")
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.refresh()  # question 2: only its answer may be shown
    qtbot.waitUntil(lambda: page._runner.pending == 0, timeout=5000)
    assert shown_ids(page) == [8]


def test_a_failing_query_is_shown_as_a_message(
    qtbot: QtBot, page: CustomersPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        customers_module, "show_error", lambda _parent, error, doing: shown.append(f"{doing}: {error}")
    )

    def broken(_query: CustomerListQuery) -> None:
        raise DatabaseError("the disk is gone")

    services.customers.ids = broken  # type: ignore[method-assign,assignment]
    page.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Listing customers: the disk is gone"]
    assert page.count_label.text() == ""
