"""Suppliers: the list, a small editor (new or existing), archive and unarchive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
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
from crmdesk.services.inventory import SupplierInput, SupplierView
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

SUPPLIER_HEADERS = (tr("Name"), tr("Email"), tr("Phone"), tr("VAT id"), tr("Country"), tr("Status"))


class SuppliersTab(QWidget):
    loaded = Signal()
    changed = Signal()

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.services: Services | None = None
        self.rows: list[SupplierView] = []
        self._generation = 0
        self.archived_box = QCheckBox(tr("Include archived"))
        self.archived_box.toggled.connect(lambda _on: self.refresh())
        self.new_button = QPushButton(tr("New supplier…"))
        self.new_button.clicked.connect(lambda _checked=False: self.open_editor(None))
        self.archive_button = QPushButton(tr("Archive / unarchive"))
        self.archive_button.clicked.connect(lambda _checked=False: self.toggle_archived())
        self.count_label = QLabel()
        self.table = read_only_table(SUPPLIER_HEADERS, stretch=0)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.archive_button)
        bar.addSpacing(12)
        bar.addWidget(self.archived_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        services, generation, archived = self.services, self._generation, self.archived_box.isChecked()
        if services is None:
            return
        self._runner.run(
            lambda: services.suppliers.list(include_archived=archived),
            on_done=lambda rows: self._show(generation, rows),
            on_error=lambda e: show_error(self, e, doing=tr("Listing suppliers")),
        )

    def _show(self, generation: int, rows: list[SupplierView]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        fill_table(
            self.table,
            [
                [
                    s.name,
                    s.email or "",
                    s.phone or "",
                    s.vat_id or "",
                    s.country,
                    tr("Archived") if s.archived_at else "",
                ]
                for s in rows
            ],
        )
        self.count_label.setText(
            plural(len(rows), tr("{count:,} supplier"), tr("{count:,} suppliers")).format(count=len(rows))
        )
        self.loaded.emit()

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_editor(self.rows[row])

    def open_editor(self, supplier: SupplierView | None) -> SupplierDialog | None:
        if self.services is None:
            return None
        dialog = SupplierDialog(services=self.services, runner=self._runner, supplier=supplier, parent=self)
        dialog.saved.connect(lambda _view: self.refresh())
        dialog.saved.connect(lambda _view: self.changed.emit())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _archived(self) -> None:
        self.refresh()
        self.changed.emit()

    def toggle_archived(self) -> None:
        services, row = self.services, self.table.currentRow()
        if services is None or not 0 <= row < len(self.rows):
            return
        supplier = self.rows[row]
        archive = supplier.archived_at is None
        self._runner.run(
            lambda: services.suppliers.archive(supplier.id, archived=archive),
            on_done=lambda _view: self._archived(),
            on_error=lambda e: show_error(self, e, doing=tr("Archiving the supplier")),
            writes=True,
        )


class SupplierDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        supplier: SupplierView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supplier-dialog")
        self.setWindowTitle(
            tr("Supplier — {name}").format(name=supplier.name) if supplier else tr("New supplier")
        )
        self._services, self._runner, self._supplier = services, runner, supplier
        self.name_field = QLineEdit(supplier.name if supplier else "")
        self.email_field = QLineEdit(supplier.email or "" if supplier else "")
        self.phone_field = QLineEdit(supplier.phone or "" if supplier else "")
        self.vat_field = QLineEdit(supplier.vat_id or "" if supplier else "")
        self.country_field = QLineEdit(supplier.country if supplier else "")
        self.country_field.setPlaceholderText(tr("LV, SE…"))
        self.address_field = QPlainTextEdit(supplier.address if supplier else "")
        self.address_field.setTabChangesFocus(True)
        self.notes_field = QLineEdit(supplier.notes if supplier else "")
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, widget in (
            (tr("Name"), self.name_field),
            (tr("Email"), self.email_field),
            (tr("Phone"), self.phone_field),
            (tr("VAT id"), self.vat_field),
            (tr("Country"), self.country_field),
            (tr("Address"), self.address_field),
            (tr("Notes"), self.notes_field),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name_field.textChanged.connect(lambda _t: self.validate())
        self.validate()
        self.resize(440, 360)

    def validate(self) -> bool:
        ok = bool(self.name_field.text().strip())
        self.save_button.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        data = SupplierInput(
            name=self.name_field.text(),
            email=self.email_field.text(),
            phone=self.phone_field.text(),
            vat_id=self.vat_field.text(),
            address=self.address_field.toPlainText(),
            country=self.country_field.text(),
            notes=self.notes_field.text(),
        )
        suppliers, supplier = self._services.suppliers, self._supplier
        self.save_button.setEnabled(False)
        self._runner.run(
            (lambda: suppliers.create(data))
            if supplier is None
            else (lambda: suppliers.update(supplier.id, data)),
            on_done=self._saved,
            on_error=self._failed,
            writes=True,
        )

    def _saved(self, view: SupplierView) -> None:
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.validate()
        if isinstance(error, ValidationError):
            self.message.setText(str(error))
            self.message.show()
        else:
            show_error(self, error, doing=tr("Saving the supplier"))
