"""Choose what a credit note corrects: the whole invoice, or some lines and quantities of it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import ZERO, parse_decimal
from crmdesk.services.sales import CreditLine
from crmdesk.services.sales.views import InvoiceView
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import money
from crmdesk.ui.sales.editor_lines import plain

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CREDIT_COLUMN, DESCRIPTION_COLUMN, INVOICED_COLUMN, QUANTITY_COLUMN, PRICE_COLUMN = range(5)


class CreditNoteDialog(QDialog):
    """Full or partial: tick the lines to credit and type how many of each."""

    def __init__(self, invoice: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit-note-dialog")
        self.setWindowTitle(tr("Credit note for {label}").format(label=invoice.label))
        self.resize(720, 420)
        self._invoice = invoice
        self.full_button = QRadioButton(tr("The whole invoice (full credit note)"))
        self.partial_button = QRadioButton(tr("Chosen lines and quantities"))
        self.full_button.setChecked(True)
        self.table = QTableWidget(len(invoice.lines), 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Credit"), tr("Description"), tr("Invoiced"), tr("Quantity"), tr("Unit price")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(invoice.lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, CREDIT_COLUMN, tick)
            for column, text in (
                (DESCRIPTION_COLUMN, line.description),
                (INVOICED_COLUMN, f"{plain(line.quantity)} {line.unit}"),
                (PRICE_COLUMN, money(line.unit_price, invoice.currency)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column != DESCRIPTION_COLUMN:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
            quantity = QTableWidgetItem(plain(line.quantity))
            quantity.setTextAlignment(RIGHT)
            quantity.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, QUANTITY_COLUMN, quantity)
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText(tr("Reason (printed on the credit note)"))
        self.message_label = QLabel()
        self.message_label.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Make draft credit note"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        self.full_button.toggled.connect(self._mode_changed)
        self.table.itemChanged.connect(self._item_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.full_button)
        layout.addWidget(self.partial_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._mode_changed(True)

    def _mode_changed(self, full: bool) -> None:
        self.table.setEnabled(not full)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == QUANTITY_COLUMN and not self.partial_button.isChecked():
            self.partial_button.setChecked(True)

    def choose(self, row: int, quantity: Decimal) -> None:
        """Tick line ``row`` with ``quantity`` (what the owner does with the mouse and keyboard)."""
        self.partial_button.setChecked(True)
        self._item(row, CREDIT_COLUMN).setCheckState(Qt.CheckState.Checked)
        self._item(row, QUANTITY_COLUMN).setText(plain(quantity))

    def credit_lines(self) -> list[CreditLine] | None:
        """``None`` for the whole invoice; else the ticked lines, or :class:`ValidationError`."""
        if self.full_button.isChecked():
            return None
        chosen: list[CreditLine] = []
        for row, line in enumerate(self._invoice.lines):
            if self._item(row, CREDIT_COLUMN).checkState() != Qt.CheckState.Checked:
                continue
            text = self._item(row, QUANTITY_COLUMN).text()
            quantity = parse_decimal(text, field="quantity")
            if quantity <= ZERO or quantity > line.quantity:
                raise ValidationError(
                    f"line {row + 1}: credit more than 0 and at most {plain(line.quantity)}", field="quantity"
                )
            chosen.append(CreditLine(invoice_line_id=line.id, quantity=quantity))
        if not chosen:
            raise ValidationError("tick at least one line to credit", field="lines")
        return chosen

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled in __init__
        return item

    def reason(self) -> str:
        return self.reason_field.text().strip()

    def _check_and_accept(self) -> None:
        try:
            self.credit_lines()
        except ValidationError as error:
            self.message_label.setText(str(error))
            return
        self.accept()


__all__ = ["CreditNoteDialog"]
