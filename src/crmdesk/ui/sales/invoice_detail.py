"""The read-only view of one invoice or credit note, with the actions its status allows.

Nothing here edits a document: an issued invoice is frozen (the database refuses changes), so the dialog
offers no way to change one; corrections are credit notes. Every service call runs on the task runner;
writes go to its write queue. A refusal (:class:`CrmError`) is shown by :func:`show_error`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.services import Services
from crmdesk.services.sales.views import InvoiceView, IssueResult, PaymentView
from crmdesk.ui.errors import show_error
from crmdesk.ui.sales.display import PAYMENT_LABELS, iso, money
from crmdesk.ui.sales.payment_dialog import METHOD_LABELS, PaymentDialog
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

ISSUE_TEXT = (
    "Issue {label}?\n\nIssuing is final: the document gets its number and can never be changed again. "
    "Corrections are made with a credit note."
)


@dataclass(frozen=True)
class InvoiceDetail:
    """Everything the dialog shows, read in one background task."""

    invoice: InvoiceView
    payments: tuple[PaymentView, ...]
    clock_warning: str | None


class InvoiceDetailDialog(QDialog):
    """Lines, tax breakdown, payments and the status's actions (Issue, Record payment, Credit note)."""

    loaded = Signal()
    """The document was (re-)read and is shown."""
    changed = Signal()
    """An action changed the database (the list behind the dialog should refresh)."""

    def __init__(
        self, *, services: Services, runner: TaskRunner, invoice_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice-detail")
        self.setWindowTitle("Invoice")
        self.resize(860, 600)
        self._services = services
        self._runner = runner
        self._invoice_id = invoice_id
        self.detail: InvoiceDetail | None = None

        self.header = QLabel("Loading…")
        self.header.setWordWrap(True)
        self.lines_table = read_only_table(
            ["Description", "Quantity", "Unit", "Unit price", "Discount", "Tax %", "Amount"],
            right_aligned=(1, 3, 4, 5, 6),
        )
        self.tax_table = read_only_table(
            ["Tax rate", "Net", "Tax", "Gross", ""], right_aligned=(0, 1, 2, 3), stretch=4
        )
        self.payments_table = read_only_table(
            ["Date", "Method", "Reference", "Amount"], right_aligned=(3,), stretch=2
        )
        for small in (self.tax_table, self.payments_table):
            small.setMaximumHeight(130)
        self.issue_button = QPushButton("Issue…")
        self.payment_button = QPushButton("Record payment…")
        self.credit_button = QPushButton("Credit note…")
        self.issue_button.clicked.connect(self.issue)
        self.payment_button.clicked.connect(self.record_payment)
        self.credit_button.clicked.connect(self.credit_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.issue_button, self.payment_button, self.credit_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(QLabel("<b>Tax breakdown</b>"))
        layout.addWidget(self.tax_table)
        layout.addWidget(QLabel("<b>Payments</b>"))
        layout.addWidget(self.payments_table)
        layout.addWidget(self.buttons)
        self.load(invoice_id)

    @property
    def invoice_id(self) -> int:
        return self._invoice_id

    def load(self, invoice_id: int) -> None:
        """Read (again) and show ``invoice_id`` in the background."""
        self._invoice_id = invoice_id
        services = self._services

        def read() -> InvoiceDetail:
            invoice = services.invoices.get(invoice_id)
            payments = services.payments.of_invoice(invoice_id) if invoice.number else []
            warning = services.invoices.clock_warning() if invoice.status is InvoiceStatus.DRAFT else None
            return InvoiceDetail(invoice=invoice, payments=tuple(payments), clock_warning=warning)

        self._runner.run(
            read, on_done=self._show, on_error=lambda error: show_error(self, error, doing="Opening")
        )

    def _show(self, detail: InvoiceDetail) -> None:
        if detail.invoice.id != self._invoice_id:
            return  # an older read; a newer one is on its way
        self.detail = detail
        invoice = detail.invoice
        self.setWindowTitle(invoice.label[0].upper() + invoice.label[1:])
        self.header.setText(_header_html(detail))
        fill_table(
            self.lines_table,
            [
                [
                    line.description,
                    f"{line.quantity.normalize():f}",
                    line.unit,
                    money(line.unit_price, invoice.currency),
                    money(line.discount, invoice.currency) if line.discount else "",
                    f"{line.tax_rate.normalize():f}",
                    money(line.amount, invoice.currency),
                ]
                for line in invoice.lines
            ],
        )
        fill_table(
            self.tax_table,
            [
                [
                    f"{rate.rate.normalize():f} %",
                    money(rate.net, invoice.currency),
                    money(rate.tax, invoice.currency),
                    money(rate.gross, invoice.currency),
                    "",
                ]
                for rate in invoice.tax_breakdown
            ],
        )
        fill_table(
            self.payments_table,
            [
                [iso(p.paid_on), METHOD_LABELS[p.method], p.reference, money(p.amount, p.currency)]
                for p in detail.payments
            ],
        )
        draft = invoice.status is InvoiceStatus.DRAFT
        owed = invoice.balance is not None and invoice.balance.amount_due > 0
        self.issue_button.setVisible(draft)
        self.payment_button.setVisible(owed)
        self.credit_button.setVisible(
            invoice.kind is InvoiceKind.INVOICE and not draft and invoice.balance is not None
        )
        # Focus on Close, not on a table cell: nothing in the dialog is meant to be edited.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.loaded.emit()

    # --- actions --------------------------------------------------------------------------------

    def issue(self) -> None:
        """Ask for confirmation (issuing is final), then issue in the background."""
        if self.detail is None:
            return
        text = ISSUE_TEXT.format(label=self.detail.invoice.label)
        if self.detail.clock_warning:
            text += f"\n\nWarning: {self.detail.clock_warning}"
        answer = QMessageBox.question(
            self,
            "Issue",
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, invoice_id = self._services, self._invoice_id
        self._write(lambda: services.invoices.issue(invoice_id), self._issued, doing="Issuing")

    def _issued(self, result: IssueResult) -> None:
        if result.warning:
            QMessageBox.warning(self, "Issued — check the computer's clock", result.warning)

    def record_payment(self) -> None:
        """Ask for the payment, then record it in the background."""
        if self.detail is None or self.detail.invoice.balance is None:
            return
        invoice = self.detail.invoice
        assert invoice.balance is not None
        dialog = PaymentDialog(
            currency=invoice.currency,
            amount_due=invoice.balance.amount_due,
            earliest=invoice.issue_date,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.submit_payment(dialog)

    def submit_payment(self, dialog: PaymentDialog) -> None:
        """Record what ``dialog`` holds (split from :meth:`record_payment` so tests skip ``exec``)."""
        entered = dialog.payment()
        services, invoice_id = self._services, self._invoice_id
        self._write(
            lambda: services.payments.record(
                invoice_id,
                amount=entered.amount,
                paid_on=entered.paid_on,
                method=entered.method,
                reference=entered.reference,
            ),
            lambda _result: None,
            doing="Recording the payment",
        )

    def credit_note(self) -> None:
        """Make a draft credit note for the whole invoice and show it (it is issued from here)."""
        if self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            "Credit note",
            f"Make a draft credit note for all of {self.detail.invoice.label}?\n\n"
            "It is shown next; issue it to cancel the invoice.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, invoice_id = self._services, self._invoice_id
        self._write(
            lambda: services.credit_notes.create_draft(invoice_id),
            lambda note: self.load(note.id),
            doing="Making the credit note",
            reload=False,
        )

    def _write(
        self,
        work: Callable[[], object],
        then: Callable[[Any], None],
        *,
        doing: str,
        reload: bool = True,
    ) -> None:
        for button in (self.issue_button, self.payment_button, self.credit_button):
            button.setEnabled(False)  # one action at a time: no double issue by a double click

        def done(result: object) -> None:
            self._enable()
            then(result)
            self.changed.emit()
            if reload:
                self.load(self._invoice_id)

        def failed(error: BaseException) -> None:
            self._enable()
            show_error(self, error, doing=doing)

        self._runner.run(work, on_done=done, on_error=failed, writes=True)

    def _enable(self) -> None:
        for button in (self.issue_button, self.payment_button, self.credit_button):
            button.setEnabled(True)


def _header_html(detail: InvoiceDetail) -> str:
    invoice = detail.invoice
    parts = [f"<h2>{escape(invoice.label[0].upper() + invoice.label[1:])}</h2>"]
    parts.append(f"<b>Customer:</b> {escape(invoice.customer_name)}")
    if invoice.credited_number:
        parts.append(f"&nbsp;&nbsp; <b>Corrects:</b> invoice {escape(invoice.credited_number)}")
    parts.append(f"<br><b>Issued:</b> {iso(invoice.issue_date) or '—'}")
    parts.append(f"&nbsp;&nbsp; <b>Due:</b> {iso(invoice.due_date) or '—'}")
    parts.append(
        f"<br><b>Net:</b> {money(invoice.net_total, invoice.currency)}"
        f"&nbsp;&nbsp; <b>Tax:</b> {money(invoice.tax_total, invoice.currency)}"
        f"&nbsp;&nbsp; <b>Gross:</b> {money(invoice.gross_total, invoice.currency)}"
    )
    if invoice.balance is not None:
        due = invoice.balance.amount_due
        parts.append(
            f"<br><b>Status:</b> {PAYMENT_LABELS[invoice.balance.status]}"
            f"&nbsp;&nbsp; <b>Still due:</b> {money(due, invoice.currency)}"
        )
        if invoice.balance.overpaid > Decimal(0):
            parts.append(f" (overpaid {money(invoice.balance.overpaid, invoice.currency)})")
    elif invoice.status is InvoiceStatus.DRAFT:
        parts.append("<br><b>Status:</b> Draft — no number until it is issued")
    if detail.clock_warning and invoice.status is InvoiceStatus.DRAFT:
        parts.append(f"<br><span style='color:#b3261e'>{escape(detail.clock_warning)}</span>")
    return "".join(parts)
