"""The windowed customer table model over a real database file."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery, CustomerListRow, CustomerSort
from crmdesk.ui.models.customer_table import (
    COLUMN_TITLES,
    CUSTOMER_ID_ROLE,
    SORT_KEY_ROLE,
    CustomerColumn,
    CustomerTableModel,
)

if TYPE_CHECKING:
    from tests.ui.conftest import Seeded


class CountingSource:
    """``customers.rows`` that remembers every call (how many ids each time)."""

    def __init__(self, services: Services) -> None:
        self._rows = services.customers.rows
        self.calls: list[int] = []

    def __call__(self, ids: Sequence[int]) -> Mapping[int, CustomerListRow]:
        self.calls.append(len(ids))
        return self._rows(ids)


@pytest.fixture
def services(customers_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(customers_db)


def make_model(
    services: Services, *, page_size: int = 100, max_pages: int = 4, archived: bool = True
) -> tuple[CustomerTableModel, CountingSource]:
    source = CountingSource(services)
    model = CustomerTableModel(page_size=page_size, max_pages=max_pages)
    model.set_row_source(source)
    model.set_ids(services.customers.ids(CustomerListQuery(include_archived=archived)))
    return model, source


def test_the_model_passes_qt_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    model, _source = make_model(services)
    qtmodeltester.check(model)


def test_an_empty_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(CustomerTableModel())


def test_row_count_is_the_true_count_and_nothing_is_fetched_up_front(
    services: Services, seeded: type[Seeded]
) -> None:
    model, source = make_model(services)
    assert model.rowCount() == seeded.COUNT
    assert model.columnCount() == len(CustomerColumn)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert source.calls == []


def test_rows_come_a_page_at_a_time(services: Services) -> None:
    model, source = make_model(services, page_size=100)
    assert model.data(model.index(0, CustomerColumn.NAME)) == "Customer 0000"
    assert model.data(model.index(99, CustomerColumn.EMAIL)).endswith("@example.com")
    assert source.calls == [100]
    model.data(model.index(100, CustomerColumn.NAME))
    model.data(model.index(999, CustomerColumn.CITY))
    assert source.calls == [100, 100, 100]
    assert model.cached_pages() == [0, 1, 9]


def test_the_page_cache_forgets_the_least_recently_used_page(services: Services) -> None:
    model, source = make_model(services, page_size=100, max_pages=2)
    for row in (0, 150, 0, 250):  # page 0, 1, 0 again (cached), 2: page 1 is the oldest now
        model.data(model.index(row, 0))
    assert source.calls == [100, 100, 100]
    assert model.cached_pages() == [0, 2]
    model.data(model.index(150, 0))
    assert len(source.calls) == 4


def test_the_id_role_and_the_header_need_no_query(services: Services, seeded: type[Seeded]) -> None:
    model, source = make_model(services)
    first_id = model.data(model.index(0, 0), CUSTOMER_ID_ROLE)
    assert first_id == model.customer_id(0)
    assert seeded.name(first_id) == "Customer 0000"
    for column in CustomerColumn:
        assert model.headerData(column, Qt.Orientation.Horizontal) == COLUMN_TITLES[column]
    assert model.headerData(CustomerColumn.TYPE, Qt.Orientation.Horizontal, SORT_KEY_ROLE) == "kind"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert source.calls == []


def test_cells_show_the_row_and_archived_rows_are_grey(services: Services, seeded: type[Seeded]) -> None:
    model, _source = make_model(services)
    rows = {model.customer_id(row): row for row in range(model.rowCount())}
    archived, active = rows[10], rows[7]
    assert seeded.archived(10) and not seeded.archived(7)
    values = [model.data(model.index(active, column)) for column in CustomerColumn]
    assert values == [seeded.name(7), "Person", "c7@example.com", "20 000 007", "Riga", "LV", "2024-01-08"]
    assert model.data(model.index(rows[3], CustomerColumn.TYPE)) == "Company"
    assert model.data(model.index(active, CustomerColumn.NAME), Qt.ItemDataRole.ForegroundRole) is None
    grey = model.data(model.index(archived, CustomerColumn.NAME), Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    assert "archived" in model.data(model.index(archived, CustomerColumn.NAME), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(active, CustomerColumn.COUNTRY), Qt.ItemDataRole.ToolTipRole) == "Latvia"
    assert (
        model.data(model.index(active, CustomerColumn.EMAIL), Qt.ItemDataRole.ToolTipRole) == "c7@example.com"
    )
    assert model.data(model.index(active, CustomerColumn.NAME), Qt.ItemDataRole.DecorationRole) is None


def test_a_customer_deleted_since_the_ids_were_read_shows_empty(
    services: Services, seeded: type[Seeded]
) -> None:
    model = CustomerTableModel(page_size=10)
    model.set_row_source(services.customers.rows)
    model.set_ids(array("q", [1, 999_999, 2]))
    assert model.data(model.index(0, 0)) == seeded.name(1)
    assert model.data(model.index(1, 0)) is None
    assert model.row_at(1) is None
    assert model.data(model.index(1, 0), CUSTOMER_ID_ROLE) == 999_999


def test_sort_asks_for_new_ids_and_changes_nothing_itself(qtbot: QtBot, services: Services) -> None:
    model, _source = make_model(services)
    first = model.customer_id(0)
    with qtbot.waitSignal(model.sort_requested) as blocker:
        model.sort(CustomerColumn.EMAIL, Qt.SortOrder.DescendingOrder)
    assert blocker.args == [CustomerSort.EMAIL, True]
    assert (model.sort_key, model.descending) == (CustomerSort.EMAIL, True)
    assert model.customer_id(0) == first  # the order changes when the page brings the new ids
    with qtbot.assertNotEmitted(model.sort_requested):
        model.sort(CustomerColumn.EMAIL, Qt.SortOrder.DescendingOrder)


def test_a_view_fetches_only_the_pages_it_shows(qtbot: QtBot, services: Services) -> None:
    model, source = make_model(services, page_size=100, max_pages=8)
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(800, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    assert model.cached_pages() == [0]
    view.scrollToBottom()
    qtbot.wait(20)
    assert set(model.cached_pages()) <= {0, 9}
    assert 9 in model.cached_pages()
    assert all(count <= 100 for count in source.calls)


def test_forget_rows_refetches_visible_cells(qtbot: QtBot, services: Services) -> None:
    model, source = make_model(services)
    model.data(model.index(0, 0))
    with qtbot.waitSignal(model.dataChanged):
        model.forget_rows()
    assert model.cached_pages() == []
    model.data(model.index(0, 0))
    assert len(source.calls) == 2


def test_bad_page_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        CustomerTableModel(page_size=0)


def test_invalid_indexes_give_nothing(services: Services, seeded: type[Seeded]) -> None:
    model, source = make_model(services)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(seeded.COUNT + 5, 0)) is None
    assert source.calls == []
