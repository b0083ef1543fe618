"""The first-run wizard: demo data to look around, or the owner's business set up in a few steps.

Company details and logo → country (tax rates, currency, document language) and invoice numbers →
where the data and its backups live. Everything it asks is editable later in Settings. The answers
are written when the owner presses Finish, in the background (company details, the country's tax
rates, the number pattern, then "setup completed").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.numbering import DEFAULT_INVOICE_PATTERN, check_pattern, format_number
from crmdesk.domain.tax_presets import PRESETS, preset_for
from crmdesk.services import Services
from crmdesk.services.company import CompanyDetails
from crmdesk.ui.i18n import tr
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.settings_page.backups import BackupSettingsBox
from crmdesk.ui.settings_page.company_form import CompanyForm
from crmdesk.ui.tasks import TaskRunner

OTHER_COUNTRY = ""
LANGUAGES = (
    ("en", tr("English")),
    ("lv", tr("Latviešu")),
    ("es", tr("Español")),
    ("fa", "فارسی"),
    ("ru", "Русский"),
    ("sv", tr("Svenska")),
    ("de", tr("Deutsch")),
    ("fr", tr("Français")),
)


@dataclass(frozen=True)
class SetupAnswers:
    company: CompanyDetails
    country: str
    """A preset's country code, or "" for none."""
    invoice_pattern: str


class StartPage(QWizardPage):
    def __init__(self, demo_customers: int) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to crmdesk"))
        self.setSubTitle(tr("Your customers, quotes, invoices and stock, in one file on this computer."))
        self.setup_choice = QRadioButton(tr("Set up my business (about two minutes)"))
        self.demo_choice = QRadioButton(
            tr(
                "Look around with demo data first ({demo_customers:,} made-up customers, three years of history)"
            ).format(demo_customers=demo_customers)
        )
        self.setup_choice.setChecked(True)
        note = QLabel(
            tr("Demo data goes into this database file; start for real later with File ▸ New database.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_choice)
        layout.addWidget(self.demo_choice)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1 if self.demo_choice.isChecked() else super().nextId()


class CompanyPage(QWizardPage):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setTitle(tr("Your business"))
        self.setSubTitle(tr("As it should appear on quotes and invoices. The IBAN adds a payment QR code."))
        self.form = CompanyForm(runner=runner, with_save_button=False)
        self.form.valid_changed.connect(lambda _valid: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def isComplete(self) -> bool:
        return self.form.is_valid


class CountryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Country, taxes and invoice numbers"))
        self.setSubTitle(
            tr("Rates change: check them with your accountant. Everything here is editable in Settings.")
        )
        self.country = QComboBox()
        self.country.setObjectName("setup-country")
        for code, preset in sorted(PRESETS.items(), key=lambda item: item[1].name):
            self.country.addItem(f"{preset.name} ({code})", code)
        self.country.addItem(tr("Another country (add tax rates in Settings)"), OTHER_COUNTRY)
        self.currency = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.rates = QListWidget()
        self.rates.setMaximumHeight(110)
        self.pattern = QLineEdit(DEFAULT_INVOICE_PATTERN)
        self.pattern.setObjectName("setup-pattern")
        self.example = QLabel()
        form = QFormLayout(self)
        form.addRow(tr("Country"), self.country)
        form.addRow(tr("Tax rates"), self.rates)
        form.addRow(tr("Base currency"), self.currency)
        form.addRow(tr("Document language"), self.language)
        form.addRow(tr("Invoice numbers"), self.pattern)
        form.addRow("", self.example)
        self.country.currentIndexChanged.connect(lambda _i: self._country_chosen())
        self.pattern.textChanged.connect(lambda _t: self._pattern_changed())
        self.currency.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._country_chosen()
        self._pattern_changed()

    def choose_country(self, code: str) -> None:
        preset = preset_for(code)
        index = self.country.findData(preset.country if preset else OTHER_COUNTRY)
        self.country.setCurrentIndex(max(index, 0))

    def _country_chosen(self) -> None:
        preset = preset_for(str(self.country.currentData() or ""))
        self.rates.clear()
        if preset is None:
            self.rates.addItem(tr("No preset: add your rates in Settings ▸ Taxes and numbers."))
            return
        for rate in preset.rates:
            self.rates.addItem(f"{rate.name}" + ("  (default)" if rate.default else ""))
        self.currency.setText(preset.currency)
        index = self.language.findData(preset.language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _pattern_changed(self) -> None:
        try:
            first = format_number(
                check_pattern(self.pattern.text().strip()),
                issued_on=date.today(),  # noqa: DTZ011 — the owner's calendar day
                sequence=1,
            )
        except ValidationError as error:
            self.example.setText(str(error))
            self.example.setStyleSheet("color: #b3261e;")
        else:
            self.example.setText(tr("The first invoice will be number {first}.").format(first=first))
            self.example.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        try:
            check_pattern(self.pattern.text().strip())
        except ValidationError:
            return False
        return len(self.currency.text().strip()) == 3


class DataPage(QWizardPage):
    def __init__(self, database: Path | None, settings: GuiSettings) -> None:
        super().__init__()
        self.setTitle(tr("Where your data lives"))
        self.setSubTitle(tr("One file holds everything; verified backups are written automatically."))
        path = QLabel(str(database) if database else "—")
        path.setWordWrap(True)
        self.backups = BackupSettingsBox(settings)
        self.backups.set_database(database)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("Database file"), path)
        layout.addLayout(form)
        note = QLabel(
            tr("To keep the database elsewhere (e.g. a synced folder), use File ▸ New database later.")
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        layout.addWidget(self.backups)
        layout.addStretch(1)


class SetupWizard(QWizard):
    """Asks; ``answers()`` says what was chosen; ``wants_demo`` when the owner chose demo data."""

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        settings: GuiSettings,
        demo_customers: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup-wizard")
        self.setWindowTitle(tr("Set up crmdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.start = StartPage(demo_customers)
        self.company = CompanyPage(runner)
        self.country = CountryPage()
        self.data = DataPage(services.path, settings)
        for page in (self.start, self.company, self.country, self.data):
            self.addPage(page)
        self.company.form.set_services(services)
        self.currentIdChanged.connect(self._page_shown)
        self.resize(720, 600)

    @property
    def wants_demo(self) -> bool:
        return self.start.demo_choice.isChecked()

    def _page_shown(self, _page_id: int) -> None:
        if self.currentPage() is self.country:
            country = self.company.form.draft().country
            if country:
                self.country.choose_country(country)

    def answers(self) -> SetupAnswers:
        company = replace(
            self.company.form.draft(),
            base_currency=self.country.currency.text().strip().upper(),
            language=str(self.country.language.currentData()),
        )
        if not company.country and self.country.country.currentData():
            company = replace(company, country=str(self.country.country.currentData()))
        return SetupAnswers(
            company, str(self.country.country.currentData() or ""), self.country.pattern.text().strip()
        )


def apply_setup(services: Services, answers: SetupAnswers) -> CompanyDetails:
    """Background work after Finish: write every answer, then mark the setup as done."""
    saved = services.company.save(answers.company)
    if answers.country:
        services.company.apply_tax_preset(answers.country)
    services.company.set_number_pattern("invoice", answers.invoice_pattern)
    services.company.complete_setup()
    return saved
