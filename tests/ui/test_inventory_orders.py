"""The Inventory page's Purchase orders, Suppliers and Expenses tabs: new order, send, receive, expenses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import DeliveryNoteStatus, MovementKind, PurchaseOrderStatus
from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.services.inventory import (
    ExpenseInput,
    ProductInput,
    PurchaseLineInput,
    PurchaseOrderDraft,
    SupplierInput,
)
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.ui.inventory.deliveries import DeliveryNoteDialog
from crmdesk.ui.inventory.expenses import ExpenseDialog, by_category, period_range
from crmdesk.ui.inventory.page import TAB_DELIVERIES, TAB_EXPENSES, TAB_ORDERS, TAB_SUPPLIERS, InventoryPage
from crmdesk.ui.inventory.purchase_orders import PurchaseOrderDialog
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    services = open_services(empty_db)
    supplier = services.suppliers.create(SupplierInput(name="Baltic Parts SIA", country="LV"))
    services.suppliers.create(SupplierInput(name="Nordic Tyres AB", country="SE"))
    services.products.create(
        ProductInput(
            sku="CHAIN-9", name="Chain 9-speed", cost_price=D("5.00"), preferred_supplier_id=supplier.id
        )
    )
    services.products.create(ProductInput(sku="TYRE-28", name="Tyre 28", cost_price=D("18.00")))
    return services


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[InventoryPage]:
    runner = TaskRunner()
    page = InventoryPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.wait_for_done()
    runner.shutdown()
    page.set_services(None)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def product_id(services: Services, sku: str) -> int:
    return services.products.find(sku).id


def status(dialog: PurchaseOrderDialog) -> PurchaseOrderStatus | None:
    return dialog.order.status if dialog.order is not None else None


def open_order(qtbot: QtBot, page: InventoryPage, order_id: int | None) -> PurchaseOrderDialog:
    with qtbot.waitSignal(page.orders_tab.dialog_opened, timeout=5000) as opened:
        page.orders_tab.open_order(order_id)
    dialog = opened.args[0]
    assert isinstance(dialog, PurchaseOrderDialog)
    return dialog


def test_a_new_order_is_saved_sent_and_received_in_parts(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    with qtbot.waitSignal(page.orders_tab.loaded, timeout=5000):
        page.tabs.setCurrentIndex(TAB_ORDERS)
    assert page.orders_tab.table.rowCount() == 0
    dialog = open_order(qtbot, page, None)
    assert not dialog.action_buttons["send"].isEnabled()
    assert not dialog.message.isVisible()  # nothing typed yet: no red text
    assert dialog.supplier_box is not None and dialog.lines is not None
    dialog.supplier_box.setCurrentIndex(dialog.supplier_box.findText("Baltic Parts SIA"))
    product = dialog.lines.cellWidget(0, 0)
    quantity = dialog.lines.cellWidget(0, 1)
    cost = dialog.lines.cellWidget(0, 2)
    assert isinstance(product, QComboBox) and isinstance(quantity, QLineEdit) and isinstance(cost, QLineEdit)
    product.setCurrentIndex(product.findData(product_id(services, "CHAIN-9")))
    assert cost.text() == "5.00"  # the cost price as the default
    quantity.setText("0")
    assert dialog.message.text() == "Line 1: the quantity must be a number more than 0."
    assert not dialog.action_buttons["send"].isEnabled()
    quantity.setText("10")
    cost.setText("4.50")
    assert dialog.action_buttons["send"].isEnabled()
    with qtbot.waitSignals([dialog.shown, page.orders_tab.loaded], timeout=5000):
        dialog.action_buttons["send"].click()
    order = dialog.order
    assert order is not None and order.status is PurchaseOrderStatus.SENT and order.number
    assert cell(page.orders_tab.table, 0, 0) == order.number
    assert cell(page.orders_tab.table, 0, 2) == "Sent"

    # Receive 4 of 10: partially received, stock 4 at the order's cost.
    assert len(dialog.receive_fields) == 1
    _line_id, receive = dialog.receive_fields[0]
    assert receive.text() == "10"
    receive.setText("11")
    assert not dialog.action_buttons["receive"].isEnabled()
    receive.setText("4")
    with qtbot.waitSignals([dialog.shown, page.ids_loaded], timeout=5000):
        dialog.action_buttons["receive"].click()
    chain = product_id(services, "CHAIN-9")
    assert services.stock.on_hand(chain) == D(4)
    movement = services.stock.history(chain)[0]
    assert (movement.kind, movement.quantity, movement.unit_cost) == (MovementKind.RECEIVED, D(4), D("4.50"))
    assert status(dialog) is PurchaseOrderStatus.PARTIALLY_RECEIVED
    row = page.model.row_of(chain)
    assert row is not None and page.model.index(row, 5).data() == "4"

    # The rest: received.
    _line_id, receive = dialog.receive_fields[0]
    assert receive.text() == "6"
    with qtbot.waitSignal(dialog.shown, timeout=5000):
        dialog.action_buttons["receive"].click()
    assert status(dialog) is PurchaseOrderStatus.RECEIVED
    assert services.stock.on_hand(chain) == D(10)
    assert "receive" not in dialog.action_buttons  # nothing left to receive
    dialog.close()


def test_a_draft_reopens_with_its_lines_and_can_be_deleted(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    supplier = services.suppliers.list()[0].id
    draft = services.purchase_orders.create_draft(
        PurchaseOrderDraft(
            supplier_id=supplier,
            lines=[PurchaseLineInput(product_id(services, "TYRE-28"), D(2), unit_cost=D("17.50"))],
            notes="Spring",
        )
    )
    dialog = open_order(qtbot, page, draft.id)
    assert dialog.lines is not None and dialog.lines.rowCount() == 1
    quantity = dialog.lines.cellWidget(0, 1)
    assert isinstance(quantity, QLineEdit) and quantity.text() == "2"
    assert dialog.total_label.text() == "Net total: 35"
    quantity.setText("3")
    with qtbot.waitSignal(dialog.shown, timeout=5000):
        dialog.action_buttons["save"].click()  # still a draft: the dialog shows it again
    assert dialog.lines is not None and dialog.lines.rowCount() == 1
    assert dialog.total_label.text() == "Net total: 52.5"
    assert services.purchase_orders.get(draft.id).lines[0].quantity == D(3)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.action_buttons["delete"].click()
    assert services.purchase_orders.list() == []


def test_suppliers_tab_lists_suppliers(qtbot: QtBot, page: InventoryPage) -> None:
    with qtbot.waitSignal(page.suppliers_tab.loaded, timeout=5000):
        page.tabs.setCurrentIndex(TAB_SUPPLIERS)
    table = page.suppliers_tab.table
    assert [cell(table, r, 0) for r in range(table.rowCount())] == [
        "Baltic Parts SIA",
        "Nordic Tyres AB",
    ]


def test_expenses_list_totals_and_the_add_dialog(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    today = date.today()
    services.expenses.record(ExpenseInput(today, "Rent", D("500.00"), tax_amount=D("105.00")))
    services.expenses.record(ExpenseInput(today, "Fuel", D("40.00")))
    with qtbot.waitSignal(page.expenses_tab.loaded, timeout=5000):
        page.tabs.setCurrentIndex(TAB_EXPENSES)
    tab = page.expenses_tab
    assert tab.table.rowCount() == 2
    categories = [cell(tab.category_table, r, 0) for r in range(tab.category_table.rowCount())]
    assert categories == ["Rent", "Fuel", "Total EUR"]
    assert tab.month_table.rowCount() == 1
    assert cell(tab.month_table, 0, 0) == today.strftime("%Y-%m")

    with qtbot.waitSignal(tab.dialog_opened, timeout=5000) as opened:
        tab.add_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ExpenseDialog)
    assert not dialog.save_button.isEnabled()
    dialog.category_field.setCurrentText("Tools")
    dialog.net_field.setText("12,345")
    assert dialog.message.text() == "The net amount has at most 2 decimal places."
    assert not dialog.save_button.isEnabled()
    dialog.net_field.setText("12.30")
    dialog.supplier_box.setCurrentIndex(1)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        dialog.save_button.click()
    assert tab.table.rowCount() == 3
    tools = [e for e in services.expenses.list() if e.category == "Tools"]
    assert [(e.net_amount, e.supplier_name) for e in tools] == [(D("12.30"), "Baltic Parts SIA")]


def test_expense_periods_and_category_totals() -> None:
    assert period_range("Last 12 months", date(2026, 3, 15)) == (date(2025, 4, 1), date(2026, 3, 15))
    assert period_range("Last year", date(2026, 3, 15)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_range("All time", date(2026, 3, 15)) == (None, None)
    assert by_category(()) == []


def test_enter_opens_an_order(qtbot: QtBot, page: InventoryPage, services: Services) -> None:
    supplier = services.suppliers.list()[0].id
    services.purchase_orders.create_draft(
        PurchaseOrderDraft(
            supplier_id=supplier, lines=[PurchaseLineInput(product_id(services, "TYRE-28"), D(1))]
        )
    )
    with qtbot.waitSignal(page.orders_tab.loaded, timeout=5000):
        page.tabs.setCurrentIndex(TAB_ORDERS)
    table = page.orders_tab.table
    table.setCurrentCell(0, 0)
    with qtbot.waitSignal(page.orders_tab.dialog_opened, timeout=5000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert isinstance(dialog, PurchaseOrderDialog)
    assert dialog.windowTitle() == "Purchase order — draft"
    dialog.close()


def test_a_delivery_note_from_an_invoice_is_shipped_and_delivered(
    qtbot: QtBot, page: InventoryPage, services: Services
) -> None:
    chain = product_id(services, "CHAIN-9")
    services.stock.opening_balance(chain, quantity=D(5), unit_cost=D(5))
    customer = services.customer_editor.create(CustomerDraft(name="Jānis Kalniņš"))
    draft = services.invoices.create_draft(
        InvoiceDraft(customer_id=customer.id, lines=[LineInput(product_id=chain, quantity=D(2))])
    )
    invoice = services.invoices.issue(draft.id).invoice
    assert invoice.number is not None
    with qtbot.waitSignal(page.deliveries_tab.loaded, timeout=5000):
        page.tabs.setCurrentIndex(TAB_DELIVERIES)
    assert page.deliveries_tab.table.rowCount() == 0
    with qtbot.waitSignal(page.deliveries_tab.dialog_opened, timeout=5000) as opened:
        page.deliveries_tab.create_from_invoice(invoice.number)
    dialog = opened.args[0]
    assert isinstance(dialog, DeliveryNoteDialog)
    assert cell(dialog.lines, 0, 0) == "Chain 9-speed"
    assert cell(dialog.lines, 0, 1) == "2"
    assert "taken out by the issued invoice" in dialog.info.text()
    dialog.carrier_field.setText("Omniva")
    dialog.tracking_field.setText("CC123456789LV")
    with qtbot.waitSignal(dialog.shown, timeout=5000):
        dialog.ship_button.click()
    assert dialog.note.status is DeliveryNoteStatus.SHIPPED and dialog.note.number
    assert (dialog.note.carrier, dialog.note.tracking_number) == ("Omniva", "CC123456789LV")
    assert services.stock.on_hand(chain) == D(3)  # the invoice moved the stock, the note did not again
    qtbot.waitUntil(lambda: cell(page.deliveries_tab.table, 0, 3) == "Shipped", timeout=5000)
    assert cell(page.deliveries_tab.table, 0, 2) == invoice.number
    with qtbot.waitSignal(dialog.shown, timeout=5000):
        dialog.deliver_button.click()
    delivered = dialog.note
    assert delivered.status is DeliveryNoteStatus.DELIVERED
    dialog.close()


def test_a_delivery_note_for_an_unknown_invoice_is_refused(
    qtbot: QtBot, page: InventoryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: messages.append(text))
    page.deliveries_tab.create_from_invoice("NO-SUCH")
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["No invoice has the number 'NO-SUCH'."]
