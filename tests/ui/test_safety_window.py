"""Data safety in the window: File ▸ Restore…, the backup indicator, automatic backups, banners, faults."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import CrmError
from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.services.backups import BackupInfo, list_backups
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.restore_dialog import COL_CUSTOMERS
from crmdesk.ui.settings import GuiSettings

Shown = list[tuple[str, str]]


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Message boxes of ``show_error`` are captured instead of blocking the test."""
    shown: Shown = []

    def warning(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr("crmdesk.ui.errors.QMessageBox.warning", warning)
    return shown


def add_customer(services: Services, name: str) -> None:
    services.customer_editor.create(CustomerDraft(name=name))


def backup_from_window(qtbot: QtBot, window: MainWindow) -> BackupInfo:
    infos: list[BackupInfo] = []
    window.backups.backed_up.connect(infos.append)
    assert window.backups.backup_now()
    qtbot.waitUntil(lambda: bool(infos), timeout=10_000)
    return infos[0]


def test_restore_dialog_flow_verifies_swaps_and_reopens(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    assert window.services is not None
    add_customer(window.services, "Ieva Kalniņa")
    first = backup_from_window(qtbot, window)
    add_customer(window.services, "Пётр Иванов")
    assert window.services.customers.count() == 2
    confirmed: list[str] = []

    def confirm(info: BackupInfo, _database: Path) -> bool:
        confirmed.append(info.path.name)
        return True

    window.restore_flow.confirm = confirm

    assert window.files.restore_action.isEnabled()
    window.files.restore_action.trigger()
    dialog = window.restore_flow.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    cell = dialog.table.item(0, COL_CUSTOMERS)
    assert cell is not None and cell.text() == "1"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage(), timeout=15_000)
    assert confirmed == [first.path.name]
    services = window.services
    assert services is not None and services.path == empty_db.resolve()
    assert services.customers.count() == 1  # the customer added after the backup is gone
    assert [e.action for e in services.audit.recent(limit=1)] == ["restore"]
    assert services.audit.verify() == []
    # The file before the restore was kept as a verified safety copy beside the backups.
    safety = [b for b in list_backups(first.path.parent) if "before-restore" in b.path.name]
    assert len(safety) == 1
    assert not window.restore_flow.busy


def test_a_damaged_backup_is_refused_and_the_file_stays_open(
    qtbot: QtBot,
    empty_db: Path,
    shown_errors: Shown,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    assert window.services is not None
    info = backup_from_window(qtbot, window)
    data = bytearray(info.path.read_bytes())
    data[5000:5100] = b"\xff" * 100
    info.path.write_bytes(bytes(data))
    window.restore_flow.confirm = lambda _info, _db: pytest.fail("a damaged backup is never offered")
    dialog = window.restore_flow.start()
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert "cannot be restored" in shown_errors[0][1]
    assert window.services is not None and window.services.customers.count() == 0
    assert not window.restore_flow.busy


def test_indicator_states_follow_the_setting(
    qtbot: QtBot,
    empty_db: Path,
    app_paths: AppPaths,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    indicator = window.backups.indicator
    assert indicator.text() == "⚠ no backup yet"
    assert indicator in window.statusBar().findChildren(type(indicator))
    taken = backup_from_window(qtbot, window).taken_at
    assert taken is not None
    window.backups.clock = lambda: taken + timedelta(minutes=45)
    window.backups.refresh()
    assert indicator.text() == "Backup: 45 min ago"
    window.backups.clock = lambda: taken + timedelta(hours=5)
    window.backups.refresh()
    assert indicator.text() == "⚠ last backup 5 hours ago"  # older than the 4 h default
    window.settings.set_backup_every_hours(24)
    window.backups.refresh()
    assert indicator.text() == "Backup: 5 h ago"


def test_the_timer_takes_a_backup_when_due_and_not_before(
    qtbot: QtBot,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    controller = window.backups
    assert controller.timer.isActive()
    folder = controller.folder()
    assert folder is not None
    start = datetime.now(UTC)
    controller.clock = lambda: start
    controller.timer.timeout.emit()  # no backup yet: one is due at once
    window.drain_tasks()
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    assert [b.reason for b in list_backups(folder)] == ["automatic"]
    controller.clock = lambda: start + timedelta(hours=1)
    assert not controller.check_due()
    controller.clock = lambda: start + timedelta(hours=5)
    assert controller.check_due()
    window.drain_tasks()
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    assert len(list_backups(folder)) == 2
    window.settings.set_backup_every_hours(0)  # switched off
    controller.clock = lambda: start + timedelta(days=3)
    assert not controller.check_due()


def test_closing_takes_a_backup_and_honours_the_setting(
    qtbot: QtBot,
    empty_db: Path,
    app_paths: AppPaths,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    folder = window.backups.folder()
    assert folder is not None
    window.close()
    assert window.services is None
    assert [b.reason for b in list_backups(folder)] == ["on close"]

    GuiSettings.for_paths(app_paths).set_backup_on_close(False)
    second_db = empty_db.with_name("second.sqlite3")
    shutil.copyfile(empty_db, second_db)
    second = make_window(open_services(second_db))
    second.close()
    assert [b.path.name for b in list_backups(folder) if b.path.name.startswith("second-")] == []


def test_configured_folder_is_used_for_backups(
    qtbot: QtBot,
    empty_db: Path,
    tmp_path: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(open_services(empty_db))
    usb = tmp_path / "usb-stick"
    window.settings.set_backup_folder(usb)
    info = backup_from_window(qtbot, window)
    assert info.path.parent == usb
    window.settings.set_backup_folder(None)
    assert window.backups.folder() == empty_db.resolve().parent / "backups"


def test_read_only_file_opens_with_a_banner_and_refuses_writes(
    qtbot: QtBot,
    empty_db: Path,
    shown_errors: Shown,
    monkeypatch: pytest.MonkeyPatch,
    make_window: Callable[..., MainWindow],
) -> None:
    target = empty_db.resolve()
    # Tests may run as root, where chmod does not stop writes: simulate a read-only medium instead.
    monkeypatch.setattr("crmdesk.storage.engine.os.access", lambda path, mode: Path(path) != target)
    with pytest.raises(CrmError, match="read-only"):
        Services.open(empty_db, create=False)  # the CLI's way: refused, saying why
    services = Services.open(empty_db, create=False, read_only_ok=True)
    window = make_window(services)
    banner = window.notice_bar.text_of("read-only")
    assert window.notice_bar.isVisible()
    assert banner is not None and f"the file {target.name} is read-only" in banner
    with pytest.raises(CrmError, match="opened read-only because"):
        add_customer(services, "Nobody")
    window.files.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10_000)
    assert "read-only" in shown_errors[0][1]
    assert window.backups.indicator.text() == "Read-only: no backups"
    assert not window.backups.check_due()  # no automatic backups of a read-only file
    assert services.customers.count() == 0  # reading works
    assert window.restore_flow.start() is None  # refused at once, saying why
    assert "nothing can be restored" in shown_errors[-1][1]


def wreck(path: Path) -> None:
    with open(path, "r+b") as handle:  # the schema page and more: SQLite cannot read it
        handle.seek(100)
        handle.write(b"\xff" * 8000)


def damaged_with_backup(tmp_path: Path, empty_template: Path) -> tuple[Path, Path]:
    """A database with one customer, its backup in backups/ beside it, then the file wrecked."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(empty_template, path)
    with Services.open(path, create=False) as services:
        add_customer(services, "Zahra Ahmadi")
        backup = services.backups.backup_now().path
    wreck(path)
    return path, backup


def test_a_corrupt_file_opened_from_the_menu_offers_its_newest_good_backup(
    qtbot: QtBot,
    empty_db: Path,
    tmp_path: Path,
    empty_template: Path,
    shown_errors: Shown,
    monkeypatch: pytest.MonkeyPatch,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    damaged, backup = damaged_with_backup(tmp_path / "elsewhere", empty_template)
    offered: list[tuple[str, Path]] = []

    def offer(_parent: object, path: Path, error: CrmError, info: BackupInfo) -> bool:
        offered.append((str(error), info.path))
        return True

    monkeypatch.setattr("crmdesk.ui.database_files.offer_newest_backup", offer)
    window = make_window(open_services(empty_db))
    window.files.open_path(damaged, create=False)
    qtbot.waitUntil(
        lambda: bool(shown_errors) or (window.services is not None and window.services.path == damaged),
        timeout=15_000,
    )
    assert shown_errors == []
    assert len(offered) == 1 and "damaged" in offered[0][0] and offered[0][1] == backup
    assert window.services is not None and window.services.customers.count() == 1
    kept = list(backup.parent.glob("shop-before-restore-*-damaged.sqlite3"))
    assert len(kept) == 1  # the damaged bytes are kept aside, untouched


def test_a_corrupt_file_at_start_offers_its_newest_good_backup(
    qtbot: QtBot,
    tmp_path: Path,
    empty_template: Path,
    app_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crmdesk.ui.application import open_at_start
    from crmdesk.ui.tasks import TaskRunner

    damaged, backup = damaged_with_backup(tmp_path, empty_template)
    offered: list[Path] = []

    def offer(_parent: object, _path: Path, _error: CrmError, info: BackupInfo) -> bool:
        offered.append(info.path)
        return True

    monkeypatch.setattr("crmdesk.ui.application.offer_newest_backup", offer)
    runner = TaskRunner()
    services = open_at_start(damaged, paths=app_paths, runner=runner)
    try:
        assert offered == [backup]
        assert services is not None and services.customers.count() == 1
    finally:
        if services is not None:
            services.close()
        runner.shutdown()
