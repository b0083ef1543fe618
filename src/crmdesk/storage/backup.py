"""Backup primitives: a consistent, verified copy of a live database file.

SQLite's online backup API in one step (``pages=-1``): an incremental backup restarts on every write
and may never finish while the app writes. The copy is written to a temporary file in the target
folder, fsynced, renamed into place, then re-opened and ``integrity_check``-ed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from crmdesk.domain.errors import DatabaseError


def backup_database(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` consistently and verify the copy; return ``destination``."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # The copy is a standalone file: no -wal beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(partial)
        os.replace(partial, destination)
        _fsync_dir(destination.parent)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"backup to {destination} failed: {exc}") from exc
    problem = integrity_problem(destination)
    if problem:
        destination.unlink(missing_ok=True)
        raise DatabaseError(f"backup to {destination} failed its integrity check: {problem}")
    return destination


def integrity_problem(path: Path) -> str | None:
    """``None`` when ``PRAGMA integrity_check`` says ok, else its first complaint."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    # Directories cannot be opened for fsync on Windows; the rename is durable enough there.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
