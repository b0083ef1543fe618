"""The first start: an empty database is offered demo data, generated in the background."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from crmdesk.services import Services
from crmdesk.services.database import DatabaseSummary
from crmdesk.ui.errors import show_error

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 1000
DEMO_SEED = 1


def offer_demo_data_if_empty(window: MainWindow) -> None:
    """Check in the background whether the open database is empty; if so, offer demo data."""
    services = window.services
    if services is None:
        return
    window.runner.run(
        services.database.summary,
        on_done=lambda summary: _offer_if_empty(window, services, summary),
        # Not worth a dialog: the owner simply is not offered demo data this time.
        on_error=lambda error: log.warning("could not check whether the database is empty: %s", error),
    )


def _offer_if_empty(window: MainWindow, services: Services, summary: DatabaseSummary) -> None:
    if summary.is_empty and window.services is services and ask_for_demo_data(window):
        generate_demo_data(window, services)


def ask_for_demo_data(parent: QWidget | None) -> bool:
    """Ask whether to start with demo data; True for yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Welcome to crmdesk")
    box.setText("This database is empty.")
    box.setInformativeText(
        f"Start with demo data to look around: {DEMO_CUSTOMERS:,} made-up customers and sample records, "
        "written into this database file. To start for real later, create a fresh file with "
        "File → New database."
    )
    demo = box.addButton(
        f"Start with demo data ({DEMO_CUSTOMERS:,} customers)", QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton("Start empty", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    return box.clickedButton() is demo


class DemoProgressDialog(QDialog):
    """A progress bar that cannot be dismissed while the work runs.

    Not a QProgressDialog: its ``setValue`` calls ``processEvents`` when modal, which would deliver the
    task's result from inside a progress callback.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("crmdesk")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel("Creating demo data…")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.bar.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._running = True

    def report(self, step: str, done: int, total: int) -> None:
        """Show a progress report of the background work."""
        self.label.setText(f"Creating demo data: {step}…")
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
        window.statusBar().showMessage(f"Demo data added: {customers:,} customers.", 15_000)

    def failed(error: BaseException) -> None:
        dialog.finish()
        window.refresh_pages()  # a failed write rolled back; pages show what is really there
        show_error(window, error, doing="Creating demo data")

    window.runner.run(
        lambda progress: services.demo.populate(customers=customers, seed=seed, progress=progress),
        writes=True,
        on_progress=dialog.report,
        on_done=done,
        on_error=failed,
    )
    dialog.show()
    return dialog
