"""The company's details and logo as printed on quotes and invoices (Settings and the first-run wizard).

The whole form is checked as the owner types, with the same rules the service applies on Save
(``check_company``), and the first problem is shown beside its field; Save is disabled meanwhile.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.company import CompanyDetails, check_company
from crmdesk.ui.customers.fields import error_label, with_error
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

LOGO_HEIGHT = 64
TEXT_FIELDS = (
    ("name", tr("Company name")),
    ("vat_id", tr("VAT / tax id")),
    ("registration_no", tr("Registration no.")),
    ("country", tr("Country (LV, SE…)")),
    ("email", tr("Email")),
    ("phone", tr("Phone")),
    ("website", tr("Website")),
    ("iban", "IBAN"),
    ("bic", "BIC"),
    ("bank_name", tr("Bank")),
    ("base_currency", tr("Base currency")),
    ("language", tr("Document language")),
)


class CompanyForm(QWidget):
    """Inputs for :class:`CompanyDetails`; ``valid_changed`` tells the owner (a page or a wizard) when
    the form can be saved."""

    valid_changed = Signal(bool)
    saved = Signal(object)
    """The details were saved (the stored :class:`CompanyDetails`)."""

    def __init__(self, *, runner: TaskRunner, with_save_button: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("company-form")
        self._runner = runner
        self._services: Services | None = None
        self._loaded = CompanyDetails()
        self._filling = False
        self._touched: set[str] = set()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in TEXT_FIELDS[:1]:
            self._line(form, key, label)
        address = QPlainTextEdit()
        address.setTabChangesFocus(True)
        address.setPlaceholderText(tr("Street and number\nPostal code and city"))
        address.setFixedHeight(address.fontMetrics().lineSpacing() * 4 + 12)
        self.inputs["address"] = address
        self.errors["address"] = error_label()
        form.addRow(tr("Address"), with_error(address, self.errors["address"]))
        address.textChanged.connect(lambda: self._edited("address"))
        for key, label in TEXT_FIELDS[1:]:
            self._line(form, key, label)
        self.inputs["iban"].setPlaceholderText(
            tr("LV80 BANK 0000 4351 9500 1 — printed with a payment QR code")
        )
        self.inputs["base_currency"].setPlaceholderText("EUR")
        self.inputs["language"].setPlaceholderText(tr("en, lv, es, fa, ru, sv…"))

        self.logo_preview = QLabel(tr("No logo"))
        self.logo_preview.setObjectName("logo-preview")
        self.logo_preview.setFixedHeight(LOGO_HEIGHT + 8)
        self.logo_preview.setMinimumWidth(160)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_button = QPushButton(tr("Choose logo…"))
        self.clear_logo_button = QPushButton(tr("Remove logo"))
        self.logo_button.clicked.connect(lambda _c=False: self.choose_logo())
        self.clear_logo_button.clicked.connect(lambda _c=False: self.remove_logo())
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        form.addRow(tr("Logo (PNG or JPEG)"), logo_row)

        self.save_button = QPushButton(tr("Save company details"))
        self.save_button.setObjectName("save-company")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        if with_save_button:
            row = QHBoxLayout()
            row.addWidget(self.save_button)
            row.addWidget(self.status, 1)
            layout.addLayout(row)
        else:
            self.save_button.hide()
        self._valid = False
        self.validate()

    def _line(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"company-{key}")
        self.inputs[key] = edit
        self.errors[key] = error_label()
        form.addRow(label, with_error(edit, self.errors[key]))
        edit.textChanged.connect(lambda _text: self._edited(key))

    # --- data ------------------------------------------------------------------------------------

    def set_services(self, services: Services | None) -> None:
        self._services = services
        if services is None:
            return
        self._runner.run(
            lambda: (services.company.details(), services.company.logo()),
            on_done=lambda result: self._arrived(services, *result),
            on_error=lambda error: show_error(self, error, doing=tr("Reading the company details")),
        )

    def _arrived(self, services: Services, details: CompanyDetails, logo: bytes | None) -> None:
        if services is not self._services:
            return
        self.fill(details)
        self._show_logo(logo)

    def fill(self, details: CompanyDetails) -> None:
        """Show ``details`` (without marking anything as edited)."""
        self._loaded = details
        self._filling = True
        try:
            for key, widget in self.inputs.items():
                value = str(getattr(details, key))
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
        finally:
            self._filling = False
        self.status.setText("")
        self.validate()

    def draft(self) -> CompanyDetails:
        values = {
            key: widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            for key, widget in self.inputs.items()
        }
        names = {f.name for f in fields(CompanyDetails) if f.type == "str"}
        changes: dict[str, str] = {k: v for k, v in values.items() if k in names}
        return replace(self._loaded, **changes)  # type: ignore[arg-type]  # every key names a str field

    # --- checks ----------------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if not self._filling:
            self._touched.add(key)
            self.status.setText("")
            self.validate()

    def validate(self) -> bool:
        """Run the service's checks on the inputs; show the first problem beside its field."""
        problem: ValidationError | None = None
        try:
            check_company(self.draft())
        except ValidationError as error:
            problem = error
        for key, label in self.errors.items():
            show = problem is not None and problem.field == key and self._worth_saying(key)
            label.setText(str(problem) if show and problem else "")
            label.setVisible(bool(show))
        valid = problem is None
        self.save_button.setEnabled(valid and self._services is not None)
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)
        return valid

    def _worth_saying(self, key: str) -> bool:
        # A name not typed yet is not scolded: the disabled Save says enough until the owner types it.
        return key != "name" or key in self._touched

    def error_for(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    @property
    def is_valid(self) -> bool:
        return self._valid

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        services = self._services
        if services is None or not self.validate():
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda: services.company.save(draft),
            on_done=self._saved,
            on_error=self._save_failed,
            writes=True,
        )

    def _saved(self, details: CompanyDetails) -> None:
        self.fill(details)
        self.status.setText(tr("Saved."))
        self.saved.emit(details)

    def _save_failed(self, error: BaseException) -> None:
        self.validate()
        if isinstance(error, ValidationError) and error.field in self.errors:
            self.errors[error.field].setText(str(error))
            self.errors[error.field].show()
            return
        show_error(self, error, doing=tr("Saving the company details"))

    # --- logo ------------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a logo"), "", tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        services = self._services
        if services is None:
            return

        def work() -> bytes | None:
            services.company.set_logo(path.read_bytes(), path.name)
            return services.company.logo()

        self._runner.run(
            work,
            on_done=self._show_logo,
            on_error=lambda error: show_error(self, error, doing=tr("Setting the logo")),
            writes=True,
        )

    def remove_logo(self) -> None:
        services = self._services
        if services is None:
            return
        self._runner.run(
            services.company.clear_logo,
            on_done=lambda _none: self._show_logo(None),
            on_error=lambda error: show_error(self, error, doing=tr("Removing the logo")),
            writes=True,
        )

    def _show_logo(self, content: bytes | None) -> None:
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(tr("No logo"))
        self.clear_logo_button.setEnabled(bool(content))

    @property
    def has_logo(self) -> bool:
        pixmap = self.logo_preview.pixmap()
        return pixmap is not None and not pixmap.isNull()
