"""Opening a crmdesk database safely: the one way the GUI, the CLI and the tests get at a file.

Order of checks, so that a bad file is refused before anything is written:
1. the path: a folder, a non-SQLite file, a foreign SQLite file → a clear :class:`DatabaseError`;
2. read-only file or folder → refused (WAL needs to write ``-wal``/``-shm`` beside the file), or, with
   ``read_only_fallback``, opened read-only: no lock, no migration, every write refused with the reason;
3. the lock (one writer per file);
4. the schema: a newer one is refused untouched; an older one is backed up, verified, then migrated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crmdesk import __version__
from crmdesk.domain.errors import DatabaseError, DiskFullError, NotACrmdeskDatabase
from crmdesk.storage.lock import DatabaseLock
from crmdesk.storage.search_index import sync_search_index

if TYPE_CHECKING:
    from crmdesk.storage.migrate import MigrationResult

APPLICATION_ID = 0x43524D44  # "CRMD": marks the file as crmdesk's in the SQLite header
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "crmdesk_write"


class DatabaseDamaged(DatabaseError):
    """The file is SQLite but cannot be read: the moment to offer the newest good backup."""


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"
    """Zero bytes, or SQLite with no tables and no application id: ours to initialise."""
    CRMDESK = "crmdesk"


def inspect_file(path: Path) -> FileState:
    """Classify ``path`` without writing to it; raise :class:`DatabaseError` with the reason if unusable."""
    if not path.exists():
        return FileState.MISSING
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror}") from exc
    if not header:
        return FileState.EMPTY
    if not header.startswith(SQLITE_HEADER):
        raise NotACrmdeskDatabase(f"{path} is not a crmdesk database (not an SQLite file)")
    try:
        conn = sqlite3.connect(
            _read_only_uri(path.resolve(), writable=read_only_reason(path) is None), uri=True
        )
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _has_hot_journal(path) and _header_application_id(header) == APPLICATION_ID:
            # A rollback journal left by a crash: a read-only connection may not roll it back, the
            # read-write open does (the file is crmdesk's, its header says so).
            return FileState.CRMDESK
        raise DatabaseDamaged(f"{path} is damaged and cannot be opened: {exc}") from exc
    if app_id == APPLICATION_ID:
        return FileState.CRMDESK
    if app_id == 0 and tables == 0:
        return FileState.EMPTY
    raise NotACrmdeskDatabase(f"{path} is not a crmdesk database (it belongs to another program)")


def _read_only_uri(path: Path, *, writable: bool) -> str:
    """A read-only URI of ``path``; where nothing may be written beside it and no write-ahead log waits,
    ``immutable`` (else SQLite would need to create ``-shm``/``-wal`` even to read a WAL file)."""
    wal = path.with_name(path.name + "-wal")
    if writable or (wal.is_file() and wal.stat().st_size > 0):
        return f"{path.as_uri()}?mode=ro"
    return f"{path.as_uri()}?mode=ro&immutable=1"


def _header_application_id(header: bytes) -> int:
    """The application id stored at offset 68 of the SQLite header (big-endian)."""
    return int.from_bytes(header[68:72], "big") if len(header) >= 72 else 0


def _has_hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.is_file() and journal.stat().st_size > 0


def read_only_reason(path: Path) -> str | None:
    """Why crmdesk could not write to ``path`` (a read-only file or folder), or ``None``."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path.name} is read-only"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only"
    return None


def check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(f"the folder {folder} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(f"{path} is read-only; crmdesk needs to write to it")
    if not os.access(folder, os.W_OK):
        raise DatabaseError(f"the folder {folder} is read-only; crmdesk needs to write beside the database")


class DatabaseReadOnly(DatabaseError):
    """A write to a database opened read-only (see :attr:`Database.read_only`)."""


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection has crmdesk's PRAGMAs and whose transactions crmdesk begins.

    ``read_only``: SQLite itself refuses writes (``mode=ro``); with no write-ahead log to read the file
    is opened ``immutable`` (nothing needs to be created beside it, so a read-only folder works).
    """
    if read_only:
        uri = _read_only_uri(path, writable=False)
        engine = create_engine(
            # A file URL (not "sqlite://", which means one shared in-memory connection): a pool of
            # connections, each used by one thread at a time, like the writable engine.
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(
                uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            # Sessions run on the task runner's threads; each checkout is used by one thread at a time.
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is switched off so that BEGIN is ours (works on 3.11+,
        # unlike the documented `autocommit` attribute which needs Python 3.12).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed (issued) invoice survives a power cut, not only a crash.
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no "database is locked" halfway through a transaction.
        mode = "IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


@dataclass
class Database:
    """An open, locked, migrated crmdesk database."""

    path: Path
    engine: Engine
    lock: DatabaseLock
    migration: MigrationResult | None = None
    """What opening did to the schema (``None`` until :func:`open_database` has run it)."""
    read_only: str | None = None
    """Why the file was opened read-only ("the folder … is read-only"); ``None`` for a writable file."""

    @property
    def write_engine(self) -> Engine:
        return self.engine.execution_options(**{_WRITE_OPTION: True})

    def read_session(self) -> Session:
        """A session for reads (deferred transaction, never writes)."""
        return Session(self.engine, expire_on_commit=False, autoflush=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: ``BEGIN IMMEDIATE``; committed on success, rolled back on any error.

        A full disk or a failing write becomes a :class:`DatabaseError` saying nothing was saved: SQLite
        rolled the transaction back, earlier commits are intact and the same call can be retried once
        space is freed. A database opened read-only refuses with the reason (:class:`DatabaseReadOnly`).
        """
        if self.read_only is not None:
            raise DatabaseReadOnly(
                f"{self.path.name} was opened read-only because {self.read_only}: this change was not saved"
            )
        try:
            with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
                yield session
                # The search index follows every write inside the same transaction (see search_index).
                session.flush()
                sync_search_index(session)
        except OperationalError as exc:
            raise write_failure(self.path, exc) from exc

    def close(self) -> None:
        """Checkpoint the WAL into the file, release the engine and the lock."""
        try:
            if self.read_only is None:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:
            pass
        finally:
            self.engine.dispose()
            self.lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


SQLITE_FULL = 13
SQLITE_IOERR = 10


def write_failure(path: Path, exc: OperationalError) -> Exception:
    """The owner's message for a failed write; other operational errors are returned unchanged."""
    orig = exc.orig
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig)
    if primary == SQLITE_FULL or "disk is full" in text:
        return DiskFullError(
            f"the disk holding {path.name} is full: this change was not saved (earlier work is safe);"
            " free some space and try again"
        )
    if primary == SQLITE_IOERR or "disk I/O error" in text:
        return DatabaseError(
            f"writing to {path.name} failed ({text}: the disk may be full, removed or failing): this change"
            " was not saved (earlier work is safe); check the disk and try again"
        )
    return exc


def open_database(
    path: Path,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    migrate: bool = True,
    read_only_fallback: bool = False,
) -> Database:
    """Open ``path`` for crmdesk: refuse foreign, damaged, read-only, locked or too-new files.

    ``create`` allows a missing or empty file to become a new database. ``migrate`` brings an older
    schema to head after a verified backup in ``backup_dir`` (default: ``backups/`` beside the file).
    ``read_only_fallback``: a read-only crmdesk file (or folder) whose schema is current is opened
    read-only instead of refused (see :func:`open_read_only`).
    """
    from crmdesk.storage.migrate import ensure_schema

    # resolve(): two names of one file (a symlink, a relative path) must share one lock.
    path = Path(path).expanduser().resolve()
    state = inspect_file(path)
    if state is FileState.MISSING and not create:
        raise DatabaseError(f"{path} does not exist")
    if read_only_fallback and state is FileState.CRMDESK and path.parent.is_dir():
        reason = read_only_reason(path)
        if reason is not None:
            return open_read_only(path, reason=reason)
    check_writable(path)
    lock = DatabaseLock(path, app=f"crmdesk {__version__}")
    lock.acquire()
    engine = make_engine(path)
    db = Database(path=path, engine=engine, lock=lock)
    try:
        if state is not FileState.CRMDESK:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                conn.commit()
        db.migration = ensure_schema(db, backup_dir=backup_dir or path.parent / "backups", migrate=migrate)
    except BaseException:
        engine.dispose()
        lock.release()
        raise
    return db


def open_read_only(path: Path, *, reason: str) -> Database:
    """Open a crmdesk file that cannot be written: no lock file, no migration, every write refused.

    Refused (with ``reason`` and what is missing) when the schema is not current (upgrading needs to
    write) or when recent changes wait in a write-ahead log that cannot be read without writing.
    """
    from crmdesk.storage.migrate import MigrationResult, current_revision, head_revision

    engine = make_engine(path, read_only=True)
    db = Database(path=path, engine=engine, lock=DatabaseLock(path, app="read-only"), read_only=reason)
    try:
        revision = current_revision(db)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"{path.name} cannot be opened: {reason}, and its recent changes (the -wal file beside it) can only"
            f" be read with write access ({exc.orig}); copy the file with its -wal file to a writable folder"
        ) from exc
    if revision != head_revision():
        engine.dispose()
        raise DatabaseError(
            f"{path.name} cannot be opened: {reason}, and its schema ({revision}) must first be upgraded"
            " (or is newer than this crmdesk), which needs write access"
        )
    db.migration = MigrationResult(revision, revision)
    return db
