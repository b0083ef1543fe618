"""Starting the GUI: the QApplication, opening the database (or saying why not), the main window.

Benchmark hook: with ``CRMDESK_EXIT_AFTER_FIRST_PAINT=1`` the app prints one line
``first-paint-seconds <float>`` once the Customers table has painted its first rows (or its empty state)
and exits with code 0. The time is counted from the **start of the process** as the kernel recorded it
(``/proc/self/stat`` against ``CLOCK_BOOTTIME``, 10 ms resolution), so interpreter start-up and imports
are included; where ``/proc`` is missing it falls back to ``time.perf_counter()`` since this module was
first imported (which leaves those out).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from enum import Enum
from functools import partial
from pathlib import Path

_IMPORTED_AT = time.perf_counter()  # before the Qt imports: the fallback clock of the benchmark hook

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog  # noqa: E402

from crmdesk import __version__  # noqa: E402
from crmdesk.domain.errors import CrmError  # noqa: E402
from crmdesk.paths import AppPaths  # noqa: E402
from crmdesk.services import Services  # noqa: E402
from crmdesk.services.backups import (  # noqa: E402
    BackupInfo,
    backup_folder_for,
    default_backup_folder,
    newest_good_backup,
)
from crmdesk.services.restore import DatabaseDamaged, restore_backup  # noqa: E402
from crmdesk.ui.database_files import FILE_FILTER, offer_newest_backup  # noqa: E402
from crmdesk.ui.errors import ExceptionHook  # noqa: E402
from crmdesk.ui.first_run import offer_demo_data_if_empty  # noqa: E402
from crmdesk.ui.i18n import tr  # noqa: E402
from crmdesk.ui.main_window import MainWindow  # noqa: E402
from crmdesk.ui.pages.customers import CustomersPage  # noqa: E402
from crmdesk.ui.settings import GuiSettings  # noqa: E402
from crmdesk.ui.tasks import TaskRunner  # noqa: E402

APP_NAME = "crmdesk"
BENCH_ENV = "CRMDESK_EXIT_AFTER_FIRST_PAINT"
EXIT_NOTHING_OPENED = 1
OPENING_NOTICE_AFTER_MS = 400
"""Opening is usually ~15 ms; a notice appears only when it is slow (a migration with its backup)."""


class OpenFailureChoice(Enum):
    OPEN_ANOTHER = "open-another"
    QUIT = "quit"


def run_gui(*, paths: AppPaths, database: Path | None, argv: list[str]) -> int:
    """Run the desktop app on ``database`` (default: the user's database); return the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    hook = ExceptionHook()
    hook.install()
    bench = os.environ.get(BENCH_ENV) == "1"
    runner = TaskRunner()
    services: Services | None = None
    window: MainWindow | None = None
    try:
        path = database if database is not None else paths.default_database
        if database is None:
            # If this fails, opening says why ("the folder … does not exist") in the usual dialog.
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
        services = open_at_start(path, paths=paths, runner=runner)
        if services is None:
            return EXIT_NOTHING_OPENED
        window = MainWindow(
            services=services,
            paths=paths,
            settings=GuiSettings.for_paths(paths),
            runner=runner,
            start_page="customers" if bench else None,
        )
        shown = window
        if bench:
            FirstPaintProbe(shown.customers_page, on_painted=lambda: _report_first_paint(app))
        shown.show()
        if not bench:
            QTimer.singleShot(0, lambda: offer_demo_data_if_empty(shown))
        return app.exec()
    finally:
        if window is not None:
            window.shutdown()  # closes the services; app.exit() (bench mode) does not close the window
            window.deleteLater()
        else:
            runner.shutdown()
            if services is not None:
                services.close()
        hook.uninstall()


def open_at_start(path: Path, *, paths: AppPaths, runner: TaskRunner) -> Services | None:
    """Open ``path``; if it cannot be opened, say why and offer another file. ``None``: the owner quit."""
    create = True
    configured = GuiSettings.for_paths(paths).backup_folder()
    while True:
        try:
            return _open_in_background(path, paths=paths, runner=runner, create=create)
        except CrmError as error:
            if isinstance(error, DatabaseDamaged):
                folders = [backup_folder_for(path, configured), default_backup_folder(path)]
                try:
                    backup = _in_background(
                        partial(newest_good_backup, folders, stem=path.stem),
                        runner=runner,
                        notice=tr("{name} is damaged: looking for a good backup…").format(name=path.name),
                    )
                except (CrmError, OSError):
                    backup = None  # no offer; the usual "cannot open" dialog follows
                if isinstance(backup, BackupInfo) and offer_newest_backup(None, path, error, backup):
                    try:
                        _in_background(
                            partial(restore_backup, backup.path, path, safety_dir=backup.path.parent),
                            runner=runner,
                            notice=tr("Restoring {name}…").format(name=backup.path.name),
                        )
                    except CrmError as restore_error:
                        error = restore_error
                    else:
                        create = False
                        continue
            if ask_after_open_failure(path, error) is OpenFailureChoice.QUIT:
                return None
            chosen, _filter = QFileDialog.getOpenFileName(
                None, tr("Open a crmdesk database"), str(path.parent), FILE_FILTER
            )
            if chosen:
                path, create = Path(chosen), False


def _open_in_background(path: Path, *, paths: AppPaths, runner: TaskRunner, create: bool) -> Services:
    """Open on the write queue while a local event loop runs, with a notice if it takes long.

    Backups (before a migration) go to the one backup folder (``backup_folder_for``); a read-only file
    or folder opens read-only (the window's banner says why).
    """
    backup_dir = backup_folder_for(path, GuiSettings.for_paths(paths).backup_folder())
    services = _in_background(
        lambda: Services.open(path, backup_dir=backup_dir, create=create, read_only_ok=True),
        runner=runner,
        notice=tr("Opening {path}…").format(path=path),
    )
    assert isinstance(services, Services)
    return services


def _in_background(work: Callable[[], object], *, runner: TaskRunner, notice: str) -> object:
    """Run ``work`` on the write queue while a local event loop runs; a notice shows if it takes long."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    runner.run(
        work,
        writes=True,
        on_done=lambda result: finished("result", result),
        on_error=lambda error: finished("error", error),
    )
    progress = QProgressDialog(notice, "", 0, 0)
    progress.setWindowTitle(APP_NAME)
    progress.setCancelButton(None)  # no way to cancel: opening must finish (or fail) by itself
    progress.setMinimumDuration(OPENING_NOTICE_AFTER_MS)
    progress.setValue(0)  # (re)starts the timer that shows the notice after the minimum duration
    if not outcome:
        loop.exec()
    progress.reset()
    progress.close()
    progress.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["result"]


def ask_after_open_failure(path: Path, error: CrmError) -> OpenFailureChoice:
    """Say why ``path`` cannot be opened; offer to open another file or to quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("{APP_NAME} — cannot open the database").format(APP_NAME=APP_NAME))
    box.setText(tr("crmdesk cannot open {name}.").format(name=path.name))
    box.setInformativeText(str(error))
    another = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(another)
    box.exec()
    return OpenFailureChoice.OPEN_ANOTHER if box.clickedButton() is another else OpenFailureChoice.QUIT


class FirstPaintProbe(QObject):
    """Calls ``on_painted`` once, after the Customers table first paints with its ids loaded."""

    def __init__(self, page: CustomersPage, *, on_painted: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._on_painted = on_painted
        self._fired = False
        page.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() == QEvent.Type.Paint and self._page.loaded:
            self._fired = True
            # Report once this paint event has been handled, i.e. after the rows were drawn.
            QTimer.singleShot(0, self._on_painted)
        return False


def seconds_since_process_start() -> float:
    """Age of this process (see the module docstring for the clock used)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            stat = handle.read()
        # Field 22 is the start time in clock ticks after boot; split after the ")" that ends the command
        # name (which may itself contain spaces), so field 3 is at index 0.
        start_ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT


def _report_first_paint(app: QApplication) -> None:
    print(f"first-paint-seconds {seconds_since_process_start():.3f}", flush=True)
    app.exit(0)
