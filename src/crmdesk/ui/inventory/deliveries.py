"""Delivery notes (shipping notices): the list, "New from invoice…", and the note dialog.

The dialog edits carrier and tracking number (they often arrive after shipping), ships a draft (which
numbers it and, when no issued invoice did so already, takes its goods out of stock), marks a shipped
note delivered, or deletes a draft. Every read and write runs on the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import DeliveryNoteStatus
from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.inventory import DeliveryNoteRow, DeliveryNoteView
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.inventory.display import quantity
from crmdesk.ui.sales.display import iso
from crmdesk.ui.sales.widgets import OpenableTable, fill_table, read_only_table, setup_read_only_table
from crmdesk.ui.tasks import TaskRunner

NOTE_LABELS: dict[DeliveryNoteStatus, str] = {
    DeliveryNoteStatus.DRAFT: tr("Draft"),
    DeliveryNoteStatus.SHIPPED: tr("Shipped"),
    DeliveryNoteStatus.DELIVERED: tr("Delivered"),
}
NOTE_HEADERS = (
    tr("Number"),
    tr("Customer"),
    tr("Invoice"),
    tr("Status"),
    tr("Shipped"),
    tr("Carrier"),
    tr("Tracking number"),
)
STATUS_FILTERS: dict[str, DeliveryNoteStatus | None] = {
    tr("All"): None,
    **{label: status for status, label in NOTE_LABELS.items()},
}
WARN_STYLE = "color: #a15c00;"


def note_cells(row: DeliveryNoteRow) -> list[str]:
    return [
        row.number or "—",
        row.customer_name,
        row.invoice_number or "",
        NOTE_LABELS[row.status],
        iso(row.shipped_on),
        row.carrier,
        row.tracking_number,
    ]


class DeliveriesTab(QWidget):
    loaded = Signal()
    changed = Signal()
    """A note was shipped (stock may have moved) or changed."""
    dialog_opened = Signal(object)

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.services: Services | None = None
        self.rows: list[DeliveryNoteRow] = []
        self._generation = 0
        self.status_box = QComboBox()
        self.status_box.addItems(list(STATUS_FILTERS))
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(tr("New from invoice…"))
        self.new_button.clicked.connect(lambda _checked=False: self.ask_invoice())
        self.pdf_button = QPushButton(tr("PDF…"))
        self.pdf_button.setEnabled(False)  # until a note is selected
        self.pdf_button.clicked.connect(lambda _checked=False: self.show_pdf())
        self.count_label = QLabel()
        self.table = OpenableTable(0, len(NOTE_HEADERS))
        setup_read_only_table(self.table, NOTE_HEADERS, stretch=1, single_selection=True)
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show")))
        bar.addWidget(self.status_box)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.pdf_button)
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
        services, generation = self.services, self._generation
        if services is None:
            return
        status = STATUS_FILTERS[self.status_box.currentText()]
        self._runner.run(
            lambda: services.deliveries.list(status=status),
            on_done=lambda rows: self._show(generation, rows),
            on_error=lambda e: show_error(self, e, doing=tr("Listing delivery notes")),
        )

    def _show(self, generation: int, rows: list[DeliveryNoteRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        fill_table(self.table, [note_cells(r) for r in rows])
        self._selection_changed()
        self.count_label.setText(
            plural(len(rows), tr("{count:,} delivery note"), tr("{count:,} delivery notes")).format(
                count=len(rows)
            )
        )
        self.loaded.emit()

    def selected_note(self) -> DeliveryNoteRow | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        self.pdf_button.setEnabled(self.selected_note() is not None)

    def show_pdf(self) -> None:
        """Preview, save or email the selected delivery note's PDF."""
        from crmdesk.ui.documents.preview import show_document_pdf  # QtPdf loads on first use

        note, services = self.selected_note(), self.services
        if note is not None and services is not None:
            show_document_pdf(self, self._runner, services, "delivery_note", note.id)

    def ask_invoice(self) -> None:
        number, ok = QInputDialog.getText(self, tr("New delivery note"), tr("Invoice number:"))
        if ok and number.strip():
            self.create_from_invoice(number)

    def create_from_invoice(self, number: str) -> None:
        services = self.services
        if services is None:
            return

        def done(note: DeliveryNoteView) -> None:
            self.refresh()
            self.open_note(note.id)

        self._runner.run(
            lambda: services.deliveries.create_from_invoice_number(number),
            on_done=done,
            on_error=lambda e: show_error(self, e, doing=tr("Making the delivery note")),
            writes=True,
        )

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_note(self.rows[row].id)

    def open_note(self, note_id: int) -> None:
        services = self.services
        if services is None:
            return
        self._runner.run(
            lambda: services.deliveries.get(note_id),
            on_done=lambda note: self._show_dialog(services, note),
            on_error=lambda e: show_error(self, e, doing=tr("Opening the delivery note")),
        )

    def _show_dialog(self, services: Services, note: DeliveryNoteView) -> None:
        if services is not self.services:
            return
        dialog = DeliveryNoteDialog(services=services, runner=self._runner, note=note, parent=self)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed.emit)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        self.dialog_opened.emit(dialog)


class DeliveryNoteDialog(QDialog):
    changed = Signal()
    shown = Signal()

    def __init__(
        self, *, services: Services, runner: TaskRunner, note: DeliveryNoteView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("delivery-note")
        self._services, self._runner = services, runner
        self.note = note
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.carrier_field = QLineEdit()
        self.tracking_field = QLineEdit()
        self.lines = read_only_table((tr("Product"), tr("Quantity")), right_aligned=(1,), stretch=0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(tr("Save details"))
        self.ship_button = QPushButton(tr("Ship"))
        self.deliver_button = QPushButton(tr("Mark delivered"))
        self.delete_button = QPushButton(tr("Delete draft"))
        close = QPushButton(tr("Close"))
        for button in (self.save_button, self.ship_button, self.deliver_button, self.delete_button, close):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda _c=False: self.save_details())
        self.ship_button.clicked.connect(lambda _c=False: self.ship())
        self.deliver_button.clicked.connect(lambda _c=False: self.deliver())
        self.delete_button.clicked.connect(lambda _c=False: self.delete())
        close.clicked.connect(lambda _c=False: self.reject())
        form = QFormLayout()
        form.addRow(tr("Carrier"), self.carrier_field)
        form.addRow(tr("Tracking number"), self.tracking_field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.deliver_button)
        buttons.addWidget(self.ship_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._render(note)
        self.resize(640, 440)

    def _render(self, note: DeliveryNoteView) -> None:
        self.note = note
        label = note.number or "draft"
        self.setWindowTitle(tr("Delivery note {label}").format(label=label))
        self.title.setText(
            tr("Delivery note {label} — {NOTE_LABELS}").format(
                label=label, NOTE_LABELS=NOTE_LABELS[note.status]
            )
        )
        parts = [tr("Customer: {customer_name}").format(customer_name=note.customer_name)]
        if note.shipped_on:
            parts.append(tr("Shipped: {iso}").format(iso=iso(note.shipped_on)))
        parts.append(
            tr("Shipping takes these goods out of stock.")
            if note.moves_stock
            else tr("Stock was taken out by the issued invoice.")
        )
        self.info.setText("    ".join(parts))
        self.carrier_field.setText(note.carrier)
        self.tracking_field.setText(note.tracking_number)
        fill_table(self.lines, [[line.description, quantity(line.quantity)] for line in note.lines])
        draft = note.status is DeliveryNoteStatus.DRAFT
        self.ship_button.setVisible(draft)
        self.delete_button.setVisible(draft)
        self.deliver_button.setVisible(note.status is DeliveryNoteStatus.SHIPPED)
        if note.shortages:
            self.message.setText(tr("Stock went below zero: ") + "; ".join(str(s) for s in note.shortages))
            self.message.setStyleSheet(WARN_STYLE)
            self.message.show()
        self.shown.emit()

    def _write(self, work: object, doing: str, *, close: bool = False) -> None:
        def done(result: object) -> None:
            self.changed.emit()
            if close or not isinstance(result, DeliveryNoteView):
                self.accept()
                return
            self._render(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, CrmError):
                show_error(self, error, doing=doing)
                return
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(error))
            self.message.show()

        self.message.hide()
        self._runner.run(work, on_done=done, on_error=failed, writes=True)  # type: ignore[arg-type]

    def save_details(self) -> None:
        deliveries, note_id = self._services.deliveries, self.note.id
        carrier, tracking, notes = self.carrier_field.text(), self.tracking_field.text(), self.note.notes
        self._write(
            lambda: deliveries.update_details(
                note_id, carrier=carrier, tracking_number=tracking, notes=notes
            ),
            tr("Saving the delivery note"),
        )

    def ship(self) -> None:
        deliveries, note_id = self._services.deliveries, self.note.id
        carrier, tracking, notes = self.carrier_field.text(), self.tracking_field.text(), self.note.notes

        def work() -> DeliveryNoteView:
            deliveries.update_details(note_id, carrier=carrier, tracking_number=tracking, notes=notes)
            return deliveries.ship(note_id)

        self._write(work, tr("Shipping"))

    def deliver(self) -> None:
        deliveries, note_id = self._services.deliveries, self.note.id
        self._write(lambda: deliveries.mark_delivered(note_id), tr("Marking delivered"))

    def delete(self) -> None:
        deliveries, note_id = self._services.deliveries, self.note.id
        self._write(lambda: deliveries.delete_draft(note_id), tr("Deleting the draft"), close=True)
