"""The customer editor dialog and the Customers page's saved actions (archive + undo)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import CustomFieldType
from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.customers.editor import CustomerEditor
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner


def make_page(qtbot: QtBot, services: Services) -> Iterator[CustomersPage]:
    runner = TaskRunner()
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    yield page
    runner.wait_for_done()
    runner.shutdown()
    page.set_services(None)


@pytest.fixture
def empty_page(
    qtbot: QtBot, empty_db: Path, open_services: Callable[[Path], Services]
) -> Iterator[CustomersPage]:
    yield from make_page(qtbot, open_services(empty_db))


@pytest.fixture
def full_page(
    qtbot: QtBot, customers_db: Path, open_services: Callable[[Path], Services]
) -> Iterator[CustomersPage]:
    yield from make_page(qtbot, open_services(customers_db))


def open_new(qtbot: QtBot, page: CustomersPage) -> CustomerEditor:
    with qtbot.waitSignal(page.actions_ui.editor_opened, timeout=5000) as opened:
        page.actions_ui.new_action.trigger()
    editor = opened.args[0]
    assert isinstance(editor, CustomerEditor)
    return editor


def line(editor: CustomerEditor, key: str) -> QLineEdit:
    widget = editor.fields[key].widget
    assert isinstance(widget, QLineEdit)
    return widget


def save(qtbot: QtBot, editor: CustomerEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_create_a_customer_through_the_dialog(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    assert not editor.save_button.isEnabled()  # no name yet
    assert editor.error_for("name") == ""  # …but no scolding before the owner typed anything
    qtbot.keyClicks(line(editor, "name"), "Anna Berzina")
    qtbot.keyClicks(line(editor, "emails[0]"), "anna@example.com")
    qtbot.keyClicks(line(editor, "billing_address.country"), "LV")
    qtbot.keyClicks(line(editor, "phones[0]"), "29123456")
    line(editor, "billing_address.city").setText("Rīga")  # non-Latin-1 text is set, not typed
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(empty_page.ids_loaded, timeout=5000):
        save(qtbot, editor)
    services = empty_page.services
    assert services is not None
    ids = services.customers.ids(CustomerListQuery())
    details = services.customer_editor.get(ids[0])
    assert details.name == "Anna Berzina"
    assert [e.email for e in details.emails] == ["anna@example.com"]
    assert [p.e164 for p in details.phones] == ["+37129123456"]
    assert details.billing_address is not None and details.billing_address.city == "Rīga"
    assert empty_page.model.rowCount() == 1


def test_invalid_email_shows_a_message_and_disables_save(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    qtbot.keyClicks(line(editor, "name"), "Bad Email")
    qtbot.keyClicks(line(editor, "emails[0]"), "not-an-address")
    assert "not a valid email address" in editor.error_for("emails[0]")
    assert not editor.save_button.isEnabled()
    editor.save()  # even if called directly, nothing is written
    services = empty_page.services
    assert services is not None
    empty_page._runner.wait_for_done()
    assert services.customers.count() == 0
    line(editor, "emails[0]").setText("ok@example.com")
    assert editor.error_for("emails[0]") == ""
    assert editor.save_button.isEnabled()


def test_service_refusal_lands_beside_the_field(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    qtbot.keyClicks(line(editor, "name"), "Twice")
    editor.email_list.add_line()
    line(editor, "emails[0]").setText("a@example.com")
    line(editor, "emails[1]").setText("A@example.com")  # a duplicate only the service notices
    with qtbot.waitSignal(editor.save_button.clicked):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.error_for("emails[1]") != "", timeout=5000)
    assert "already in the list" in editor.error_for("emails[1]")
    assert not editor.save_button.isEnabled()
    services = empty_page.services
    assert services is not None and services.customers.count() == 0


def test_undo_and_redo_field_edits(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    name, email = line(editor, "name"), line(editor, "emails[0]")
    qtbot.keyClicks(name, "Old name")
    qtbot.keyClicks(email, "x@example.com")
    email.setFocus()
    qtbot.keyClick(email, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert email.text() == "" and name.text() == "Old name"
    qtbot.keyClick(email, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == ""
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(
        email, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert name.text() == "Old name"
    assert editor.save_button.isEnabled()


def test_edit_an_existing_customer_and_a_custom_field(qtbot: QtBot, full_page: CustomersPage) -> None:
    services = full_page.services
    assert services is not None
    services.customer_editor.define_custom_field(label="Shoe size", field_type=CustomFieldType.NUMBER)
    first = full_page.model.customer_id(0)
    full_page.table.setFocus()
    full_page.table.setCurrentIndex(full_page.model.index(0, 0))
    with qtbot.waitSignal(full_page.actions_ui.editor_opened, timeout=5000) as opened:
        qtbot.keyClick(full_page.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    assert isinstance(editor, CustomerEditor)
    assert line(editor, "name").text() == services.customer_editor.get(first).name
    size = line(editor, "custom_fields.shoe_size")
    qtbot.keyClicks(size, "big")
    assert "not a number" in editor.error_for("custom_fields.shoe_size")
    assert not editor.save_button.isEnabled()
    size.setText("42")
    line(editor, "name").setText("Zelma Ozoliņa")
    save(qtbot, editor)
    details = services.customer_editor.get(first)
    assert details.name == "Zelma Ozoliņa"
    assert {c.key: c.value for c in details.custom_fields}["shoe_size"] == "42"


def test_archive_and_undo_on_the_page(qtbot: QtBot, full_page: CustomersPage) -> None:
    services = full_page.services
    assert services is not None
    before = services.customers.count(include_archived=False)
    chosen = [full_page.model.customer_id(0), full_page.model.customer_id(1)]
    selection = full_page.table.selectionModel()
    for row in (0, 1):
        selection.select(
            full_page.model.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )
    assert full_page.selected_customer_ids() == chosen
    with qtbot.waitSignal(full_page.ids_loaded, timeout=5000):
        full_page.actions_ui.archive_action.trigger()
    assert services.customers.count(include_archived=False) == before - 2
    assert chosen[0] not in [full_page.model.customer_id(r) for r in range(full_page.model.rowCount())]
    full_page.table.setFocus()
    with qtbot.waitSignal(full_page.ids_loaded, timeout=5000):
        qtbot.keyClick(full_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.customers.count(include_archived=False) == before
    with qtbot.waitSignal(full_page.ids_loaded, timeout=5000):
        full_page.actions_ui.redo_action.trigger()
    assert services.customers.count(include_archived=False) == before - 2


def test_tag_the_selection_and_undo(qtbot: QtBot, full_page: CustomersPage) -> None:
    services = full_page.services
    assert services is not None
    chosen = full_page.model.customer_id(0)
    full_page.table.selectRow(0)
    with qtbot.waitSignal(full_page.ids_loaded, timeout=5000):
        full_page.actions_ui.tag_selected("Wholesale")
    assert services.customer_editor.get(chosen).tags == ("Wholesale",)
    with qtbot.waitSignal(full_page.ids_loaded, timeout=5000):
        full_page.actions_ui.undo_action.trigger()
    assert services.customer_editor.get(chosen).tags == ()


def test_contact_persons_of_a_company(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    qtbot.keyClicks(line(editor, "name"), "Acme SIA")
    editor.person_list.add_button.click()
    editor.person_list.add_button.click()
    line(editor, "contact_persons[0].name").setText("Jānis Bērziņš")
    qtbot.keyClicks(line(editor, "contact_persons[0].role"), "Buyer")
    qtbot.keyClicks(line(editor, "contact_persons[0].email"), "janis@")
    assert "not a valid email address" in editor.error_for("contact_persons[0].email")
    assert not editor.save_button.isEnabled()
    line(editor, "contact_persons[0].email").setText("janis@acme.lv")
    qtbot.keyClicks(line(editor, "contact_persons[1].phone"), "+371 29 000 111")
    assert editor.error_for("contact_persons[1].name") == "Enter the contact person's name."
    assert not editor.save_button.isEnabled()
    line(editor, "contact_persons[1].phone").clear()  # an empty person is left out
    assert editor.save_button.isEnabled()
    save(qtbot, editor)
    services = empty_page.services
    assert services is not None
    details = services.customer_editor.get(services.customers.ids(CustomerListQuery())[0])
    assert [(p.name, p.role, p.email) for p in details.contact_persons] == [
        ("Jānis Bērziņš", "Buyer", "janis@acme.lv")
    ]


def test_editing_keeps_and_changes_contact_persons(qtbot: QtBot, empty_page: CustomersPage) -> None:
    editor = open_new(qtbot, empty_page)
    qtbot.keyClicks(line(editor, "name"), "Beta AB")
    editor.person_list.add_button.click()
    qtbot.keyClicks(line(editor, "contact_persons[0].name"), "Sven")
    save(qtbot, editor)
    services = empty_page.services
    assert services is not None
    customer_id = services.customers.ids(CustomerListQuery())[0]
    with qtbot.waitSignal(empty_page.actions_ui.editor_opened, timeout=5000) as opened:
        empty_page.actions_ui.open_editor(customer_id)
    again = opened.args[0]
    assert line(again, "contact_persons[0].name").text() == "Sven"
    qtbot.keyClicks(line(again, "contact_persons[0].role"), "CEO")
    save(qtbot, again)
    assert [(p.name, p.role) for p in services.customer_editor.get(customer_id).contact_persons] == [
        ("Sven", "CEO")
    ]


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, empty_page: CustomersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    editor = open_new(qtbot, empty_page)
    editor.reject()  # nothing typed: closes without a question
    assert asked == [] and not editor.isVisible()
    editor = open_new(qtbot, empty_page)
    qtbot.keyClicks(line(editor, "name"), "Half typed")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and editor.isVisible()  # Cancel keeps the dialog and the text
    assert line(editor, "name").text() == "Half typed"
    editor.reject()
    assert asked == ["Discard changes?"] * 2 and not editor.isVisible()
