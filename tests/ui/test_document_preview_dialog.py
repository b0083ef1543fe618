"""The PDF preview dialog: pages, zoom, Save as…, email draft, SMTP failure; the SMTP settings widget.

PDF bytes are made here with ReportLab (the dialog shows whatever it is given); the keyring is an
in-memory backend and the SMTP server a real aiosmtpd on 127.0.0.1.
"""

from __future__ import annotations

import email
import io
import socket
from collections.abc import Callable, Iterator
from email import policy
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionListQuery
from crmdesk.services.documents import RenderedDocument
from crmdesk.services.sending import KEYRING_SERVICE, Security
from crmdesk.storage.models import Customer, CustomerEmail
from crmdesk.ui.documents import PdfPreviewDialog, SmtpSettingsWidget, show_document_pdf
from crmdesk.ui.tasks import TaskRunner


def multi_page_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica", 28)
        canvas.drawString(72, 720, f"Delivery note page {page} of {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def recorder(opened: list[QUrl]) -> Callable[[QUrl], bool]:
    """A stand-in for ``QDesktopServices.openUrl`` that remembers what it was asked to open."""

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    return open_url


@pytest.fixture
def services(empty_db: Path, open_services: Callable[[Path], Services]) -> Services:
    services = open_services(empty_db)
    with services._db.write() as session:
        customer = Customer(id=1, name="Jānis Ozoliņš", sort_name="jānis ozoliņš", language="lv")
        session.add(customer)
        session.flush()
        session.add(CustomerEmail(customer_id=1, email="janis@example.lv", position=0))
    return services


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    runner.shutdown()


def rendered(pages: int = 3) -> RenderedDocument:
    return RenderedDocument(
        kind="delivery_note",
        document_id=7,
        number="DN-2026-0007",
        customer_id=1,
        language="lv",
        filename="Delivery note DN-2026-0007.pdf",
        pdf=multi_page_pdf(pages),
    )


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, runner: TaskRunner) -> PdfPreviewDialog:
    shown = PdfPreviewDialog(rendered(), services=services, runner=runner)
    qtbot.addWidget(shown)
    shown.resize(800, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_dialog_shows_every_page_and_navigates(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.page_count == 3
    assert dialog.page_label.text().strip() == "of 3"
    assert dialog.page_box.value() == 1 and dialog.page_box.maximum() == 3
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert not dialog.previous_action.isEnabled()

    dialog.next_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_box.value() == 2, timeout=3000)
    dialog.page_box.setValue(3)
    qtbot.waitUntil(lambda: dialog.current_page == 2, timeout=3000)
    assert not dialog.next_action.isEnabled()
    dialog.previous_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_box.value() == 2, timeout=3000)


def test_zoom_in_out_and_fit_width(dialog: PdfPreviewDialog) -> None:
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    before = dialog.view.zoomFactor()
    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.view.zoomFactor() == pytest.approx(before / 1.25)
    dialog.fit_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.zoom_in_action.shortcut().toString() in ("Ctrl++", "Ctrl+=")
    assert dialog.save_action.shortcut().toString() == "Ctrl+S"


def test_save_as_writes_a_valid_pdf_and_enables_open_folder(
    qtbot: QtBot, dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Pavadzīme"  # no suffix typed: .pdf is added
    asked: list[str] = []

    def fake_dialog(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder(opened))

    assert not dialog.folder_action.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_action.trigger()
    written = tmp_path / "Pavadzīme.pdf"
    assert saved.args == [written]
    assert asked[0].endswith("Delivery note DN-2026-0007.pdf")
    assert len(PdfReader(written).pages) == 3
    assert written.read_bytes() == dialog.rendered.pdf
    assert "Saved to" in dialog.status.text()

    dialog.folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_cancelled_save_writes_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    dialog.save_action.trigger()
    assert dialog.save_action.isEnabled()
    assert list(tmp_path.glob("*.pdf")) == []


def test_email_draft_writes_an_eml_opens_it_and_logs_it(
    qtbot: QtBot, dialog: PdfPreviewDialog, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder(opened))
    with qtbot.waitSignal(dialog.draft_written, timeout=10_000) as written:
        dialog.draft_action.trigger()
    path = written.args[0]
    assert isinstance(path, Path) and path.suffix == ".eml"
    assert [url.toLocalFile() for url in opened] == [str(path)]
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "janis@example.lv"
    assert message["Subject"].startswith("Pavadzīme DN-2026-0007")
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == dialog.rendered.pdf
    logged = services.contact_log.page(InteractionListQuery(kinds=(InteractionKind.EMAIL,), customer_id=1))
    assert [row.subject for row in logged.rows] == [message["Subject"]]
    assert dialog.folder_action.isEnabled() and dialog.draft_action.isEnabled()


def test_smtp_failure_is_shown_and_the_dialog_stays_usable(
    qtbot: QtBot, dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[BaseException, str]] = []
    monkeypatch.setattr(
        "crmdesk.ui.documents.preview.show_error",
        lambda parent, error, doing="": shown.append((error, doing)),
    )
    dialog.smtp_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    [(error, doing)] = shown
    assert doing == "Sending"
    assert "No mail server is set up" in str(error)
    assert dialog.status.text() == "Not sent."
    assert dialog.smtp_action.isEnabled()


def test_show_document_pdf_renders_in_the_background_and_opens_the_preview(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int, int | None]] = []

    def render(kind: str, document_id: int, *, reminder_level: int | None = None) -> RenderedDocument:
        calls.append((kind, document_id, reminder_level))
        return rendered(pages=2)

    monkeypatch.setattr(services.documents, "render", render)
    parent = QWidget()
    qtbot.addWidget(parent)
    show_document_pdf(parent, runner, services, "reminder", 7, reminder_level=2)
    qtbot.waitUntil(lambda: parent.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    preview = parent.findChild(PdfPreviewDialog)
    assert preview is not None and preview.page_count == 2 and preview.isVisible()
    assert calls == [("reminder", 7, 2)]
    preview.close()


def test_show_document_pdf_error_goes_to_show_error(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "crmdesk.ui.documents.preview.show_error", lambda parent, error, doing="": shown.append(str(error))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    show_document_pdf(parent, runner, services, "invoice", 999_999)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert parent.findChild(PdfPreviewDialog) is None


# --- SMTP settings widget ----------------------------------------------------------------------------


class Captured:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Controller, Captured]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Captured()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


@pytest.fixture
def settings_widget(qtbot: QtBot, services: Services, runner: TaskRunner) -> SmtpSettingsWidget:
    widget = SmtpSettingsWidget(services=services, runner=runner)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.show()
    return widget


def test_smtp_settings_are_saved_and_the_password_goes_to_the_keyring(
    qtbot: QtBot, settings_widget: SmtpSettingsWidget, services: Services, memory_keyring: MemoryKeyring
) -> None:
    widget = settings_widget
    widget.host.setText("smtp.example.lv")
    widget.security.setCurrentIndex(widget.security.findData(Security.SSL.value))
    assert widget.port.value() == 465  # the default port follows the security
    widget.username.setText("owner@example.lv")
    widget.password.setText("slepena-parole")
    widget.from_address.setText("Owner <owner@example.lv>")
    with qtbot.waitSignal(widget.saved, timeout=5000):
        widget.save_button.click()
    stored = services.sending.smtp_settings()
    assert (stored.host, stored.port, stored.security, stored.username) == (
        "smtp.example.lv",
        465,
        Security.SSL,
        "owner@example.lv",
    )
    assert memory_keyring.entries == {(KEYRING_SERVICE, "owner@example.lv"): "slepena-parole"}
    assert widget.password.text() == "" and "keyring" in widget.password.placeholderText()


def test_bad_settings_show_an_inline_message(
    qtbot: QtBot, settings_widget: SmtpSettingsWidget, memory_keyring: MemoryKeyring
) -> None:
    settings_widget.host.setText("smtp example")
    settings_widget.save_button.click()
    qtbot.waitUntil(lambda: "not a host name" in settings_widget.message.text(), timeout=5000)


def test_send_test_email_uses_what_is_typed(
    qtbot: QtBot,
    settings_widget: SmtpSettingsWidget,
    services: Services,
    memory_keyring: MemoryKeyring,
    smtp_server: tuple[Controller, Captured],
) -> None:
    controller, captured = smtp_server
    widget = settings_widget
    widget.host.setText("127.0.0.1")
    widget.security.setCurrentIndex(widget.security.findData(Security.NONE.value))
    widget.port.setValue(controller.port)
    widget.from_address.setText("owner@example.lv")
    with qtbot.waitSignal(widget.tested, timeout=10_000) as tested:
        widget.test_button.click()
    assert tested.args == ["owner@example.lv"]
    assert captured.envelopes[0].rcpt_tos == ["owner@example.lv"]
    assert "Test email sent" in widget.message.text()
    assert not services.sending.smtp_settings().configured


def test_invoice_detail_pdf_button_opens_the_preview_of_that_invoice(
    qtbot: QtBot, services: Services, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from crmdesk.services.sales import InvoiceDraft, LineInput
    from crmdesk.ui.sales.invoice_detail import InvoiceDetailDialog

    draft = services.invoices.create_draft(
        InvoiceDraft(
            customer_id=1,
            lines=[
                LineInput(
                    description="Pump", quantity=Decimal(1), unit_price=Decimal("9.90"), tax_rate=Decimal(21)
                )
            ],
        )
    )
    asked: list[tuple[str, int]] = []

    def render(kind: str, document_id: int, *, reminder_level: int | None = None) -> RenderedDocument:
        asked.append((kind, document_id))
        return rendered(pages=1)

    monkeypatch.setattr(services.documents, "render", render)
    detail = InvoiceDetailDialog(services=services, runner=runner, invoice_id=draft.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=5000)
    assert detail.pdf_button.isVisible() and detail.pdf_button.shortcut().toString() == "Ctrl+P"
    detail.pdf_button.click()
    qtbot.waitUntil(lambda: detail.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    assert asked == [("invoice", draft.id)]
