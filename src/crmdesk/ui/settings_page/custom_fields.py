"""The owner's custom fields for customers ("Favourite colour", "Shoe size"), in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import CustomFieldType
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_editor import CustomFieldDefinitionView
from crmdesk.ui.customers.fields import error_label
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

TYPE_NAMES = {
    CustomFieldType.TEXT: tr("Text"),
    CustomFieldType.NUMBER: tr("Number"),
    CustomFieldType.DATE: tr("Date"),
    CustomFieldType.CHOICE: tr("Choice"),
}
ID_ROLE = Qt.ItemDataRole.UserRole


class CustomFieldsBox(QGroupBox):
    """Every custom field; Add…, Hide / Show (hidden fields keep their values)."""

    changed = Signal()

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Custom fields of customers"), parent)
        self._runner = runner
        self._services: Services | None = None
        self.definitions: tuple[CustomFieldDefinitionView, ...] = ()
        self.list = QListWidget()
        self.list.setObjectName("custom-fields")
        self.add_button = QPushButton(tr("Add field…"))
        self.hide_button = QPushButton(tr("Hide"))
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.hide_button.clicked.connect(lambda _c=False: self.toggle_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        if services is None:
            self._show(())
            return
        self._runner.run(
            lambda: services.customer_editor.custom_fields(include_archived=True),
            on_done=lambda views: self._show(views) if services is self._services else None,
            on_error=lambda error: show_error(self, error, doing=tr("Reading the custom fields")),
        )

    def _show(self, views: tuple[CustomFieldDefinitionView, ...]) -> None:
        self.definitions = views
        self.list.clear()
        for view in views:
            kind = TYPE_NAMES[view.field_type]
            if view.choices:
                kind += ": " + ", ".join(view.choices)
            item = QListWidgetItem(f"{view.label}   ({kind})" + (tr("   — hidden") if view.archived else ""))
            item.setData(ID_ROLE, view.id)
            item.setToolTip(tr("key: {key}").format(key=view.key))
            self.list.addItem(item)
        if not views:
            empty = QListWidgetItem(tr("No custom fields yet. Add one, e.g. 'Shoe size' (number)."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_buttons()
        self.changed.emit()

    def _selected(self) -> CustomFieldDefinitionView | None:
        row = self.list.currentRow()
        return self.definitions[row] if 0 <= row < len(self.definitions) else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.hide_button.setEnabled(chosen is not None)
        self.hide_button.setText(tr("Show") if chosen is not None and chosen.archived else tr("Hide"))

    def add(self) -> None:
        services = self._services
        if services is None:
            return
        dialog = CustomFieldDialog(services=services, runner=self._runner, parent=self)
        dialog.defined.connect(lambda _view: self.refresh())
        dialog.open()

    def toggle_selected(self) -> None:
        services, chosen = self._services, self._selected()
        if services is None or chosen is None:
            return
        self._runner.run(
            lambda: services.customer_editor.set_custom_field_archived(chosen.id, not chosen.archived),
            on_done=lambda _view: self.refresh(),
            on_error=lambda error: show_error(self, error, doing=tr("Changing the custom field")),
            writes=True,
        )


class CustomFieldDialog(QDialog):
    """Name, type, and the choices of a choice field; the service's refusal lands beside the input."""

    defined = Signal(object)

    def __init__(self, *, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New custom field"))
        self._services, self._runner = services, runner
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("e.g. Favourite colour"))
        self.kind = QComboBox()
        for field_type, name in TYPE_NAMES.items():
            self.kind.addItem(name, field_type.value)
        self.choices = QLineEdit()
        self.choices.setPlaceholderText(tr("comma-separated, e.g. red, green, blue"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.label)
        form.addRow(tr("Type"), self.kind)
        self.choices_label = QLabel(tr("Choices"))
        form.addRow(self.choices_label, self.choices)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.label.textChanged.connect(lambda _t: self._update())
        self.choices.textChanged.connect(lambda _t: self._update())
        self._update()

    def _type(self) -> CustomFieldType:
        return CustomFieldType(str(self.kind.currentData()))

    def _update(self) -> None:
        choice = self._type() is CustomFieldType.CHOICE
        self.choices.setVisible(choice)
        self.choices_label.setVisible(choice)
        ready = bool(self.label.text().strip()) and (not choice or bool(self.choices.text().strip(" ,")))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def save(self) -> None:
        label, field_type = self.label.text(), self._type()
        choices = (
            [c.strip() for c in self.choices.text().split(",")]
            if field_type is CustomFieldType.CHOICE
            else []
        )
        editor = self._services.customer_editor
        self._runner.run(
            lambda: editor.define_custom_field(label=label, field_type=field_type, choices=choices),
            on_done=self._defined,
            on_error=self._failed,
            writes=True,
        )

    def _defined(self, view: CustomFieldDefinitionView) -> None:
        self.defined.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.error.setText(str(error))
            self.error.show()
            return
        show_error(self, error, doing=tr("Adding the custom field"))
