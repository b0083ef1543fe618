"""Tax rates (with country presets) and document number patterns, in Settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.numbering import check_pattern, format_number
from crmdesk.domain.tax_presets import PRESETS
from crmdesk.services import Services
from crmdesk.services.company import NumberPattern, TaxRateView
from crmdesk.ui.customers.fields import error_label, with_error
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.tasks import TaskRunner

ACCOUNTANT_NOTE = tr("Rates change: check them with your accountant.")


class TaxRatesBox(QGroupBox):
    """The tax rates: a table, Add / Edit, and the usual rates of a country in one click."""

    changed = Signal()

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Tax rates"), parent)
        self._runner = runner
        self._services: Services | None = None
        self.rates: tuple[TaxRateView, ...] = ()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("tax-rates")
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Rate"), tr("Default"), tr("Active")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.add_button = QPushButton(tr("Add rate…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.add_button.clicked.connect(lambda _c=False: self.edit(None))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.preset_box = QComboBox()
        self.preset_box.setObjectName("tax-preset")
        for code, preset in sorted(PRESETS.items(), key=lambda item: item[1].name):
            self.preset_box.addItem(f"{preset.name} ({code})", code)
        self.preset_button = QPushButton(tr("Add this country's rates"))
        self.preset_button.clicked.connect(lambda _c=False: self.apply_preset())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preset_box)
        buttons.addWidget(self.preset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        note = QLabel(ACCOUNTANT_NOTE)
        note.setEnabled(False)
        layout.addWidget(note)

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        if services is None:
            self._show(())
            return
        self._runner.run(
            services.company.tax_rates,
            on_done=lambda rates: self._show(rates) if services is self._services else None,
            on_error=lambda error: show_error(self, error, doing=tr("Reading the tax rates")),
        )

    def _show(self, rates: tuple[TaxRateView, ...]) -> None:
        self.rates = rates
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            cells = (
                rate.name,
                f"{rate.rate.normalize():f} %",
                "yes" if rate.is_default else "",
                "" if rate.active else "no",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changed.emit()

    def apply_preset(self, country: str | None = None) -> None:
        services = self._services
        code = country or str(self.preset_box.currentData())
        if services is None:
            return
        self._runner.run(
            lambda: services.company.apply_tax_preset(code),
            on_done=self._show,
            on_error=lambda error: show_error(self, error, doing=tr("Adding the tax rates")),
            writes=True,
        )

    def edit_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rates):
            self.edit(self.rates[row])

    def edit(self, rate: TaxRateView | None) -> None:
        services = self._services
        if services is None:
            return
        dialog = TaxRateDialog(rate, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, percent, default, active = dialog.values()
        self._runner.run(
            lambda: services.company.save_tax_rate(
                rate_id=rate.id if rate else None, name=name, rate=percent, is_default=default, active=active
            ),
            on_done=lambda _view: self.refresh(),
            on_error=lambda error: show_error(self, error, doing=tr("Saving the tax rate")),
            writes=True,
        )


class TaxRateDialog(QDialog):
    """Name, percent, default, active — checked as typed."""

    def __init__(self, rate: TaxRateView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tax rate") if rate else tr("New tax rate"))
        self.name = QLineEdit(rate.name if rate else "")
        self.rate = QLineEdit(f"{rate.rate.normalize():f}" if rate else "")
        self.rate.setPlaceholderText("21")
        self.default = QCheckBox(tr("Default for new products and lines"))
        self.default.setChecked(bool(rate and rate.is_default))
        self.active = QCheckBox(tr("Active"))
        self.active.setChecked(rate.active if rate else True)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Rate (%)"), with_error(self.rate, self.error))
        form.addRow(self.default)
        form.addRow(self.active)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.name, self.rate):
            edit.textChanged.connect(lambda _t: self._check())
        self._check()

    def _percent(self) -> Decimal | None:
        try:
            value = Decimal(self.rate.text().strip().replace(",", ".").rstrip("%").strip())
        except InvalidOperation:
            return None
        return value if value.is_finite() and 0 <= value <= 100 else None

    def _check(self) -> None:
        percent = self._percent()
        message = (
            ""
            if percent is not None or not self.rate.text().strip()
            else tr("Enter a percent from 0 to 100.")
        )
        self.error.setText(message)
        self.error.setVisible(bool(message))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(percent is not None and bool(self.name.text().strip()))

    def values(self) -> tuple[str, Decimal, bool, bool]:
        percent = self._percent()
        assert percent is not None  # OK is disabled otherwise
        return self.name.text(), percent, self.default.isChecked(), self.active.isChecked()


class NumberPatternsBox(QGroupBox):
    """One pattern per document series, with the number it would give today; Save per series."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tr("Document numbers"), parent)
        self._runner = runner
        self._services: Services | None = None
        self.form = QFormLayout(self)
        help_text = QLabel(
            "Fields: {year}, {month:02d}, {seq:04d} (the running number; with {year} it restarts each "
            "year). Issued documents keep their numbers."
        )
        help_text.setWordWrap(True)
        help_text.setEnabled(False)
        self.form.addRow(help_text)
        self.edits: dict[str, QLineEdit] = {}
        self.examples: dict[str, QLabel] = {}
        self.save_buttons: dict[str, QPushButton] = {}

    def set_services(self, services: Services | None) -> None:
        self._services = services
        if services is None:
            return
        self._runner.run(
            services.company.number_patterns,
            on_done=lambda patterns: self._show(patterns) if services is self._services else None,
            on_error=lambda error: show_error(self, error, doing=tr("Reading the number patterns")),
        )

    def _show(self, patterns: tuple[NumberPattern, ...]) -> None:
        for pattern in patterns:
            if pattern.series not in self.edits:
                edit, example, save = QLineEdit(), QLabel(), QPushButton(tr("Save"))
                edit.setObjectName(f"pattern-{pattern.series}")
                example.setMinimumWidth(160)
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(example)
                row.addWidget(save)
                self.form.addRow(pattern.label, row)
                self.edits[pattern.series], self.examples[pattern.series] = edit, example
                self.save_buttons[pattern.series] = save
                edit.textChanged.connect(lambda _t, series=pattern.series: self._preview(series))
                save.clicked.connect(lambda _c=False, series=pattern.series: self.save(series))
            self.edits[pattern.series].setText(pattern.pattern)
            self.save_buttons[pattern.series].setEnabled(False)

    def _preview(self, series: str) -> None:
        text = self.edits[series].text().strip()
        try:
            example = format_number(check_pattern(text), issued_on=date.today(), sequence=1)  # noqa: DTZ011
        except ValidationError as error:
            self.examples[series].setText(str(error))
            self.examples[series].setStyleSheet("color: #b3261e;")
            self.save_buttons[series].setEnabled(False)
            return
        self.examples[series].setText(tr("next: {example}").format(example=example))
        self.examples[series].setStyleSheet("")
        self.save_buttons[series].setEnabled(True)

    def save(self, series: str) -> None:
        services = self._services
        if services is None:
            return
        pattern = self.edits[series].text()
        self._runner.run(
            lambda: services.company.set_number_pattern(series, pattern),
            on_done=lambda saved: self._show((saved,)),
            on_error=lambda error: show_error(self, error, doing=tr("Saving the number pattern")),
            writes=True,
        )
