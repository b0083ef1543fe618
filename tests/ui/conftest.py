"""Fixtures of the UI tests: offscreen Qt, fresh database files copied from templates, temp settings."""

from __future__ import annotations

import os

# Read when pytest-qt creates the QApplication (lazily, in the qapp fixture): set it first thing.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.storage.engine import open_database
from crmdesk.storage.models import Address, Customer, CustomerEmail, CustomerPhone
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.settings import GuiSettings

# Anything that still asks Qt for a standard location gets a test folder, never the user's.
QStandardPaths.setTestModeEnabled(True)

OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
"""Printed as a Qt warning by the offscreen platform plugin whenever a shown window with a layout gets
size constraints; it says nothing about crmdesk (on a real display the plugin supports it)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every other Qt warning still fails the test (``qt_log_level_fail = "WARNING"`` in pyproject)."""
    for item in items:
        if "tests/ui/" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class Seeded:
    """The customers :func:`seed_customers` writes, so tests can compute what to expect."""

    COUNT = 1000
    NAME_STEP = 37
    """Names are a permutation of the ids (37 is coprime with 1000): name order is not id order."""
    CITIES = ("Riga", "Tallinn", "Vilnius", "Helsinki", "Oslo", "Berlin", "Lisbon")
    COUNTRIES = ("LV", "EE", "LT", "FI", "NO", "DE", "PT")
    CREATED_BASE = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)

    @classmethod
    def name(cls, customer_id: int) -> str:
        return f"Customer {(customer_id * cls.NAME_STEP) % cls.COUNT:04d}"

    @staticmethod
    def archived(customer_id: int) -> bool:
        return customer_id % 10 == 0

    @staticmethod
    def email(customer_id: int) -> str:
        return f"c{customer_id}@example.com"

    @classmethod
    def ids(cls, *, include_archived: bool = False) -> list[int]:
        return [i for i in range(1, cls.COUNT + 1) if include_archived or not cls.archived(i)]


def seed_customers(path: Path, count: int = Seeded.COUNT) -> None:
    """Write ``count`` predictable customers straight through the ORM (tests may use storage)."""
    db = open_database(path)
    try:
        ids = range(1, count + 1)
        with db.write() as session:
            session.execute(
                insert(Customer),
                [
                    {
                        "id": i,
                        "kind": "company" if i % 3 == 0 else "person",
                        "name": Seeded.name(i),
                        "sort_name": Seeded.name(i).casefold(),
                        "created_at": Seeded.CREATED_BASE + timedelta(days=i),
                        "updated_at": Seeded.CREATED_BASE,
                        "archived_at": Seeded.CREATED_BASE if Seeded.archived(i) else None,
                    }
                    for i in ids
                ],
            )
            session.execute(
                insert(CustomerEmail),
                [{"customer_id": i, "email": Seeded.email(i), "position": 0} for i in ids],
            )
            session.execute(
                insert(CustomerPhone),
                [{"customer_id": i, "e164": f"+3712{i:07d}", "position": 0} for i in ids],
            )
            session.execute(
                insert(Address),
                [
                    {
                        "customer_id": i,
                        "kind": "billing",
                        "city": Seeded.CITIES[i % 7],
                        "country": Seeded.COUNTRIES[i % 7],
                    }
                    for i in ids
                ],
            )
    finally:
        db.close()


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database made once per session (migrating costs ~0.15 s; copying ~1 ms)."""
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite3"
    Services.open(path).close()
    return path


@pytest.fixture(scope="session")
def customers_template(empty_template: Path) -> Path:
    path = empty_template.with_name("customers.sqlite3")
    shutil.copyfile(empty_template, path)
    seed_customers(path)
    return path


@pytest.fixture(scope="session")
def demo_template(empty_template: Path) -> Path:
    """A small demo business (30 customers: quotes, invoices, payments, a pipeline), made once."""
    path = empty_template.with_name("demo.sqlite3")
    shutil.copyfile(empty_template, path)
    with Services.open(path) as services:
        services.demo.populate(customers=30, seed=1)
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def seeded() -> type[Seeded]:
    """What the customers of ``customers_db`` are (names, archived, emails), to compute expectations."""
    return Seeded


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    paths.config_dir.mkdir(parents=True)
    return paths


@pytest.fixture
def empty_db(tmp_path: Path, empty_template: Path) -> Path:
    path = tmp_path / "empty.sqlite3"
    shutil.copyfile(empty_template, path)
    return path


@pytest.fixture
def customers_db(tmp_path: Path, customers_template: Path) -> Path:
    path = tmp_path / "customers.sqlite3"
    shutil.copyfile(customers_template, path)
    return path


@pytest.fixture
def open_services() -> Iterator[Callable[[Path], Services]]:
    """Open databases for a test; whatever the test (or a window) did not close is closed after it."""
    opened: list[Services] = []

    def open_(path: Path) -> Services:
        services = Services.open(path)
        opened.append(services)
        return services

    yield open_
    for services in opened:
        if services._db.lock.held:  # a window may have closed it already
            services.close()


@pytest.fixture
def make_window(qtbot: QtBot, app_paths: AppPaths) -> Iterator[Callable[..., MainWindow]]:
    """Build a shown main window over some services, with settings in the test's folder."""
    windows: list[MainWindow] = []

    def make(services: Services, **kwargs: object) -> MainWindow:
        window = MainWindow(
            services=services, paths=app_paths, settings=GuiSettings.for_paths(app_paths), **kwargs
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
