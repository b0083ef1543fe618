"""The audit log: hash-chained, append-only, written in the caller's transaction, checked by verify."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sales_setup import ISSUED_ON, make_shop, three_rate_lines
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.audit import AuditService, record
from crmdesk.services.sales import InvoiceDraft
from crmdesk.services.verification import verify_database, verify_file
from crmdesk.storage.engine import Database
from crmdesk.storage.guards import GUARD_TRIGGERS
from crmdesk.storage.models import AuditEntry


def test_entries_chain_and_verify(db: Database) -> None:
    audit = AuditService(db)
    first = audit.record(action="export", entity_type="customer", entity_id=7, details={"rows": 3})
    second = audit.record(action="import", details={"file": "people.csv"})
    assert second > first
    assert audit.verify() == []
    newest = audit.recent(limit=1)[0]
    assert (newest.action, newest.details, newest.occurred_at.tzinfo is not None) == (
        "import",
        {"file": "people.csv"},
        True,
    )


def test_an_entry_belongs_to_its_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        record(session, action="erase", entity_type="customer", entity_id=1)
        raise RuntimeError("the erase failed")
    assert AuditService(db).recent() == []


def test_update_and_delete_are_refused(db: Database) -> None:
    AuditService(db).record(action="export")
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit_log SET action = 'nothing'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()


def test_tampering_is_reported_by_verify(db: Database, db_file: Path) -> None:
    audit = AuditService(db)
    for n in range(3):
        audit.record(action="export", details={"n": n})
    conn = sqlite3.connect(db_file, isolation_level=None)
    try:
        conn.execute("DROP TRIGGER trg_audit_log_no_update")
        conn.execute("UPDATE audit_log SET details = '{\"n\":9}' WHERE id = 2")
        conn.execute(GUARD_TRIGGERS["trg_audit_log_no_update"])
    finally:
        conn.close()
    problems = verify_file(db_file).problems
    assert problems == ("audit log: audit entry 2 (export): its content was changed after it was issued",)
    assert not verify_database(db).ok


def test_a_duplicate_hash_cannot_be_inserted(db: Database) -> None:
    AuditService(db).record(action="export")
    with pytest.raises(IntegrityError), db.write() as session:
        session.execute(
            AuditEntry.__table__.insert().values(  # type: ignore[attr-defined]
                action="x", app_version="0", previous_hash="", entry_hash=_first_hash(db)
            )
        )


def test_issue_and_credit_note_are_audited_through_the_issue_hook(db: Database) -> None:
    shop = make_shop(db)
    services = Services(db)
    draft = services.invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    invoice = services.invoices.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice
    note = services.credit_notes.create_draft(invoice.id)
    services.invoices.issue(note.id, issue_date=ISSUED_ON, today=ISSUED_ON)
    entries = list(reversed(services.audit.recent()))
    assert [e.action for e in entries] == ["issue", "credit_note"]
    assert entries[0].details["number"] == invoice.number
    assert entries[0].details["content_hash"] == invoice.content_hash
    assert verify_database(db).ok


def test_payments_and_their_removal_are_audited_in_their_transaction(db: Database) -> None:
    shop = make_shop(db)
    services = Services(db)
    draft = services.invoices.create_draft(InvoiceDraft(customer_id=shop.ann, lines=three_rate_lines(shop)))
    invoice = services.invoices.issue(draft.id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice
    paid = services.payments.record(invoice.id, amount=Decimal("40.00"), paid_on=ISSUED_ON, today=ISSUED_ON)
    services.payments.delete(paid.payment.id)
    with pytest.raises(ValidationError):  # refused: nothing recorded, not even in the audit log
        services.payments.record(invoice.id, amount=Decimal("-1.00"), today=ISSUED_ON)
    entries = list(reversed(services.audit.recent()))
    assert [e.action for e in entries] == ["issue", "payment", "payment_deleted"]
    assert entries[1].details == {"invoice": invoice.number, "amount": "40.00", "currency": "EUR"}
    assert entries[1].entity_id == entries[2].entity_id == paid.payment.id
    assert verify_database(db).ok


def _first_hash(db: Database) -> str:
    with db.read_session() as session:
        return str(session.scalars(select(AuditEntry.entry_hash).order_by(AuditEntry.id)).first())
