"""Data-safety commands: take a backup, list backups (verified), restore one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.cli.registry import Commands, database_path
from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.backups import BackupInfo, default_backup_folder, list_backups, verify_backup
from crmdesk.services.restore import restore_backup

EXIT_OK = 0
EXIT_FAILED = 1


def register(commands: Commands) -> None:
    backup = commands.add(
        "backup", _backup, "take a verified backup of the database now (with a manifest), then rotate"
    )
    backup.add_argument("--to", type=Path, default=None, help="folder (default: backups/ beside the file)")
    backups = commands.add("backups", _backups, "list the backups of a database, newest first, verified")
    backups.add_argument("--dir", type=Path, default=None, help="folder (default: backups/ beside the file)")
    restore = commands.add(
        "restore",
        _restore,
        "put a backup in place of the database: verified first, the current file kept as a safety copy",
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file (.sqlite3)")


def _backup(args: argparse.Namespace) -> int:
    path = database_path(args)
    with Services.open(path, create=False) as services:
        info = services.backups.backup_now(args.to)
    print(f"backup written: {info.path}")
    print(f"  sha256 {info.sha256}  {_contents(info)}")
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    path = database_path(args)
    folder = args.dir or default_backup_folder(path)
    found = list_backups(folder)
    bad = 0
    for info in found:
        check = verify_backup(info.path)
        status = "ok" if check.ok else f"BAD: {check.problems[0]}"
        bad += not check.ok
        when = info.taken_at.strftime("%Y-%m-%d %H:%M UTC") if info.taken_at else "(no manifest)"
        print(f"{when:<20} {info.path.name:<48} {_size(info.size_bytes):>9}  {_contents(info)}  [{status}]")
    print(f"{len(found)} backup(s) in {folder}, {bad} failed verification", file=sys.stderr)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not args.backup.is_file():
        raise CrmError(f"{args.backup} does not exist")
    result = restore_backup(args.backup, path)
    print(f"restored {result.restored_from.name} into {result.database}")
    if result.safety_copy:
        print(f"the previous file was kept as {result.safety_copy}")
    if result.migrated_from:
        print(f"the backup's schema was upgraded from {result.migrated_from}")
    for gap in result.gaps:
        period = f" {gap.period}" if gap.period else ""
        print(
            f"numbering: {gap.code}{period} continues after {gap.raised_to} (numbers"
            f" {gap.database_had + 1}-{gap.raised_to} were issued after this backup; recorded in the audit log)"
        )
    return EXIT_OK


def _size(size_bytes: int) -> str:
    kib = (size_bytes + 1023) // 1024
    return f"{kib} KiB" if kib < 10240 else f"{(kib + 512) // 1024} MiB"


def _contents(info: BackupInfo) -> str:
    if not info.counts:
        return ""
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in info.counts.items())


__all__ = ["register"]
