"""Rules the database enforces itself, whoever writes to it (the app, a script, the sqlite3 shell).

Created by the initial migration. A later batch migration that recreates one of these tables drops
its triggers, so it must call :func:`create_guards` again; ``crmdesk check`` reports any that is missing.
"""

from __future__ import annotations

from typing import Protocol

FROZEN_INVOICE_MESSAGE = "issued invoices are frozen: correct them with a credit note"
APPEND_ONLY_MESSAGE = "the audit log is append-only"

_ISSUED = "'issued'"

GUARD_TRIGGERS: dict[str, str] = {
    "trg_invoices_frozen_update": f"""
        CREATE TRIGGER trg_invoices_frozen_update BEFORE UPDATE ON invoices
        WHEN OLD.status = {_ISSUED}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_INVOICE_MESSAGE}'); END""",
    "trg_invoices_frozen_delete": f"""
        CREATE TRIGGER trg_invoices_frozen_delete BEFORE DELETE ON invoices
        WHEN OLD.status = {_ISSUED}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_INVOICE_MESSAGE}'); END""",
    "trg_invoice_lines_frozen_insert": f"""
        CREATE TRIGGER trg_invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
        WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) = {_ISSUED}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_INVOICE_MESSAGE}'); END""",
    "trg_invoice_lines_frozen_update": f"""
        CREATE TRIGGER trg_invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
        WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) = {_ISSUED}
          OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) = {_ISSUED}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_INVOICE_MESSAGE}'); END""",
    "trg_invoice_lines_frozen_delete": f"""
        CREATE TRIGGER trg_invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
        WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) = {_ISSUED}
        BEGIN SELECT RAISE(ABORT, '{FROZEN_INVOICE_MESSAGE}'); END""",
    "trg_audit_log_no_update": f"""
        CREATE TRIGGER trg_audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
    "trg_audit_log_no_delete": f"""
        CREATE TRIGGER trg_audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END""",
}


class _Executor(Protocol):
    def execute(self, sqltext: str) -> object: ...


def create_guards(op: _Executor, names: list[str] | None = None) -> None:
    """Create the guard triggers (all, or the named ones) through Alembic's ``op``."""
    for name in names or list(GUARD_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(GUARD_TRIGGERS[name])


def drop_guards(op: _Executor) -> None:
    for name in GUARD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
