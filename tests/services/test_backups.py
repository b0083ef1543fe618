"""Backups: a verified copy with its manifest, listing with contents, verification, rotation, due rule."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sales_setup import issued_invoice, make_shop

from crmdesk import __version__
from crmdesk.services import Services
from crmdesk.services.backups import (
    BackupService,
    backup_folder_for,
    list_backups,
    manifest_path,
    newest_good_backup,
    rotate,
    verify_backup,
)
from crmdesk.services.database import DatabaseService
from crmdesk.services.numbering_guard import load_sidecar
from crmdesk.storage.engine import Database
from crmdesk.storage.migrate import head_revision


def test_backup_has_a_manifest_and_verifies(db: Database, tmp_path: Path) -> None:
    shop = make_shop(db)
    invoice = issued_invoice(db, shop)
    info = BackupService(db).backup_now(tmp_path / "usb")
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    assert manifest["app_version"] == __version__
    assert manifest["schema_revision"] == head_revision()
    assert datetime.fromisoformat(manifest["taken_at"]).tzinfo is not None
    assert manifest["counts"]["customers"] == 2 and manifest["counts"]["issued_invoices"] == 1
    assert {"series": "invoice", "period": "2026", "last_sequence": 1, "pattern": "{year}-{seq:04d}"} in (
        manifest["numbering"]
    )
    assert invoice.number == "2026-0001"
    assert verify_backup(info.path).ok
    assert load_sidecar(db.path)[("invoice", "2026")].last_sequence == 1
    [listed] = list_backups(tmp_path / "usb")
    assert (listed.path, listed.counts, listed.sha256) == (info.path, info.counts, info.sha256)
    assert not list(info.path.parent.glob(".*"))  # no temporary file left behind


def test_a_changed_backup_fails_verification(db: Database, tmp_path: Path) -> None:
    info = BackupService(db).backup_now(tmp_path)
    with open(info.path, "r+b") as handle:
        handle.seek(200)
        handle.write(b"\x00\x01")
    problems = verify_backup(info.path).problems
    assert problems[0].startswith("its SHA-256 differs from the manifest")
    manifest_path(info.path).unlink()
    assert verify_backup(info.path).problems[0].startswith("no manifest")


def test_database_service_backup_now_keeps_its_signature(db: Database, tmp_path: Path) -> None:
    path = DatabaseService(db).backup_now(tmp_path / "b")
    assert path.parent == tmp_path / "b" and manifest_path(path).exists()
    actions = [entry.action for entry in Services(db).audit.recent()]
    assert actions == ["backup"]


def test_rotation_keeps_7_daily_4_weekly_12_monthly(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "rot"
    real = BackupService(db).backup_now(folder)
    template = json.loads(manifest_path(real.path).read_text(encoding="utf-8"))
    real.path.unlink()
    manifest_path(real.path).unlink()
    start = datetime(2026, 11, 23, 12, tzinfo=UTC)
    for day in range(400):  # one backup a day for 400 days
        taken = start - timedelta(days=day)
        path = folder / f"{db.path.stem}-{taken:%Y%m%dT%H%M%SZ}.sqlite3"
        shutil.copyfile(real_copy(db, tmp_path), path)
        manifest_path(path).write_text(
            json.dumps({**template, "taken_at": taken.isoformat(), "sha256": "0" * 64}), encoding="utf-8"
        )
    # Give the oldest one a correct hash: it is then the newest *verified* backup and must stay.
    oldest = folder / f"{db.path.stem}-{start - timedelta(days=399):%Y%m%dT%H%M%SZ}.sqlite3"
    data = json.loads(manifest_path(oldest).read_text(encoding="utf-8"))
    data["sha256"] = verify_sha(oldest)
    manifest_path(oldest).write_text(json.dumps(data), encoding="utf-8")
    rotate(folder, stem=db.path.stem)
    kept = {b.taken_at for b in list_backups(folder)}
    assert oldest.exists()
    dailies = {start - timedelta(days=d) for d in range(7)}
    assert dailies <= kept
    months = {(t.year, t.month) for t in kept if t is not None}
    assert len(months) >= 12
    assert len(kept) <= 7 + 4 + 12 + 1


def test_backup_due_uses_the_newest_backup(db: Database, tmp_path: Path) -> None:
    service = BackupService(db, folder=tmp_path / "auto")
    now = datetime.now(UTC)
    assert service.due(every_hours=4, now=now)
    service.backup_now()
    assert not service.due(every_hours=4, now=now + timedelta(hours=1))
    assert service.due(every_hours=4, now=now + timedelta(hours=5))
    assert not service.due(every_hours=4, now=now + timedelta(minutes=1), closing=True)
    assert service.due(every_hours=0, now=now + timedelta(hours=1), closing=True)


def test_one_folder_rule_for_the_gui_and_the_cli(db: Database, tmp_path: Path) -> None:
    assert backup_folder_for(db.path) == db.path.parent / "backups" == BackupService(db).folder
    assert backup_folder_for(db.path, tmp_path / "usb") == tmp_path / "usb"


def test_newest_good_backup_skips_a_damaged_newer_one(db: Database, tmp_path: Path) -> None:
    service = BackupService(db)
    good = service.backup_now(tmp_path / "a")
    newer = service.backup_now(tmp_path / "b")
    assert (
        newest_good_backup([tmp_path / "a", tmp_path / "b"], stem=db.path.stem)
        == list_backups(tmp_path / "b")[0]
    )
    data = bytearray(newer.path.read_bytes())
    data[3000:3100] = b"\xff" * 100
    newer.path.write_bytes(bytes(data))
    found = newest_good_backup([tmp_path / "b", tmp_path / "a", tmp_path / "a"], stem=db.path.stem)
    assert found is not None and found.path == good.path
    assert newest_good_backup([tmp_path / "a"], stem="another-file") is None


_COPY: dict[Path, Path] = {}


def real_copy(db: Database, tmp_path: Path) -> Path:
    if db.path not in _COPY:
        _COPY[db.path] = BackupService(db).backup_now(tmp_path / "source").path
    return _COPY[db.path]


def verify_sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
