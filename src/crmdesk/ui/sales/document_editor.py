"""The document editor: create and edit draft quotes and invoices, fast with the keyboard.

Header (customer searched as typed, currency, language, net or gross prices, dates, notes) and a lines
table (Tab across a line, Enter on the last line adds one, product autocomplete by SKU or name). Totals
and the tax breakdown come from :func:`crmdesk.domain.totals.document_totals` on every change — the one
money module; nothing is computed here. Every change is a command on a :class:`QUndoStack` (Ctrl+Z,
Ctrl+Shift+Z). Ctrl+S saves; Issue (invoices) asks first and says it is final. An issued invoice, or a
quote past its draft, opens read-only: the editor refuses every change (and the database would too).
Every service call runs on the task runner; writes go to its write queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus, QuoteStatus
from crmdesk.domain.errors import CrmError, ValidationError
from crmdesk.domain.money import parse_decimal
from crmdesk.domain.totals import LineAmounts, TaxRounding, Totals, document_totals
from crmdesk.services import Services
from crmdesk.services.sales import InvoiceDraft, LineInput, QuoteDraft
from crmdesk.services.sales.choices import CustomerDefaults, EditorSettings, ProductChoice
from crmdesk.services.sales.common import local_today
from crmdesk.services.sales.views import DocumentLineView, InvoiceView, IssueResult, QuoteView
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.pages.base import scaled_font
from crmdesk.ui.sales.customer_picker import CustomerPicker
from crmdesk.ui.sales.display import QUOTE_LABELS, money, to_date
from crmdesk.ui.sales.editor_lines import (
    EditorLine,
    InsertLine,
    LineColumn,
    LineDelegate,
    LinesModel,
    LinesTable,
    RemoveLine,
)
from crmdesk.ui.sales.invoice_detail import ISSUE_TEXT
from crmdesk.ui.sales.quote_actions import ACTION_STATUSES, ACTION_TITLES, DONE_TEXTS, quote_action
from crmdesk.ui.tasks import TaskRunner

CURRENCIES = (
    "EUR",
    "USD",
    "GBP",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CHF",
    "CZK",
    "RUB",
    "IRR",
    "JPY",
    "CNY",
)
LANGUAGES = ("en", "lv", "ru", "de", "et", "lt", "fi", "sv", "fa", "zh", "ja")
QUOTE_VALIDITY_DAYS = 30
TEXT_FIELDS = frozenset({"notes", "exchange_rate"})
"""Header fields typed character by character: one undo step per field, not per key."""


class DocumentKind(StrEnum):
    QUOTE = "quote"
    INVOICE = "invoice"


@dataclass(frozen=True)
class Header:
    customer_id: int | None = None
    customer_name: str = ""
    currency: str = "EUR"
    exchange_rate: str = ""
    """As typed; empty for the base currency."""
    language: str = "en"
    prices_include_tax: bool = False
    issue_date: date | None = None
    """Quotes only (an invoice gets its date when issued)."""
    valid_until: date | None = None
    due_date: date | None = None
    """Invoices only; ``None``: issue date + the customer's payment terms."""
    notes: str = ""


@dataclass(frozen=True)
class EditorState:
    """What the editor holds: the header and the lines (a duplicate starts from it)."""

    header: Header
    lines: tuple[EditorLine, ...]


class SetHeader(QUndoCommand):
    """One header change; typing in a text field merges into one step."""

    MERGE_ID = 4104

    def __init__(self, editor: DocumentEditor, old: Header, new: Header, field: str) -> None:
        super().__init__(tr("Change {replace}").format(replace=field.replace("_", " ")))
        self._editor, self._old, self._new, self.field = editor, old, new, field

    def id(self) -> int:
        return self.MERGE_ID if self.field in TEXT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetHeader) or other.field != self.field:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._editor.apply_header(self._new)

    def undo(self) -> None:
        self._editor.apply_header(self._old)


class DocumentEditor(QDialog):
    """Edit one draft quote or invoice (``document_id=None``: a new one)."""

    loaded = Signal()
    """The document was read and is shown (tests wait on it)."""
    saved = Signal(object)
    """The draft was written; carries the :class:`QuoteView` or :class:`InvoiceView`."""
    issued = Signal(int)
    """The invoice was issued (the editor closes; the page shows the issued invoice)."""
    changed = Signal()
    """Something was written (lists should refresh)."""
    duplicated = Signal(object)
    """A new editor with a copy of this document was opened."""
    invoice_made = Signal(int)
    """An accepted quote became this draft invoice."""
    totals_changed = Signal()

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        kind: DocumentKind,
        document_id: int | None = None,
        initial: EditorState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("document-editor")
        self.resize(980, 680)
        self._services = services
        self._runner = runner
        self.kind = kind
        self.document_id = document_id
        self.status: QuoteStatus | InvoiceStatus | None = None
        self.label = ""
        self.invoice_kind: InvoiceKind | None = None
        self.read_only = False
        self.busy = False
        self.totals: Totals | None = None
        self._settings = EditorSettings(base_currency="EUR", tax_rounding=TaxRounding.PER_DOCUMENT)
        self._applying = False
        self.undo_stack = QUndoStack(self)
        today = local_today()
        self.header = Header(
            issue_date=today if kind is DocumentKind.QUOTE else None,
            valid_until=today + timedelta(days=QUOTE_VALIDITY_DAYS) if kind is DocumentKind.QUOTE else None,
        )

        self._build()
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._index_changed)
        self._load_choices()
        if document_id is not None:
            self.load(document_id)
        else:
            state = initial or EditorState(header=self.header, lines=(EditorLine(),))
            self._show_state(state)
            if initial is not None:
                # A copy is unsaved work: closing asks before it is thrown away.
                self.undo_stack.push(QUndoCommand(tr("Duplicate")))
            self.loaded.emit()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("editor-banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.customer_field = CustomerPicker(runner=self._runner)
        self.customer_field.set_services(self._services)
        self.customer_field.picked.connect(self._customer_picked)
        self.currency_box = QComboBox()
        self.currency_box.setEditable(True)
        self.currency_box.addItems(CURRENCIES)
        self.currency_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_box.currentTextChanged.connect(
            lambda text: self._header_edited("currency", text.strip().upper())
        )
        self.rate_field = QLineEdit()
        self.rate_field.setToolTip(tr("Units of this currency per 1 unit of the base currency"))
        self.rate_field.textEdited.connect(lambda text: self._header_edited("exchange_rate", text.strip()))
        self.language_box = QComboBox()
        self.language_box.setEditable(True)
        self.language_box.addItems(LANGUAGES)
        self.language_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language_box.currentTextChanged.connect(
            lambda text: self._header_edited("language", text.strip().lower())
        )
        self.prices_box = QComboBox()
        self.prices_box.addItem(tr("Net (tax is added)"), False)
        self.prices_box.addItem(tr("Gross (tax included)"), True)
        self.prices_box.currentIndexChanged.connect(
            lambda _index: self._header_edited("prices_include_tax", bool(self.prices_box.currentData()))
        )
        self.issue_date_field = _date_field()
        self.issue_date_field.dateChanged.connect(lambda day: self._header_edited("issue_date", to_date(day)))
        self.valid_until_field = _date_field()
        self.valid_until_field.dateChanged.connect(
            lambda day: self._header_edited("valid_until", to_date(day))
        )
        self.due_box = QCheckBox(tr("Due on"))
        self.due_box.setToolTip(tr("Unticked: the issue date plus the customer's payment terms"))
        self.due_field = _date_field()
        self.due_box.toggled.connect(lambda _on: self._due_edited())
        self.due_field.dateChanged.connect(lambda _day: self._due_edited())
        self.notes_field = QPlainTextEdit()
        self.notes_field.setPlaceholderText(tr("Notes printed on the document"))
        self.notes_field.setMaximumHeight(70)
        self.notes_field.setTabChangesFocus(True)
        self.notes_field.textChanged.connect(
            lambda: self._header_edited("notes", self.notes_field.toPlainText())
        )

        self.heading = QLabel()
        self.heading.setObjectName("editor-heading")
        self.heading.setFont(scaled_font(self.heading.font(), 1.25, bold=True))
        self.language_box.setMinimumContentsLength(4)
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rate_field.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        customer_label = QLabel(tr("&Customer"))
        customer_label.setBuddy(self.customer_field)
        first = QHBoxLayout()
        first.addWidget(customer_label)
        first.addWidget(self.customer_field, 1)
        first.addSpacing(12)
        first.addWidget(QLabel(tr("Currency")))
        first.addWidget(self.currency_box)
        first.addWidget(QLabel(tr("Rate")))
        first.addWidget(self.rate_field)
        second = QHBoxLayout()
        second.addWidget(QLabel(tr("Language")))
        second.addWidget(self.language_box)
        second.addSpacing(12)
        second.addWidget(QLabel(tr("Prices")))
        second.addWidget(self.prices_box)
        second.addSpacing(12)
        if self.kind is DocumentKind.QUOTE:
            second.addWidget(QLabel(tr("Date")))
            second.addWidget(self.issue_date_field)
            second.addWidget(QLabel(tr("Valid until")))
            second.addWidget(self.valid_until_field)
            self.due_box.hide()
            self.due_field.hide()
        else:
            second.addWidget(self.due_box)
            second.addWidget(self.due_field)
            self.issue_date_field.hide()
            self.valid_until_field.hide()
        second.addStretch(1)
        form = QVBoxLayout()
        form.addLayout(first)
        form.addLayout(second)

        self.products: dict[str, ProductChoice] = {}
        self._completions = QStringListModel(self)
        self.model = LinesModel(self.undo_stack, self)
        self.model.invalid.connect(self.show_message)
        self.table = LinesTable()
        self.table.setObjectName("editor-lines")
        self.table.setModel(self.model)
        self.table.setItemDelegate(LineDelegate(self._completions, self.table))
        self.table.add_line_requested.connect(self.add_line)
        self.table.remove_line_requested.connect(self.remove_line)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.table.fontMetrics().averageCharWidth()
        widths = {
            LineColumn.QUANTITY: 9,
            LineColumn.UNIT: 7,
            LineColumn.PRICE: 12,
            LineColumn.DISCOUNT: 10,
            LineColumn.TAX: 7,
            LineColumn.AMOUNT: 14,
        }
        for column, chars in widths.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(tr("Add line"))
        self.add_button.setToolTip(tr("Enter on the last line"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(tr("Remove line"))
        self.remove_button.setToolTip(tr("Ctrl+Delete"))
        self.remove_button.clicked.connect(lambda: self.remove_line(self.table.currentIndex().row()))
        self.totals_label = QLabel()
        self.totals_label.setObjectName("editor-totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel()
        self.message_label.setObjectName("editor-message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e")

        self.save_button = QPushButton(tr("Save"))
        self.save_button.setToolTip(tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.issue_button = QPushButton(tr("Issue…"))
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setVisible(self.kind is DocumentKind.INVOICE)
        self.duplicate_button = QPushButton(tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.pdf_button = QPushButton(tr("PDF…"))
        self.pdf_button.setToolTip(tr("Preview, save or email the PDF (Ctrl+P)"))
        self.pdf_button.setShortcut("Ctrl+P")
        self.pdf_button.setEnabled(False)  # until the document is saved
        self.pdf_button.clicked.connect(lambda _checked=False: self.show_pdf())
        self.close_button = QPushButton(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.action_buttons: dict[str, QPushButton] = {}
        if self.kind is DocumentKind.QUOTE:
            for action, title in ACTION_TITLES.items():
                button = QPushButton(title)
                button.clicked.connect(self._action_slot(action))
                button.hide()
                self.action_buttons[action] = button

        self._add_shortcuts()

        lines_bar = QHBoxLayout()
        lines_bar.addWidget(self.add_button)
        lines_bar.addWidget(self.remove_button)
        lines_bar.addStretch(1)
        notes_row = QHBoxLayout()
        notes_box = QFormLayout()
        notes_box.addRow(tr("Notes"), self.notes_field)
        notes_row.addLayout(notes_box, 3)
        notes_row.addWidget(self.totals_label, 2)
        buttons = QHBoxLayout()
        for button in self.action_buttons.values():
            buttons.addWidget(button)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(lines_bar)
        layout.addLayout(notes_row)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

    def _add_shortcuts(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.save_action = QAction(tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _action_slot(self, action: str) -> Callable[[], None]:
        return lambda: self.run_action(action)

    # --- reading ---------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        services = self._services

        def read() -> tuple[EditorSettings, list[ProductChoice]]:
            return services.sales_choices.settings(), services.sales_choices.products()

        self._runner.run(read, on_done=self._choices_arrived, on_error=lambda _error: None)

    def _choices_arrived(self, answer: tuple[EditorSettings, list[ProductChoice]]) -> None:
        self._settings, products = answer
        self.products = {product.label: product for product in products}
        self.model.products = self.products
        self._completions.setStringList(list(self.products))
        self._update_rate_field()
        self.recompute()

    def load(self, document_id: int) -> None:
        """Read ``document_id`` (a quote or an invoice, by :attr:`kind`) in the background and show it."""
        self.document_id = document_id
        services, kind = self._services, self.kind

        def read() -> QuoteView | InvoiceView:
            if kind is DocumentKind.QUOTE:
                return services.quotes.get(document_id)
            return services.invoices.get(document_id)

        self._runner.run(
            read,
            on_done=self._document_arrived,
            on_error=lambda error: show_error(self, error, doing=tr("Opening")),
        )

    def _document_arrived(self, view: QuoteView | InvoiceView) -> None:
        if view.id != self.document_id:
            return  # an older read
        self._show_view(view)
        self.undo_stack.clear()
        self.loaded.emit()

    def _show_view(self, view: QuoteView | InvoiceView) -> None:
        header = Header(
            customer_id=view.customer_id,
            customer_name=view.customer_name,
            currency=view.currency,
            exchange_rate="" if view.exchange_rate == 1 else f"{view.exchange_rate.normalize():f}",
            language=view.language,
            prices_include_tax=view.prices_include_tax,
            notes=view.notes,
        )
        if isinstance(view, QuoteView):
            header = replace(header, issue_date=view.issue_date, valid_until=view.valid_until)
            self.status = view.status
            self.read_only = view.status is not QuoteStatus.DRAFT
            self.label = view.label
        else:
            header = replace(header, due_date=view.due_date)
            self.invoice_kind = view.kind
            self.status = view.status
            self.read_only = view.status is not InvoiceStatus.DRAFT or view.kind is InvoiceKind.CREDIT_NOTE
            self.label = view.label
        self._show_state(EditorState(header=header, lines=tuple(_editor_line(line) for line in view.lines)))
        self._set_read_only(self.read_only, view)

    def _show_state(self, state: EditorState) -> None:
        self.model.reset_lines(state.lines)
        self.apply_header(state.header)
        self.customer_field.set_customer(state.header.customer_id, state.header.customer_name)
        self._update_title()

    def _set_read_only(self, read_only: bool, view: QuoteView | InvoiceView) -> None:
        self.model.read_only = read_only
        for widget in (
            self.customer_field,
            self.currency_box,
            self.rate_field,
            self.language_box,
            self.prices_box,
            self.issue_date_field,
            self.valid_until_field,
            self.due_box,
            self.due_field,
            self.add_button,
            self.remove_button,
        ):
            widget.setEnabled(not read_only)
        self.notes_field.setReadOnly(read_only)
        self.save_button.setVisible(not read_only)
        self.issue_button.setVisible(self.kind is DocumentKind.INVOICE and not read_only)
        for shortcut in (self.undo_action, self.redo_action, self.save_action):
            shortcut.setEnabled(not read_only)
        if isinstance(view, InvoiceView) and read_only:
            self.banner.setText(
                f"<b>{escape(view.label[0].upper() + view.label[1:])} is issued and final</b> — it cannot be"
                " changed. Correct it with a credit note."
            )
            self.banner.show()
        elif isinstance(view, QuoteView) and read_only:
            self.banner.setText(
                f"<b>Quote {escape(view.label)} is {QUOTE_LABELS[view.status].lower()}</b> — it is kept as it"
                " was. Make a new revision to change it."
            )
            self.banner.show()
        else:
            self.banner.hide()
        status = view.status if isinstance(view, QuoteView) else None
        for action, button in self.action_buttons.items():
            button.setVisible(status is not None and status in ACTION_STATUSES[action])

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.undo_stack):
            self._update_title()

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self.totals_label):
            self.recompute()

    def _update_title(self) -> None:
        what = tr("Quote") if self.kind is DocumentKind.QUOTE else tr("Invoice")
        if self.document_id is None:
            title = tr("New {lower}").format(lower=what.lower())
        elif not self.label:
            title = what
        elif self.label.split()[0] in ("draft", "invoice", "credit"):
            title = self.label[0].upper() + self.label[1:]  # "Draft quote 7", "Invoice 2026-0001"
        else:
            title = f"{what} {self.label}"  # "Quote Q-2026-0003 rev. 2"
        heading = title
        self.pdf_button.setEnabled(self.document_id is not None)
        if self.document_id is not None and self.status not in (None, QuoteStatus.DRAFT, InvoiceStatus.DRAFT):
            assert self.status is not None
            heading += f" — {self.status.value.replace('_', ' ')}"
        self.heading.setText(heading)
        if not self.read_only and not self.undo_stack.isClean():
            title += " *"
        self.setWindowTitle(title)

    # --- editing ---------------------------------------------------------------------------------

    def _header_edited(self, field: str, value: object) -> None:
        if self._applying or self.read_only:
            return
        if getattr(self.header, field) == value:
            return
        changed: dict[str, Any] = {field: value}
        self.undo_stack.push(SetHeader(self, self.header, replace(self.header, **changed), field))

    def _due_edited(self) -> None:
        self._header_edited("due_date", to_date(self.due_field.date()) if self.due_box.isChecked() else None)

    def apply_header(self, header: Header) -> None:
        """Show ``header`` in the fields (what the undo commands call); signals stay quiet."""
        self.header = header
        self._applying = True
        try:
            if self.currency_box.currentText() != header.currency:
                self.currency_box.setCurrentText(header.currency)
            if self.rate_field.text() != header.exchange_rate:
                self.rate_field.setText(header.exchange_rate)
            if self.language_box.currentText() != header.language:
                self.language_box.setCurrentText(header.language)
            self.prices_box.setCurrentIndex(1 if header.prices_include_tax else 0)
            if header.issue_date is not None:
                self.issue_date_field.setDate(_qdate(header.issue_date))
            if header.valid_until is not None:
                self.valid_until_field.setDate(_qdate(header.valid_until))
            self.due_box.setChecked(header.due_date is not None)
            self.due_field.setEnabled(header.due_date is not None and not self.read_only)
            if header.due_date is not None:
                self.due_field.setDate(_qdate(header.due_date))
            if self.notes_field.toPlainText() != header.notes:
                self.notes_field.setPlainText(header.notes)
            if self.customer_field.customer_id != header.customer_id:
                self.customer_field.set_customer(header.customer_id, header.customer_name)
        finally:
            self._applying = False
        self.model.prices_include_tax = header.prices_include_tax
        self._update_rate_field()
        self.recompute()

    def _update_rate_field(self) -> None:
        foreign = self.header.currency != self._settings.base_currency
        self.rate_field.setEnabled(foreign and not self.read_only)
        self.rate_field.setPlaceholderText(
            tr("per 1 {base_currency}").format(base_currency=self._settings.base_currency) if foreign else ""
        )

    def _customer_picked(self, customer_id: int, name: str) -> None:
        """The customer changed: a new document also takes the customer's currency and language."""
        services = self._services
        picked = replace(self.header, customer_id=customer_id, customer_name=name)
        if self.document_id is not None:
            self.undo_stack.push(SetHeader(self, self.header, picked, "customer"))
            return
        self._runner.run(
            lambda: services.sales_choices.customer(customer_id),
            on_done=lambda defaults: self._defaults_arrived(picked, defaults),
            on_error=lambda _error: self.undo_stack.push(SetHeader(self, self.header, picked, "customer")),
        )

    def _defaults_arrived(self, picked: Header, defaults: CustomerDefaults) -> None:
        new = replace(self.header, customer_id=picked.customer_id, customer_name=picked.customer_name)
        new = replace(new, currency=defaults.currency, language=defaults.language)
        self.undo_stack.push(SetHeader(self, self.header, new, "customer"))

    def choose_customer(self, customer_id: int, name: str) -> None:
        """Pick a customer as if chosen from the search list."""
        self.customer_field.set_customer(customer_id, name)
        self._customer_picked(customer_id, name)

    def add_line(self) -> None:
        """Add an empty line at the end and start typing its product or description."""
        if self.read_only:
            return
        row = self.model.rowCount()
        self.undo_stack.push(InsertLine(self.model, row, EditorLine()))
        index = self.model.index(row, LineColumn.DESCRIPTION)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_line(self, row: int) -> None:
        if self.read_only or not 0 <= row < self.model.rowCount():
            return
        self.undo_stack.push(RemoveLine(self.model, row))

    def set_cell(self, row: int, column: LineColumn, text: str) -> bool:
        """Type ``text`` into a cell (what the table's editor does on Tab or Enter)."""
        return self.model.setData(self.model.index(row, column), text)

    # --- totals ----------------------------------------------------------------------------------

    def recompute(self) -> None:
        """Totals and tax breakdown of what is on screen, by the domain's one money rule."""
        lines = self.model.lines
        used = [index for index, line in enumerate(lines) if not line.blank]
        try:
            totals = document_totals(
                [
                    LineAmounts(
                        quantity=lines[i].quantity,
                        unit_price=lines[i].price_or_zero,
                        discount=lines[i].discount,
                        tax_rate=lines[i].tax_rate,
                    )
                    for i in used
                ],
                self.header.currency,
                prices_include_tax=self.header.prices_include_tax,
                rounding=self._settings.tax_rounding,
            )
        except (CrmError, ValueError, LookupError):
            self.totals = None
            self.model.set_amounts([None] * len(lines), self.header.currency)
            self.totals_label.setText(tr("<i>Totals appear when the currency is a valid code.</i>"))
            self.totals_changed.emit()
            return
        amounts: list[Decimal | None] = [None] * len(lines)
        for index, amount in zip(used, totals.line_amounts, strict=True):
            amounts[index] = amount
        self.totals = totals
        self.model.set_amounts(amounts, self.header.currency)
        self.totals_label.setText(_totals_html(totals, self.header.currency, self.header.prices_include_tax))
        self.totals_changed.emit()

    # --- saving ----------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def _draft_call(self) -> Callable[[], QuoteView | InvoiceView]:
        """The service call that writes what is on screen (raises :class:`ValidationError` first)."""
        header = self.header
        if header.customer_id is None:
            raise ValidationError("choose a customer first", field="customer")
        rate = parse_decimal(header.exchange_rate, field="exchange_rate") if header.exchange_rate else None
        if rate is not None and header.currency == self._settings.base_currency:
            rate = None
        lines = [
            LineInput(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                tax_rate=line.tax_rate if line.product_id is None or line.unit_price is not None else None,
                discount=line.discount,
                unit=line.unit or None,
                product_id=line.product_id,
            )
            for line in self.model.lines
            if not line.blank
        ]
        services, document_id = self._services, self.document_id
        if self.kind is DocumentKind.QUOTE:
            quote = QuoteDraft(
                customer_id=header.customer_id,
                lines=lines,
                currency=header.currency,
                exchange_rate=rate,
                prices_include_tax=header.prices_include_tax,
                issue_date=header.issue_date,
                valid_until=header.valid_until,
                language=header.language or None,
                notes=header.notes,
            )
            if document_id is None:
                return lambda: services.quotes.create_draft(quote)
            return lambda: services.quotes.update_draft(document_id, quote)
        invoice = InvoiceDraft(
            customer_id=header.customer_id,
            lines=lines,
            currency=header.currency,
            exchange_rate=rate,
            prices_include_tax=header.prices_include_tax,
            due_date=header.due_date,
            language=header.language or None,
            notes=header.notes,
        )
        if document_id is None:
            return lambda: services.invoices.create_draft(invoice)
        return lambda: services.invoices.update_draft(document_id, invoice)

    def save(self) -> None:
        """Write the draft in the background (Ctrl+S); problems show under the lines."""
        self._save_then(None)

    def _save_then(self, then: Callable[[], None] | None) -> None:
        if self.read_only or self.busy:
            return
        self.show_message("")
        try:
            call = self._draft_call()
        except CrmError as error:
            self.show_message(str(error))
            return

        def saved(view: QuoteView | InvoiceView) -> None:
            self._saved(view)
            if then is not None:
                then()

        self._write(call, saved, doing=tr("Saving"))

    def show_pdf(self) -> None:
        """Preview, save or email the saved document's PDF (Ctrl+P); a changed draft is saved first."""
        if self.document_id is None or self.busy:
            return
        if self.has_unsaved_changes():
            self._save_then(self._open_pdf)
        else:
            self._open_pdf()

    def _open_pdf(self) -> None:
        from crmdesk.ui.documents.preview import show_document_pdf  # QtPdf loads on first use

        if self.document_id is None:
            return
        if self.kind is DocumentKind.QUOTE:
            kind = "quote"
        else:
            kind = "credit_note" if self.invoice_kind is InvoiceKind.CREDIT_NOTE else "invoice"
        show_document_pdf(self, self._runner, self._services, kind, self.document_id)

    def _saved(self, view: QuoteView | InvoiceView) -> None:
        self.document_id = view.id
        self.label = view.label
        self.status = view.status
        self.undo_stack.setClean()
        self.show_message("")
        self._update_title()
        self.saved.emit(view)

    def issue(self) -> None:
        """Save if needed, then issue — after the owner confirmed that issuing is final."""
        if self.kind is not DocumentKind.INVOICE or self.read_only or self.busy:
            return
        try:
            call = self._draft_call() if self._dirty() else None
        except CrmError as error:
            self.show_message(str(error))
            return
        label = self.label or tr("this draft invoice")
        answer = QMessageBox.question(
            self,
            tr("Issue"),
            ISSUE_TEXT.format(label=label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, document_id = self._services, self.document_id

        def work() -> IssueResult:
            invoice_id = call().id if call is not None else document_id
            assert invoice_id is not None
            return services.invoices.issue(invoice_id)

        self._write(work, self._issued, doing=tr("Issuing"))

    def _issued(self, result: IssueResult) -> None:
        self.document_id = result.invoice.id
        self.undo_stack.setClean()
        if result.warning:
            QMessageBox.warning(self, tr("Issued — check the computer's clock"), result.warning)
        self.issued.emit(result.invoice.id)
        self.accept()

    def run_action(self, action: str) -> None:
        """A quote action (send, accept, decline, new revision, convert); a changed draft is saved first."""
        if self.kind is not DocumentKind.QUOTE or self.document_id is None or self.busy:
            if self.document_id is None and action == "send":
                self.show_message(tr("Save the quote before sending it."))
            return
        try:
            call = self._draft_call() if self._dirty() else None
        except CrmError as error:
            self.show_message(str(error))
            return
        step = quote_action(self._services, action, self.document_id)
        text = DONE_TEXTS[action].format(label=self.label)

        def work() -> object:
            if call is not None:
                call()
            return step()

        def done(result: object) -> None:
            self.undo_stack.setClean()
            self.message_label.setStyleSheet("")
            self.show_message(text)
            if isinstance(result, QuoteView):
                self.load(result.id)  # a new revision opens here; other actions show the new status
            elif isinstance(result, InvoiceView):
                self.load(self.document_id or result.id)
                self.invoice_made.emit(result.id)

        self._write(work, done, doing=ACTION_TITLES[action])

    def duplicate(self) -> DocumentEditor:
        """Open a new, unsaved editor with this document's customer, settings and lines."""
        today = local_today()
        header = replace(self.header, due_date=None)
        if self.kind is DocumentKind.QUOTE:
            validity = (
                (self.header.valid_until - self.header.issue_date).days
                if self.header.valid_until and self.header.issue_date
                else QUOTE_VALIDITY_DAYS
            )
            header = replace(header, issue_date=today, valid_until=today + timedelta(days=validity))
        copy = DocumentEditor(
            services=self._services,
            runner=self._runner,
            kind=self.kind,
            initial=EditorState(header=header, lines=tuple(self.model.lines)),
            parent=self.parentWidget(),
        )
        copy.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy.changed.connect(self.changed)
        copy.show()
        self.duplicated.emit(copy)
        return copy

    def _write(self, work: Callable[[], Any], then: Callable[[Any], None], *, doing: str) -> None:
        self.busy = True
        for button in (self.save_button, self.issue_button, *self.action_buttons.values()):
            button.setEnabled(False)

        def done(result: object) -> None:
            self._idle()
            then(result)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._idle()
            if isinstance(error, CrmError):
                self.message_label.setStyleSheet("color: #b3261e")
                self.show_message(f"{doing} failed: {error}")
            else:
                show_error(self, error, doing=doing)

        self._runner.run(work, on_done=done, on_error=failed, writes=True)

    def _idle(self) -> None:
        self.busy = False
        for button in (self.save_button, self.issue_button, *self.action_buttons.values()):
            button.setEnabled(True)

    # --- closing ---------------------------------------------------------------------------------

    def _dirty(self) -> bool:
        return not self.read_only and (self.document_id is None or not self.undo_stack.isClean())

    def has_unsaved_changes(self) -> bool:
        return not self.read_only and not self.undo_stack.isClean()

    def reject(self) -> None:
        """Close; unsaved changes to a draft are thrown away only when the owner says so."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                tr("Discard changes?"),
                tr("This document has changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def state(self) -> EditorState:
        return EditorState(header=self.header, lines=tuple(self.model.lines))


def copy_of(view: QuoteView | InvoiceView) -> EditorState:
    """A new, unsaved document with ``view``'s customer, currency, language, prices, notes and lines."""
    today = local_today()
    header = Header(
        customer_id=view.customer_id,
        customer_name=view.customer_name,
        currency=view.currency,
        exchange_rate="" if view.exchange_rate == 1 else f"{view.exchange_rate.normalize():f}",
        language=view.language,
        prices_include_tax=view.prices_include_tax,
        notes=view.notes,
    )
    if isinstance(view, QuoteView):
        header = replace(header, issue_date=today, valid_until=today + timedelta(days=QUOTE_VALIDITY_DAYS))
    return EditorState(header=header, lines=tuple(_editor_line(line) for line in view.lines))


def _editor_line(line: DocumentLineView) -> EditorLine:
    return EditorLine(
        description=line.description,
        quantity=line.quantity,
        unit=line.unit,
        unit_price=line.unit_price,
        discount=line.discount,
        tax_rate=line.tax_rate,
        product_id=line.product_id,
    )


def _totals_html(totals: Totals, currency: str, gross_prices: bool) -> str:
    rows = [
        tr("<tr><td>Net</td><td align='right'>{money}</td></tr>").format(money=money(totals.net, currency))
    ]
    for group in totals.by_rate:
        rate = f"{group.rate.normalize():f}"
        rows.append(
            f"<tr><td>Tax {rate} % on {money(group.net, currency)}</td>"
            f"<td align='right'>{money(group.tax, currency)}</td></tr>"
        )
    rows.append(
        tr("<tr><td><b>Total</b></td><td align='right'><b>{money}</b></td></tr>").format(
            money=money(totals.gross, currency)
        )
    )
    note = tr("<br><small>Prices include tax</small>") if gross_prices else ""
    return tr("<table cellspacing='4' align='right'>{join}</table>{note}").format(
        join="".join(rows), note=note
    )


def _date_field() -> QDateEdit:
    field = QDateEdit(QDate.currentDate())
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = ["DocumentEditor", "DocumentKind", "EditorState", tr("Header"), "copy_of"]
