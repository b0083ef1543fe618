"""The Settings page: where crmdesk keeps things today; the settings themselves are not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from crmdesk.paths import AppPaths
from crmdesk.ui.pages.base import Page, heading, not_built_notice, page_layout
from crmdesk.ui.tasks import TaskRunner

COMING = [
    "Your company's details and logo as printed on quotes and invoices",
    "Tax rates, currencies and payment terms",
    "Number formats of invoices, credit notes and quotes",
    "Document language, and the language of crmdesk itself",
    "Automatic backups: folder, how often, how many to keep",
]


class SettingsPage(Page):
    """Shows the folders in use (read-only) and what settings will come."""

    def __init__(
        self, *, paths: AppPaths, settings_file: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(key="settings", title="Settings", runner=runner, parent=parent)
        layout = page_layout(self)
        layout.addWidget(heading("Settings"))
        box = QGroupBox("Where crmdesk keeps things")
        form = QFormLayout(box)
        self.database_label = _path_label("")
        form.addRow("Database file:", self.database_label)
        form.addRow("Backups (File → Backup now):", _path_label(str(paths.backup_dir)))
        form.addRow("Window settings:", _path_label(settings_file))
        form.addRow("Log files:", _path_label(str(paths.log_dir)))
        layout.addWidget(box)
        layout.addWidget(not_built_notice("Settings", COMING))
        layout.addStretch(1)

    def refresh(self) -> None:
        # The path is known without a query: no background work needed.
        self.database_label.setText(str(self.services.path) if self.services is not None else "—")


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
