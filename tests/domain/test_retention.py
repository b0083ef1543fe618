"""Rotation and the backup-due rule, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.domain.retention import BackupStamp, backup_age_warning, backup_due, backups_to_keep

NOW = datetime(2026, 11, 23, 18, tzinfo=UTC)


def stamps(hours_apart: int, count: int, *, verified: frozenset[int] = frozenset()) -> list[BackupStamp]:
    return [BackupStamp(f"b{i}", NOW - timedelta(hours=hours_apart * i), i in verified) for i in range(count)]


def test_several_a_day_keep_the_newest_of_each_day() -> None:
    # 18:00, 12:00, 06:00, 00:00 on the 23rd, the same on the 22nd (the last 24 hours are all kept)
    keep = backups_to_keep(stamps(6, 8), keep_all_within=timedelta(0))
    assert keep == {"b0", "b4"}
    assert backups_to_keep(stamps(6, 8)) == {"b0", "b1", "b2", "b3", "b4"}


def test_a_long_history_keeps_at_most_23() -> None:
    keep = backups_to_keep(stamps(24, 800))
    assert {f"b{i}" for i in range(7)} <= keep
    assert len(keep) <= 23
    many_a_day = backups_to_keep(stamps(1, 24 * 400))  # hourly for 400 days
    assert len(many_a_day) <= 24 + 7 + 4 + 12


def test_the_newest_verified_backup_is_never_rotated_away() -> None:
    keep = backups_to_keep(stamps(24, 800, verified=frozenset({799})))
    assert "b799" in keep


def test_backup_due() -> None:
    assert backup_due(last_good=None, now=NOW, every_hours=4)
    assert not backup_due(last_good=None, now=NOW, every_hours=0)
    assert backup_due(last_good=None, now=NOW, every_hours=0, closing=True)
    assert not backup_due(last_good=NOW - timedelta(hours=3), now=NOW, every_hours=4)
    assert backup_due(last_good=NOW - timedelta(hours=4), now=NOW, every_hours=4)
    assert not backup_due(last_good=NOW - timedelta(minutes=5), now=NOW, every_hours=4, closing=True)
    with pytest.raises(ValueError, match="aware"):
        backup_due(last_good=None, now=NOW.replace(tzinfo=None), every_hours=4)


def test_age_warning() -> None:
    assert backup_age_warning(last_good=None, now=NOW, every_hours=4) == "no backup yet"
    assert backup_age_warning(last_good=NOW - timedelta(hours=2), now=NOW, every_hours=4) is None
    assert backup_age_warning(last_good=NOW - timedelta(hours=7), now=NOW, every_hours=4) == (
        "last backup 7 hours ago"
    )
    assert backup_age_warning(last_good=NOW - timedelta(days=3), now=NOW, every_hours=4) == (
        "last backup 3 day(s) ago"
    )
