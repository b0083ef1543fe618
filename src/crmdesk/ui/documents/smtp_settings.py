"""The owner's mail server: host, port, security, user, sender and the password (kept in the OS keyring).

:class:`SmtpSettingsWidget` is self-contained so that the Settings page can embed it: it reads and saves
through ``services.sending`` on the task runner, and "Send test email" tries what is typed (saved or not).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError, ValidationError
from crmdesk.services import Services
from crmdesk.services.sending import Security, SmtpSettings
from crmdesk.services.sending.smtp import DEFAULT_PORTS
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

SECURITY_LABELS = {
    Security.STARTTLS: tr("STARTTLS (port 587)"),
    Security.SSL: tr("SSL/TLS (port 465)"),
    Security.NONE: tr("None (unencrypted)"),
}
STORED_PASSWORD_HINT = tr("stored in the system keyring — type to replace")
NO_PASSWORD_HINT = tr("kept in the system keyring, never in the database")


class SmtpSettingsWidget(QWidget):
    """Edit and test the SMTP settings; the password goes to the keyring only."""

    loaded = Signal()
    saved = Signal()
    tested = Signal(str)
    """A test email went to this address."""

    def __init__(self, *, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp-settings")
        self._services = services
        self._runner = runner
        self._has_password = False

        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[Security.STARTTLS])
        self.security = QComboBox()
        for security, label in SECURITY_LABELS.items():
            self.security.addItem(label, security.value)
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("usually your email address"))
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText(tr("Your Company <office@example.com>"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(NO_PASSWORD_HINT)
        self.message = QLabel()
        self.message.setObjectName("smtp-message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save"))
        self.test_button = QPushButton(tr("Send test email"))

        form = QFormLayout()
        form.addRow(tr("Mail server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Security"), self.security)
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("Sender (From)"), self.from_address)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.security.currentIndexChanged.connect(self._security_changed)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self.load()

    # --- reading and writing ------------------------------------------------------------------------

    def load(self) -> None:
        sending = self._services.sending

        def read() -> tuple[SmtpSettings, bool]:
            settings = sending.smtp_settings()
            try:
                has_password = sending.has_smtp_password(settings)
            except CrmError:
                has_password = False  # no keyring: said when saving a password
            return settings, has_password

        self._run(read, self._show, doing=tr("Reading the mail settings"))

    def _show(self, loaded: tuple[SmtpSettings, bool]) -> None:
        settings, self._has_password = loaded
        self.host.setText(settings.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security.value)))
        self.security.blockSignals(False)
        self.port.setValue(settings.port)
        self.username.setText(settings.username)
        self.from_address.setText(settings.from_address)
        self.password.clear()
        self.password.setPlaceholderText(STORED_PASSWORD_HINT if self._has_password else NO_PASSWORD_HINT)
        self.message.clear()
        self.loaded.emit()

    def typed(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            username=self.username.text().strip(),
            from_address=self.from_address.text().strip(),
        )

    def save(self) -> None:
        """Save the settings; a typed password replaces the stored one (an empty field keeps it)."""
        settings, password = self.typed(), self.password.text() or None
        sending = self._services.sending
        self.message.setText(tr("Saving…"))
        self._run(
            lambda: sending.save_smtp_settings(settings, password=password),
            self._saved,
            doing=tr("Saving the mail settings"),
            writes=True,
        )

    def _saved(self, settings: SmtpSettings) -> None:
        if self.password.text():
            self._has_password = True
        self.password.clear()
        self.password.setPlaceholderText(STORED_PASSWORD_HINT if self._has_password else NO_PASSWORD_HINT)
        self.message.setText(
            tr("Saved. Emails go out through {host}:{port}.").format(host=settings.host, port=settings.port)
        )
        self.saved.emit()

    def send_test(self) -> None:
        """Send a test email with what is typed (to the sender address); saves nothing."""
        settings, password = self.typed(), self.password.text() or None
        sending = self._services.sending
        self.message.setText(tr("Sending a test email through {value1}…").format(value1=settings.host or "?"))
        self.test_button.setEnabled(False)
        self._run(
            lambda: sending.send_test_email(settings, password=password), self._tested, doing=tr("Test email")
        )

    def _tested(self, to: str) -> None:
        self.message.setText(tr("Test email sent to {to}. Check that it arrived.").format(to=to))
        self.tested.emit(to)

    # --- helpers ----------------------------------------------------------------------------------

    def _security_changed(self) -> None:
        """A port that is another security's default follows the security choice."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[Security(self.security.currentData())])

    def _field_widget(self, field: str | None) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "from_address": self.from_address,
        }
        return widgets.get(field or "")

    def _run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], *, doing: str, writes: bool = False
    ) -> None:
        def done(value: Any) -> None:
            if shiboken6.isValid(self):
                self.test_button.setEnabled(True)
                on_done(value)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.test_button.setEnabled(True)
            if isinstance(error, CrmError):
                # Inline, one line, next to the fields: the owner fixes it right there.
                self.message.setText(str(error))
                if isinstance(error, ValidationError) and (widget := self._field_widget(error.field)):
                    widget.setFocus()
            else:
                self.message.clear()
                show_error(self, error, doing=doing)

        self._runner.run(fn, on_done=done, on_error=failed, writes=writes)
