"""The Invoices page over the demo database: list, filters, detail, issuing, payments, refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sales_helpers import Warnings, make_draft, yes

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.services import Services
from crmdesk.services.sales import InvoiceListQuery
from crmdesk.services.sales.lists import InvoiceIdsQuery
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.sales.invoice_table import InvoiceColumn, InvoiceTableModel
from crmdesk.ui.sales.invoices_page import InvoicesPage
from crmdesk.ui.sales.payment_dialog import PaymentDialog
from crmdesk.ui.tasks import TaskRunner

ALL = 100_000


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[InvoicesPage]:
    runner = TaskRunner()
    page = InvoicesPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.shutdown()  # before the database closes


def reload(qtbot: QtBot, page: InvoicesPage) -> None:
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.refresh()


def open_detail(qtbot: QtBot, page: InvoicesPage, invoice_id: int) -> InvoiceDetailDialog:
    row = page.row_of(invoice_id)
    assert row >= 0
    shown = page.model.row_at(row)
    if shown is not None and shown.status is InvoiceStatus.DRAFT:
        dialog = page.open_detail(invoice_id)  # Enter opens a draft in the editor; the detail issues it too
    else:
        with qtbot.waitSignal(page.detail_opened) as opened:
            page.table.setCurrentIndex(page.model.index(row, 0))
            qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens, like a double-click
        dialog = opened.args[0]
    assert isinstance(dialog, InvoiceDetailDialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    return dialog


def test_the_list_shows_every_document_newest_first(page: InvoicesPage, services: Services) -> None:
    expected = services.invoices.list(InvoiceListQuery(limit=ALL))
    assert page.model.rowCount() == len(expected) > 0
    first = expected[0]
    assert page.model.index(0, InvoiceColumn.NUMBER).data() == first.number
    assert page.model.index(0, InvoiceColumn.CUSTOMER).data() == first.customer_name
    gross = page.model.index(0, InvoiceColumn.GROSS)
    assert first.currency in {"EUR", "GBP", "SEK", "USD"} and gross.data()  # formatted by babel
    assert gross.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert page.count_label.text() == f"{len(expected):,} documents"


def test_the_overdue_filter_lists_only_overdue_invoices(
    qtbot: QtBot, page: InvoicesPage, services: Services
) -> None:
    overdue = services.invoices.list(InvoiceListQuery(status="overdue", limit=ALL))
    assert overdue
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_status_filter("Overdue")
    assert page.model.rowCount() == len(overdue)
    for row in range(page.model.rowCount()):
        assert page.model.index(row, InvoiceColumn.STATUS).data().startswith("Overdue")
        assert page.model.index(row, InvoiceColumn.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_search_matches_number_or_customer(qtbot: QtBot, page: InvoicesPage, services: Services) -> None:
    first = services.invoices.list()[0]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.search_field.setText(first.customer_name[:5])
    names = {page.model.index(r, InvoiceColumn.CUSTOMER).data() for r in range(page.model.rowCount())}
    assert first.customer_name in names
    assert first.number is not None
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.search_field.setText(first.number)
    assert page.model.index(0, InvoiceColumn.NUMBER).data() == first.number


def test_the_issue_date_range_is_optional(qtbot: QtBot, page: InvoicesPage, services: Services) -> None:
    everything = page.model.rowCount()
    page.from_field.setDate(QDate(2001, 1, 1))
    page.to_field.setDate(QDate(2001, 12, 31))
    assert page.model.rowCount() == everything  # the range is off until it is ticked
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.range_box.setChecked(True)
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "None"


def test_the_table_model_passes_qt_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    model = InvoiceTableModel(page_size=7, max_pages=2)
    model.set_row_source(services.invoices.rows)
    model.set_ids(services.invoices.ids(InvoiceIdsQuery()))
    qtmodeltester.check(model)


def test_issuing_a_draft_from_the_ui_gives_it_a_number(
    qtbot: QtBot, page: InvoicesPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft(services)
    reload(qtbot, page)
    assert page.model.index(0, InvoiceColumn.STATUS).data() == "Draft"
    dialog = open_detail(qtbot, page, draft.id)
    assert dialog.issue_button.isVisible() and not dialog.payment_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.issue()
    issued = services.invoices.get(draft.id)
    assert issued.status is InvoiceStatus.ISSUED and issued.number
    assert dialog.detail is not None and dialog.detail.invoice.number == issued.number
    assert not dialog.issue_button.isVisible() and dialog.payment_button.isVisible()
    qtbot.waitUntil(lambda: page.model.index(page.row_of(draft.id), 0).data() == issued.number, timeout=5000)


def test_an_issued_invoice_has_no_way_to_be_edited(
    qtbot: QtBot, page: InvoicesPage, services: Services
) -> None:
    issued = services.invoices.list(InvoiceListQuery(status="paid"))[0]  # 47 of 60 in the demo
    dialog = open_detail(qtbot, page, issued.id)
    assert not dialog.issue_button.isVisible()
    buttons = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton) if b.isVisible()}
    # A paid invoice offers a credit note (the only correction) and nothing else that changes it.
    # PDF… only reads it; Duplicate makes a new draft and leaves this one as it is.
    assert buttons - {"PDF…", "Duplicate"} == {"Credit note…", "Close"}
    assert not dialog.findChildren(QLineEdit) and not dialog.findChildren(QTextEdit)
    for table in dialog.findChildren(QTableWidget):
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    flags = page.model.flags(page.model.index(page.row_of(issued.id), 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_recording_a_payment_changes_the_status(qtbot: QtBot, page: InvoicesPage, services: Services) -> None:
    owed = frozenset({"open", "partially_paid", "overdue"})  # the demo data is relative to today
    open_id = services.invoices.ids(InvoiceIdsQuery(statuses=owed))[0]
    dialog = open_detail(qtbot, page, open_id)
    assert dialog.detail is not None and dialog.detail.invoice.balance is not None
    invoice = dialog.detail.invoice
    assert invoice.balance is not None
    entry = PaymentDialog(currency=invoice.currency, amount_due=invoice.balance.amount_due, earliest=None)
    qtbot.addWidget(entry)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.submit_payment(entry)
    balance = services.invoices.get(open_id).balance
    assert balance is not None and balance.status is PaymentStatus.PAID
    assert dialog.payments_table.rowCount() == 1 and not dialog.payment_button.isVisible()
    qtbot.waitUntil(
        lambda: page.model.index(page.row_of(open_id), InvoiceColumn.STATUS).data() == "Paid", timeout=5000
    )


def test_the_payment_amount_is_checked_as_it_is_typed(qtbot: QtBot) -> None:
    entry = PaymentDialog(currency="EUR", amount_due=Decimal("10.00"), earliest=None)
    qtbot.addWidget(entry)
    ok = entry.buttons.buttons()[0]
    for text, valid in [("abc", False), ("0", False), ("-5", False), ("12.345", False), ("12,30", True)]:
        entry.amount_field.setText(text)
        assert ok.isEnabled() is valid, text
        assert bool(entry.error_label.text()) is not valid, text
    assert entry.payment().amount == Decimal("12.30")


def test_a_refused_action_shows_the_message(
    qtbot: QtBot, page: InvoicesPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft(services)
    reload(qtbot, page)
    dialog = open_detail(qtbot, page, draft.id)
    services.invoices.delete_draft(draft.id)  # gone behind the dialog's back
    warnings = Warnings()
    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    dialog.issue()
    qtbot.waitUntil(lambda: bool(warnings.messages), timeout=5000)
    assert "invoice" in warnings.messages[0].lower()
    assert dialog.issue_button.isEnabled()  # the dialog is usable again
