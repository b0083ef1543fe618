"""``crmdesk verify``: recompute the hash chain of every series of issued documents, and their numbering."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased, selectinload

from crmdesk.domain.chain import ChainLink, verify_chain
from crmdesk.domain.documents import document_content
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import DatabaseError
from crmdesk.services.sales.documents import printed_of
from crmdesk.services.sales.views import ChainReport
from crmdesk.storage.engine import Database, FileState, inspect_file
from crmdesk.storage.migrate import head_revision
from crmdesk.storage.models import Invoice, NumberSeries


def verify_documents(db: Database) -> ChainReport:
    """Every problem found: a changed document, a removed or reordered one, a gap or a double number."""
    with db.read_session() as session:
        return _verify(session)


def verify_file(path: Path) -> ChainReport:
    """:func:`verify_documents` on a file opened read-only: works while the app has the file open.

    Like ``crmdesk check`` it takes no lock and writes nothing (not even the WAL mode), so it can
    also run on a copy on read-only media.
    """
    state = inspect_file(path)  # a folder, a foreign or a damaged file: DatabaseError with the reason
    if state is not FileState.CRMDESK:
        raise DatabaseError(f"{path} is not an initialised crmdesk database")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    try:
        with engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one_or_none()
        if stored != head_revision():
            raise DatabaseError(f"{path} has an older or newer schema; run `crmdesk migrate` first")
        with Session(engine) as session:
            return _verify(session)
    except OperationalError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.orig}") from exc
    finally:
        engine.dispose()


def _verify(session: Session) -> ChainReport:
    """Each series' chain in issue order, then its numbering."""
    problems: list[str] = []
    checked = 0
    series_seen: list[str] = []
    for series in _series(session):
        series_seen.append(series)
        links = list(_links(session, series))
        checked += len(links)
        problems.extend(str(problem) for problem in verify_chain(links))
        problems.extend(_numbering_problems(session, series))
    return ChainReport(checked=checked, series=tuple(series_seen), problems=tuple(problems))


def _series(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Invoice.series)
            .where(Invoice.status == InvoiceStatus.ISSUED)
            .distinct()
            .order_by(Invoice.series)
        )
    )


def _label(invoice: Invoice) -> str:
    what = "credit note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice"
    return f"{what} {invoice.number}"


def _links(session: Session, series: str) -> Iterator[ChainLink]:
    credited = aliased(Invoice)
    stmt = (
        select(Invoice, credited.number)
        .outerjoin(credited, credited.id == Invoice.credited_invoice_id)
        .where(Invoice.series == series, Invoice.status == InvoiceStatus.ISSUED)
        .order_by(Invoice.issue_date, Invoice.sequence, Invoice.id)
        .options(selectinload(Invoice.lines))
        .execution_options(yield_per=500)
    )
    for invoice, credited_number in session.execute(stmt):
        label = _label(invoice)
        try:
            content: Mapping[str, object] = document_content(
                printed_of(invoice, credited_number=credited_number)
            )
        except (ValueError, TypeError) as exc:  # a row so damaged it cannot even be read back
            content = {"unreadable": str(exc)}
        yield ChainLink(
            label=label,
            content=content,
            previous_hash=invoice.previous_hash,
            content_hash=invoice.content_hash,
        )


def _numbering_problems(session: Session, series: str) -> list[str]:
    """Each period's sequences run 1, 2, 3… with no gap or double, up to the stored counter."""
    by_period: dict[str, list[int]] = defaultdict(list)
    rows = session.execute(
        select(Invoice.sequence, Invoice.issue_date).where(
            Invoice.series == series, Invoice.status == InvoiceStatus.ISSUED
        )
    )
    counters = {
        row.period: row.last_sequence
        for row in session.execute(
            select(NumberSeries.period, NumberSeries.last_sequence).where(NumberSeries.code == series)
        )
    }
    for sequence, issue_date in rows:
        period = str(issue_date.year) if issue_date is not None and str(issue_date.year) in counters else ""
        by_period[period].append(sequence or 0)
    problems: list[str] = []
    what = series.replace("_", " ")
    for period, sequences in sorted(by_period.items()):
        sequences.sort()
        expected = list(range(1, len(sequences) + 1))
        where = f"{what} series {period}".rstrip()
        if sequences != expected:
            missing = sorted(set(expected) - set(sequences))
            doubled = sorted({s for s in sequences if sequences.count(s) > 1})
            if missing:
                problems.append(f"{where}: number(s) missing from the sequence: {_few(missing)}")
            if doubled:
                problems.append(f"{where}: number(s) given twice: {_few(doubled)}")
            if not missing and not doubled:
                problems.append(f"{where}: the sequence does not run 1, 2, 3…")
        counter = counters.get(period)
        if counter is not None and counter != len(sequences):
            problems.append(
                f"{where}: the counter says {counter} documents were issued, {len(sequences)} are stored"
            )
    return problems


def _few(values: list[int]) -> str:
    shown = ", ".join(str(v) for v in values[:10])
    return shown + (f" and {len(values) - 10} more" if len(values) > 10 else "")


__all__ = ["verify_documents", "verify_file"]
