"""Opening a database safely: PRAGMAs, transactions, foreign and damaged files, the schema version."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from crmdesk.domain.errors import DatabaseError, DatabaseTooNew, NotACrmdeskDatabase
from crmdesk.storage.engine import APPLICATION_ID, Database, open_database
from crmdesk.storage.models import Customer, Tag


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_marked_and_configured(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with open_database(path) as db, db.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "trusted_schema", "busy_timeout")
        }
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "trusted_schema": 0,
        "busy_timeout": 5000,
    }
    assert app_id == APPLICATION_ID


def test_write_takes_the_write_lock_at_begin(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(text("SELECT 1"))  # nothing written yet, but the lock is already held
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_failed_write_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Tag(name="vip"))
        session.flush()
        raise RuntimeError("boom")
    with db.read_session() as session:
        assert session.execute(select(Tag)).first() is None


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(
            text(
                "INSERT INTO customer_emails (customer_id, email, label, position) VALUES (999, 'a@b.c', '', 0)"
            )
        )


def test_text_file_renamed_db_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, bread\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotACrmdeskDatabase, match="not a crmdesk database"):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal, -shm or lock left behind


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotACrmdeskDatabase, match="another program"):
        open_database(path)
    assert digest(path) == before


def test_damaged_file_is_refused_untouched(db_file: Path) -> None:
    data = bytearray(db_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page after the header
    db_file.write_bytes(bytes(data))
    before = digest(db_file)
    with pytest.raises(DatabaseError):
        open_database(db_file)
    assert digest(db_file) == before


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_read_only_file_is_refused_untouched(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root in CI, where chmod does not stop writes: simulate a read-only medium instead.
    import crmdesk.storage.engine as engine_module

    monkeypatch.setattr(engine_module.os, "access", lambda path, mode: Path(path) != db_file)
    before = digest(db_file)
    with pytest.raises(DatabaseError, match="read-only"):
        open_database(db_file)
    assert digest(db_file) == before


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nope.sqlite3", create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_file_from_a_newer_crmdesk_is_refused_untouched(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE alembic_version SET version_num = 'fromthefuture'")
    conn.commit()
    conn.close()
    before = digest(db_file)
    with pytest.raises(DatabaseTooNew, match="newer crmdesk"):
        open_database(db_file)
    assert digest(db_file) == before


def test_unicode_round_trip(db: Database) -> None:
    names = ["Jānis Bērziņš", "Иван Петров", "رضا محمدی", "Åsa Öberg", "José Núñez", "山田太郎"]
    with db.write() as session:
        session.add_all(Customer(name=n, sort_name=n.casefold()) for n in names)
    with db.read_session() as session:
        stored = session.execute(select(Customer.name).order_by(Customer.id)).scalars().all()
    assert stored == names
