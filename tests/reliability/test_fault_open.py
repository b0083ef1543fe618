"""Faults met when opening a file: read-only file or folder, a network or removable drive, a hot rollback
journal left by a crash, a damaged file, a computer clock earlier than the last invoice."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path, PurePosixPath

import pytest
from fault_child import line_input

from crmdesk.domain.errors import DatabaseError
from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.services.file_safety import drive_warning, mount_of, parse_mountinfo
from crmdesk.services.sales import InvoiceDraft
from crmdesk.storage.engine import (
    DatabaseDamaged,
    DatabaseReadOnly,
    FileState,
    inspect_file,
    open_database,
)

MOUNTINFO = r"""22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
61 22 0:52 / /home/anna/Office\040Share rw,relatime shared:30 - cifs //nas/office rw,vers=3.1.1
62 22 0:53 / /srv/nfs rw,relatime shared:31 - nfs4 nas:/export rw,vers=4.2
63 22 0:54 / /home/anna/remote rw,nosuid,nodev shared:32 - fuse.sshfs anna@host:/data rw
64 22 8:17 / /run/media/anna/KINGSTON rw,nosuid,nodev shared:33 - vfat /dev/sdb1 rw,fmask=0022
65 22 8:33 / /media/backup-disk rw,relatime shared:34 - ext4 /dev/sdc1 rw
66 61 0:55 / /home/anna/Office\040Share/local rw,relatime shared:35 - ext4 /dev/sda3 rw
malformed line without a separator
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- network and removable drives ------------------------------------------------------------------


def test_mountinfo_is_parsed_with_escaped_spaces() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert len(mounts) == 8
    share = mount_of(PurePosixPath("/home/anna/Office Share/crm.sqlite3"), mounts)
    assert share is not None and (share.fs_type, share.source) == ("cifs", "//nas/office")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/anna/crm.sqlite3", None),
        ("/home/anna/Office Share/crm.sqlite3", "network drive (cifs at /home/anna/Office Share)"),
        ("/srv/nfs/shop/crm.sqlite3", "network drive (nfs4 at /srv/nfs)"),
        ("/home/anna/remote/crm.sqlite3", "network drive (fuse.sshfs"),
        ("/run/media/anna/KINGSTON/crm.sqlite3", "removable drive (vfat"),
        ("/media/backup-disk/crm.sqlite3", "removable drive (ext4 at /media/backup-disk)"),
        # A local disk mounted inside the share: the deepest mount decides.
        ("/home/anna/Office Share/local/crm.sqlite3", None),
        ("/srv/nfsother/crm.sqlite3", None),  # a name that merely starts like a mount point
    ],
)
def test_drive_warning(path: str, expected: str | None) -> None:
    warning = drive_warning(PurePosixPath(path), MOUNTINFO)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning and "backup folder" in warning


def test_no_mountinfo_means_no_warning() -> None:
    assert drive_warning(PurePosixPath("/home/anna/crm.sqlite3"), "") is None


# --- read-only file or folder -----------------------------------------------------------------------


def deny_writes(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Tests may run as root, where chmod does not stop writes: simulate a read-only medium instead."""
    monkeypatch.setattr("crmdesk.storage.engine.os.access", lambda path, mode: Path(path) != denied)


def test_read_only_folder_opens_read_only_and_nothing_is_written(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Services.open(db_file, create=False) as services:
        services.customer_editor.create(CustomerDraft(name="Ārija Liepa"))
        services.customer_editor.create(CustomerDraft(name="戴安娜"))
    before = digest(db_file)
    files_before = sorted(p.name for p in db_file.parent.iterdir())
    deny_writes(monkeypatch, db_file.parent)
    with pytest.raises(DatabaseError, match=r"the folder .* is read-only; crmdesk needs to write beside"):
        open_database(db_file)  # the default (CLI): refused, saying which
    with Services.open(db_file, create=False, read_only_ok=True) as services:
        assert services.file_safety.read_only_reason == f"the folder {db_file.parent.resolve()} is read-only"
        assert services.customers.count() == 2  # reads work
        notices = services.file_safety.notices()
        assert notices[0].kind == "read-only" and "Opened read-only because the folder" in notices[0].text
        with pytest.raises(DatabaseReadOnly, match=r"opened read-only because the folder .* not saved"):
            services.audit.record(action="export")
        with pytest.raises(DatabaseError, match="cannot back it up"):
            services.backups.backup_now(db_file.parent / "backups")
    assert digest(db_file) == before
    # No lock file, no -wal/-shm, no backups folder: nothing was created beside the file.
    assert sorted(p.name for p in db_file.parent.iterdir()) == files_before


def test_read_only_file_with_recent_changes_in_its_wal_shows_them(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A -wal with commits the file does not hold yet (left by a crash); the file itself read-only.
    # (Where SQLite cannot create the -shm either, opening is refused saying so: not testable as root.)
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE pending (x)")
    conn.commit()
    shutil.copyfile(db_file.with_name(db_file.name + "-wal"), db_file.with_name("saved-wal"))
    conn.close()
    os.replace(db_file.with_name("saved-wal"), db_file.with_name(db_file.name + "-wal"))
    assert db_file.with_name(db_file.name + "-wal").stat().st_size > 0
    deny_writes(monkeypatch, db_file)
    with Services.open(db_file, create=False, read_only_ok=True) as services:
        assert services.file_safety.read_only_reason == f"the file {db_file.name} is read-only"
        with services._db.engine.connect() as read:
            assert read.exec_driver_sql("SELECT count(*) FROM pending").scalar_one() == 0


def test_read_only_file_of_an_older_schema_is_refused(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    deny_writes(monkeypatch, db_file)
    with pytest.raises(DatabaseError, match=r"must first be upgraded.*write access"):
        Services.open(db_file, create=False, read_only_ok=True)


# --- a hot rollback journal, a damaged file ---------------------------------------------------------

HOT_JOURNAL_CHILD = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE filler (x BLOB)")
for _ in range(300):
    conn.execute("INSERT INTO filler VALUES (randomblob(3000))")
os._exit(0)  # killed mid-transaction: the rollback journal stays, hot
"""


def test_a_hot_rollback_journal_is_rolled_back_not_called_damage(db_file: Path) -> None:
    subprocess.run([sys.executable, "-c", HOT_JOURNAL_CHILD, str(db_file)], check=True)
    journal = db_file.with_name(db_file.name + "-journal")
    assert journal.stat().st_size > 0
    assert inspect_file(db_file) is FileState.CRMDESK
    with Services.open(db_file, create=False) as services:
        assert services.customers.count() == 0
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'filler'").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_damaged_file_is_reported_as_damaged_untouched(db_file: Path) -> None:
    with open(db_file, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 8000)
    before = digest(db_file)
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        Services.open(db_file, create=False, read_only_ok=True)
    assert digest(db_file) == before


# --- the computer's clock ----------------------------------------------------------------------------


def test_a_clock_earlier_than_the_last_invoice_is_a_notice(db_file: Path) -> None:
    issued_on = date(2026, 3, 2)
    with Services.open(db_file, create=False) as services:
        customer = services.customer_editor.create(CustomerDraft(name="Ārija Liepa")).id
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=customer, lines=line_input(1)))
        services.invoices.issue(draft.id, issue_date=issued_on, today=issued_on)
        assert [n.kind for n in services.file_safety.notices(today=issued_on)] == []
        notices = services.file_safety.notices(today=issued_on - timedelta(days=3))
        assert [n.kind for n in notices] == ["clock"]
