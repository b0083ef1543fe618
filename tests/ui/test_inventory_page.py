"""The Inventory page over a small shop: the product list, filters, the editor, history and adjustments."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import MovementKind, ProductKind
from crmdesk.domain.stock import NegativeStockPolicy
from crmdesk.services import Services
from crmdesk.services.inventory import (
    ProductIdsQuery,
    ProductInput,
    ProductListQuery,
    ProductSort,
    SupplierInput,
)
from crmdesk.ui.inventory.page import InventoryPage
from crmdesk.ui.inventory.product_editor import ProductEditor
from crmdesk.ui.inventory.product_table import ProductColumn
from crmdesk.ui.inventory.stock_dialogs import AdjustStockDialog, HistoryDialog
from crmdesk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Shop:
    chain: int
    """CHAIN-9: 3 on hand, reorder level 5 → low."""
    tyre: int
    """TYRE-28: 10 on hand, no reorder level."""
    repair: int
    old: int
    """OLD-1: inactive."""


def make_shop(services: Services) -> Shop:
    supplier = services.suppliers.create(SupplierInput(name="Baltic Parts SIA", country="LV"))
    chain = services.products.create(
        ProductInput(
            sku="CHAIN-9", name="Chain 9-speed", category="Drivetrain", sale_price=D("12.00"),
            cost_price=D("5.00"), reorder_level=D(5), preferred_supplier_id=supplier.id,
        )
    )  # fmt: skip
    tyre = services.products.create(
        ProductInput(sku="TYRE-28", name="Tyre 28", category="Wheels", sale_price=D(30), cost_price=D(18))
    )
    repair = services.products.create(
        ProductInput(sku="REPAIR-H", name="Repair hour", kind=ProductKind.SERVICE, unit="h", sale_price=D(40))
    )
    old = services.products.create(ProductInput(sku="OLD-1", name="Old bell", active=False))
    services.stock.opening_balance(chain.id, quantity=D(3), unit_cost=D(5))
    services.stock.opening_balance(tyre.id, quantity=D(10), unit_cost=D(18))
    return Shop(chain.id, tyre.id, repair.id, old.id)


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(empty_db)


@pytest.fixture
def shop(services: Services) -> Shop:
    return make_shop(services)


@pytest.fixture
def page(qtbot: QtBot, services: Services, shop: Shop) -> Iterator[InventoryPage]:
    runner = TaskRunner()
    page = InventoryPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignals([page.ids_loaded, page.banner_loaded], timeout=5000):
        page.set_services(services)
    yield page
    runner.wait_for_done()
    runner.shutdown()
    page.set_services(None)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def skus(page: InventoryPage) -> list[str]:
    return [page.model.index(row, ProductColumn.SKU).data() for row in range(page.model.rowCount())]


def reload(qtbot: QtBot, page: InventoryPage, change: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        change()


def select(page: InventoryPage, product_id: int) -> None:
    assert page.select_product(product_id)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(product_id) or 0, 0))


def test_the_page_lists_active_products_with_their_stock(page: InventoryPage) -> None:
    assert skus(page) == ["CHAIN-9", "REPAIR-H", "TYRE-28"]  # by name; the inactive bell is hidden
    chain = page.model.index(0, ProductColumn.ON_HAND)
    assert chain.data() == "3"
    assert chain.data(Qt.ItemDataRole.ForegroundRole) is not None  # low: shown in red
    assert page.model.index(0, ProductColumn.SUPPLIER).data() == "Baltic Parts SIA"
    assert page.model.index(1, ProductColumn.ON_HAND).data() == "service"
    assert page.model.index(2, ProductColumn.REORDER_LEVEL).data() == ""
    assert page.count_label.text() == "3 products"


def test_low_stock_filter_banner_and_inactive(qtbot: QtBot, page: InventoryPage) -> None:
    assert page.banner.isVisible()
    assert "1 product is at or below the reorder level" in page.banner.text()
    assert "CHAIN-9" in page.banner.text()  # the reorder suggestion, with its supplier
    reload(qtbot, page, lambda: page.banner_button.click())
    assert page.low_box.isChecked()
    assert skus(page) == ["CHAIN-9"]
    assert page.count_label.text() == "1 product low on stock"
    reload(qtbot, page, lambda: page.low_box.setChecked(False))
    reload(qtbot, page, lambda: page.inactive_box.setChecked(True))
    assert "OLD-1" in skus(page)
    reload(qtbot, page, lambda: page.category_box.setCurrentIndex(page.category_box.findData("Wheels")))
    assert skus(page) == ["TYRE-28"]


def test_sorting_by_a_header_asks_sql_for_new_ids(qtbot: QtBot, page: InventoryPage) -> None:
    reload(qtbot, page, lambda: page.table.sortByColumn(ProductColumn.ON_HAND, Qt.SortOrder.DescendingOrder))
    assert skus(page) == ["TYRE-28", "CHAIN-9", "REPAIR-H"]


def test_search_matches_sku_name_or_barcode_literally(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    reload(qtbot, page, lambda: page.search_field.setText("tyre"))
    assert skus(page) == ["TYRE-28"]
    assert list(services.products.ids(ProductIdsQuery(text="%"))) == []  # a "%" is not a wildcard
    by_price = services.products.ids(ProductIdsQuery(sort=ProductSort.PRICE, descending=True))
    rows = services.products.rows(by_price)
    assert [rows[i].sku for i in by_price] == ["REPAIR-H", "TYRE-28", "CHAIN-9"]
    by_supplier = services.products.ids(ProductIdsQuery(sort=ProductSort.SUPPLIER, descending=True))
    assert services.products.rows(by_supplier[:1])[by_supplier[0]].supplier_name == "Baltic Parts SIA"
    low = services.products.ids(ProductIdsQuery(low_only=True, include_inactive=True))
    assert [services.products.rows(low)[i].sku for i in low] == ["CHAIN-9"]


def open_editor(qtbot: QtBot, page: InventoryPage, *, new: bool) -> ProductEditor:
    with qtbot.waitSignal(page.editor_opened, timeout=5000) as opened:
        if new:
            page.table.setFocus()
            qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    assert isinstance(editor, ProductEditor)
    return editor


def line(editor: ProductEditor, key: str) -> QLineEdit:
    widget = editor.fields[key].widget
    assert isinstance(widget, QLineEdit)
    return widget


def test_editor_refuses_invalid_input_and_saves_nothing(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    editor = open_editor(qtbot, page, new=True)
    assert not editor.save_button.isEnabled()  # no SKU, no name yet
    assert editor.error_for("sku") == ""  # untouched fields show no message
    line(editor, "sku").setText("TWO WORDS")
    line(editor, "name").setText("Brake pads")
    line(editor, "sale_price").setText("12,5x")
    line(editor, "reorder_level").setText("-1")
    assert editor.error_for("sku") == "A SKU is one word of at most 60 characters."
    assert editor.error_for("sale_price") == "Enter the sale price as a number, e.g. 12.50."
    assert editor.error_for("reorder_level") == "The reorder level cannot be negative."
    assert not editor.save_button.isEnabled()
    editor.save()
    count = len(services.products.list(ProductListQuery(include_inactive=True)))
    assert count == 4  # nothing saved

    line(editor, "sku").setText("CHAIN-9")  # fine as you type; the service finds it taken
    line(editor, "sale_price").setText("12,50")
    line(editor, "reorder_level").setText("2")
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: editor.error_for("sku") != "", timeout=5000)
    assert editor.error_for("sku") == "the SKU CHAIN-9 is already used by another product"
    assert not editor.save_button.isEnabled()
    line(editor, "sku").setText("PADS-1")
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        editor.save()
    saved = services.products.find("PADS-1")
    assert (saved.name, saved.sale_price, saved.reorder_level) == ("Brake pads", D("12.50"), D(2))
    assert "PADS-1" in skus(page)


def test_undo_and_redo_in_the_editor(qtbot: QtBot, page: InventoryPage, services: Services) -> None:
    select(page, page_shop_chain(services))
    editor = open_editor(qtbot, page, new=False)
    name = line(editor, "name")
    assert name.text() == "Chain 9-speed"
    name.setFocus()
    name.setText("Chain 10-speed")
    line(editor, "category").setText("Chains")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert line(editor, "category").text() == "Drivetrain"  # the last edit first, whatever has focus
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "Chain 9-speed"
    qtbot.keyClick(
        name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert name.text() == "Chain 10-speed"
    editor.reject()
    assert services.products.find("CHAIN-9").name == "Chain 9-speed"  # undo never wrote anything


def page_shop_chain(services: Services) -> int:
    return services.products.find("CHAIN-9").id


def test_adjusting_stock_changes_on_hand_and_history(
    qtbot: QtBot, page: InventoryPage, services: Services, shop: Shop
) -> None:
    select(page, shop.tyre)
    with qtbot.waitSignal(page.history_opened, timeout=5000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = opened.args[0]
    assert isinstance(history, HistoryDialog)
    qtbot.waitUntil(lambda: history.history is not None, timeout=5000)
    assert history.table.rowCount() == 1
    assert cell(history.table, 0, 1) == "Opening balance"
    dialog = history.open_adjust()
    assert isinstance(dialog, AdjustStockDialog)
    qtbot.waitUntil(lambda: dialog.policy is not None, timeout=5000)
    dialog.quantity_field.setText("-2")
    assert not dialog.save_button.isEnabled()  # a reason is needed
    dialog.reason_field.setText("Broken in the shop")
    assert dialog.after_label.text() == "8 pcs"
    with qtbot.waitSignals([history.loaded, page.ids_loaded], timeout=5000):
        dialog.save_button.click()
    assert services.stock.on_hand(shop.tyre) == D(8)
    cells = [cell(history.table, 0, column) for column in range(6)]
    assert cells[1:] == ["Adjustment", "\u22122", "8", "", "Broken in the shop"]
    assert history.table.rowCount() == 2
    row = page.model.row_of(shop.tyre)
    assert row is not None
    assert page.model.index(row, ProductColumn.ON_HAND).data() == "8"
    movement = services.stock.history(shop.tyre)[0]
    assert (movement.kind, movement.quantity) == (MovementKind.ADJUSTMENT, D(-2))
    history.close()


def test_adjustment_below_zero_warns_or_is_blocked(
    qtbot: QtBot, page: InventoryPage, services: Services, shop: Shop
) -> None:
    select(page, shop.chain)
    with qtbot.waitSignal(page.adjust_opened, timeout=5000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, AdjustStockDialog)
    qtbot.waitUntil(lambda: dialog.policy is not None, timeout=5000)
    dialog.quantity_field.setText("-5")
    dialog.reason_field.setText("Lost")
    assert dialog.message.text() == "Warning: this takes stock below zero (-2)."
    assert dialog.save_button.isEnabled()  # warn: the owner may go on
    dialog.reject()

    services.stock.set_negative_stock_policy(NegativeStockPolicy.BLOCK)
    with qtbot.waitSignal(page.adjust_opened, timeout=5000) as opened:
        page.adjust_action.trigger()
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.policy is NegativeStockPolicy.BLOCK, timeout=5000)
    dialog.quantity_field.setText("-5")
    dialog.reason_field.setText("Lost")
    assert "cannot go below zero" in dialog.message.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()
    assert services.stock.on_hand(shop.chain) == D(3)


def test_delete_deactivates_and_undo_brings_it_back(
    qtbot: QtBot, page: InventoryPage, services: Services, shop: Shop
) -> None:
    select(page, shop.tyre)
    page.table.setFocus()
    reload(qtbot, page, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Delete))
    assert not services.products.get(shop.tyre).active
    assert "TYRE-28" not in skus(page)
    reload(qtbot, page, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert services.products.get(shop.tyre).active
    assert "TYRE-28" in skus(page)


def test_a_service_has_no_stock_to_adjust(
    qtbot: QtBot, page: InventoryPage, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: messages.append(text))
    select(page, shop.repair)
    page.adjust_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["REPAIR-H is a service and has no stock."]


def test_the_banner_drafts_purchase_orders_from_the_suggestions(
    qtbot: QtBot, page: InventoryPage, services: Services, shop: Shop
) -> None:
    assert page.draft_button.isVisible()
    with qtbot.waitSignal(page.orders_tab.loaded, timeout=5000):
        page.draft_button.click()
    qtbot.waitUntil(lambda: page.orders_tab.table.rowCount() == 1, timeout=5000)
    assert page.tabs.currentWidget() is page.orders_tab
    assert cell(page.orders_tab.table, 0, 1) == "Baltic Parts SIA"
    assert cell(page.orders_tab.table, 0, 2) == "Draft"
    (draft,) = services.purchase_orders.list()
    lines = services.purchase_orders.get(draft.id).lines
    assert [(line.product_id, line.quantity > 0) for line in lines] == [(shop.chain, True)]


def test_show_low_stock_filters_and_selects_the_product(
    qtbot: QtBot, page: InventoryPage, shop: Shop
) -> None:
    reload(qtbot, page, lambda: page.search_field.setText("tyre"))
    reload(qtbot, page, lambda: page.show_low_stock(shop.chain))
    assert page.low_box.isChecked() and page.search_field.text() == ""
    assert skus(page) == ["CHAIN-9"]
    assert page.current_product_id() == shop.chain
