"""Restore: verified, the current file kept aside, swapped whole, and no invoice number ever reissued."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sales_setup import ISSUED_ON, make_shop, three_rate_lines

from crmdesk.domain.errors import DatabaseError, DatabaseLocked
from crmdesk.services import Services
from crmdesk.services.backups import manifest_path, verify_backup
from crmdesk.services.numbering_guard import load_sidecar
from crmdesk.services.restore import restore_backup
from crmdesk.services.sales import InvoiceDraft
from crmdesk.services.verification import verify_file
from crmdesk.storage.check import check_file
from crmdesk.storage.engine import open_database


def issue(services: Services, customer_id: int, lines: list) -> str:  # type: ignore[type-arg]
    draft = services.invoices.create_draft(InvoiceDraft(customer_id=customer_id, lines=lines))
    number = services.invoices.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice.number
    assert number is not None
    return number


@pytest.fixture
def history(db_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A file with 2 invoices, a backup taken after the first; returns (database, backup)."""
    with Services.open(db_file) as services:
        shop = make_shop(services._db)
        lines = three_rate_lines(shop)
        assert issue(services, shop.ann, lines) == "2026-0001"
        backup = services.backups.backup_now(tmp_path / "backups").path
        assert issue(services, shop.ann, lines) == "2026-0002"
        assert issue(services, shop.ann, lines) == "2026-0003"
    return db_file, backup


def test_restoring_an_older_backup_never_reissues_a_number(history: tuple[Path, Path]) -> None:
    path, backup = history
    result = restore_backup(backup, path)
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert [(g.code, g.period, g.database_had, g.raised_to) for g in result.gaps] == [
        ("invoice", "2026", 1, 3)
    ]
    with Services.open(path, create=False) as services:
        assert [r.number for r in services.invoices.list()] == ["2026-0001"]
        shop_customer = services.invoices.list()[0].customer_id
        assert issue(services, shop_customer, _one_line()) == "2026-0004"
        actions = [e.action for e in reversed(services.audit.recent())]
        gap = services.audit.recent(action="numbering_gap")[0]
    # The backup's own log (its "backup" entry was written to the live file after the copy), then:
    assert actions == ["issue", "numbering_gap", "restore", "issue"]
    assert (gap.details["skipped_from"], gap.details["skipped_to"]) == (2, 3)
    assert "restored" in gap.details["reason"]
    assert check_file(path).ok
    assert verify_file(path).ok, verify_file(path).problems  # the audited gap explains the missing numbers
    # The safety copy is the whole newer file: nothing of it was lost.
    conn = sqlite3.connect(result.safety_copy)
    try:
        assert conn.execute("SELECT count(*) FROM invoices WHERE status = 'issued'").fetchone()[0] == 3
    finally:
        conn.close()


def test_an_older_copy_put_in_place_by_hand_is_guarded_on_open(
    history: tuple[Path, Path], tmp_path: Path
) -> None:
    path, backup = history
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)  # the owner copies the backup over the file themselves
    assert load_sidecar(path)[("invoice", "2026")].last_sequence == 3
    with Services.open(path, create=False) as services:
        customer = services.invoices.list()[0].customer_id
        assert issue(services, customer, _one_line()) == "2026-0004"
        assert services.audit.recent(action="numbering_gap")


def test_restore_refuses_while_the_database_is_open(history: tuple[Path, Path]) -> None:
    path, backup = history
    db = open_database(path)
    try:
        with pytest.raises(DatabaseLocked):
            restore_backup(backup, path)
    finally:
        db.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(history: tuple[Path, Path]) -> None:
    path, backup = history
    before = path.read_bytes()
    with open(backup, "r+b") as handle:
        handle.seek(4096 + 10)
        handle.write(b"garbage!")
    with pytest.raises(DatabaseError, match="cannot be restored: its SHA-256 differs"):
        restore_backup(backup, path)
    assert path.read_bytes() == before
    manifest_path(backup).unlink()
    with pytest.raises(DatabaseError):
        restore_backup(path, path)


def test_a_stale_wal_of_the_old_file_is_not_replayed_into_the_restored_one(
    history: tuple[Path, Path], tmp_path: Path
) -> None:
    path, backup = history
    # Leave committed pages in the old file's WAL, as a crashed app would (no checkpoint on close).
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO tags (name, color) VALUES ('from the wal', '')")
    wal = Path(f"{path}-wal")
    copied_wal = tmp_path / "stale-wal"
    shutil.copyfile(wal, copied_wal)
    conn.close()
    shutil.copyfile(copied_wal, wal)
    result = restore_backup(backup, path)
    assert check_file(path).ok
    conn = sqlite3.connect(result.safety_copy or "")
    try:
        assert conn.execute("SELECT count(*) FROM tags WHERE name = 'from the wal'").fetchone()[0] == 1
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM tags").fetchone()[0] == 0
    finally:
        conn.close()


def test_restore_into_a_new_path(history: tuple[Path, Path], tmp_path: Path) -> None:
    _path, backup = history
    target = tmp_path / "elsewhere" / "new.sqlite3"
    target.parent.mkdir()
    result = restore_backup(backup, target)
    assert result.safety_copy is None and check_file(target).ok


def test_backup_service_lists_what_restore_needs(history: tuple[Path, Path]) -> None:
    path, backup = history
    with Services.open(path, create=False) as services:
        listed = services.backups.list(backup.parent)
    assert listed[0].path == backup and listed[0].counts["issued_invoices"] == 1
    assert verify_backup(backup).ok


def _one_line() -> list:  # type: ignore[type-arg]
    from decimal import Decimal as D

    from crmdesk.services.sales import LineInput

    return [LineInput(description="Pump", quantity=D(1), unit_price=D("12.00"), tax_rate=D(21))]


def test_a_damaged_database_is_kept_aside_and_replaced(history: tuple[Path, Path]) -> None:
    path, backup = history
    with open(path, "r+b") as handle:  # wreck the schema page and more: SQLite cannot read it
        handle.seek(100)
        handle.write(b"\xff" * 8000)
    with pytest.raises(DatabaseError):
        check_file(path)
    result = restore_backup(backup, path)
    assert result.safety_copy is not None and result.safety_copy.name.endswith("-damaged.sqlite3")
    assert check_file(path).ok
    with Services.open(path, create=False) as services:
        customer = services.invoices.list()[0].customer_id
        # The damaged file's counters could not be read; the sidecar still knows 2026-0003 was issued.
        assert issue(services, customer, _one_line()) == "2026-0004"
