"""kill -9 during a backup and during a restore: earlier backups intact, the file is old or new, never a mix."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import fault_checks as fc
import fault_child

from crmdesk.services import Services
from crmdesk.services.backups import list_backups, read_backup, verify_backup
from crmdesk.services.database import check_database
from crmdesk.services.sales import InvoiceDraft
from crmdesk.services.verification import verify_file
from crmdesk.storage.backup import integrity_problem

BACKUP_ROUNDS = 20 * fc.SOAK
RESTORE_ROUNDS = 20 * fc.SOAK


def issue(path: Path, customer: int, count: int) -> list[str]:
    numbers = []
    with Services.open(path, create=False) as services:
        for n in range(count):
            draft = services.invoices.create_draft(
                InvoiceDraft(customer_id=customer, lines=fault_child.line_input(n))
            )
            numbers.append(str(services.invoices.issue(draft.id).invoice.number))
    return numbers


def issued_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM invoices WHERE status = 'issued'").fetchone()[0])
    finally:
        conn.close()


def test_kill_during_backup(migrated_template: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "crm.sqlite3"
    folder = tmp_path / "usb"
    report = tmp_path / "report.txt"
    customer = fc.new_shop(migrated_template, path)
    issue(path, customer, 30)
    elapsed = fc.timed()
    earlier: dict[Path, tuple[int, int]] = {}
    for _ in range(BACKUP_ROUNDS):
        fc.run_and_kill(
            fault_child.back_up_in_a_loop, (str(path), str(report), str(folder)), after=rng.uniform(0.05, 0.6)
        )
        assert check_database(path).ok and verify_file(path).ok
        for backup, (size, mtime) in earlier.items():  # earlier backups untouched by later kills
            assert (backup.stat().st_size, backup.stat().st_mtime_ns) == (size, mtime), backup
        for backup in set(folder.glob("*.sqlite3")) - set(earlier):
            # Renamed into place only once complete: even one killed before its manifest is whole.
            assert integrity_problem(backup) is None, backup
            info = read_backup(backup)
            assert not info.has_manifest or verify_backup(backup).ok, backup
            earlier[backup] = (backup.stat().st_size, backup.stat().st_mtime_ns)
    for _, name, sha in fc.reported(report):
        assert verify_backup(folder / name).ok and read_backup(folder / name).sha256 == sha
    assert all(verify_backup(b.path).ok for b in list_backups(folder) if b.has_manifest)
    taken = len(fc.reported(report))
    fc.summary(
        f"kill -9 during backup: {BACKUP_ROUNDS} rounds in {elapsed():.1f} s, {taken} backups all intact"
    )
    assert taken > 0


def test_kill_during_restore(migrated_template: Path, tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "crm.sqlite3"
    report = tmp_path / "report.txt"
    customer = fc.new_shop(migrated_template, path)
    issue(path, customer, 3)
    with Services.open(path, create=False) as services:
        older = services.backups.backup_now(tmp_path / "kept").path
    issue(path, customer, 3)
    with Services.open(path, create=False) as services:
        newer = services.backups.backup_now(tmp_path / "kept").path
    elapsed = fc.timed()
    seen: set[int] = set()
    for _ in range(RESTORE_ROUNDS):
        fc.run_and_kill(
            fault_child.restore_in_a_loop,
            (str(path), str(report), [str(older), str(newer)]),
            after=rng.uniform(0.05, 0.8),
        )
        assert verify_backup(older).ok and verify_backup(newer).ok
        check = check_database(path)
        assert check.ok, check.problems
        count = issued_count(path)
        assert count in (3, 6), count  # the older or the newer file, whole
        seen.add(count)
        chain = verify_file(path)
        assert chain.ok, chain.problems
    restores = len(fc.reported(report))
    # Whatever was left in place, the next number continues after the highest ever issued.
    [number] = issue(path, customer, 1)
    assert number.endswith("-0007"), number
    fc.summary(
        f"kill -9 during restore: {RESTORE_ROUNDS} rounds in {elapsed():.1f} s, {restores} restores"
        f" completed; the file was always the old or the new one (issued counts seen: {sorted(seen)})"
    )
