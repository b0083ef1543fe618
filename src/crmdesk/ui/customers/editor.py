"""The customer editor dialog: new or existing customer, inline validation, undo/redo of field edits.

Every input has a key equal to the ``field`` the service names in a :class:`ValidationError`
(``name``, ``emails[1]``, ``billing_address.country``, ``custom_fields.shoe_size``), so one mapping
puts both the as-you-type checks and the service's own refusal beside the right input.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import CustomerKind, CustomFieldType
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_forms import (
    CustomerDetails,
    CustomerDraft,
    CustomFieldRule,
)
from crmdesk.ui.customers.editor_data import ADDRESS_PARTS, EditorData, build_draft, phone_text
from crmdesk.ui.customers.field_undo import FieldEdit, UndoKeys
from crmdesk.ui.customers.fields import (
    ERROR_STYLE,
    FieldBinding,
    LineList,
    PersonList,
    check_field,
    combo_binding,
    is_person_part,
    line_binding,
    spin_binding,
    text_binding,
    with_error,
)
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner


class CustomerEditor(QDialog):
    """Create or edit one customer; Save runs the service in the background and closes on success."""

    saved = Signal(object)
    """The customer was saved (its :class:`CustomerDetails`)."""

    def __init__(
        self, *, services: Services, runner: TaskRunner, data: EditorData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer-editor")
        self._services, self._runner, self._data = services, runner, data
        details = data.details
        self.setWindowTitle(
            tr("Customer — {name}").format(name=details.name) if details else tr("New customer")
        )
        self.fields: dict[str, FieldBinding] = {}
        self._values: dict[str, str] = {}
        self._touched: set[str] = set()
        self._service_errors: dict[str, str] = {}
        self._applying = False
        self._saving = False
        self._rules = {
            d.key: CustomFieldRule(d.id, d.key, d.label, d.field_type, d.choices) for d in data.definitions
        }
        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeys(self.undo_stack, self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        tabs = QTabWidget()
        tabs.addTab(self._general_tab(), tr("General"))
        tabs.addTab(self._addresses_tab(), tr("Addresses"))
        tabs.addTab(self._persons_tab(), tr("Contact persons"))
        tabs.addTab(self._more_tab(), tr("Notes and custom fields"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.buttons)
        self._fill(details)
        # For focus on a button or a tab; inside an input UndoKeys takes the keys first.
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self)
        redo_keys = {
            QKeySequence("Ctrl+Shift+Z").toString(),
            *(k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)),
        }
        redo_action.setShortcuts([QKeySequence(k) for k in sorted(redo_keys)])
        self.addActions([undo_action, redo_action])
        self.undo_stack.clear()
        self.validate()
        self.resize(560, 560)

    # --- building ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        kind = QComboBox()
        kind.addItem(tr("Person"), CustomerKind.PERSON.value)
        kind.addItem(tr("Company"), CustomerKind.COMPANY.value)
        self._add_row(form, tr("Kind"), combo_binding("kind", kind))
        self._add_row(form, tr("Name"), line_binding("name", QLineEdit()))
        self.email_list = LineList(tr("Add email"), "name@example.com")
        self.email_list.line_added.connect(lambda pair: self._bind_line("emails", self.email_list, pair))
        form.addRow(tr("Emails"), self.email_list)
        self.phone_list = LineList(tr("Add phone"), "+371 29 123 456")
        self.phone_list.line_added.connect(lambda pair: self._bind_line("phones", self.phone_list, pair))
        form.addRow(tr("Phones"), self.phone_list)
        self._add_row(form, tr("VAT / tax id"), line_binding("vat_id", QLineEdit()))
        self._add_row(form, tr("Language"), line_binding("language", QLineEdit()))
        self._add_row(form, tr("Currency"), line_binding("currency", QLineEdit()))
        terms = QSpinBox()
        terms.setRange(0, 365)
        terms.setSuffix(" days")
        self._add_row(form, tr("Payment terms"), spin_binding("payment_terms_days", terms))
        tags = QLineEdit()
        tags.setPlaceholderText(tr("comma-separated, e.g. wholesale, vip"))
        self._add_row(form, tr("Tags"), line_binding("tags", tags))
        return tab

    def _addresses_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        for prefix, title in (
            ("billing_address", tr("Billing address")),
            ("shipping_address", tr("Shipping address")),
        ):
            heading = QLabel(f"<b>{title}</b>")
            form.addRow(heading)
            for part, label in ADDRESS_PARTS:
                self._add_row(form, label, line_binding(f"{prefix}.{part}", QLineEdit()))
        return tab

    def _persons_tab(self) -> QWidget:
        self.person_list = PersonList()
        self.person_list.person_added.connect(self._bind_person)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.person_list)
        return scroll

    def _bind_person(self, inputs: dict[str, tuple[QLineEdit, QLabel]]) -> None:
        index = self.person_list.count - 1
        for part, (edit, error) in inputs.items():
            self._register(
                FieldBinding(f"contact_persons[{index}].{part}", edit, edit.text, edit.setText, error)
            )
        if not self._applying:
            inputs["name"][0].setFocus()

    def _more_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        self._add_row(form, tr("Notes"), text_binding("notes", notes))
        for definition in self._data.definitions:
            key = f"custom_fields.{definition.key}"
            if definition.field_type is CustomFieldType.CHOICE:
                combo = QComboBox()
                combo.addItem("", "")
                for choice in definition.choices:
                    combo.addItem(choice, choice)
                binding = combo_binding(key, combo)
            else:
                edit = QLineEdit()
                if definition.field_type is CustomFieldType.DATE:
                    edit.setPlaceholderText(tr("YYYY-MM-DD"))
                binding = line_binding(key, edit)
            self._add_row(form, definition.label, binding)
        return tab

    def _add_row(self, form: QFormLayout, label: str, binding: FieldBinding) -> None:
        form.addRow(label, with_error(binding.widget, binding.error))
        self._register(binding)

    def _bind_line(self, prefix: str, owner: LineList, pair: tuple[QLineEdit, QLabel]) -> None:
        edit, error = pair
        key = f"{prefix}[{len(owner.lines) - 1}]"
        self._register(FieldBinding(key, edit, edit.text, edit.setText, error))
        edit.setFocus()

    def _register(self, binding: FieldBinding) -> None:
        self.fields[binding.key] = binding
        self._values[binding.key] = binding.get()
        widget = binding.widget
        widget.installEventFilter(self._undo_keys)
        key = binding.key
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: self._edited(key))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._edited(key))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _value: self._edited(key))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self._edited(key))

    def _fill(self, details: CustomerDetails | None) -> None:
        """Show the customer (or the defaults of a new one) without recording undo steps."""
        self._applying = True
        try:
            if details is None:
                self.fields["language"].set("en")
                self.fields["currency"].set("EUR")
                self.fields["payment_terms_days"].set("14")
                self.email_list.add_line()
                self.phone_list.add_line()
            else:
                for key, value in (
                    ("kind", details.kind.value),
                    ("name", details.name),
                    ("vat_id", details.vat_id),
                    ("language", details.language),
                    ("currency", details.currency),
                    ("payment_terms_days", str(details.payment_terms_days)),
                    ("tags", ", ".join(details.tags)),
                    ("notes", details.notes),
                ):
                    self.fields[key].set(value)
                for prefix, address in (
                    ("billing_address", details.billing_address),
                    ("shipping_address", details.shipping_address),
                ):
                    for part, _label in ADDRESS_PARTS:
                        self.fields[f"{prefix}.{part}"].set(getattr(address, part) if address else "")
                for email in details.emails or ():
                    self.email_list.add_line(email.email)
                region = self._region()
                for phone in details.phones:
                    self.phone_list.add_line(phone_text(phone.e164, phone.display, region))
                if not details.emails:
                    self.email_list.add_line()
                if not details.phones:
                    self.phone_list.add_line()
                for person in details.contact_persons:
                    self.person_list.add_person(
                        {
                            "name": person.name,
                            "role": person.role,
                            "email": person.email,
                            "phone": person.phone,
                        }
                    )
                for custom in details.custom_fields:
                    key = f"custom_fields.{custom.key}"
                    if key in self.fields:
                        self.fields[key].set(custom.value)
            self._values = {key: binding.get() for key, binding in self.fields.items()}
        finally:
            self._applying = False

    # --- edits, undo, validation -----------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._applying:
            return
        binding = self.fields[key]
        old, new = self._values.get(key, ""), binding.get()
        if old == new:
            return
        self._values[key] = new
        self._touched.add(key)
        self._service_errors.pop(key, None)
        self.undo_stack.push(FieldEdit(self, key, old, new))
        self.validate()

    def apply_value(self, key: str, value: str) -> None:
        """Undo/redo: put ``value`` in the field without recording a new step."""
        self._applying = True
        try:
            self.fields[key].set(value)
            self._values[key] = value
        finally:
            self._applying = False
        self._touched.add(key)
        self.validate()

    def _region(self) -> str | None:
        """The region for national phone numbers: the billing country, else the owner's (as the service)."""
        binding = self.fields.get("billing_address.country")
        country = binding.get().strip().upper() if binding else ""
        return country or self._data.owner_country

    def validate(self) -> bool:
        """Check every field cheaply; show messages on touched fields; Save only when all are fine."""
        region = self._region()
        invalid = False
        for key, binding in self.fields.items():
            message = (
                self._service_errors.get(key)
                or check_field(key, binding.get(), region=region, rules=self._rules)
                or self._person_name_missing(key)
            )
            invalid = invalid or message is not None
            shown = message if message and (self._was_touched(key) or key in self._service_errors) else ""
            binding.error.setText(shown)
            binding.error.setVisible(bool(shown))
        self.save_button.setEnabled(not invalid and not self._saving)
        return not invalid

    def _was_touched(self, key: str) -> bool:
        """Edited by the owner; a contact person's name counts as touched once any of their inputs is."""
        if key in self._touched:
            return True
        if not is_person_part(key, "name"):
            return False
        prefix = key.removesuffix(".name")
        return any(f"{prefix}.{part}" in self._touched for part in ("role", "email", "phone"))

    def _person_name_missing(self, key: str) -> str | None:
        """A contact person with any detail filled in needs a name (an all-empty one is left out)."""
        if not is_person_part(key, "name") or self.fields[key].get().strip():
            return None
        prefix = key.removesuffix(".name")
        others = (self.fields[f"{prefix}.{part}"].get() for part in ("role", "email", "phone"))
        return tr("Enter the contact person's name.") if any(text.strip() for text in others) else None

    def error_for(self, key: str) -> str:
        """The message shown beside the field ``key`` ("" if none) — for tests and the status line."""
        binding = self.fields.get(key)
        return binding.error.text() if binding and not binding.error.isHidden() else ""

    # --- closing -----------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Something was edited since the dialog opened (undone edits do not count)."""
        return not self.undo_stack.isClean()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing edits away."""
        if self.has_unsaved_changes() and not self._saving:
            answer = QMessageBox.question(
                self,
                tr("Discard changes?"),
                tr("This customer has changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # --- saving ----------------------------------------------------------------------------------

    def draft(self) -> CustomerDraft:
        """What the inputs say, as the service's draft (channel and registration number are kept as they were)."""
        return build_draft({key: binding.get() for key, binding in self.fields.items()}, self._data.details)

    def save(self) -> None:
        """Run the service's checks and the write in the background; close on success."""
        if not self.validate():
            return
        draft, details, editor = self.draft(), self._data.details, self._services.customer_editor
        self._saving = True
        self.save_button.setEnabled(False)
        work = (
            (lambda: editor.create(draft)) if details is None else (lambda: editor.update(details.id, draft))
        )
        self._runner.run(work, on_done=self._saved, on_error=self._save_failed, writes=True)

    def _saved(self, details: CustomerDetails) -> None:
        self._saving = False
        self.undo_stack.setClean()
        self.saved.emit(details)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            key = error.field or ""
            if key in self.fields:
                self._service_errors[key] = str(error)
            else:
                self.general_error.setText(str(error))
                self.general_error.show()
            self.validate()
            return
        self.validate()
        show_error(self, error, doing=tr("Saving the customer"))
