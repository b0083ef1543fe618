"""The global search popup: Ctrl+K, grouped results, stale answers dropped, Enter opens the customer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft, LabelledValue
from crmdesk.services.search import SearchKind, SearchResults
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.search_popup import SearchPopup


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    services = open_services(demo_db)
    services.customer_editor.create(
        CustomerDraft(name="Jānis Bērziņš", emails=(LabelledValue("janis@berzini.lv"),))
    )
    services.customer_editor.create(CustomerDraft(name="سارا محمدی", language="fa"))
    return services


@pytest.fixture
def window(services: Services, make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(services, start_page="dashboard")
    window.drain_tasks()
    return window


def open_popup(qtbot: QtBot, window: MainWindow) -> SearchPopup:
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert isinstance(popup, SearchPopup) and popup.isVisible()
    return popup


def test_ctrl_k_finds_a_name_typed_without_diacritics_and_enter_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    popup = open_popup(qtbot, window)
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        qtbot.keyClicks(popup.field, "berzins")
    hits = popup.hits()
    assert hits[0].kind is SearchKind.CUSTOMER and hits[0].title == "Jānis Bērziņš"
    labels = [popup.list.item(row).text() for row in range(popup.list.count())]
    assert labels[0] == "Customers"  # grouped: a header line before the hits of its kind
    page = window.customers_page
    with qtbot.waitSignal(page.panel.loaded, timeout=5000):
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert window.current_page is page
    assert page.panel.summary is not None and page.panel.summary.name == "Jānis Bērziņš"
    assert page.selected_customer_ids() == [hits[0].id]


def test_persian_text_and_grouped_kinds(qtbot: QtBot, window: MainWindow) -> None:
    popup = open_popup(qtbot, window)
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        popup.field.setText("محمدی")  # not Latin-1: set, never typed with keyClicks
    assert [hit.title for hit in popup.hits()] == ["سارا محمدی"]
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        popup.field.setText("janis@berzini.lv")
    kinds = {hit.kind for hit in popup.hits()}
    assert SearchKind.EMAIL in kinds


def test_answers_to_stale_keystrokes_are_dropped(qtbot: QtBot, window: MainWindow) -> None:
    popup = open_popup(qtbot, window)
    popup.field.setText("berz")
    popup.search_now()
    popup.field.setText("zzzz-nothing")
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        popup.search_now()
    window.drain_tasks()  # the first answer arrives too, and must not overwrite the second
    assert popup.hits() == []
    assert popup.results is not None and popup.results.text == "zzzz-nothing"
    assert popup.status.text() == "Nothing found"
    shown: list[SearchResults] = []
    popup.results_shown.connect(lambda: shown.append(popup.results))  # type: ignore[arg-type]
    popup.field.clear()
    popup.search_now()
    assert popup.list.count() == 0 and shown


def test_enter_on_an_invoice_opens_its_detail(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.show_page("invoices")
    window.drain_tasks()
    page = window.invoices_page
    numbered = [
        row for row in range(page.model.rowCount()) if (shown := page.model.row_at(row)) and shown.number
    ]
    number = page.model.row_at(numbered[0]).number  # type: ignore[union-attr]
    popup = open_popup(qtbot, window)
    with qtbot.waitSignal(popup.results_shown, timeout=5000):
        popup.field.setText(number)
    first = popup.hits()[0]
    assert first.document_type == "invoice" and number in first.title
    with qtbot.waitSignal(page.detail_opened, timeout=5000) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert window.current_page is page
    window.drain_tasks()  # the detail reads its invoice in the background: let it arrive before closing
    opened.args[0].close()
