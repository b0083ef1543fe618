"""Backups the owner can trust: a verified copy, a manifest beside it, rotation, listing, verification.

Each backup is ``<stem>-<UTC stamp>.sqlite3`` (the online backup API in one step, fsynced, renamed,
``integrity_check``-ed; see :mod:`crmdesk.storage.backup`) with ``<same name>.json`` beside it: app
version, schema revision, time, SHA-256 and size of the copy, what it contains (counts) and the
numbering counters (the numbering guard's highest numbers). The manifest is written last, so a
backup without one was interrupted and is never trusted for rotation.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crmdesk import __version__
from crmdesk.domain.errors import DatabaseError
from crmdesk.domain.retention import BackupStamp, backup_age_warning, backup_due, backups_to_keep
from crmdesk.services.audit import record
from crmdesk.services.numbering_guard import (
    Counter,
    counters_of,
    from_json,
    load_sidecar,
    merge,
    save_sidecar,
    to_json,
)
from crmdesk.storage.backup import backup_database, integrity_problem, sha256_of, write_json_atomically
from crmdesk.storage.engine import Database
from crmdesk.storage.migrate import current_revision
from crmdesk.storage.types import utc_now

MANIFEST_SUFFIX = ".json"
COUNTED_TABLES = {
    "customers": "SELECT count(*) FROM customers",
    "interactions": "SELECT count(*) FROM interactions",
    "issued_invoices": "SELECT count(*) FROM invoices WHERE status = 'issued'",
    "payments": "SELECT count(*) FROM payments",
    "products": "SELECT count(*) FROM products",
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed to the owner (from its manifest; nothing is re-read unless verified)."""

    path: Path
    taken_at: datetime | None
    app_version: str = ""
    schema_revision: str | None = None
    sha256: str = ""
    size_bytes: int = 0
    reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    numbering: tuple[Counter, ...] = ()
    has_manifest: bool = True

    @property
    def manifest_path(self) -> Path:
        return manifest_path(self.path)


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar shows: when the last backup was taken and, if it is too old, a warning."""

    last_taken_at: datetime | None
    warning: str | None


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def default_backup_folder(database: Path) -> Path:
    """``backups/`` beside the database file (also where migrations put their backups)."""
    return database.expanduser().resolve().parent / "backups"


def backup_folder_for(database: Path, configured: Path | None = None) -> Path:
    """The one folder rule of the GUI and the CLI: the configured folder, else ``backups/`` beside the file.

    Automatic, manual, before-migration and before-restore backups all go there; the CLI's
    ``--to``/``--dir`` play the part of the GUI's setting.
    """
    return configured.expanduser() if configured is not None else default_backup_folder(database)


def newest_good_backup(folders: list[Path], *, stem: str) -> BackupInfo | None:
    """The newest backup of ``stem`` in any of ``folders`` that verifies (manifest, SHA-256, integrity)."""
    found: list[BackupInfo] = []
    for folder in dict.fromkeys(f.expanduser() for f in folders):
        found.extend(b for b in list_backups(folder) if b.has_manifest and b.path.name.startswith(f"{stem}-"))
    found.sort(key=lambda b: b.taken_at or datetime.min.replace(tzinfo=UTC), reverse=True)
    return next((b for b in found if verify_backup(b.path).ok), None)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def take_backup(db: Database, folder: Path, *, reason: str = "manual") -> BackupInfo:
    """A verified copy of the open database in ``folder`` with its manifest; audited in the live file."""
    if db.read_only is not None:
        raise DatabaseError(
            f"{db.path.name} was opened read-only because {db.read_only}: crmdesk cannot back it up"
            " (copy the file itself instead)"
        )
    folder = folder.expanduser()
    taken_at = utc_now()
    stamp = taken_at.strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{db.path.stem}-{stamp}.sqlite3"
    n = 2
    while target.exists():
        target = folder / f"{db.path.stem}-{stamp}-{n}.sqlite3"
        n += 1
    with db.read_session() as session:
        live_counters = counters_of(session)
    # Temporary files of backups killed half-way (the lock guarantees no other backup of this file runs).
    for stale in folder.glob(f".{db.path.stem}-*.partial"):
        stale.unlink(missing_ok=True)
    backup_database(db.path, target)
    counters = merge(load_sidecar(db.path), live_counters)
    info = BackupInfo(
        path=target,
        taken_at=taken_at,
        app_version=__version__,
        schema_revision=current_revision(db),
        sha256=sha256_of(target),
        size_bytes=target.stat().st_size,
        reason=reason,
        counts=_counts(target),
        numbering=tuple(counters.values()),
    )
    write_json_atomically(manifest_path(target), _manifest_json(info))
    save_sidecar(db.path, counters)
    with db.write() as session:
        record(
            session,
            action="backup",
            entity_type="database",
            details={"file": target.name, "folder": str(folder), "sha256": info.sha256, "reason": reason},
        )
    return info


def read_backup(path: Path) -> BackupInfo:
    """What the manifest beside ``path`` says; a backup without one is listed with only its file facts."""
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return BackupInfo(
            path=path,
            taken_at=datetime.fromisoformat(str(data["taken_at"])),
            app_version=str(data.get("app_version", "")),
            schema_revision=data.get("schema_revision"),
            sha256=str(data.get("sha256", "")),
            size_bytes=int(data.get("size_bytes", 0)),
            reason=str(data.get("reason", "")),
            counts={str(k): int(v) for k, v in dict(data.get("counts", {})).items()},
            numbering=tuple(from_json(data.get("numbering")).values()),
        )
    except (OSError, ValueError, KeyError, TypeError):
        size = path.stat().st_size if path.exists() else 0
        return BackupInfo(path=path, taken_at=None, size_bytes=size, has_manifest=False)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every ``*.sqlite3`` backup in ``folder``, newest first (those without a manifest last)."""
    folder = folder.expanduser()
    if not folder.is_dir():
        return []
    found = [read_backup(p) for p in folder.glob("*.sqlite3") if not p.name.startswith(".")]
    return sorted(found, key=lambda b: (b.taken_at is not None, b.taken_at or 0, b.path.name), reverse=True)


def verify_backup(path: Path) -> BackupCheck:
    """``integrity_check`` of the copy and its SHA-256 against the manifest."""
    problems: list[str] = []
    if not path.is_file():
        return BackupCheck(path, (f"{path} does not exist",))
    info = read_backup(path)
    if not info.has_manifest:
        problems.append("no manifest: the backup may be incomplete or was not made by crmdesk")
    elif sha256_of(path) != info.sha256:
        problems.append("its SHA-256 differs from the manifest: the file was changed or damaged")
    problem = integrity_problem(path)
    if problem:
        problems.append(f"integrity check failed: {problem}")
    return BackupCheck(path, tuple(problems))


def rotate(folder: Path, *, stem: str) -> list[Path]:
    """Delete the backups of ``stem`` that rotation does not keep; return what was deleted.

    Only backups with a manifest take part; the newest one that verifies is always kept.
    """
    candidates = [
        b
        for b in list_backups(folder)
        if b.has_manifest and b.taken_at is not None and b.path.name.startswith(f"{stem}-")
    ]
    newest_verified = next((b for b in candidates if verify_backup(b.path).ok), None)
    stamps = [
        BackupStamp(b.path.name, b.taken_at, b is newest_verified)
        for b in candidates
        if b.taken_at is not None
    ]
    keep = backups_to_keep(stamps)
    deleted: list[Path] = []
    for backup in candidates:
        if backup.path.name not in keep:
            backup.path.unlink(missing_ok=True)
            backup.manifest_path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def last_good_backup(folder: Path, *, stem: str | None = None) -> BackupInfo | None:
    """The newest backup with a manifest (of the database named ``stem``, if given)."""
    return next(
        (
            b
            for b in list_backups(folder)
            if b.has_manifest and (stem is None or b.path.name.startswith(f"{stem}-"))
        ),
        None,
    )


def backup_status(folder: Path, *, stem: str, every_hours: int, now: datetime | None = None) -> BackupStatus:
    """The age of the last backup of ``stem`` in ``folder`` and a gentle warning when it is too old."""
    last = last_good_backup(folder, stem=stem)
    taken = last.taken_at if last else None
    return BackupStatus(
        taken, backup_age_warning(last_good=taken, now=now or utc_now(), every_hours=every_hours)
    )


class BackupService:
    """Backups of one open database; ``folder`` defaults to ``backups/`` beside the file."""

    def __init__(self, db: Database, *, folder: Path | None = None) -> None:
        self._db = db
        self.folder = folder or default_backup_folder(db.path)

    def backup_now(self, folder: Path | None = None, *, reason: str = "manual") -> BackupInfo:
        """Take a verified backup with its manifest, then rotate the folder."""
        target = folder or self.folder
        info = take_backup(self._db, target, reason=reason)
        rotate(target, stem=self._db.path.stem)
        return info

    def list(self, folder: Path | None = None) -> list[BackupInfo]:
        return list_backups(folder or self.folder)

    def verify(self, path: Path) -> BackupCheck:
        return verify_backup(path)

    def due(self, *, every_hours: int, now: datetime | None = None, closing: bool = False) -> bool:
        """Whether the automatic backup should run now (pure rule: :func:`backup_due`)."""
        last = last_good_backup(self.folder, stem=self._db.path.stem)
        return backup_due(
            last_good=last.taken_at if last else None,
            now=now or utc_now(),
            every_hours=every_hours,
            closing=closing,
        )


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts: dict[str, int] = {}
        for name, sql in COUNTED_TABLES.items():
            try:
                counts[name] = int(conn.execute(sql).fetchone()[0])
            except sqlite3.Error:
                continue  # an older schema without that table
        return counts
    finally:
        conn.close()


def _manifest_json(info: BackupInfo) -> dict[str, Any]:
    return {
        "format": 1,
        "app_version": info.app_version,
        "schema_revision": info.schema_revision,
        "taken_at": info.taken_at.isoformat() if info.taken_at else None,
        "sha256": info.sha256,
        "size_bytes": info.size_bytes,
        "reason": info.reason,
        "counts": info.counts,
        "numbering": to_json({(c.code, c.period): c for c in info.numbering}),
    }


__all__ = [
    "BackupCheck",
    "BackupInfo",
    "BackupService",
    "BackupStatus",
    "backup_folder_for",
    "backup_status",
    "default_backup_folder",
    "last_good_backup",
    "list_backups",
    "manifest_path",
    "newest_good_backup",
    "read_backup",
    "rotate",
    "take_backup",
    "verify_backup",
]
