"""Issued invoices and the audit log are protected by the database itself, even from raw SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

ISSUE = (
    "UPDATE invoices SET status = 'issued', number = '2026-0001', sequence = 1, issue_date = '2026-11-23',"
    " issued_at = '2026-11-23T10:00:00+00:00' WHERE id = ?"
)


@pytest.fixture
def raw(db_file: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    now = "'2026-11-23T09:00:00+00:00'"
    conn.execute(
        "INSERT INTO customers (id, kind, name, sort_name, language, currency, payment_terms_days, notes,"
        f" created_at, updated_at) VALUES (1, 'person', 'Ann', 'ann', 'en', 'EUR', 14, '', {now}, {now})"
    )
    for invoice_id in (1, 2):
        conn.execute(
            "INSERT INTO invoices (id, kind, status, customer_id, series, currency, exchange_rate, prices_include_tax, language,"
            " customer_snapshot, notes, net_total, tax_total, gross_total, created_at, updated_at)"
            f" VALUES ({invoice_id}, 'invoice', 'draft', 1, 'invoice', 'EUR', 1000000, 0, 'en', '{{}}', '', 10000, 2100,"
            f" 12100, {now}, {now})"
        )
        conn.execute(
            "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit, unit_price, discount,"
            f" tax_rate, net_amount) VALUES ({invoice_id}, 0, 'Bike service', 1000, 'pcs', 1000000, 0, 21000,"
            " 10000)"
        )
    conn.execute(ISSUE, (1,))
    return conn


FROZEN = "issued invoices are frozen"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE invoices SET gross_total = 1 WHERE id = 1",
        "UPDATE invoices SET status = 'draft', number = NULL WHERE id = 1",
        "DELETE FROM invoices WHERE id = 1",
        "UPDATE invoice_lines SET unit_price = 1 WHERE invoice_id = 1",
        "DELETE FROM invoice_lines WHERE invoice_id = 1",
        "INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit, unit_price, discount,"
        " tax_rate, net_amount) VALUES (1, 1, 'extra', 1000, 'pcs', 1, 0, 0, 1)",
        "UPDATE invoice_lines SET invoice_id = 1 WHERE invoice_id = 2",
    ],
)
def test_issued_invoice_cannot_change_even_with_raw_sql(raw: sqlite3.Connection, statement: str) -> None:
    before = raw.execute("SELECT * FROM invoices WHERE id = 1").fetchall()
    lines_before = raw.execute("SELECT * FROM invoice_lines ORDER BY id").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match=FROZEN):
        raw.execute(statement)
    assert raw.execute("SELECT * FROM invoices WHERE id = 1").fetchall() == before
    assert raw.execute("SELECT * FROM invoice_lines ORDER BY id").fetchall() == lines_before


def test_draft_invoice_can_still_be_edited_and_deleted(raw: sqlite3.Connection) -> None:
    raw.execute("UPDATE invoice_lines SET unit_price = 20000 WHERE invoice_id = 2")
    raw.execute("UPDATE invoices SET notes = 'changed' WHERE id = 2")
    raw.execute("DELETE FROM invoices WHERE id = 2")
    assert raw.execute("SELECT count(*) FROM invoice_lines WHERE invoice_id = 2").fetchone() == (0,)


def test_issued_number_is_unique_per_series(raw: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        raw.execute(ISSUE, (2,))


def test_an_issued_invoice_needs_a_number(raw: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="number_iff_issued"):
        raw.execute("UPDATE invoices SET status = 'issued' WHERE id = 2")


def test_audit_log_is_append_only(raw: sqlite3.Connection) -> None:
    raw.execute(
        "INSERT INTO audit_log (occurred_at, action, entity_type, details, app_version, previous_hash, entry_hash)"
        " VALUES ('2026-11-23T09:00:00+00:00', 'issue', 'invoice', '{}', '0.1.0', '', 'abc')"
    )
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute(statement)
    assert raw.execute("SELECT action FROM audit_log").fetchall() == [("issue",)]
