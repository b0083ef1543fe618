"""Record a payment: amount, date, method, with the amount checked as it is typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crmdesk.domain.enums import PaymentMethod
from crmdesk.domain.money import currency_digits
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import to_date

METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.BANK_TRANSFER: tr("Bank transfer"),
    PaymentMethod.CASH: tr("Cash"),
    PaymentMethod.CARD: tr("Card"),
    PaymentMethod.OTHER: tr("Other"),
}


@dataclass(frozen=True)
class PaymentInput:
    """What the owner entered; the service still checks it (e.g. not before the issue date)."""

    amount: Decimal
    paid_on: date
    method: PaymentMethod
    reference: str


class PaymentDialog(QDialog):
    """Amount (prefilled with what is due), date, method and reference of a payment received."""

    def __init__(
        self, *, currency: str, amount_due: Decimal, earliest: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record payment"))
        self._digits = currency_digits(currency)
        self.amount_field = QLineEdit(f"{amount_due:.{self._digits}f}")
        self.amount_field.setObjectName("payment-amount")
        self.error_label = QLabel()
        self.error_label.setObjectName("payment-error")
        self.error_label.setStyleSheet("color: #b3261e")
        self.date_field = QDateEdit(QDate.currentDate())
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat("yyyy-MM-dd")
        if earliest is not None:
            # A payment cannot predate the invoice: the field does not offer such dates.
            self.date_field.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.method_box = QComboBox()
        for method, label in METHOD_LABELS.items():
            self.method_box.addItem(label, method.value)
        self.reference_field = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Amount ({currency})").format(currency=currency), self.amount_field)
        form.addRow("", self.error_label)
        form.addRow(tr("Date"), self.date_field)
        form.addRow(tr("Method"), self.method_box)
        form.addRow(tr("Reference"), self.reference_field)
        form.addRow(self.buttons)
        self.amount_field.textChanged.connect(lambda _text: self._validate())
        self._validate()

    def amount(self) -> Decimal | None:
        """The amount typed, or ``None`` while it is not a valid payment amount."""
        text = self.amount_field.text().strip().replace(" ", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return None
        if not value.is_finite() or value <= 0 or -value.as_tuple().exponent > self._digits:  # type: ignore[operator]
            return None
        return value

    def _validate(self) -> None:
        valid = self.amount() is not None
        self.error_label.setText(
            ""
            if valid
            else tr("Enter an amount above 0 with at most {digits} decimals").format(digits=self._digits)
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(valid)

    def payment(self) -> PaymentInput:
        """What was entered (only call after the dialog was accepted)."""
        amount = self.amount()
        assert amount is not None  # OK is disabled otherwise
        return PaymentInput(
            amount=amount,
            paid_on=to_date(self.date_field.date()),
            method=PaymentMethod(self.method_box.currentData()),
            reference=self.reference_field.text().strip(),
        )
