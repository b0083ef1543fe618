"""Shared fixtures: real SQLite files, migrated once per session and copied per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.storage.engine import Database, open_database


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head schema, made once; tests copy it instead of migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db_file(migrated_template: Path, tmp_path: Path) -> Path:
    """A fresh, migrated, closed database file of this test's own."""
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db(db_file: Path) -> Iterator[Database]:
    """The test's database, open (locked) for the duration of the test."""
    database = open_database(db_file)
    try:
        yield database
    finally:
        database.close()
