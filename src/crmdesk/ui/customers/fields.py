"""The editor's inputs as named fields: one key per input (the service's ``ValidationError.field``).

A :class:`FieldBinding` reads and writes an input as text, so undo, validation and the error message
beside it work the same for a line edit, a combo box, a spin box or a text area.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.contact_details import normalize_email, normalize_phone
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import check_currency
from crmdesk.services.customer_forms import COUNTRY_CODES, CustomFieldRule, canonical_custom_value
from crmdesk.ui.i18n import tr

ERROR_STYLE = "color: #b3261e;"


@dataclass
class FieldBinding:
    """One input of the editor, read and written as text, with the label that shows its error."""

    key: str
    widget: QWidget
    get: Callable[[], str]
    set: Callable[[str], None]
    error: QLabel


def error_label() -> QLabel:
    """The red line under an input; hidden while the input is fine."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """``widget`` with its error line under it, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def line_binding(key: str, edit: QLineEdit) -> FieldBinding:
    return FieldBinding(key, edit, edit.text, edit.setText, error_label())


def text_binding(key: str, edit: QPlainTextEdit) -> FieldBinding:
    return FieldBinding(key, edit, edit.toPlainText, edit.setPlainText, error_label())


def spin_binding(key: str, spin: QSpinBox) -> FieldBinding:
    return FieldBinding(
        key, spin, lambda: str(spin.value()), lambda v: spin.setValue(int(v or 0)), error_label()
    )


def combo_binding(key: str, combo: QComboBox) -> FieldBinding:
    """A combo whose items carry their value as item data (``""`` for "none")."""

    def set_value(value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    return FieldBinding(key, combo, lambda: str(combo.currentData() or ""), set_value, error_label())


class LineList(QWidget):
    """Several values of one kind (emails, phones): one line edit each and an "Add" button."""

    line_added = Signal(object)
    """A new :class:`QLineEdit` was added (the editor binds it)."""

    def __init__(self, add_text: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.lines: list[QLineEdit] = []
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _checked=False: self.add_line())
        # The button keeps its own width at the left, not stretched like the inputs above it.
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_line(self, text: str = "") -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit(text)
        edit.setPlaceholderText(self._placeholder)
        error = error_label()
        # Inserted above the button: the button stays last.
        self._layout.insertWidget(self._layout.count() - 1, with_error(edit, error))
        self.lines.append(edit)
        self.line_added.emit((edit, error))
        return edit, error


PERSON_PARTS = (("name", tr("Name")), ("role", tr("Role")), ("email", tr("Email")), ("phone", tr("Phone")))
"""The inputs of one contact person; the key of each is ``contact_persons[i].<part>``."""


def is_person_part(key: str, part: str) -> bool:
    return key.startswith("contact_persons[") and key.endswith(f"].{part}")


class PersonList(QWidget):
    """The contact persons of a company: a small form per person and an "Add contact person" button."""

    person_added = Signal(object)
    """A person's inputs were added: ``{part: (QLineEdit, QLabel)}`` (the editor binds them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.count = 0
        self.add_button = QPushButton(tr("Add contact person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _checked=False: self.add_person())
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

    def add_person(self, values: dict[str, str] | None = None) -> dict[str, tuple[QLineEdit, QLabel]]:
        box = QGroupBox(tr("Contact person {value1}").format(value1=self.count + 1))
        form = QFormLayout(box)
        inputs: dict[str, tuple[QLineEdit, QLabel]] = {}
        for part, label in PERSON_PARTS:
            edit = QLineEdit((values or {}).get(part, ""))
            error = error_label()
            form.addRow(label, with_error(edit, error))
            inputs[part] = (edit, error)
        self._layout.insertWidget(self.count, box)
        self.count += 1
        self.person_added.emit(inputs)
        return inputs


# --- cheap checks while typing (the service checks everything again on Save) ----------------------


def check_field(key: str, value: str, *, region: str | None, rules: dict[str, CustomFieldRule]) -> str | None:
    """The message for one field's value, or ``None`` if it is fine; no database needed."""
    text = value.strip()
    try:
        if key == "name" and not text:
            return tr("Enter the customer's name.")
        if (key.startswith("emails[") or is_person_part(key, "email")) and text:
            normalize_email(text, field=key)
        elif (key.startswith("phones[") or is_person_part(key, "phone")) and text:
            normalize_phone(text, region=region, field=key)
        elif key.endswith(".country") and text and text.upper() not in COUNTRY_CODES:
            return tr("{text!r} is not a country code (e.g. LV, SE).").format(text=text)
        elif key == "language":
            Locale.parse(text.replace("_", "-"), sep="-")
        elif key == "currency":
            check_currency(text)
        elif key.startswith("custom_fields.") and text:
            rule = rules.get(key.removeprefix("custom_fields."))
            if rule is not None:
                canonical_custom_value(rule, text, key)
    except ValidationError as exc:
        return str(exc)
    except (ValueError, UnknownLocaleError):
        return tr("{text!r} is not a language code (e.g. en, lv, fa).").format(text=text)
    return None
