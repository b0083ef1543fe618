"""The main window: pages and shortcuts, the status bar, the File menu over database files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.settings import MAX_RECENT_FILES, GuiSettings

FRAME_SLACK = 32
PAGE_KEYS = [
    "dashboard",
    "customers",
    "contact-log",
    "quotes",
    "invoices",
    "inventory",
    "reports",
    "settings",
]


@pytest.fixture
def window(
    qtbot: QtBot,
    customers_db: Path,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> MainWindow:
    window = make_window(open_services(customers_db))
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.customers_page.loaded, timeout=5000)
    return window


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the window would have shown with QMessageBox.warning (recorded instead of blocking)."""
    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make the next Open/Save dialog answer ``path``."""
    answer = (str(path), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: answer)


def wait_for_open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    qtbot.waitUntil(lambda: window.services is not None and window.services.path == path, timeout=5000)
    qtbot.waitUntil(lambda: not window.files.opening and window.runner.pending == 0, timeout=5000)


def test_the_title_and_status_bar_name_the_open_file(window: MainWindow, customers_db: Path) -> None:
    assert window.windowTitle() == f"crmdesk — {customers_db.name}"
    assert window.path_label.text() == str(customers_db)
    assert window.path_label.isVisible()


def test_the_sidebar_lists_every_page_and_starts_on_customers(window: MainWindow) -> None:
    assert [page.key for page in window.pages] == PAGE_KEYS
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        page.title for page in window.pages
    ]
    assert isinstance(window.current_page, CustomersPage)


@pytest.mark.parametrize("number", range(1, 9))
def test_ctrl_and_a_number_switch_pages(qtbot: QtBot, window: MainWindow, number: int) -> None:
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page.key == PAGE_KEYS[number - 1]
    assert window.sidebar.currentRow() == number - 1


def test_clicking_the_sidebar_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    item = window.sidebar.item(PAGE_KEYS.index("inventory"))
    qtbot.mouseClick(
        window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center()
    )
    assert window.current_page.key == "inventory"
    assert window.stack.currentWidget() is window.page("inventory")


def test_ctrl_f_goes_to_the_customer_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("reports")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page is window.customers_page
    assert window.customers_page.search_field.hasFocus()


def test_the_dashboard_shows_the_real_counts(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.dashboard_page.summary is not None, timeout=5000)
    assert window.dashboard_page.cards["customers"].value_label.text() == "1,000"
    assert window.dashboard_page.cards["invoices"].value_label.text() == "0"


def test_every_page_is_built(window: MainWindow) -> None:
    for page in window.pages:
        texts = " ".join(label.text() for label in page.findChildren(type(window.path_label)))
        assert "not built yet" not in texts, page.key


def test_window_size_and_page_are_remembered(
    qtbot: QtBot,
    customers_db: Path,
    app_paths: AppPaths,
    open_services: Callable[[Path], Services],
    make_window: Callable[..., MainWindow],
) -> None:
    first = make_window(open_services(customers_db))
    first.resize(900, 640)
    first.show_page("inventory")
    first.close()
    assert first.services is None  # closing the window closed the database
    second = make_window(open_services(customers_db))
    # Approximate: the offscreen platform counts invented window-frame margins into the saved geometry.
    assert abs(second.width() - 900) <= FRAME_SLACK and abs(second.height() - 640) <= FRAME_SLACK
    assert second.size() != QSize(1280, 800)  # not the default size
    assert second.current_page.key == "inventory"


def test_new_database_opens_a_fresh_file_and_closes_the_old_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, customers_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = tmp_path / "fresh"  # no suffix: .sqlite3 is added
    choose_file(monkeypatch, new)
    window.files.new_action.trigger()
    wait_for_open(qtbot, window, new.with_suffix(".sqlite3"))
    qtbot.waitUntil(lambda: window.customers_page.loaded, timeout=5000)
    assert window.windowTitle() == "crmdesk — fresh.sqlite3"
    assert window.customers_page.model.rowCount() == 0
    assert window.customers_page.count_label.text() == "No customers (archived ones are hidden)"
    Services.open(customers_db).close()  # the previous file is closed (its lock released)


def test_new_database_never_overwrites_a_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"precious")
    choose_file(monkeypatch, existing)
    window.files.new_action.trigger()
    assert len(warnings) == 1
    assert "already exists" in warnings[0]
    assert existing.read_bytes() == b"precious"
    assert not window.files.opening


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some notes\n", "is not a crmdesk database"),
        (b"SQLite format 3\x00" + b"\x00" * 84, "damaged"),
    ],
)
def test_opening_a_foreign_file_says_why_and_keeps_the_current_one(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    customers_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
    content: bytes,
    message: str,
) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(content)
    choose_file(monkeypatch, foreign)
    window.files.open_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert message in warnings[0]
    assert warnings[0].startswith("crmdesk — Opening foreign.sqlite3 failed: ")
    assert window.services is not None and window.services.path == customers_db
    assert window.files.open_action.isEnabled()


def test_opening_a_locked_file_says_who_holds_it(
    qtbot: QtBot,
    window: MainWindow,
    empty_db: Path,
    open_services: Callable[[Path], Services],
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    open_services(empty_db)  # "another window" holds it
    choose_file(monkeypatch, empty_db)
    window.files.open_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "already open in another crmdesk window" in warnings[0]


def test_open_recent_remembers_files_and_reopens_them(
    qtbot: QtBot, window: MainWindow, customers_db: Path, empty_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(monkeypatch, empty_db)
    window.files.open_action.trigger()
    wait_for_open(qtbot, window, empty_db)
    assert window.settings.recent_files()[:2] == [empty_db, customers_db]
    recent = [action for action in window.files.recent_menu.actions() if action.data()]
    assert [action.data() for action in recent] == [str(customers_db)]  # the open file is not listed
    recent[0].trigger()
    wait_for_open(qtbot, window, customers_db)
    assert window.windowTitle() == f"crmdesk — {customers_db.name}"


def test_a_recent_file_that_is_gone_is_forgotten(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, warnings: list[str]
) -> None:
    gone = tmp_path / "moved-away.sqlite3"
    window.settings.add_recent_file(gone)
    window.files.rebuild_recent_menu()
    action = next(a for a in window.files.recent_menu.actions() if a.data() == str(gone))
    action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "does not exist" in warnings[0]
    assert gone not in window.settings.recent_files()
    assert not gone.exists()  # "open recent" never creates a file


def test_recent_files_keep_the_last_eight(app_paths: AppPaths, tmp_path: Path) -> None:
    settings = GuiSettings.for_paths(app_paths)
    files = [tmp_path / f"db{number}.sqlite3" for number in range(12)]
    for path in files:
        settings.add_recent_file(path)
    settings.add_recent_file(files[5])
    assert settings.recent_files() == [files[5], *reversed(files[4:5] + files[6:12])][:MAX_RECENT_FILES]
    assert len(settings.recent_files()) == MAX_RECENT_FILES
    assert Path(settings.file_name).parent == app_paths.config_dir


def test_backup_now_shows_where_the_copy_went(qtbot: QtBot, window: MainWindow, app_paths: AppPaths) -> None:
    window.files.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage(), timeout=5000)
    # One folder rule with the CLI (docs/data-safety.md): backups/ beside the database unless configured.
    folder = window.backups.folder()
    assert folder is not None and window.services is not None
    assert folder == window.services.path.parent / "backups"
    backups = list(folder.glob("*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in window.statusBar().currentMessage()
    assert window.files.backup_action.isEnabled()
