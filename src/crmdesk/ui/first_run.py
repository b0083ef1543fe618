"""The first start: a new, empty database opens the setup wizard (demo data or the owner's business);
demo data is generated in the background with a progress dialog."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from crmdesk.services import Services
from crmdesk.services.company import CompanyDetails
from crmdesk.services.database import DatabaseSummary
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.setup_wizard import SetupWizard, apply_setup

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 1000
DEMO_SEED = 1


def offer_demo_data_if_empty(window: MainWindow) -> None:
    """Check in the background whether the open database is new; if so, open the first-run wizard."""
    services = window.services
    if services is None:
        return
    window.runner.run(
        lambda: (services.database.summary(), services.company.setup_completed()),
        on_done=lambda answer: _offer_if_empty(window, services, *answer),
        # Not worth a dialog: the owner simply is not offered the wizard this time.
        on_error=lambda error: log.warning("could not check whether the database is empty: %s", error),
    )


def _offer_if_empty(window: MainWindow, services: Services, summary: DatabaseSummary, set_up: bool) -> None:
    if summary.is_empty and not set_up and window.services is services and ask_for_demo_data(window):
        generate_demo_data(window, services)


def ask_for_demo_data(window: MainWindow) -> bool:
    """The first-run wizard; True when the owner chose demo data. When they set up their business
    instead, the answers are written in the background here."""
    services = window.services
    if services is None:
        return False
    wizard = SetupWizard(
        services=services,
        runner=window.runner,
        settings=window.settings,
        demo_customers=DEMO_CUSTOMERS,
        parent=window,
    )
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return False
    if wizard.wants_demo:
        return True
    answers = wizard.answers()

    def done(company: CompanyDetails) -> None:
        window.refresh_pages()
        window.statusBar().showMessage(
            tr("Set up for {name}. Change anything in Settings.").format(name=company.name), 15_000
        )

    window.runner.run(
        lambda: apply_setup(services, answers),
        writes=True,
        on_done=done,
        on_error=lambda error: show_error(window, error, doing=tr("Saving the setup")),
    )
    return False


class DemoProgressDialog(QDialog):
    """A progress bar that cannot be dismissed while the work runs.

    Not a QProgressDialog: its ``setValue`` calls ``processEvents`` when modal, which would deliver the
    task's result from inside a progress callback.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("crmdesk")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(tr("Creating demo data…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.bar.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._running = True

    def report(self, step: str, done: int, total: int) -> None:
        """Show a progress report of the background work."""
        self.label.setText(tr("Creating demo data: {step}…").format(step=step))
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total))

    def finish(self) -> None:
        """The work ended: the dialog closes and goes away."""
        self._running = False
        self.accept()
        self.deleteLater()

    def reject(self) -> None:
        if not self._running:  # Escape does nothing while the data is being written
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)


def generate_demo_data(
    window: MainWindow, services: Services, *, customers: int = DEMO_CUSTOMERS, seed: int = DEMO_SEED
) -> DemoProgressDialog:
    """Fill the database with demo data on the write queue, with a progress dialog; then refresh the pages."""
    dialog = DemoProgressDialog(window)

    def done(_result: object) -> None:
        dialog.finish()
        window.refresh_pages()
        window.statusBar().showMessage(
            tr("Demo data added: {customers:,} customers.").format(customers=customers), 15_000
        )

    def failed(error: BaseException) -> None:
        dialog.finish()
        window.refresh_pages()  # a failed write rolled back; pages show what is really there
        show_error(window, error, doing=tr("Creating demo data"))

    window.runner.run(
        lambda progress: services.demo.populate(customers=customers, seed=seed, progress=progress),
        writes=True,
        on_progress=dialog.report,
        on_done=done,
        on_error=failed,
    )
    dialog.show()
    return dialog
