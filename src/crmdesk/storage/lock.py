"""One writer per database file: a lock file beside it, held with an OS lock while the file is open.

The lock file (``<db>.lock``) records pid, host and app so that the second opener can say who holds
it. The OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) is released by the kernel when
the holder dies, so a lock left by a crashed crmdesk is stale by construction and is taken over.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from crmdesk.domain.errors import DatabaseError, DatabaseLocked


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    app: str


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """Held for as long as a database is open; :meth:`release` is idempotent."""

    def __init__(self, database: Path, *, app: str) -> None:
        self.path = lock_path_for(database)
        self._app = app
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while locked
        except OSError as exc:
            raise DatabaseError(f"cannot create the lock file {self.path}: {exc.strerror}") from exc
        if not _try_os_lock(handle):
            holder = _read_info(handle)
            handle.close()
            who = f" (pid {holder.pid} on {holder.host})" if holder else ""
            raise DatabaseLocked(f"this database is already open in another crmdesk window{who}")
        handle.seek(0)
        handle.truncate()
        json.dump({"pid": os.getpid(), "host": socket.gethostname(), "app": self._app}, handle)
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            # Remove first, then unlock: a waiting opener never sees our info without the lock.
            self.path.unlink(missing_ok=True)
        finally:
            _os_unlock(handle)
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


def read_lock_info(database: Path) -> LockInfo | None:
    """Who holds (or last held) the lock of ``database``; ``None`` when there is no readable lock file."""
    try:
        with open(lock_path_for(database), encoding="utf-8") as handle:
            return _read_info(handle)
    except OSError:
        return None


def _read_info(handle: IO[str]) -> LockInfo | None:
    try:
        handle.seek(0)
        raw = json.loads(handle.read() or "{}")
        return LockInfo(pid=int(raw["pid"]), host=str(raw["host"]), app=str(raw.get("app", "")))
    except (ValueError, KeyError, TypeError, OSError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_os_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _os_unlock(handle: IO[str]) -> None:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_os_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _os_unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
