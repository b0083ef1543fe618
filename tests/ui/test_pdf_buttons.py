"""The PDF buttons where documents are: the quote/invoice editor, the invoice detail (reminder) and the
delivery notes tab. They hand the right kind and id to ``show_document_pdf``; one quote is rendered for real."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sales_helpers import make_draft

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput
from crmdesk.services.sales import InvoiceDraft, InvoiceListQuery, LineInput
from crmdesk.services.sales.quotes import QuoteListQuery
from crmdesk.services.sales.views import ReminderView
from crmdesk.ui.documents import preview
from crmdesk.ui.inventory.deliveries import DeliveriesTab
from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind
from crmdesk.ui.sales.editor_lines import LineColumn
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.tasks import TaskRunner

Call = tuple[str, int, int | None]


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def pdf_calls(monkeypatch: pytest.MonkeyPatch) -> list[Call]:
    """Stands in for ``show_document_pdf``: records what would be rendered."""
    calls: list[Call] = []

    def fake(
        _parent: QWidget,
        _runner: TaskRunner,
        _services: Services,
        kind: str,
        document_id: int,
        *,
        reminder_level: int | None = None,
    ) -> None:
        calls.append((kind, document_id, reminder_level))

    monkeypatch.setattr(preview, "show_document_pdf", fake)
    return calls


def open_editor(
    qtbot: QtBot, services: Services, runner: TaskRunner, kind: DocumentKind, document_id: int | None = None
) -> DocumentEditor:
    editor = DocumentEditor(services=services, runner=runner, kind=kind, document_id=document_id)
    qtbot.addWidget(editor)
    if document_id is not None:
        qtbot.waitSignal(editor.loaded, timeout=5000).wait()  # type: ignore[no-untyped-call]
    return editor


def test_a_new_document_has_no_pdf_until_saved_and_a_saved_quote_previews_as_quote(
    qtbot: QtBot, services: Services, runner: TaskRunner, pdf_calls: list[Call]
) -> None:
    new = open_editor(qtbot, services, runner, DocumentKind.QUOTE)
    assert new.pdf_button.text() == "PDF…" and not new.pdf_button.isEnabled()
    new.show_pdf()
    assert pdf_calls == []
    quote_id = services.quotes.list(QuoteListQuery())[0].id
    editor = open_editor(qtbot, services, runner, DocumentKind.QUOTE, quote_id)
    assert editor.pdf_button.isEnabled()
    editor.pdf_button.click()
    assert pdf_calls == [("quote", quote_id, None)]


def test_changes_to_a_draft_invoice_are_saved_before_its_pdf(
    qtbot: QtBot, services: Services, runner: TaskRunner, pdf_calls: list[Call]
) -> None:
    draft = make_draft(services)
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE, draft.id)
    assert editor.set_cell(0, LineColumn.DESCRIPTION, "Wheel truing")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.pdf_button.click()
    qtbot.waitUntil(lambda: bool(pdf_calls), timeout=5000)
    assert pdf_calls == [("invoice", draft.id, None)]
    assert services.invoices.get(draft.id).lines[0].description == "Wheel truing"


def test_the_pdf_button_renders_a_quote_into_the_preview(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    quote_id = services.quotes.list(QuoteListQuery())[0].id
    editor = open_editor(qtbot, services, runner, DocumentKind.QUOTE, quote_id)
    editor.show()
    editor.pdf_button.click()
    qtbot.waitUntil(lambda: editor.findChild(preview.PdfPreviewDialog) is not None, timeout=20_000)
    shown = editor.findChild(preview.PdfPreviewDialog)
    assert shown is not None and shown.page_count >= 1
    shown.close()


def test_an_overdue_invoice_offers_the_reminder_pdf_at_the_recorded_level(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    pdf_calls: list[Call],
) -> None:
    overdue = services.invoices.list(InvoiceListQuery(status="overdue", limit=1))[0]
    dialog = InvoiceDetailDialog(services=services, runner=runner, invoice_id=overdue.id)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.loaded, timeout=5000).wait()  # type: ignore[no-untyped-call]
    assert dialog.reminder_pdf_button.text() == "Reminder PDF…"
    assert not dialog.reminder_pdf_button.isHidden()
    dialog.reminder_pdf_button.click()
    assert pdf_calls == [("reminder", overdue.id, None)]  # the service takes the last one recorded
    # A reminder recorded in this dialog: its PDF is that level's.
    assert overdue.number is not None
    dialog.last_reminder = ReminderView(
        interaction_id=1,
        invoice_id=overdue.id,
        invoice_number=overdue.number,
        level=2,
        amount_due=overdue.amount_due,
        days_late=overdue.days_late,
    )
    dialog.reminder_pdf_button.click()
    assert pdf_calls[-1] == ("reminder", overdue.id, 2)

    draft = make_draft(services)
    not_owed = InvoiceDetailDialog(services=services, runner=runner, invoice_id=draft.id)
    qtbot.addWidget(not_owed)
    qtbot.waitSignal(not_owed.loaded, timeout=5000).wait()  # type: ignore[no-untyped-call]
    assert not_owed.detail is not None and not_owed.detail.invoice.status is InvoiceStatus.DRAFT
    assert not_owed.reminder_pdf_button.isHidden()


def test_the_selected_delivery_note_previews_as_delivery_note(
    qtbot: QtBot, services: Services, runner: TaskRunner, pdf_calls: list[Call]
) -> None:
    customer_id = services.invoices.list()[0].customer_id
    bell = services.products.create(ProductInput(sku="BELL-PDF", name="Bell", cost_price=D("2.00")))
    services.stock.opening_balance(bell.id, quantity=D(5), unit_cost=D(2))
    draft = services.invoices.create_draft(
        InvoiceDraft(
            customer_id=customer_id,
            lines=[LineInput(product_id=bell.id, quantity=D(2), unit_price=D("4.00"), tax_rate=D(21))],
        )
    )
    invoice = services.invoices.issue(draft.id).invoice
    assert invoice.number is not None
    note = services.deliveries.create_from_invoice_number(invoice.number)
    tab = DeliveriesTab(runner=runner)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.set_services(services)
    assert tab.pdf_button.text() == "PDF…" and not tab.pdf_button.isEnabled()
    row = next(i for i, r in enumerate(tab.rows) if r.id == note.id)
    tab.table.selectRow(row)
    assert tab.pdf_button.isEnabled()
    tab.pdf_button.click()
    assert pdf_calls == [("delivery_note", note.id, None)]
