"""A failed write becomes one plain sentence: disk full, or a failing disk; nothing else is rewritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from crmdesk.domain.errors import DatabaseError, DiskFullError
from crmdesk.storage.engine import write_failure


def failure(message: str, code: int | None) -> OperationalError:
    orig = sqlite3.OperationalError(message)
    if code is not None:
        orig.sqlite_errorcode = code  # type: ignore[attr-defined]
    return OperationalError("INSERT …", {}, orig)


def test_disk_full() -> None:
    error = write_failure(Path("/x/crm.sqlite3"), failure("database or disk is full", 13))
    assert isinstance(error, DiskFullError)
    assert str(error).startswith("the disk holding crm.sqlite3 is full: this change was not saved")


def test_io_error_including_extended_codes() -> None:
    error = write_failure(Path("crm.sqlite3"), failure("disk I/O error", 778))  # SQLITE_IOERR_WRITE
    assert type(error) is DatabaseError and "was not saved" in str(error)


def test_other_errors_pass_through() -> None:
    original = failure("no such table: nothing", 1)
    assert write_failure(Path("crm.sqlite3"), original) is original
