"""Credit notes (partial and full) and payment reminders from the invoice detail, over the demo data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sales_helpers import yes
from sqlalchemy import text

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.ui.sales.credit_note_dialog import CreditNoteDialog
from crmdesk.ui.sales.document_editor import DocumentEditor
from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog
from crmdesk.ui.sales.invoice_table import InvoiceColumn
from crmdesk.ui.sales.invoices_page import InvoicesPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def detail_of(qtbot: QtBot, services: Services, runner: TaskRunner, invoice_id: int) -> InvoiceDetailDialog:
    dialog = InvoiceDetailDialog(services=services, runner=runner, invoice_id=invoice_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    return dialog


def issued_two_line_invoice(services: Services) -> int:
    """4 wheels at 25.00 less 10.00 (21 %) and a manual at 18.50 (12 %): gross 129.62."""
    customer_id = services.invoices.list()[0].customer_id
    draft = services.invoices.create_draft(
        InvoiceDraft(
            customer_id=customer_id,
            lines=[
                LineInput(
                    description="Wheel",
                    quantity=D(4),
                    unit_price=D("25.00"),
                    discount=D("10.00"),
                    tax_rate=D(21),
                ),
                LineInput(description="Manual", unit_price=D("18.50"), tax_rate=D(12)),
            ],
        )
    )
    return services.invoices.issue(draft.id).invoice.id


def test_a_partial_credit_note_through_the_ui(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    invoice_id = issued_two_line_invoice(services)
    dialog = detail_of(qtbot, services, runner, invoice_id)
    assert dialog.credit_button.isVisibleTo(dialog)
    assert dialog.detail is not None
    choose = CreditNoteDialog(dialog.detail.invoice, parent=dialog)
    assert choose.credit_lines() is None  # the default: the whole invoice
    choose.choose(0, D(5))
    with pytest.raises(ValidationError, match="at most 4"):
        choose.credit_lines()
    choose.choose(0, D(1))
    choose.reason_field.setText("One wheel back")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.submit_credit_note(choose)
    note = dialog.detail.invoice
    assert note.kind is InvoiceKind.CREDIT_NOTE and note.status is InvoiceStatus.DRAFT
    assert (note.net_total, note.tax_total, note.gross_total) == (D("22.50"), D("4.73"), D("27.23"))
    assert note.notes == "One wheel back"
    assert dialog.issue_button.isVisibleTo(dialog)


def test_a_full_credit_note_through_the_ui_leaves_nothing_due(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice_id = issued_two_line_invoice(services)
    dialog = detail_of(qtbot, services, runner, invoice_id)
    assert dialog.detail is not None
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.submit_credit_note(CreditNoteDialog(dialog.detail.invoice, parent=dialog))
    assert dialog.detail.invoice.gross_total == D("129.62")
    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.issue()
    balance = services.invoices.get(invoice_id).balance
    assert balance is not None and balance.amount_due == 0


def test_an_overdue_invoice_records_reminders_in_the_contact_log(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    overdue = services.payments.overdue()[0]
    with services._db.write() as session:  # the demo reminded every late invoice 3 times already
        session.execute(text("DELETE FROM interactions WHERE invoice_id = :i"), {"i": overdue.id})
    dialog = detail_of(qtbot, services, runner, overdue.id)
    assert dialog.reminder_button.isVisibleTo(dialog)
    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.record_reminder()
    assert dialog.last_reminder is not None
    assert dialog.last_reminder.level == 1 and dialog.last_reminder.days_late == overdue.days_late
    assert dialog.last_reminder.invoice_id == overdue.id
    paid = next(
        row for row in services.invoices.list() if row.payment_status and row.payment_status.value == "paid"
    )
    paid_dialog = detail_of(qtbot, services, runner, paid.id)
    assert not paid_dialog.reminder_button.isVisibleTo(paid_dialog)


def test_an_issued_invoice_is_duplicated_into_a_new_draft(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    invoice_id = issued_two_line_invoice(services)
    dialog = detail_of(qtbot, services, runner, invoice_id)
    assert dialog.duplicate_button.isVisibleTo(dialog)
    editor = dialog.duplicate()
    assert isinstance(editor, DocumentEditor)
    qtbot.addWidget(editor)
    assert editor.document_id is None and [line.description for line in editor.model.lines] == [
        "Wheel",
        "Manual",
    ]
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert editor.document_id is not None
    copy = services.invoices.get(editor.document_id)
    assert copy.status is InvoiceStatus.DRAFT and copy.gross_total == D("129.62")
    assert services.invoices.get(invoice_id).status is InvoiceStatus.ISSUED


def test_the_overdue_list_records_a_reminder_for_the_selected_invoice(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = services.payments.overdue()
    fresh, done = late[0], late[1]
    with services._db.write() as session:  # the demo reminded every late invoice 3 times already
        session.execute(text("DELETE FROM interactions WHERE invoice_id = :i"), {"i": fresh.id})
    page = InvoicesPage(runner=runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_status_filter("Overdue")
    assert page.model.rowCount() == len(late)
    page.table.selectRow(page.row_of(done.id))
    assert not page.reminder_button.isEnabled()  # level 3 was the last
    assert "reminder 3" in page.model.index(page.row_of(done.id), InvoiceColumn.STATUS).data()
    page.table.selectRow(page.row_of(fresh.id))
    assert page.reminder_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.reminder_button.click()
    assert page.last_reminder is not None and page.last_reminder.level == 1
    logged = services.contact_log.get(page.last_reminder.interaction_id)  # in the customer's contact log
    assert logged.customer_id == fresh.customer_id and logged.subject.startswith("Payment reminder 1")
    assert "reminder 1" in page.model.index(page.row_of(fresh.id), InvoiceColumn.STATUS).data()
