"""Expenses: the list for a period, totals by category and by month, and the add-expense dialog.

Totals come from ``ExpenseService.totals`` (grouped in SQL by month, category and currency); the tab
only adds those few groups up per category and per month, never mixing currencies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import MONEY_SCALE, ZERO, parse_decimal
from crmdesk.services import Services
from crmdesk.services.inventory import (
    ExpenseInput,
    ExpenseQuery,
    ExpenseTotal,
    ExpenseView,
    ReceiptFile,
    SupplierView,
)
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.sales.display import iso, money, to_date
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

PERIODS = (tr("Last 12 months"), tr("This year"), tr("Last year"), tr("All time"))
EXPENSE_HEADERS = (
    tr("Date"),
    tr("Category"),
    tr("Description"),
    tr("Supplier"),
    tr("Net"),
    tr("Tax"),
    tr("Gross"),
    tr("Receipt"),
)
CATEGORY_HEADERS = (tr("Category"), tr("Count"), tr("Net"), tr("Tax"), tr("Gross"))
MONTH_HEADERS = (tr("Month"), tr("Net"), tr("Tax"), tr("Gross"))


def period_range(label: str, today: date) -> tuple[date | None, date | None]:
    """The inclusive dates of one of :data:`PERIODS`."""
    # Compared with PERIODS' own (translated) texts, not with literals.
    last_12, this_year, last_year, _all_time = PERIODS
    if label == last_12:
        first = today.year * 12 + today.month - 1 - 11  # the month 11 months before this one
        return date(first // 12, first % 12 + 1, 1), today
    if label == this_year:
        return date(today.year, 1, 1), today
    if label == last_year:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


@dataclass(frozen=True)
class ExpenseListing:
    expenses: tuple[ExpenseView, ...]
    totals: tuple[ExpenseTotal, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class _Sum:
    count: int = 0
    net: Decimal = ZERO
    tax: Decimal = ZERO

    def plus(self, total: ExpenseTotal) -> _Sum:
        return _Sum(self.count + total.count, self.net + total.net_amount, self.tax + total.tax_amount)


def by_category(totals: tuple[ExpenseTotal, ...]) -> list[list[str]]:
    """Rows of the per-category table (biggest first), one per category and currency, with a total."""
    sums: dict[tuple[str, str], _Sum] = defaultdict(_Sum)
    for total in totals:
        sums[(total.category, total.currency)] = sums[(total.category, total.currency)].plus(total)
    order = sorted(sums.items(), key=lambda item: (-(item[1].net + item[1].tax), item[0]))
    rows = [
        [category, str(s.count), money(s.net, cur), money(s.tax, cur), money(s.net + s.tax, cur)]
        for (category, cur), s in order
    ]
    per_currency: dict[str, _Sum] = defaultdict(_Sum)
    for total in totals:
        per_currency[total.currency] = per_currency[total.currency].plus(total)
    for cur, s in sorted(per_currency.items()):
        rows.append(
            [
                tr("Total {cur}").format(cur=cur),
                str(s.count),
                money(s.net, cur),
                money(s.tax, cur),
                money(s.net + s.tax, cur),
            ]
        )
    return rows


def by_month(totals: tuple[ExpenseTotal, ...]) -> list[list[str]]:
    """Rows of the per-month table, newest month first."""
    sums: dict[tuple[str, str], _Sum] = defaultdict(_Sum)
    for total in totals:
        sums[(total.month, total.currency)] = sums[(total.month, total.currency)].plus(total)
    return [
        [month, money(s.net, cur), money(s.tax, cur), money(s.net + s.tax, cur)]
        for (month, cur), s in sorted(sums.items(), reverse=True)
    ]


class ExpensesTab(QWidget):
    """Period and category filters, "Add expense…", the list and the two totals tables."""

    loaded = Signal()
    dialog_opened = Signal(object)

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.services: Services | None = None
        self.listing: ExpenseListing | None = None
        self._generation = 0
        self.period_box = QComboBox()
        self.period_box.addItems(list(PERIODS))
        self.category_box = QComboBox()
        self.category_box.addItem(tr("All categories"), None)
        self.add_button = QPushButton(tr("Add expense…"))
        self.add_button.clicked.connect(lambda _checked=False: self.open_dialog())
        self.count_label = QLabel()
        self.table = read_only_table(EXPENSE_HEADERS, right_aligned=(4, 5, 6), stretch=2)
        self.category_table = read_only_table(CATEGORY_HEADERS, right_aligned=(1, 2, 3, 4), stretch=0)
        self.month_table = read_only_table(MONTH_HEADERS, right_aligned=(1, 2, 3), stretch=0)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.category_box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.period_box)
        bar.addWidget(self.category_box)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(QLabel(tr("<b>By category</b>")))
        totals_layout.addWidget(self.category_table, 1)
        totals_layout.addWidget(QLabel(tr("<b>By month</b>")))
        totals_layout.addWidget(self.month_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(totals)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def query(self) -> ExpenseQuery:
        start, end = period_range(self.period_box.currentText(), datetime.now().astimezone().date())
        return ExpenseQuery(
            date_from=start, date_to=end, category=self.category_box.currentData(), limit=5000
        )

    def refresh(self) -> None:
        self._generation += 1
        services, generation, query = self.services, self._generation, self.query()
        if services is None:
            return

        def read() -> ExpenseListing:
            expenses = services.expenses
            return ExpenseListing(
                tuple(expenses.list(query)), tuple(expenses.totals(query)), tuple(expenses.categories())
            )

        self._runner.run(
            read,
            on_done=lambda listing: self._show(generation, listing),
            on_error=lambda e: show_error(self, e, doing=tr("Listing expenses")),
        )

    def _show(self, generation: int, listing: ExpenseListing) -> None:
        if generation != self._generation:
            return
        self.listing = listing
        chosen = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(tr("All categories"), None)
        for category in listing.categories:
            self.category_box.addItem(category, category)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(chosen)))
        self.category_box.blockSignals(False)
        fill_table(
            self.table,
            [
                [
                    iso(e.spent_on),
                    e.category,
                    e.description,
                    e.supplier_name or "",
                    money(e.net_amount, e.currency),
                    money(e.tax_amount, e.currency),
                    money(e.gross_amount, e.currency),
                    "📎" if e.attachment_id else "",
                ]
                for e in listing.expenses
            ],
        )
        fill_table(self.category_table, by_category(listing.totals))
        fill_table(self.month_table, by_month(listing.totals))
        count = len(listing.expenses)
        self.count_label.setText(
            plural(count, tr("{count:,} expense"), tr("{count:,} expenses")).format(count=count)
        )
        self.loaded.emit()

    def open_dialog(self) -> None:
        services = self.services
        if services is None:
            return
        self._runner.run(
            lambda: (tuple(services.suppliers.list()), tuple(services.expenses.categories())),
            on_done=lambda data: self._show_dialog(services, *data),
            on_error=lambda e: show_error(self, e, doing=tr("Opening the expense")),
        )

    def _show_dialog(
        self, services: Services, suppliers: tuple[SupplierView, ...], categories: tuple[str, ...]
    ) -> None:
        if services is not self.services:
            return
        dialog = ExpenseDialog(
            services=services, runner=self._runner, suppliers=suppliers, categories=categories, parent=self
        )
        dialog.saved.connect(lambda _view: self.refresh())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.dialog_opened.emit(dialog)


class ExpenseDialog(QDialog):
    """Record one expense: date, category, description, net and tax, supplier, an optional receipt."""

    saved = Signal(object)

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        suppliers: tuple[SupplierView, ...],
        categories: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("expense-dialog")
        self.setWindowTitle(tr("Add expense"))
        self._services, self._runner = services, runner
        self._saving = False
        self.receipt_path: Path | None = None
        self.date_field = QDateEdit(QDate.currentDate())
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat("yyyy-MM-dd")
        self.category_field = QComboBox()
        self.category_field.setEditable(True)
        self.category_field.addItems(list(categories))
        self.category_field.setCurrentText("")
        line = self.category_field.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Rent, fuel, tools…"))
        self.description_field = QLineEdit()
        self.net_field = QLineEdit()
        self.tax_field = QLineEdit("0.00")
        for field in (self.net_field, self.tax_field):
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.supplier_box = QComboBox()
        self.supplier_box.addItem(tr("No supplier"), None)
        for s in suppliers:
            self.supplier_box.addItem(s.name, s.id)
        self.receipt_button = QPushButton(tr("Attach receipt…"))
        self.receipt_button.setAutoDefault(False)
        self.receipt_button.clicked.connect(lambda _checked=False: self._choose_receipt())
        self.receipt_label = QLabel(tr("No receipt"))
        receipt_row = QHBoxLayout()
        receipt_row.setContentsMargins(0, 0, 0, 0)
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addWidget(self.receipt_label, 1)
        receipt_box = QWidget()
        receipt_box.setLayout(receipt_row)
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
        form.addRow(tr("Date"), self.date_field)
        form.addRow(tr("Category"), self.category_field)
        form.addRow(tr("Description"), self.description_field)
        form.addRow(tr("Net amount"), self.net_field)
        form.addRow(tr("Tax"), self.tax_field)
        form.addRow(tr("Supplier"), self.supplier_box)
        form.addRow(tr("Receipt"), receipt_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._touched = False
        for edit in (self.net_field, self.tax_field, self.description_field):
            edit.textChanged.connect(lambda _t: self._changed())
        self.category_field.currentTextChanged.connect(lambda _t: self._changed())
        self.validate()
        self.resize(460, 320)

    def _changed(self) -> None:
        self._touched = True
        self.validate()

    def _choose_receipt(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Attach receipt"), "", tr("Receipts (*.pdf *.png *.jpg *.jpeg);;All files (*)")
        )
        if name:
            self.receipt_path = Path(name)
            self.receipt_label.setText(self.receipt_path.name)

    def problem(self) -> str | None:
        if not self.category_field.currentText().strip():
            return tr("Enter a category (rent, fuel, tools…).")
        amounts = []
        for field, what in ((self.net_field, tr("net amount")), (self.tax_field, "tax")):
            try:
                value = parse_decimal(field.text() or "0")
            except ValidationError:
                return tr("Enter the {what} as a number, e.g. 12.50.").format(what=what)
            if value < ZERO:
                return tr("The {what} cannot be negative.").format(what=what)
            if value != value.quantize(Decimal(1).scaleb(-MONEY_SCALE)):
                return tr("The {what} has at most {MONEY_SCALE} decimal places.").format(
                    what=what, MONEY_SCALE=MONEY_SCALE
                )
            amounts.append(value)
        if sum(amounts, ZERO) == ZERO:
            return tr("Enter the amount spent.")
        return None

    def validate(self) -> bool:
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem) and self._touched)
        self.save_button.setEnabled(problem is None and not self._saving)
        return problem is None

    def expense_input(self) -> ExpenseInput:
        return ExpenseInput(
            spent_on=to_date(self.date_field.date()),
            category=self.category_field.currentText().strip(),
            net_amount=parse_decimal(self.net_field.text() or "0"),
            tax_amount=parse_decimal(self.tax_field.text() or "0"),
            description=self.description_field.text(),
            supplier_id=self.supplier_box.currentData(),
        )

    def save(self) -> None:
        if not self.validate():
            return
        data, path, expenses = self.expense_input(), self.receipt_path, self._services.expenses
        self._saving = True
        self.save_button.setEnabled(False)

        def work() -> ExpenseView:
            receipt = ReceiptFile(path.name, path.read_bytes()) if path is not None else None
            return expenses.record(data, receipt=receipt)

        self._runner.run(work, on_done=self._saved, on_error=self._failed, writes=True)

    def _saved(self, view: ExpenseView) -> None:
        self._saving = False
        self.saved.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.validate()
        if isinstance(error, ValidationError):
            self.message.setText(str(error))
            self.message.show()
        else:
            show_error(self, error, doing=tr("Saving the expense"))
