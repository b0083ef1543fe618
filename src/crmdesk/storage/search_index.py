"""The global search index: SQLite FTS5 tables kept in step with the data inside the same transaction.

Why not FTS5 triggers: our engine sets ``PRAGMA trusted_schema=OFF`` (a database file from elsewhere must
not run code through its schema), and SQLite 3.40 then refuses any use of an FTS5 table from a trigger
("unsafe use of virtual table"). So the work is split in two:

1. plain triggers (allowed under ``trusted_schema=OFF``) on every indexed table put ``(kind, id)`` into
   ``fts_queue`` — whoever writes: the ORM, Core, the bulk path of demo data and imports, a script;
2. :func:`sync_search_index` turns the queued rows into FTS rows with a few set-based statements.
   :meth:`crmdesk.storage.engine.Database.write` calls it just before every commit, so the index is
   always in step inside the same transaction; the search service also calls it (in a write
   transaction) when it finds the queue non-empty, e.g. after a migration or a write that bypassed
   ``Database.write``.

The FTS tables hold their own copy of the text (not ``content=``): a row is then replaced by rowid
alone, without the old values an external-content table would need for its ``delete`` command.
Every table's rowid is the id of the row it indexes. Everything is named ``fts_*``, which
``migrations/env.py`` keeps out of autogenerate.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from sqlalchemy import Connection
from sqlalchemy.orm import Session

TOKENIZE = "unicode61 remove_diacritics 2"
QUEUE = "fts_queue"

PHONE_SUFFIXES = 15
"""E.164 has at most 15 digits; every suffix is indexed, so a national number ("29123456") or its
tail matches the full international one ("+37129123456") with an FTS prefix query."""


def _digit_suffixes(expr: str) -> str:
    digits = (
        f"replace(replace(replace(replace(replace(replace(coalesce({expr}, ''), '+', ''), ' ', ''),"
        " '-', ''), '(', ''), ')', ''), '.', '')"
    )
    return " || ' ' || ".join(f"substr({digits}, {k})" for k in range(1, PHONE_SUFFIXES + 1))


def _fold(expr: str) -> str:
    """Arabic yeh and kaf as their Persian forms (ي→ی, ك→ک): both keyboards are used to type Persian.
    The query side folds the same way (crmdesk.domain.search_query)."""
    return f"replace(replace({expr}, 'ي', 'ی'), 'ك', 'ک')"


FTS_TABLES: dict[str, tuple[str, ...]] = {
    "fts_customers": ("name", "details"),
    "fts_contacts": ("name", "details", "phone"),
    "fts_emails": ("email",),
    "fts_phones": ("digits",),
    "fts_interactions": ("subject", "body"),
    "fts_quotes": ("number",),
    "fts_invoices": ("number",),
    "fts_products": ("name", "details"),
}
"""FTS5 table → its indexed columns."""

KIND_TABLE: dict[str, str] = {
    "customer": "fts_customers",
    "contact": "fts_contacts",
    "email": "fts_emails",
    "phone": "fts_phones",
    "interaction": "fts_interactions",
    "quote": "fts_quotes",
    "invoice": "fts_invoices",
    "product": "fts_products",
}
"""Queue kind → FTS table (the rowid of both is the indexed row's id)."""

PREFIX_INDEXES = "1 2"
"""Search-as-you-type asks for "b*", "be*": without a prefix index FTS5 merges the doclists of every
token that starts so (100–500 ms on 100k customers for one letter); with one it reads one doclist and
stops at the LIMIT. Not on the contact log (a million free-text entries: the index would grow by
half); the search service asks it only from three typed characters on."""
UNPREFIXED = frozenset({"fts_interactions"})

_CUSTOMER_DETAILS = """
    coalesce(c.vat_id, '') || ' ' || coalesce(c.registration_no, '') || ' ' || c.notes || ' ' ||
    coalesce((SELECT group_concat(a.line1 || ' ' || a.postal_code || ' ' || a.city || ' ' ||
                                  a.region || ' ' || a.country, ' ')
              FROM addresses a WHERE a.customer_id = c.id), '')"""

_SOURCES: dict[str, str] = {
    "customer": f"""
        SELECT c.id, {_fold("c.name")}, {_fold(_CUSTOMER_DETAILS)}
        FROM customers c""",
    "contact": f"""
        SELECT p.id, {_fold("p.name")}, {_fold("p.role || ' ' || coalesce(p.email, '') || ' ' || p.notes")},
               {_digit_suffixes("p.phone")}
        FROM contact_persons p""",
    "email": "SELECT e.id, e.email FROM customer_emails e",
    "phone": f"SELECT t.id, {_digit_suffixes('t.e164')} FROM customer_phones t",
    "interaction": f"""
        SELECT i.id, {_fold("i.subject")}, {_fold("i.body || ' ' || i.resolution")} FROM interactions i""",
    "quote": "SELECT q.id, coalesce(q.number, '') FROM quotes q",
    "invoice": "SELECT v.id, coalesce(v.number, '') FROM invoices v",
    "product": f"""
        SELECT p.id, {_fold("p.name")},
               {_fold("p.sku || ' ' || coalesce(p.barcode, '') || ' ' || p.category || ' ' || p.description")}
        FROM products p""",
}
_SOURCE_TABLE: dict[str, tuple[str, str]] = {
    "customer": ("customers", "c"),
    "contact": ("contact_persons", "p"),
    "email": ("customer_emails", "e"),
    "phone": ("customer_phones", "t"),
    "interaction": ("interactions", "i"),
    "quote": ("quotes", "q"),
    "invoice": ("invoices", "v"),
    "product": ("products", "p"),
}
"""Queue kind → (source table, its alias in the source query)."""

# (trigger name suffix, table, event, kind, id expression). Updates queue only when an indexed
# column changes: marking a follow-up done must not re-index a million-row log.
_WATCHED: list[tuple[str, str, str, str]] = [
    ("customers", "name, vat_id, registration_no, notes", "customer", "id"),
    ("contact_persons", "name, role, email, phone, notes", "contact", "id"),
    ("customer_emails", "email", "email", "id"),
    ("customer_phones", "e164", "phone", "id"),
    ("interactions", "subject, body, resolution", "interaction", "id"),
    ("quotes", "number", "quote", "id"),
    ("invoices", "number", "invoice", "id"),
    ("products", "name, sku, barcode, category, description", "product", "id"),
    ("addresses", "line1, postal_code, city, region, country, customer_id", "customer", "customer_id"),
]


def _triggers() -> dict[str, str]:
    triggers: dict[str, str] = {}
    for table, columns, kind, id_column in _WATCHED:
        enqueue = f"INSERT OR IGNORE INTO {QUEUE} (kind, id) VALUES ('{kind}', {{row}}.{id_column});"
        triggers[f"trg_fts_{table}_insert"] = (
            f"CREATE TRIGGER trg_fts_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {enqueue.format(row='NEW')} END"
        )
        update_body = enqueue.format(row="NEW")
        if id_column != "id":  # a moved address re-indexes both customers
            update_body += " " + enqueue.format(row="OLD")
        triggers[f"trg_fts_{table}_update"] = (
            f"CREATE TRIGGER trg_fts_{table}_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {update_body} END"
        )
        triggers[f"trg_fts_{table}_delete"] = (
            f"CREATE TRIGGER trg_fts_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {enqueue.format(row='OLD')} END"
        )
    return triggers


SEARCH_TRIGGERS: dict[str, str] = _triggers()
"""Trigger name → DDL. A batch migration that recreates one of these tables must recreate them."""


class _Executor(Protocol):
    def execute(self, sqltext: str) -> object: ...


def create_search_index(op: _Executor) -> None:
    """Create the queue, the FTS5 tables and the triggers (through Alembic's ``op``), and queue every
    existing row, so that the first write or search fills the index."""
    op.execute(
        f"CREATE TABLE {QUEUE} (kind TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    for table, columns in FTS_TABLES.items():
        prefix = "" if table in UNPREFIXED else f", prefix = '{PREFIX_INDEXES}'"
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({', '.join(columns)}, tokenize = '{TOKENIZE}'{prefix})"
        )
    create_search_triggers(op)
    for kind, (source, _alias) in _SOURCE_TABLE.items():
        op.execute(f"INSERT INTO {QUEUE} (kind, id) SELECT '{kind}', id FROM {source}")


def create_search_triggers(op: _Executor) -> None:
    for name, ddl in SEARCH_TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(ddl)


def drop_search_index(op: _Executor) -> None:
    for name in SEARCH_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in FTS_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
    op.execute(f"DROP TABLE IF EXISTS {QUEUE}")


def _sync(conn: Connection) -> int:
    pending = conn.exec_driver_sql(f"SELECT count(*) FROM {QUEUE}").scalar_one()
    if not pending:
        return 0
    for kind, table in KIND_TABLE.items():
        queued = f"SELECT id FROM {QUEUE} WHERE kind = '{kind}'"
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({queued})")
        columns = ", ".join(("rowid", *FTS_TABLES[table]))
        alias = _SOURCE_TABLE[kind][1]
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({columns}) {_SOURCES[kind]} WHERE {alias}.id IN ({queued})"
        )
    conn.exec_driver_sql(f"DELETE FROM {QUEUE}")
    return int(pending)


def sync_search_index(session: Session) -> int:
    """Index what the queue holds, inside the session's open write transaction; return how many rows."""
    return _sync(session.connection())


def search_index_pending(session: Session) -> bool:
    """Whether rows are waiting to be indexed (the search service then syncs before it reads)."""
    found = session.connection().exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {QUEUE})").scalar_one()
    return bool(found)


def rebuild_search_index(session: Session) -> int:
    """Drop every FTS row and index everything again (repair; also what ``crmdesk search --rebuild`` runs)."""
    conn = session.connection()
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    for kind, (source, _alias) in _SOURCE_TABLE.items():
        conn.exec_driver_sql(f"INSERT OR IGNORE INTO {QUEUE} (kind, id) SELECT '{kind}', id FROM {source}")
    return _sync(conn)


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Fill an (almost) empty database quickly: no queueing per row, one full index build at the end.

    The queue triggers cost ~20–30 µs per inserted row on a file (measured: 140k contact-log rows
    through :class:`~crmdesk.storage.bulk.BulkWriter` 2.2 s without them, 5–7 s with them), more
    than indexing the same rows afterwards in one pass. So the triggers are dropped for the duration
    of the load and recreated after it, and everything is indexed again — all inside the session's
    write transaction, so a failed load rolls back the triggers too. For demo data and a first import;
    on a large database the full re-index (~2.5 s per 20k demo customers) outweighs the saving.
    """
    conn = session.connection()
    for name in SEARCH_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for ddl in SEARCH_TRIGGERS.values():
        conn.exec_driver_sql(ddl)
    rebuild_search_index(session)


def optimize_search_index(session: Session) -> None:
    """Merge the FTS b-trees (after a bulk load): fewer segments, faster prefix queries."""
    conn = session.connection()
    for table in FTS_TABLES:
        conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
