"""Restore a backup in place of the database: verify it, keep a safety copy, swap atomically, guard numbers.

The target must not be open anywhere: the one-writer lock is taken for the swap, so a running crmdesk
makes the restore refuse with the usual "open in another window" message. Order, so that a kill at any
moment leaves either the old or the new file whole:

1. verify the backup (SHA-256 against its manifest, ``integrity_check``);
2. read the highest numbers ever issued (the sidecar, and the current file's own counters);
3. a verified safety copy of the current file (``<stem>-before-restore-<stamp>.sqlite3``);
4. :func:`swap_in`: a copy of the backup beside the target, fsynced, old WAL checkpointed, renamed;
5. open (migrating an older schema after its own backup), raise the counters above every number
   ever issued and audit the restore and each gap in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crmdesk import __version__
from crmdesk.domain.errors import DatabaseError, NotACrmdeskDatabase
from crmdesk.services.audit import record
from crmdesk.services.backups import verify_backup
from crmdesk.services.numbering_guard import (
    NumberingGap,
    apply_guard,
    counters_in_file,
    load_sidecar,
    merge,
    save_sidecar,
)
from crmdesk.storage.backup import backup_database, copy_as_is, swap_in
from crmdesk.storage.engine import DatabaseDamaged, FileState, inspect_file, open_database
from crmdesk.storage.lock import DatabaseLock
from crmdesk.storage.types import utc_now


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    safety_copy: Path | None
    gaps: tuple[NumberingGap, ...]
    migrated_from: str | None


def restore_backup(backup: Path, database: Path, *, safety_dir: Path | None = None) -> RestoreResult:
    """Put ``backup`` in place of ``database`` (see the module text); the current file is kept aside."""
    backup = backup.expanduser().resolve()
    database = database.expanduser().resolve()
    safety_dir = (safety_dir or database.parent / "backups").expanduser()
    if backup == database:
        raise DatabaseError("the backup and the database are the same file")
    if not backup.is_file():
        raise DatabaseError(f"{backup} does not exist")
    if inspect_file(backup) is not FileState.CRMDESK:
        raise DatabaseError(f"{backup} is not a crmdesk backup")
    check = verify_backup(backup)
    fatal = [p for p in check.problems if not p.startswith("no manifest")]
    if fatal:
        raise DatabaseError(f"{backup.name} cannot be restored: {fatal[0]}")
    damaged = False
    if database.exists():
        try:
            state = inspect_file(database)
        except NotACrmdeskDatabase:
            raise
        except DatabaseError:
            damaged = True  # the usual reason to restore: kept aside as it is, then replaced
        else:
            if state is not FileState.CRMDESK and state is not FileState.EMPTY:
                raise DatabaseError(f"{database} is not a crmdesk database")
    lock = DatabaseLock(database, app=f"crmdesk {__version__} restore")
    lock.acquire()
    safety_copy = None
    try:
        highest = merge(load_sidecar(database), counters_in_file(database))
        if database.exists():
            stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
            name = f"{database.stem}-before-restore-{stamp}.sqlite3"
            try:
                safety_copy = backup_database(database, safety_dir / name)
            except DatabaseError:
                if not damaged:
                    raise
                # A damaged file cannot be copied through SQLite: keep its bytes (and its WAL) as they are.
                safety_copy = copy_as_is(database, safety_dir / name.replace(".sqlite3", "-damaged.sqlite3"))
        swap_in(backup, database)
    finally:
        lock.release()
    db = open_database(database, create=False, backup_dir=safety_dir)
    try:
        with db.write() as session:
            gaps = apply_guard(
                session,
                highest,
                reason=f"restored {backup.name}: numbers issued after it was taken stay used",
            )
            record(
                session,
                action="restore",
                entity_type="database",
                details={
                    "backup": str(backup),
                    "safety_copy": str(safety_copy) if safety_copy else None,
                    "manifest": check.ok,
                },
            )
        if highest:
            save_sidecar(database, highest)
        migrated_from = db.migration.from_revision if db.migration and db.migration.changed else None
    finally:
        db.close()
    return RestoreResult(database, backup, safety_copy, tuple(gaps), migrated_from)


__all__ = ["DatabaseDamaged", "RestoreResult", "restore_backup"]
