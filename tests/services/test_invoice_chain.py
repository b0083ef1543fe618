"""The tamper-evident chain of issued documents: what `verify` finds, also while the app has the file open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sales_setup import Shop, issued_invoice, make_shop

from crmdesk.domain.errors import DatabaseError
from crmdesk.services.sales import CreditNoteService, InvoiceService, verify_file
from crmdesk.storage.engine import Database
from crmdesk.storage.guards import GUARD_TRIGGERS


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@contextmanager
def guards_dropped(path: Path) -> Iterator[sqlite3.Connection]:
    """What a tamperer with the sqlite3 shell does: drop the guards, change rows, put the guards back."""
    conn = sqlite3.connect(path, isolation_level=None)
    names = [name for name in GUARD_TRIGGERS if name.startswith(("trg_invoices_", "trg_invoice_lines_"))]
    try:
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        yield conn
        for name in names:
            conn.execute(GUARD_TRIGGERS[name])
    finally:
        conn.close()


def test_intact_chains_verify_also_read_only_while_open(db: Database, db_file: Path, shop: Shop) -> None:
    invoices = [issued_invoice(db, shop) for _ in range(3)]
    note = CreditNoteService(db).create_draft(invoices[0].id)
    InvoiceService(db).issue(note.id, issue_date=invoices[0].issue_date, today=invoices[0].issue_date)
    report = verify_file(db_file)  # `db` still holds the lock: verify needs none
    assert report.ok, report.problems
    assert (report.checked, report.series) == (4, ("credit_note", "invoice"))


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("UPDATE invoices SET notes = 'paid in cash' WHERE number = '2026-0002'", "content was changed"),
        (
            "UPDATE invoice_lines SET quantity = 1000 WHERE invoice_id = 2 AND position = 0",
            "content was changed",
        ),
        (
            'UPDATE invoices SET customer_snapshot = \'{"name": "Someone else"}\' WHERE id = 2',
            "content was changed",
        ),
        ("UPDATE invoices SET issue_date = '2026-03-03' WHERE id = 2", "content was changed"),
    ],
)
def test_a_changed_document_is_reported(
    db: Database, db_file: Path, shop: Shop, statement: str, reason: str
) -> None:
    for _ in range(3):
        issued_invoice(db, shop)
    with guards_dropped(db_file) as conn:
        conn.execute(statement)
    problems = InvoiceService(db).verify().problems
    assert "invoice 2026-0002: its content was changed after it was issued" in problems
    # Moving the date also moves it in the chain's order, which is reported too; 2026-0001 is untouched.
    assert all("2026-0001" not in problem for problem in problems)


def test_a_removed_document_is_reported(db: Database, db_file: Path, shop: Shop) -> None:
    for _ in range(3):
        issued_invoice(db, shop)
    with guards_dropped(db_file) as conn:
        conn.execute("DELETE FROM invoice_lines WHERE invoice_id = 2")
        conn.execute("DELETE FROM invoices WHERE id = 2")
    problems = InvoiceService(db).verify().problems
    assert problems == (
        "invoice 2026-0003: does not follow the document before it (removed or reordered)",
        "invoice series 2026: number(s) missing from the sequence: 2",
        "invoice series 2026: the counter says 3 documents were issued, 2 are stored",
    )


def test_verify_refuses_what_is_not_a_crmdesk_file(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(DatabaseError, match="not a crmdesk database"):
        verify_file(other)
