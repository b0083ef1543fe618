"""The FTS5 search index: schema at head, in step with every kind of write, safe queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text, update

from crmdesk.domain.search_query import build_search_query
from crmdesk.storage.bulk import BulkWriter
from crmdesk.storage.engine import Database
from crmdesk.storage.migrate import downgrade, upgrade
from crmdesk.storage.models import Customer, CustomerPhone, Interaction
from crmdesk.storage.search_index import FTS_TABLES, QUEUE, SEARCH_TRIGGERS, TOKENIZE, rebuild_search_index


def objects(path: Path, kind: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}
    finally:
        conn.close()


def matches(db: Database, table: str, query: str) -> list[int]:
    with db.read_session() as session:
        sql = f"SELECT rowid FROM {table} WHERE {table} MATCH :q ORDER BY rowid"
        return list(session.scalars(text(sql), {"q": build_search_query(query).match}))


def test_fts_tables_and_triggers_exist_at_head(db_file: Path) -> None:
    assert set(SEARCH_TRIGGERS) <= objects(db_file, "trigger")
    assert set(FTS_TABLES) | {QUEUE} <= objects(db_file, "table")


def test_downgrade_removes_the_index_and_upgrade_restores_it(db: Database) -> None:
    downgrade(db, "0001")
    assert not {name for name in objects(db.path, "table") if name.startswith("fts_")}
    assert not set(SEARCH_TRIGGERS) & objects(db.path, "trigger")
    upgrade(db, "head")
    assert set(SEARCH_TRIGGERS) <= objects(db.path, "trigger")


def test_upgrading_a_database_with_data_indexes_it(db: Database) -> None:
    with db.write() as session:
        session.add(Customer(name="Bērziņš", sort_name="bērziņš"))
    downgrade(db, "0001")
    upgrade(db, "head")
    assert matches(db, "fts_customers", "berzins") == []  # queued by the migration, not yet indexed
    with db.write():
        pass
    assert matches(db, "fts_customers", "berzins") == [1]


def test_engine_connections_keep_trusted_schema_off(db: Database) -> None:
    with db.read_session() as session:
        assert session.execute(text("PRAGMA trusted_schema")).scalar_one() == 0


def test_fts5_cannot_be_used_from_triggers_under_trusted_schema_off() -> None:
    """Why the index is synced from a queue, not by FTS5 triggers (SQLite 3.40 refuses them)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"CREATE VIRTUAL TABLE fts_t USING fts5(name, tokenize = '{TOKENIZE}')")
    conn.execute(
        "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO fts_t(rowid, name) VALUES (NEW.id, NEW.name); END"
    )
    with pytest.raises(sqlite3.OperationalError, match="unsafe use of virtual table"):
        conn.execute("INSERT INTO t (name) VALUES ('x')")


def test_core_and_bulk_writes_are_indexed_in_the_same_transaction(db: Database) -> None:
    now = datetime.now(UTC)
    with db.write() as session:
        session.execute(insert(Customer).values(id=1, name="Ольга Жукова", sort_name="ольга жукова"))
        writer = BulkWriter.of(session)
        writer.insert(CustomerPhone, ("id", "customer_id", "e164"), [(1, 1, "+37129123456")])
        writer.insert(
            Interaction,
            ("id", "customer_id", "kind", "subject", "body", "occurred_at"),
            [(1, 1, "note", "Piezvanīt", "Ķēde nokrita", now)],
        )
        # Not visible to other readers until commit, but the queue is drained before it.
        assert session.execute(text(f"SELECT count(*) FROM {QUEUE}")).scalar_one() == 3
    assert matches(db, "fts_customers", "жуков") == [1]
    assert matches(db, "fts_phones", "29123456") == [1]
    assert matches(db, "fts_interactions", "kede") == [1]
    with db.write() as session:
        session.execute(update(Customer).where(Customer.id == 1).values(name="Ольга Соколова"))
    assert matches(db, "fts_customers", "жуков") == []
    assert matches(db, "fts_customers", "соколова") == [1]
    with db.write() as session:
        session.execute(text("DELETE FROM customers WHERE id = 1"))
    assert matches(db, "fts_phones", "2912") == []
    assert matches(db, "fts_interactions", "kede") == []


def test_a_rolled_back_write_leaves_the_index_as_it_was(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Customer(name="Ghost", sort_name="ghost"))
        session.flush()
        raise RuntimeError("cancel")
    assert matches(db, "fts_customers", "ghost") == []
    with db.read_session() as session:
        assert session.execute(text(f"SELECT count(*) FROM {QUEUE}")).scalar_one() == 0


def test_rebuild(db: Database) -> None:
    with db.write() as session:
        session.add(Customer(name="José Núñez", sort_name="josé núñez"))
    with db.write() as session:
        session.execute(text("DELETE FROM fts_customers"))
    assert matches(db, "fts_customers", "nunez") == []
    with db.write() as session:
        assert rebuild_search_index(session) >= 1
    assert matches(db, "fts_customers", "nunez") == [1]


@pytest.fixture(scope="module")
def fts_table() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE fts_x USING fts5(a, b, tokenize = '{TOKENIZE}')")
    conn.execute("INSERT INTO fts_x (a, b) VALUES ('Bērziņš AND \"x\"', 'NEAR or not * ^ - 123')")
    yield conn
    conn.close()


@settings(max_examples=1500, deadline=None)
@given(
    st.text(max_size=40)
    | st.lists(
        st.sampled_from(
            ['"', "AND", "OR", "NOT", "NEAR", "(", ")", "*", "^", "-", ":", "{", "}", "a", "1", "+", " "]
        )
    ).map("".join)
)
def test_no_typed_text_is_an_fts5_syntax_error(fts_table: sqlite3.Connection, typed: str) -> None:
    query = build_search_query(typed)
    if query.is_empty:
        return
    for expression in (query.match, query.phone_match(), query.columns_match("{a}", "b")):
        fts_table.execute("SELECT rowid FROM fts_x WHERE fts_x MATCH ?", (expression,)).fetchall()


def test_check_reports_a_missing_search_trigger(db_file: Path) -> None:
    from crmdesk.storage.check import check_file

    conn = sqlite3.connect(db_file)
    conn.execute("DROP TRIGGER trg_fts_customers_update")
    conn.commit()
    conn.close()
    assert check_file(db_file).problems == ["search index trigger missing: trg_fts_customers_update"]


def test_bulk_load_indexes_everything_and_restores_the_triggers(db: Database) -> None:
    from crmdesk.storage.search_index import bulk_load

    with db.write() as session, bulk_load(session):
        BulkWriter.of(session).insert(Customer, ("id", "name", "sort_name"), [(7, "Åsa Öberg", "åsa öberg")])
        assert session.execute(text(f"SELECT count(*) FROM {QUEUE}")).scalar_one() == 0
    assert matches(db, "fts_customers", "asa oberg") == [7]
    assert set(SEARCH_TRIGGERS) <= objects(db.path, "trigger")
    with pytest.raises(RuntimeError), db.write() as session, bulk_load(session):
        raise RuntimeError("load failed")
    assert set(SEARCH_TRIGGERS) <= objects(db.path, "trigger")
