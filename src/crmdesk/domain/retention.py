"""When to back up and which backups to keep: pure rules, no files.

Rotation is grandfather-father-son: every backup of the 24 hours before the newest one (a backup taken
before an import or a restore must not vanish minutes later), then the newest backup of each of the
last 7 days that have one, of each of the last 4 ISO weeks, of each of the last 12 months; the newest
*verified* backup is never deleted whatever its age, so a run of bad copies can never rotate away the
last good one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_ALL_WITHIN = timedelta(hours=24)
CLOSE_BACKUP_MIN_GAP = timedelta(minutes=10)
"""On close a backup is skipped when one was taken this recently (closing right after a backup)."""


@dataclass(frozen=True)
class BackupStamp:
    """One backup as the rules see it: its name, when it was taken (aware), whether it verified."""

    name: str
    taken_at: datetime
    verified: bool


def backups_to_keep(
    backups: Iterable[BackupStamp],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    keep_all_within: timedelta = KEEP_ALL_WITHIN,
) -> set[str]:
    """Names of the backups rotation keeps; every other one may be deleted."""
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[str] = set()
    if ordered:
        recent_from = ordered[0].taken_at - keep_all_within
        keep.update(b.name for b in ordered if b.taken_at > recent_from)

    def newest_per(bucket: Callable[[datetime], object], count: int) -> None:
        seen: list[object] = []
        for backup in ordered:
            key = bucket(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                return
            seen.append(key)
            keep.add(backup.name)

    newest_per(lambda t: t.date(), daily)
    newest_per(lambda t: t.isocalendar()[:2], weekly)
    newest_per(lambda t: (t.year, t.month), monthly)
    newest_verified = next((b for b in ordered if b.verified), None)
    if newest_verified is not None:
        keep.add(newest_verified.name)
    return keep


def backup_due(
    *,
    last_good: datetime | None,
    now: datetime,
    every_hours: int,
    closing: bool = False,
) -> bool:
    """Whether an automatic backup should run now.

    While open: when the last good backup is older than ``every_hours`` (0 switches periodic backups
    off). On close: always, unless one was taken in the last :data:`CLOSE_BACKUP_MIN_GAP`.
    """
    if now.tzinfo is None or (last_good is not None and last_good.tzinfo is None):
        raise ValueError("backup times must be aware")
    if last_good is None:
        return closing or every_hours > 0
    age = now - last_good
    if closing:
        return age >= CLOSE_BACKUP_MIN_GAP
    return every_hours > 0 and age >= timedelta(hours=every_hours)


def backup_age_warning(*, last_good: datetime | None, now: datetime, every_hours: int) -> str | None:
    """A gentle status-bar warning when the last good backup is older than the setting, else ``None``."""
    if last_good is None:
        return "no backup yet"
    limit = timedelta(hours=max(every_hours, 1))
    age = now - last_good
    if age <= limit:
        return None
    hours = int(age.total_seconds() // 3600)
    return f"last backup {hours // 24} day(s) ago" if hours >= 48 else f"last backup {hours} hours ago"
