"""Attachments in the customer 360° panel: add, refuse a too-big file, open, save, remove."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery
from crmdesk.ui.customers.attachments import AttachmentsBox
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(customers_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(customers_db)


@pytest.fixture
def box(qtbot: QtBot, services: Services) -> Iterator[AttachmentsBox]:
    runner = TaskRunner()
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.set_services(services)
    with qtbot.waitSignal(page.panel.attachments.changed, timeout=5000):
        page.table.selectRow(0)
    yield page.panel.attachments
    runner.wait_for_done()
    runner.shutdown()
    page.set_services(None)


def attach(qtbot: QtBot, box: AttachmentsBox, path: Path) -> None:
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.attach_files([path])


def test_a_file_is_kept_in_the_database_and_listed(
    qtbot: QtBot, box: AttachmentsBox, services: Services, tmp_path: Path
) -> None:
    contract = tmp_path / "Līgums 2026.pdf"
    contract.write_bytes(b"%PDF-1.4 contract")
    attach(qtbot, box, contract)
    assert box.attachment_names() == ["Līgums 2026.pdf"]
    assert box.customer_id is not None
    stored = services.attachments.list_for(customer_id=box.customer_id)
    assert [(a.filename, a.size) for a in stored] == [("Līgums 2026.pdf", len(b"%PDF-1.4 contract"))]
    contract.unlink()  # the database holds its own copy
    assert services.attachments.open(stored[0].id).content == b"%PDF-1.4 contract"


def test_a_too_big_file_is_refused_with_the_reason(
    qtbot: QtBot, box: AttachmentsBox, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    services.attachments.max_bytes = 1024
    video = tmp_path / "video.mp4"
    video.write_bytes(b"x" * 4096)
    box.attach_files([video])
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "files up to 1 KiB can be attached" in warnings[0]
    assert box.customer_id is not None
    assert services.attachments.list_for(customer_id=box.customer_id) == ()


def test_open_save_and_remove(
    qtbot: QtBot, box: AttachmentsBox, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "broken part.jpg"
    photo.write_bytes(b"\xff\xd8jpeg bytes")
    attach(qtbot, box, photo)
    box.list.setCurrentRow(0)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    box.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0].toLocalFile()).read_bytes() == b"\xff\xd8jpeg bytes"

    target = tmp_path / "saved" / "copy.jpg"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    box.save_selected()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert target.read_bytes() == b"\xff\xd8jpeg bytes"

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.remove_selected()
    assert box.attachment_names() == []
    assert box.customer_id is not None
    assert services.attachments.list_for(customer_id=box.customer_id) == ()


def test_the_list_follows_the_selected_customer(
    qtbot: QtBot, box: AttachmentsBox, services: Services
) -> None:
    ids = services.customers.ids(CustomerListQuery())
    other = ids[1] if box.customer_id == ids[0] else ids[0]
    services.attachments.attach(filename="note.txt", content=b"hello", customer_id=other)
    with qtbot.waitSignal(box.changed, timeout=5000):
        box.show_customer(other)
    assert box.attachment_names() == ["note.txt"]
