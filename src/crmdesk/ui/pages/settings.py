"""The Settings page: company details and logo, taxes and document numbers, custom fields, backups,
email, and where crmdesk keeps things. The first-run wizard asks the same questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui.documents.smtp_settings import SmtpSettingsWidget
from crmdesk.ui.i18n import tr
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.settings import GuiSettings
from crmdesk.ui.settings_page.backups import BackupSettingsBox
from crmdesk.ui.settings_page.company_form import CompanyForm
from crmdesk.ui.settings_page.custom_fields import CustomFieldsBox
from crmdesk.ui.settings_page.documents import EmailTemplatesBox
from crmdesk.ui.settings_page.language import LanguageBox
from crmdesk.ui.settings_page.stock import StockSettingsBox
from crmdesk.ui.settings_page.taxes import NumberPatternsBox, TaxRatesBox
from crmdesk.ui.tasks import TaskRunner


class SettingsPage(Page):
    """Tabs of settings; each part reads and writes through the services in the background."""

    def __init__(
        self,
        *,
        paths: AppPaths,
        settings_file: str,
        runner: TaskRunner,
        settings: GuiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(key="settings", title=tr("Settings"), runner=runner, parent=parent)
        self._paths = paths
        layout = page_layout(self)
        layout.addWidget(heading(tr("Settings")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings-tabs")
        layout.addWidget(self.tabs, 1)

        self.company_form = CompanyForm(runner=runner)
        self.tabs.addTab(_scrolled(self.company_form), tr("Company"))
        self.tax_rates = TaxRatesBox(runner=runner)
        self.number_patterns = NumberPatternsBox(runner=runner)
        self.stock_settings = StockSettingsBox(runner=runner)
        self.tabs.addTab(
            _stacked(self.tax_rates, self.number_patterns, self.stock_settings), tr("Taxes and numbers")
        )
        self.custom_fields = CustomFieldsBox(runner=runner)
        self.tabs.addTab(_stacked(self.custom_fields), tr("Custom fields"))
        self.backups: BackupSettingsBox | None = None
        self.language: LanguageBox | None = None
        if settings is not None:
            self.backups = BackupSettingsBox(settings)
            self.tabs.addTab(_stacked(self.backups), tr("Backups"))
            self.language = LanguageBox(settings)
            self.tabs.addTab(_stacked(self.language), tr("Language"))

        self.email_box = QGroupBox(tr("Sending documents by email (SMTP)"))
        self._email_layout = QVBoxLayout(self.email_box)
        self.smtp_settings: SmtpSettingsWidget | None = None
        self.tabs.addTab(_stacked(self.email_box), tr("Email"))
        self.email_templates = EmailTemplatesBox(runner=runner)
        self.tabs.addTab(_stacked(self.email_templates), tr("Documents"))

        folders = QGroupBox(tr("Where crmdesk keeps things"))
        form = QFormLayout(folders)
        self.database_label = _path_label("")
        form.addRow(tr("Database file:"), self.database_label)
        form.addRow(tr("Window settings:"), _path_label(settings_file))
        form.addRow(tr("Log files:"), _path_label(str(paths.log_dir)))
        self.tabs.addTab(_stacked(folders), tr("Folders"))

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another part of Settings (e.g. email sending), placed before "Folders"."""
        self.tabs.insertTab(self.tabs.count() - 1, _stacked(widget), title)

    def set_services(self, services: Services | None) -> None:
        for part in (
            self.company_form,
            self.tax_rates,
            self.number_patterns,
            self.custom_fields,
            self.stock_settings,
            self.email_templates,
        ):
            part.set_services(services)
        if self.smtp_settings is not None:
            self.smtp_settings.deleteLater()
            self.smtp_settings = None
        if services is not None:
            # The SMTP settings live in the database file (the password in the OS keyring): one per file.
            self.smtp_settings = SmtpSettingsWidget(services=services, runner=self._runner)
            self._email_layout.addWidget(self.smtp_settings)
        super().set_services(services)

    def refresh(self) -> None:
        # The path is known without a query: no background work needed.
        path = self.services.path if self.services is not None else None
        self.database_label.setText(str(path) if path is not None else "—")
        if self.backups is not None:
            self.backups.set_database(path)


def _stacked(*parts: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    for part in parts:
        layout.addWidget(part)
    layout.addStretch(1)
    return _scrolled(box)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
