"""The document editor over the demo database: lines, totals by the domain rule, undo, save, issue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sales_helpers import make_draft, yes

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.services import Services
from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind
from crmdesk.ui.sales.editor_lines import LineColumn
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editors still open at the end of a test close without a modal question (tests override it)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()  # before the database closes


def open_editor(
    qtbot: QtBot, services: Services, runner: TaskRunner, kind: DocumentKind, document_id: int | None = None
) -> DocumentEditor:
    editor = DocumentEditor(services=services, runner=runner, kind=kind, document_id=document_id)
    qtbot.addWidget(editor)
    if document_id is not None:
        qtbot.waitSignal(editor.loaded, timeout=5000).wait()
    qtbot.waitUntil(lambda: bool(editor.products), timeout=5000)  # the autocomplete arrived
    return editor


def first_customer(services: Services) -> tuple[int, str]:
    row = services.invoices.list()[0]
    return row.customer_id, row.customer_name


def type_two_rate_lines(editor: DocumentEditor) -> None:
    """3 × 19.99 at 21 % and 2 × 4.35 at 12 %: net 68.67, tax 12.59 + 1.04, gross 82.30."""
    for row, (text, qty, price, rate) in enumerate(
        (("Bell", "3", "19.99", "21"), ("Map", "2", "4,35", "12"))
    ):
        if row >= editor.model.rowCount():
            editor.add_line()
        assert editor.set_cell(row, LineColumn.DESCRIPTION, text)
        assert editor.set_cell(row, LineColumn.QUANTITY, qty)
        assert editor.set_cell(row, LineColumn.PRICE, price)
        assert editor.set_cell(row, LineColumn.TAX, rate)


def test_totals_and_tax_breakdown_follow_every_change_and_undo(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE)
    type_two_rate_lines(editor)
    assert editor.totals is not None
    assert (editor.totals.net, editor.totals.tax, editor.totals.gross) == (D("68.67"), D("13.63"), D("82.30"))
    assert [(g.rate, g.tax) for g in editor.totals.by_rate] == [(D(21), D("12.59")), (D(12), D("1.04"))]
    assert editor.model.index(0, LineColumn.AMOUNT).data().replace("\xa0", " ").endswith("59.97")
    assert "82.30" in editor.totals_label.text()
    editor.undo_stack.undo()  # the last edit: the map's tax rate back to 0
    assert editor.totals is not None and editor.totals.gross == D("81.26")
    editor.undo_stack.redo()
    assert editor.totals is not None and editor.totals.gross == D("82.30")
    editor.prices_box.setCurrentIndex(1)  # gross prices: the same amounts now include the tax
    assert editor.totals is not None and editor.totals.gross == D("68.67")
    editor.undo_stack.undo()
    assert editor.header.prices_include_tax is False and editor.prices_box.currentIndex() == 0


def test_a_bad_number_is_refused_inline(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE)
    assert not editor.set_cell(0, LineColumn.QUANTITY, "three")
    assert "Line 1" in editor.message_label.text() and "not a number" in editor.message_label.text()
    assert editor.model.lines[0].quantity == D(1)
    assert editor.undo_stack.count() == 0


def test_the_keyboard_tab_across_and_enter_adds_a_line(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index(0, LineColumn.QUANTITY))
    qtbot.keyClicks(table, "4")  # typing starts editing the cell
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)  # commits and moves on along the line
    assert editor.model.lines[0].quantity == D(4)
    assert table.currentIndex().column() == LineColumn.UNIT
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Escape)
    table.setFocus()
    table.setCurrentIndex(editor.model.index(0, LineColumn.UNIT))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # on the last line: a new line, its first cell editing
    assert editor.model.rowCount() == 2
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == LineColumn.DESCRIPTION
    qtbot.keyClicks(table.focusWidget(), "Zq fitting")  # no product matches: no completion list
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)  # typing, Enter: committed, next line ready
    qtbot.waitUntil(lambda: editor.model.rowCount() == 3, timeout=5000)  # Qt commits on Enter queued
    assert editor.model.lines[1].description == "Zq fitting"
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)  # Enter on the empty new line adds no other
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=5000)
    assert editor.model.rowCount() == 3
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.model.rowCount() == 2 and editor.model.lines[1].description == ""


def test_a_product_picked_by_sku_fills_the_line(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.QUOTE)
    product = next(p for p in editor.products.values() if p.tax_rate == 12)
    completer_model = editor._completions
    assert product.label in completer_model.stringList()
    assert editor.set_cell(0, LineColumn.DESCRIPTION, product.label)
    line = editor.model.lines[0]
    assert (line.product_id, line.description, line.unit) == (product.id, product.name, product.unit)
    assert (line.unit_price, line.tax_rate) == (product.net_price, D(12))


def test_save_writes_the_draft_and_the_service_agrees_on_the_totals(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE)
    editor.save()
    assert "customer" in editor.message_label.text()  # nothing written without a customer
    customer_id, name = first_customer(services)
    editor.choose_customer(customer_id, name)
    qtbot.waitUntil(lambda: editor.header.customer_id == customer_id, timeout=5000)
    type_two_rate_lines(editor)
    editor.add_line()  # an empty last line is left out
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.table.setFocus()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.document_id is not None and editor.undo_stack.isClean()
    stored = services.invoices.get(editor.document_id)
    assert stored.status is InvoiceStatus.DRAFT and len(stored.lines) == 2
    assert stored.gross_total == D("82.30") and stored.customer_id == customer_id


def test_an_issued_invoice_opens_read_only_and_refuses_edits(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    issued = next(row for row in services.invoices.list() if row.number and row.kind.value == "invoice")
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE, issued.id)
    assert editor.read_only and editor.banner.isVisibleTo(editor)
    assert "cannot be changed" in editor.banner.text()
    before = editor.model.lines[0]
    assert not editor.model.flags(editor.model.index(0, LineColumn.QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.set_cell(0, LineColumn.QUANTITY, "99")
    editor.add_line()
    editor.remove_line(0)
    editor.save()
    assert editor.model.lines[0] == before and editor.model.rowCount() == len(
        services.invoices.get(issued.id).lines
    )
    assert not editor.save_button.isVisibleTo(editor) and not editor.issue_button.isVisibleTo(editor)
    assert not editor.customer_field.isEnabled() and editor.notes_field.isReadOnly()
    assert editor.undo_stack.count() == 0


def test_issue_asks_first_and_says_it_is_final(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft(services)
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE, draft.id)
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    editor.issue()
    assert "final" in asked[0] and services.invoices.get(draft.id).status is InvoiceStatus.DRAFT
    editor.set_cell(0, LineColumn.QUANTITY, "3")  # saved before it is issued
    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(editor.issued, timeout=5000):
        editor.issue()
    issued = services.invoices.get(draft.id)
    assert issued.status is InvoiceStatus.ISSUED and issued.number and issued.lines[0].quantity == 3


def test_closing_with_changes_asks_before_discarding(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = make_draft(services)
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE, draft.id)
    editor.show()
    editor.reject()  # nothing changed: closes without a question
    assert not editor.isVisible()
    editor.show()
    editor.set_cell(0, LineColumn.DESCRIPTION, "Changed")
    assert editor.windowTitle().endswith("*")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    assert services.invoices.get(draft.id).lines[0].description == "Workshop labour"


def test_duplicate_opens_an_unsaved_copy(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    draft = make_draft(services)
    editor = open_editor(qtbot, services, runner, DocumentKind.INVOICE, draft.id)
    copy = editor.duplicate()
    qtbot.addWidget(copy)
    assert copy.document_id is None and copy.has_unsaved_changes()
    assert [line.description for line in copy.model.lines] == ["Workshop labour", "Chain"]
    with qtbot.waitSignal(copy.saved, timeout=5000):
        copy.save()
    assert copy.document_id not in (None, draft.id)
    assert services.invoices.get(copy.document_id).gross_total == draft.gross_total


def test_the_customer_is_searched_as_typed(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    editor = open_editor(qtbot, services, runner, DocumentKind.QUOTE)
    customer_id, name = first_customer(services)
    picker = editor.customer_field
    word = name.split()[0].strip('"')
    with qtbot.waitSignal(picker.hits_arrived, timeout=5000):
        picker.setText(word)  # set directly: keyClicks aborts on non-Latin-1 letters
        picker.textEdited.emit(word)
    label = next(label for label in picker.labels() if label.startswith(name))
    picker.choose(label)
    qtbot.waitUntil(lambda: editor.header.customer_id == customer_id, timeout=5000)
    defaults = services.sales_choices.customer(customer_id)
    assert (editor.header.currency, editor.header.language) == (defaults.currency, defaults.language)
    editor.undo_stack.undo()  # the customer (and what came with it) is one undo step
    assert editor.header.customer_id is None
