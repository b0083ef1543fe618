"""Starting the GUI: files that cannot be opened, the benchmark hook, the exception hook, the demo offer."""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import NotFoundError
from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui import application, first_run
from crmdesk.ui.application import BENCH_ENV, run_gui, seconds_since_process_start
from crmdesk.ui.errors import ExceptionHook, show_error
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.setup_wizard import SetupWizard

FIRST_PAINT_LINE = re.compile(r"^first-paint-seconds \d+\.\d{3}$")


class MessageBoxes:
    """Stands in for ``QMessageBox.exec``: records each box and clicks the button named in ``answers``."""

    def __init__(self, answers: list[str] | None = None) -> None:
        self.answers = list(answers or [])
        self.shown: list[QMessageBox] = []

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(box)
        if self.answers:
            wanted = self.answers.pop(0)
            next(button for button in box.buttons() if button.text() == wanted).click()
        return 0

    @property
    def texts(self) -> list[str]:
        return [f"{box.text()} {box.informativeText()}" for box in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    # A plain function, so that the box is passed as ``self``.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture
def bench_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BENCH_ENV, "1")


def test_a_foreign_file_is_explained_and_quit_ends_cleanly(
    qapp: QApplication, tmp_path: Path, app_paths: AppPaths, boxes: MessageBoxes
) -> None:
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    code = run_gui(paths=app_paths, database=foreign, argv=["crmdesk"])
    assert code == application.EXIT_NOTHING_OPENED
    assert len(boxes.shown) == 1
    assert "cannot open photo.jpg" in boxes.texts[0]
    assert "not a crmdesk database" in boxes.texts[0]
    assert [b.text() for b in boxes.shown[0].buttons()] == ["Open another file…", "Quit"]
    assert foreign.read_bytes().startswith(b"\xff\xd8")  # untouched
    assert sys.excepthook is not None and not isinstance(sys.excepthook, ExceptionHook)


def test_a_locked_file_is_explained(
    qapp: QApplication,
    empty_db: Path,
    app_paths: AppPaths,
    open_services: Callable[[Path], Services],
    boxes: MessageBoxes,
) -> None:
    open_services(empty_db)
    assert run_gui(paths=app_paths, database=empty_db, argv=["crmdesk"]) == application.EXIT_NOTHING_OPENED
    assert "already open in another crmdesk window" in boxes.texts[0]


def test_open_another_file_after_a_failure(
    qapp: QApplication,
    tmp_path: Path,
    customers_db: Path,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
    bench_mode: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    boxes.answers = ["Open another file…"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(customers_db), ""))
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    assert run_gui(paths=app_paths, database=folder, argv=["crmdesk"]) == 0
    assert "is a folder" in boxes.texts[0]
    assert FIRST_PAINT_LINE.match(capsys.readouterr().out.strip())
    assert app_paths.backup_dir.parent.exists()
    Services.open(customers_db).close()  # closed on exit


def test_bench_mode_prints_one_line_after_the_first_paint_and_exits_0(
    qapp: QApplication,
    app_paths: AppPaths,
    bench_mode: None,
    boxes: MessageBoxes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No database given: the default one is created in a data folder that does not exist yet.
    paths = AppPaths.under(app_paths.data_dir.parent / "fresh-home")
    assert run_gui(paths=paths, database=None, argv=["crmdesk"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and FIRST_PAINT_LINE.match(lines[0]), lines
    # Seconds since this (long-running test) process started: only the form is checked; bench/ measures it.
    assert float(lines[0].split()[1]) > 0
    assert paths.default_database.exists()
    assert boxes.shown == []  # no demo offer in bench mode


def test_the_process_age_counts_from_process_start() -> None:
    age = seconds_since_process_start()
    assert age > 0
    assert age >= time.perf_counter() - application._IMPORTED_AT - 0.05


def test_an_expected_error_is_one_sentence(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    show_error(None, NotFoundError("customer 7 was deleted"), doing="Saving")
    assert shown == [("crmdesk — Saving failed", "Customer 7 was deleted.")]


def test_the_exception_hook_logs_and_shows_the_details(
    qapp: QApplication, boxes: MessageBoxes, caplog: pytest.LogCaptureFixture
) -> None:
    hook = ExceptionHook()
    hook.install()
    try:
        assert sys.excepthook is hook
        try:
            raise KeyError("missing")
        except KeyError as error:
            with caplog.at_level(logging.ERROR):
                hook(KeyError, error, error.__traceback__)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
    assert len(boxes.shown) == 1
    box = boxes.shown[0]
    assert "did not expect" in box.text()
    assert "KeyError: 'missing'" in box.informativeText()
    assert "Traceback" in box.detailedText() and "raise KeyError" in box.detailedText()
    assert any(record.exc_info for record in caplog.records)


# --- the demo offer ---------------------------------------------------------------------------------


class FakeDemo:
    """Stands in for ``services.demo``: same signature, records the call, reports progress."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def populate(
        self, *, customers: int = 1000, seed: int = 1, progress: Callable[[str, int, int], None] | None = None
    ) -> object:
        self.calls.append((customers, seed))
        for done in range(customers + 1):
            if progress is not None:
                progress("customers", done, customers)
        return None


def test_an_empty_database_opens_the_setup_wizard_and_cancel_adds_nothing(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = open_services(empty_db)
    services.demo = FakeDemo()
    window: MainWindow = make_window(services)
    shown: list[SetupWizard] = []

    def cancel(wizard: SetupWizard) -> int:
        shown.append(wizard)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SetupWizard, "exec", cancel)
    first_run.offer_demo_data_if_empty(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0].start.setup_choice.isChecked()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    assert services.demo.calls == []
    assert not services.company.setup_completed()


def test_demo_data_is_made_in_the_background_then_the_pages_refresh(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = open_services(empty_db)
    services.demo = FakeDemo()
    window: MainWindow = make_window(services)
    monkeypatch.setattr(first_run, "ask_for_demo_data", lambda _parent: True)
    reports: list[tuple[str, int, int]] = []

    class RecordingDialog(first_run.DemoProgressDialog):
        def report(self, step: str, done: int, total: int) -> None:
            reports.append((step, done, total))
            super().report(step, done, total)

    monkeypatch.setattr(first_run, "DemoProgressDialog", RecordingDialog)
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh_pages", lambda: refreshed.append(True))
    first_run.offer_demo_data_if_empty(window)
    qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)
    assert services.demo.calls == [(1000, 1)]
    assert reports[-1] == ("customers", 1000, 1000)
    qtbot.waitUntil(lambda: not window.findChildren(RecordingDialog), timeout=5000)  # closed and deleted
    assert "Demo data added" in window.statusBar().currentMessage()


def test_a_database_with_data_is_not_offered_demo_data(
    qtbot: QtBot,
    customers_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window: MainWindow = make_window(open_services(customers_db))
    asked: list[bool] = []

    def ask(_parent: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(first_run, "ask_for_demo_data", ask)
    first_run.offer_demo_data_if_empty(window)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    assert asked == []


def test_the_progress_dialog_cannot_be_dismissed_while_working(qtbot: QtBot) -> None:
    dialog = first_run.DemoProgressDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.isVisible()
    dialog.report("customers", 5, 10)
    assert (dialog.bar.value(), dialog.bar.maximum()) == (5, 10)
    dialog.finish()
    assert not dialog.isVisible()


def test_real_demo_data_fills_the_pages(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    services = open_services(empty_db)
    window: MainWindow = make_window(services)
    qtbot.waitUntil(lambda: window.customers_page.loaded, timeout=5000)
    assert window.customers_page.model.rowCount() == 0
    with qtbot.waitSignal(window.customers_page.ids_loaded, timeout=30_000):
        first_run.generate_demo_data(window, services, customers=25)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    assert window.customers_page.model.rowCount() > 0
    assert window.dashboard_page.summary is not None
    assert window.dashboard_page.summary.customers == 25
