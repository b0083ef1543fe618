"""The Customers page's filter bar: choices read from the file, each filter narrows the list in SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
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
    with qtbot.waitSignal(page.ids_loaded, timeout=10000):
        page.set_services(services)
    qtbot.waitUntil(lambda: page.filters.tag_box.count() > 1, timeout=5000)
    yield page
    runner.shutdown()
    page.set_services(None)


def shown_ids(page: CustomersPage) -> list[int]:
    return [page.model.customer_id(row) for row in range(page.model.rowCount())]


def choose(qtbot: QtBot, page: CustomersPage, change: Callable[[], None]) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        change()


def test_the_lists_offer_what_the_file_holds(page: CustomersPage, services: Services) -> None:
    tags = [page.filters.tag_box.itemData(i) for i in range(1, page.filters.tag_box.count())]
    assert tags == list(services.customers.tags())
    countries = [page.filters.country_box.itemData(i) for i in range(1, page.filters.country_box.count())]
    assert countries and all(len(code) == 2 for code in countries)
    assert page.filters.clear_button.isEnabled() is False


def test_a_tag_narrows_the_list_to_the_customers_with_it(
    qtbot: QtBot, page: CustomersPage, services: Services
) -> None:
    everyone = len(shown_ids(page))
    tag = page.filters.tag_box.itemData(1)
    choose(qtbot, page, lambda: page.filters.tag_box.setCurrentIndex(1))
    expected = list(services.customers.ids(CustomerListQuery(tag=tag)))
    assert shown_ids(page) == expected
    assert 0 < len(expected) < everyone
    assert page.count_label.text().endswith("match the filters")
    assert page.filters.clear_button.isEnabled()


def test_country_and_city_combine(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    code = page.filters.country_box.itemData(1)
    choose(qtbot, page, lambda: page.filters.country_box.setCurrentIndex(1))
    in_country = shown_ids(page)
    assert in_country == list(services.customers.ids(CustomerListQuery(country=code)))
    city = services.customers.rows(in_country[:1])[in_country[0]].city
    assert city
    choose(qtbot, page, lambda: page.filters.city_field.setText(city.upper()))  # any case
    in_city = shown_ids(page)
    assert in_customers_of(in_city, in_country)
    assert in_city == list(services.customers.ids(CustomerListQuery(country=code, city=city)))


def in_customers_of(part: list[int], whole: list[int]) -> bool:
    return bool(part) and set(part) <= set(whole)


def test_open_complaint_and_overdue_follow_up(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    choose(qtbot, page, lambda: page.filters.complaint_box.setChecked(True))
    complaining = shown_ids(page)
    assert complaining == list(services.customers.ids(CustomerListQuery(has_open_complaint=True)))
    choose(qtbot, page, lambda: page.filters.overdue_box.setChecked(True))
    both = shown_ids(page)
    assert set(both) <= set(complaining)
    query = CustomerListQuery(has_open_complaint=True, has_overdue_follow_up=True)
    assert both == list(services.customers.ids(query))


def test_archived_only_and_clear(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    everyone = shown_ids(page)
    services.customers.archive(everyone[:3])
    archived = page.filters.archived_box.findData("archived")
    choose(qtbot, page, lambda: page.filters.archived_box.setCurrentIndex(archived))
    assert sorted(shown_ids(page)) == sorted(everyone[:3])
    choose(qtbot, page, page.filters.clear)
    assert shown_ids(page) == everyone[3:]
    assert not page.filters.clear_button.isEnabled()


def test_opening_a_filtered_out_customer_drops_the_filters(
    qtbot: QtBot, page: CustomersPage, services: Services
) -> None:
    choose(qtbot, page, lambda: page.filters.tag_box.setCurrentIndex(1))
    tagged = set(shown_ids(page))
    outsider = next(cid for cid in services.customers.ids(CustomerListQuery()) if cid not in tagged)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.show_customer(outsider)
    assert page.filters.active_count() == 1  # only "active and archived" remains
    assert page.panel.customer_id == outsider
