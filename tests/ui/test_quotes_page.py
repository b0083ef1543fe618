"""The Quotes page over the demo database: the list, its status filter and the status actions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import QuoteStatus
from crmdesk.services import Services
from crmdesk.services.sales import QuoteListQuery
from crmdesk.services.sales.lists import InvoiceIdsQuery
from crmdesk.ui.sales.quote_table import QuoteColumn, QuoteTableModel
from crmdesk.ui.sales.quotes_page import QuoteList, QuotesPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[QuotesPage]:
    runner = TaskRunner()
    page = QuotesPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.quote_list.rows_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.shutdown()  # before the database closes


def first_with(quotes: QuoteList, *statuses: QuoteStatus) -> int:
    """Select the first quote in one of ``statuses`` (the demo data is generated relative to today)."""
    for row in range(quotes.model.rowCount()):
        if quotes.model.row_at(row).status in statuses:
            quotes.table.selectRow(row)
            return quotes.model.row_at(row).id
    raise AssertionError(f"no {statuses} quote in the demo data")


def act(qtbot: QtBot, quotes: QuoteList, action: str) -> None:
    assert quotes.buttons[action].isEnabled(), action
    with qtbot.waitSignal(quotes.rows_loaded, timeout=5000):
        quotes.buttons[action].click()


def test_the_list_shows_the_latest_revision_of_every_quote(page: QuotesPage, services: Services) -> None:
    expected = services.quotes.list()
    assert page.quote_list.model.rowCount() == len(expected) > 0
    assert page.quote_list.model.index(0, QuoteColumn.CUSTOMER).data() == expected[0].customer_name
    assert page.tabs.count() == 2 and page.tabs.tabText(1) == "Pipeline"


def test_the_status_filter_asks_the_service(qtbot: QtBot, page: QuotesPage, services: Services) -> None:
    quotes = page.quote_list
    with qtbot.waitSignal(quotes.rows_loaded, timeout=5000):
        quotes.status_box.setCurrentText("Accepted")
    accepted = services.quotes.list(QuoteListQuery(status=QuoteStatus.ACCEPTED))
    assert quotes.model.rowCount() == len(accepted) > 0
    assert {quotes.model.index(r, QuoteColumn.STATUS).data() for r in range(quotes.model.rowCount())} == {
        "Accepted"
    }


def test_actions_follow_the_status(qtbot: QtBot, page: QuotesPage, services: Services) -> None:
    quotes = page.quote_list
    quote_id = first_with(quotes, QuoteStatus.SENT)
    enabled = {action for action, button in quotes.buttons.items() if button.isEnabled()}
    assert enabled == {"accept", "decline", "revise"}
    act(qtbot, quotes, "accept")
    assert services.quotes.get(quote_id).status is QuoteStatus.ACCEPTED
    quotes.select(quote_id)
    assert {a for a, b in quotes.buttons.items() if b.isEnabled()} == {"convert"}
    drafts_before = len(services.invoices.ids(InvoiceIdsQuery(statuses=frozenset({"draft"}))))
    act(qtbot, quotes, "convert")
    assert len(services.invoices.ids(InvoiceIdsQuery(statuses=frozenset({"draft"})))) == drafts_before + 1
    assert "Draft invoice" in quotes.message_label.text()


def test_a_declined_or_expired_quote_gets_a_new_revision(
    qtbot: QtBot, page: QuotesPage, services: Services
) -> None:
    quotes = page.quote_list
    quote_id = first_with(quotes, QuoteStatus.DECLINED, QuoteStatus.EXPIRED)
    act(qtbot, quotes, "revise")
    history = services.quotes.history(quote_id)
    assert [row.revision for row in history][-2:] == [history[-2].revision, history[-2].revision + 1]
    new = history[-1]
    assert new.status is QuoteStatus.DRAFT
    assert quotes.model.row_of(new.id) >= 0 and quotes.model.row_of(quote_id) == -1
    quotes.select(new.id)
    assert {a for a, b in quotes.buttons.items() if b.isEnabled()} == {"send"}
    act(qtbot, quotes, "send")
    assert services.quotes.get(new.id).status is QuoteStatus.SENT


def test_the_quote_model_passes_qt_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    model = QuoteTableModel()
    model.set_rows(services.quotes.list())
    qtmodeltester.check(model)
