"""Backup primitives: a consistent, verified copy of a live database file.

SQLite's online backup API in one step (``pages=-1``): an incremental backup restarts on every write
and may never finish while the app writes. The copy is written to a temporary file in the target
folder, fsynced, renamed into place, then re-opened and ``integrity_check``-ed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from crmdesk.domain.errors import DatabaseError
from crmdesk.storage.files import fsync_folder


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
        fsync_folder(destination.parent)
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


def write_json_atomically(path: Path, data: Any) -> None:
    """Write ``data`` as JSON: temp file in the same folder, fsync, rename, read back and compared."""
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False, default=str)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        fsync_folder(path.parent)
        if path.read_text(encoding="utf-8") != text:
            raise OSError(f"{path} does not read back as written")
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"cannot write {path}: {exc.strerror or exc}") from exc


def swap_in(replacement: Path, target: Path) -> None:
    """Put a copy of ``replacement`` in place of ``target`` atomically; ``target`` must be closed.

    The copy is made beside ``target`` (same file system, so the rename is atomic), switched to WAL
    there (a journal-mode switch writes a rollback journal; a kill then must leave it beside the
    temporary file, not beside the database, where a read-only check could not roll it back) and
    fsynced. The old file's WAL is checkpointed into it and removed before the rename: a stale WAL
    left beside the new file would be replayed into it, mixing the two databases. A kill at any
    moment leaves either the complete old file or the complete new one. Callers keep a safety copy
    of the old file first.
    """
    incoming = target.with_name(f".{target.name}.restoring")
    _remove_with_sidecars(incoming)
    try:
        shutil.copyfile(replacement, incoming)
        conn = sqlite3.connect(incoming)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        _fsync_file(incoming)
        if target.exists():
            # Best effort: a damaged old file cannot be checkpointed. Its content is not lost either
            # way, the caller kept a safety copy (with the WAL's commits) before calling this.
            with contextlib.suppress(sqlite3.Error):
                conn = sqlite3.connect(target)
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, target)
        fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove_with_sidecars(incoming)
        raise DatabaseError(f"restoring into {target} failed: {exc}") from exc


def copy_as_is(source: Path, destination: Path) -> Path:
    """Byte copies of a file SQLite cannot read (and of its ``-wal``), fsynced: evidence kept for repair."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        for suffix in ("", "-wal"):
            src = source.with_name(source.name + suffix)
            if src.exists():
                dst = destination.with_name(destination.name + suffix)
                partial = dst.with_name(f".{dst.name}.partial")
                shutil.copyfile(src, partial)
                _fsync_file(partial)
                os.replace(partial, dst)
        fsync_folder(destination.parent)
    except OSError as exc:
        raise DatabaseError(f"cannot keep a copy of {source} in {destination.parent}: {exc}") from exc
    return destination


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
