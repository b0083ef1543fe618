"""The editor opened from the Quotes and Invoices pages: New (Ctrl+N), drafts by Enter, quote actions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sales_helpers import make_draft

from crmdesk.domain.enums import QuoteStatus
from crmdesk.services import Services
from crmdesk.services.sales import LineInput, QuoteDraft, QuoteListQuery
from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind
from crmdesk.ui.sales.editor_lines import LineColumn
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.sales.invoices_page import InvoicesPage
from crmdesk.ui.sales.quotes_page import QuotesPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def invoices(qtbot: QtBot, services: Services, runner: TaskRunner) -> InvoicesPage:
    page = InvoicesPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    return page


@pytest.fixture
def quotes(qtbot: QtBot, services: Services, runner: TaskRunner) -> QuotesPage:
    page = QuotesPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.quote_list.rows_loaded, timeout=5000):
        page.set_services(services)
    return page


def test_ctrl_n_on_the_invoices_page_opens_a_new_invoice(qtbot: QtBot, invoices: InvoicesPage) -> None:
    invoices.show()
    with qtbot.waitActive(invoices):
        invoices.activateWindow()
    invoices.table.setFocus()
    with qtbot.waitSignal(invoices.editor_opened) as opened:
        qtbot.keyClick(invoices.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = opened.args[0]
    assert isinstance(editor, DocumentEditor) and editor.kind is DocumentKind.INVOICE
    assert editor.document_id is None and editor.issue_button.isVisibleTo(editor)


def test_enter_opens_a_draft_in_the_editor_and_an_issued_one_read_only(
    qtbot: QtBot, invoices: InvoicesPage, services: Services
) -> None:
    draft = make_draft(services)
    with qtbot.waitSignal(invoices.ids_loaded, timeout=5000):
        invoices.refresh()
    with qtbot.waitSignal(invoices.editor_opened) as opened:
        invoices.table.setCurrentIndex(invoices.index_of(draft.id))
        qtbot.keyClick(invoices.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2, timeout=5000)
    assert not editor.read_only
    issued = next(row for row in services.invoices.list() if row.number and row.kind.value == "invoice")
    with qtbot.waitSignal(invoices.detail_opened) as shown:
        invoices.open_row(invoices.row_of(issued.id))
    assert isinstance(shown.args[0], InvoiceDetailDialog)  # issued: the read-only detail, no editor
    editor.done(0)


def test_a_new_quote_is_saved_sent_revised_and_the_old_revision_expires(
    qtbot: QtBot, quotes: QuotesPage, services: Services
) -> None:
    editor = quotes.quote_list.open_editor(None)
    assert editor is not None
    customer = services.invoices.list()[0]
    editor.choose_customer(customer.customer_id, customer.customer_name)
    qtbot.waitUntil(lambda: editor.header.customer_id == customer.customer_id, timeout=5000)
    qtbot.waitUntil(lambda: bool(editor.products), timeout=5000)
    product = next(iter(editor.products.values()))
    editor.set_cell(0, LineColumn.DESCRIPTION, product.label)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with qtbot.waitSignal(editor.loaded, timeout=5000):  # the new status is shown
        editor.run_action("send")
    first = editor.document_id
    assert first is not None and services.quotes.get(first).status is QuoteStatus.SENT
    assert editor.read_only and editor.action_buttons["revise"].isVisibleTo(editor)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.run_action("revise")
    assert editor.document_id != first and not editor.read_only
    assert services.quotes.get(first).status is QuoteStatus.EXPIRED  # no longer acceptable
    editor.done(0)


def test_an_accepted_quote_converts_with_all_its_lines(
    qtbot: QtBot, quotes: QuotesPage, services: Services
) -> None:
    customer_id = services.invoices.list()[0].customer_id
    lines = [
        LineInput(description=f"Item {n}", quantity=D(n), unit_price=D("10.50"), tax_rate=D(rate))
        for n, rate in ((1, 21), (2, 12), (3, 5), (4, 21))
    ]
    quote = services.quotes.create_draft(QuoteDraft(customer_id=customer_id, lines=lines))
    services.quotes.send(quote.id)
    services.quotes.accept(quote.id)
    opened: list[DocumentEditor] = []
    quotes.quote_list.editor_opened.connect(opened.append)
    editor = quotes.quote_list.open_editor(quote.id)
    assert editor is not None
    qtbot.waitSignal(editor.loaded, timeout=5000).wait()
    assert editor.read_only and editor.action_buttons["convert"].isVisibleTo(editor)
    with qtbot.waitSignal(editor.invoice_made, timeout=5000) as made:
        editor.run_action("convert")
    invoice = services.invoices.get(made.args[0])
    assert [(line.description, line.quantity, line.tax_rate) for line in invoice.lines] == [
        (line.description, line.quantity, line.tax_rate) for line in lines
    ]
    assert invoice.gross_total == services.quotes.get(quote.id).gross_total
    qtbot.waitUntil(lambda: any(e.kind is DocumentKind.INVOICE for e in opened), timeout=5000)
    invoice_editor = next(e for e in opened if e.kind is DocumentKind.INVOICE)
    qtbot.waitUntil(lambda: invoice_editor.model.rowCount() == 4, timeout=5000)
    assert services.quotes.list(QuoteListQuery(status=QuoteStatus.ACCEPTED))
    for each in opened:
        each.done(0)


def test_a_new_revision_from_the_list_opens_in_the_editor(
    qtbot: QtBot, quotes: QuotesPage, services: Services
) -> None:
    listed = quotes.quote_list
    sent = next(row for row in services.quotes.list() if row.status is QuoteStatus.SENT)
    listed.select(sent.id)
    with qtbot.waitSignal(listed.editor_opened, timeout=5000) as opened:
        listed.buttons["revise"].click()
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.status is QuoteStatus.DRAFT, timeout=5000)
    assert editor.document_id != sent.id and not editor.read_only
    assert services.quotes.get(editor.document_id).previous_revision_id == sent.id
    assert services.quotes.get(sent.id).status is QuoteStatus.EXPIRED
    editor.done(0)
