"""``crmdesk verify``: the invoice hash chains and numbering, and the audit log's chain, in one report.

A numbering gap left by a restore (numbers issued after the backup was taken, gone with the newer
file) is not tampering when the audit log records it: the sales check reports every gap, and those
that the audited ``numbering_gap`` entries explain exactly are taken out of the report here.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.domain.errors import DatabaseError
from crmdesk.services.audit import verify_audit
from crmdesk.services.sales.verification import verify_documents
from crmdesk.services.sales.verification import verify_file as verify_documents_file
from crmdesk.services.sales.views import ChainReport
from crmdesk.storage.engine import Database
from crmdesk.storage.models import AuditEntry, Invoice, NumberSeries


def verify_database(db: Database) -> ChainReport:
    """Documents and audit log of an open database."""
    report = verify_documents(db)
    with db.read_session() as session:
        return _with_audit(report, session)


def verify_file(path: Path) -> ChainReport:
    """Documents and audit log of a file, read-only and without the lock (works while the app is open)."""
    report = verify_documents_file(path)  # refuses folders, foreign files and other schemas first
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    try:
        with Session(engine) as session:
            return _with_audit(report, session)
    except OperationalError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.orig}") from exc
    finally:
        engine.dispose()


def _with_audit(report: ChainReport, session: Session) -> ChainReport:
    audit_problems = verify_audit(session)
    explained = _explained_prefixes(session) if not audit_problems else set()
    kept = tuple(p for p in report.problems if not any(p.startswith(prefix) for prefix in explained))
    return ChainReport(
        checked=report.checked,
        series=report.series,
        problems=kept + tuple(f"audit log: {p}" for p in audit_problems),
    )


def _explained_prefixes(session: Session) -> set[str]:
    """Report prefixes (``invoice series 2026:``) of series whose gaps the audit log explains exactly."""
    skipped: dict[tuple[str, str], set[int]] = defaultdict(set)
    for details in session.scalars(select(AuditEntry.details).where(AuditEntry.action == "numbering_gap")):
        try:
            data = json.loads(details)
            key = (str(data["series"]), str(data["period"]))
            skipped[key].update(range(int(data["skipped_from"]), int(data["skipped_to"]) + 1))
        except (ValueError, KeyError, TypeError):
            continue
    prefixes: set[str] = set()
    for (series, period), numbers in skipped.items():
        counter = session.scalars(
            select(NumberSeries.last_sequence).where(
                NumberSeries.code == series, NumberSeries.period == period
            )
        ).first()
        rows = session.execute(
            select(Invoice.sequence, Invoice.issue_date).where(
                Invoice.series == series, Invoice.status == InvoiceStatus.ISSUED
            )
        )
        stored = [
            seq or 0 for seq, day in rows if not period or (day is not None and str(day.year) == period)
        ]
        if counter is None or len(stored) != len(set(stored)) or numbers & set(stored):
            continue
        if set(stored) | numbers == set(range(1, counter + 1)):
            prefixes.add(f"{series.replace('_', ' ')} series {period}".rstrip() + ":")
    return prefixes


__all__ = ["verify_database", "verify_file"]
