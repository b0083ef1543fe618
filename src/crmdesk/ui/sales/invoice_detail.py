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

from PySide6.QtCore import Qt, Signal
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
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.services import Services
from crmdesk.services.sales.views import InvoiceView, IssueResult, PaymentView, ReminderView
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.credit_note_dialog import CreditNoteDialog
from crmdesk.ui.sales.display import PAYMENT_LABELS, iso, money
from crmdesk.ui.sales.payment_dialog import METHOD_LABELS, PaymentDialog
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

ISSUE_TEXT = tr(
    "Issue {label}?\n\nIssuing is final: the document gets its number and can never be changed again. Corrections are made with a credit note."
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
    duplicated = Signal(object)
    """A document editor with a copy of this invoice was opened."""

    def __init__(
        self, *, services: Services, runner: TaskRunner, invoice_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice-detail")
        self.setWindowTitle(tr("Invoice"))
        self.resize(860, 600)
        self._services = services
        self._runner = runner
        self._invoice_id = invoice_id
        self.detail: InvoiceDetail | None = None
        self.last_reminder: ReminderView | None = None

        self.header = QLabel(tr("Loading…"))
        self.header.setWordWrap(True)
        self.lines_table = read_only_table(
            [
                tr("Description"),
                tr("Quantity"),
                tr("Unit"),
                tr("Unit price"),
                tr("Discount"),
                tr("Tax %"),
                tr("Amount"),
            ],
            right_aligned=(1, 3, 4, 5, 6),
        )
        self.tax_table = read_only_table(
            [tr("Tax rate"), tr("Net"), tr("Tax"), tr("Gross"), ""], right_aligned=(0, 1, 2, 3), stretch=4
        )
        self.payments_table = read_only_table(
            [tr("Date"), tr("Method"), tr("Reference"), tr("Amount")], right_aligned=(3,), stretch=2
        )
        for small in (self.tax_table, self.payments_table):
            small.setMaximumHeight(130)
        self.issue_button = QPushButton(tr("Issue…"))
        self.payment_button = QPushButton(tr("Record payment…"))
        self.credit_button = QPushButton(tr("Credit note…"))
        self.reminder_button = QPushButton(tr("Record reminder…"))
        self.reminder_button.setToolTip(
            tr("Record the next payment reminder (level 1, 2, 3) in the contact log")
        )
        self.reminder_button.clicked.connect(self.record_reminder)
        self.duplicate_button = QPushButton(tr("Duplicate"))
        self.duplicate_button.setToolTip(tr("A new draft invoice with this invoice's customer and lines"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.issue_button.clicked.connect(self.issue)
        self.payment_button.clicked.connect(self.record_payment)
        self.credit_button.clicked.connect(self.credit_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (
            self.issue_button,
            self.payment_button,
            self.credit_button,
            self.reminder_button,
            self.duplicate_button,
        ):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()
        self.buttons.rejected.connect(self.reject)

        def show_pdf() -> None:  # preview, save, send (ui/documents); QtPdf loads on first use
            from crmdesk.ui.documents import show_document_pdf

            credit = self.detail is not None and self.detail.invoice.kind is InvoiceKind.CREDIT_NOTE
            kind = "credit_note" if credit else "invoice"
            show_document_pdf(self, self._runner, self._services, kind, self._invoice_id)

        self.pdf_button = QPushButton(tr("PDF…"))
        self.pdf_button.setToolTip(tr("Preview, save or email the PDF (Ctrl+P)"))
        self.pdf_button.setShortcut("Ctrl+P")
        self.pdf_button.clicked.connect(show_pdf)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reminder_pdf_button = QPushButton(tr("Reminder PDF…"))
        self.reminder_pdf_button.clicked.connect(lambda _checked=False: self.show_reminder_pdf())
        self.reminder_pdf_button.hide()
        self.buttons.addButton(self.reminder_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(QLabel(tr("<b>Tax breakdown</b>")))
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
            read, on_done=self._show, on_error=lambda error: show_error(self, error, doing=tr("Opening"))
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
        overdue = invoice.balance is not None and invoice.balance.status is PaymentStatus.OVERDUE
        self.reminder_button.setVisible(overdue)
        self.reminder_pdf_button.setVisible(overdue)
        self.duplicate_button.setVisible(invoice.kind is InvoiceKind.INVOICE and not draft)
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
            tr("Issue"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, invoice_id = self._services, self._invoice_id
        self._write(lambda: services.invoices.issue(invoice_id), self._issued, doing=tr("Issuing"))

    def _issued(self, result: IssueResult) -> None:
        if result.warning:
            QMessageBox.warning(self, tr("Issued — check the computer's clock"), result.warning)

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
            doing=tr("Recording the payment"),
        )

    def credit_note(self) -> None:
        """Ask what to credit (all, or chosen lines and quantities), make the draft and show it."""
        if self.detail is None:
            return
        dialog = CreditNoteDialog(self.detail.invoice, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.submit_credit_note(dialog)

    def submit_credit_note(self, dialog: CreditNoteDialog) -> None:
        """Make the draft ``dialog`` describes (split from :meth:`credit_note` so tests skip ``exec``).

        The draft is shown next; issuing it (from here) is what corrects the invoice.
        """
        lines, reason = dialog.credit_lines(), dialog.reason()
        services, invoice_id = self._services, self._invoice_id
        self._write(
            lambda: services.credit_notes.create_draft(invoice_id, lines=lines, notes=reason),
            lambda note: self.load(note.id),
            doing=tr("Making the credit note"),
            reload=False,
        )

    def record_reminder(self) -> None:
        """Record the next payment reminder of this overdue invoice in the customer's contact log."""
        if self.detail is None or self.detail.invoice.balance is None:
            return
        invoice = self.detail.invoice
        assert invoice.balance is not None
        answer = QMessageBox.question(
            self,
            tr("Payment reminder"),
            f"Record a payment reminder for {invoice.label} ({invoice.balance.days_late} days late,"
            f" {money(invoice.balance.amount_due, invoice.currency)} due) in the contact log?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, invoice_id = self._services, self._invoice_id
        self._write(
            lambda: services.payments.send_reminder(invoice_id),
            self._reminded,
            doing=tr("Recording the reminder"),
        )

    def _reminded(self, reminder: ReminderView) -> None:
        self.last_reminder = reminder

    def show_reminder_pdf(self) -> None:
        """The payment reminder's PDF at the level last recorded (the service's default: the last
        reminder in the contact log, level 1 when none was recorded yet)."""
        from crmdesk.ui.documents.preview import show_document_pdf  # QtPdf loads on first use

        level = self.last_reminder.level if self.last_reminder is not None else None
        show_document_pdf(
            self, self._runner, self._services, "reminder", self._invoice_id, reminder_level=level
        )

    def duplicate(self) -> QDialog | None:
        """Open a new draft invoice in the editor with this one's customer, settings and lines (unsaved)."""
        if self.detail is None:
            return None
        from crmdesk.ui.sales.document_editor import DocumentEditor, DocumentKind, copy_of  # imports this

        editor = DocumentEditor(
            services=self._services,
            runner=self._runner,
            kind=DocumentKind.INVOICE,
            initial=copy_of(self.detail.invoice),
            parent=self.parentWidget(),
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.changed.connect(self.changed)
        editor.show()
        self.duplicated.emit(editor)
        return editor

    def _write(
        self,
        work: Callable[[], object],
        then: Callable[[Any], None],
        *,
        doing: str,
        reload: bool = True,
    ) -> None:
        for button in (self.issue_button, self.payment_button, self.credit_button, self.reminder_button):
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
        for button in (self.issue_button, self.payment_button, self.credit_button, self.reminder_button):
            button.setEnabled(True)


def _header_html(detail: InvoiceDetail) -> str:
    invoice = detail.invoice
    parts = [f"<h2>{escape(invoice.label[0].upper() + invoice.label[1:])}</h2>"]
    parts.append(f"<b>Customer:</b> {escape(invoice.customer_name)}")
    if invoice.credited_number:
        parts.append(
            tr("&nbsp;&nbsp; <b>Corrects:</b> invoice {escape}").format(
                escape=escape(invoice.credited_number)
            )
        )
    parts.append(f"<br><b>Issued:</b> {iso(invoice.issue_date) or '—'}")
    parts.append(tr("&nbsp;&nbsp; <b>Due:</b> {value1}").format(value1=iso(invoice.due_date) or "—"))
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
            parts.append(
                tr(" (overpaid {money})").format(money=money(invoice.balance.overpaid, invoice.currency))
            )
    elif invoice.status is InvoiceStatus.DRAFT:
        parts.append(tr("<br><b>Status:</b> Draft — no number until it is issued"))
    if detail.clock_warning and invoice.status is InvoiceStatus.DRAFT:
        parts.append(
            tr("<br><span style='color:#b3261e'>{escape}</span>").format(escape=escape(detail.clock_warning))
        )
    return "".join(parts)
