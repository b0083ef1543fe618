"""The numbering guard: the highest number ever issued per series, kept outside the database too.

An issued invoice number must never be given twice, even after the owner restores an older backup
that does not know the newest invoices. So the counters (``number_series``: code, period,
last_sequence) are copied after every issue into ``<db>.numbering.json`` beside the file, and into
every backup manifest. After a restore :func:`apply_guard` raises each counter to the highest value
ever seen, and the skipped numbers are recorded in the audit log with the reason.

The issue hook reads the counters inside the issuing transaction and writes the sidecar right after
the commit (a session ``after_commit`` event): written before it, a crash between the two would leave
the sidecar ahead and create a false gap. A crash after the commit but before the write leaves the
sidecar behind, which the live file's own counters (read at restore time) cover.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InvoiceKind
from crmdesk.domain.errors import CrmError
from crmdesk.services.audit import record
from crmdesk.storage.backup import write_json_atomically
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Invoice, NumberSeries
from crmdesk.storage.types import utc_now

SIDECAR_SUFFIX = ".numbering.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Counter:
    """The last sequence given in one (series, period), and the pattern it was formatted with."""

    code: str
    period: str
    last_sequence: int
    pattern: str


Counters = dict[tuple[str, str], Counter]


@dataclass(frozen=True)
class NumberingGap:
    code: str
    period: str
    database_had: int
    raised_to: int


def sidecar_path(database: Path) -> Path:
    return database.with_name(database.name + SIDECAR_SUFFIX)


def counters_of(session: Session) -> Counters:
    """The counters stored in the database."""
    rows = session.scalars(select(NumberSeries))
    return {(r.code, r.period): Counter(r.code, r.period, r.last_sequence, r.pattern) for r in rows}


def counters_in_file(path: Path) -> Counters:
    """The counters of a closed database file, read-only; empty when it cannot be read."""
    if not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT code, period, last_sequence, pattern FROM number_series").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return {(str(c), str(p)): Counter(str(c), str(p), int(n), str(pat)) for c, p, n, pat in rows}


def merge(*sources: Mapping[tuple[str, str], Counter]) -> Counters:
    """The highest counter of each (series, period) across ``sources``."""
    merged: Counters = {}
    for source in sources:
        for key, counter in source.items():
            if key not in merged or counter.last_sequence > merged[key].last_sequence:
                merged[key] = counter
    return merged


def to_json(counters: Mapping[tuple[str, str], Counter]) -> list[dict[str, Any]]:
    return [
        {"series": c.code, "period": c.period, "last_sequence": c.last_sequence, "pattern": c.pattern}
        for c in sorted(counters.values(), key=lambda c: (c.code, c.period))
    ]


def from_json(items: object) -> Counters:
    """Counters from a manifest or the sidecar; anything malformed is skipped, not trusted."""
    counters: Counters = {}
    if not isinstance(items, list):
        return counters
    for item in items:
        if not isinstance(item, dict):
            continue
        code, period, last, pattern = (
            item.get("series"),
            item.get("period", ""),
            item.get("last_sequence"),
            item.get("pattern", ""),
        )
        if isinstance(code, str) and isinstance(period, str) and isinstance(last, int) and last >= 0:
            counters[(code, period)] = Counter(code, period, last, str(pattern))
    return counters


def load_sidecar(database: Path) -> Counters:
    path = sidecar_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return from_json(data.get("counters") if isinstance(data, dict) else None)


def save_sidecar(database: Path, counters: Mapping[tuple[str, str], Counter]) -> None:
    """Merge ``counters`` into the sidecar (never lowering a value); written atomically."""
    merged = merge(load_sidecar(database), counters)
    write_json_atomically(
        sidecar_path(database),
        {"updated_at": utc_now().isoformat(), "counters": to_json(merged)},
    )


def issue_hook(database: Path) -> Callable[[Session, int], None]:
    """An ``InvoiceService`` issue hook: audit the issue and copy the series' counter to the sidecar."""

    def hook(session: Session, invoice_id: int) -> None:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            return
        credit = invoice.kind is InvoiceKind.CREDIT_NOTE
        record(
            session,
            action="credit_note" if credit else "issue",
            entity_type="invoice",
            entity_id=invoice.id,
            details={
                "number": invoice.number,
                "series": invoice.series,
                "gross_total": invoice.gross_total,
                "currency": invoice.currency,
                "content_hash": invoice.content_hash,
                "credited_invoice_id": invoice.credited_invoice_id,
            },
        )
        counters = {k: c for k, c in counters_of(session).items() if k[0] == invoice.series}

        def after_commit(_session: Session) -> None:
            try:
                save_sidecar(database, counters)
            except CrmError:
                # The invoice is issued; the file copy is the second line of defence, not a reason to fail.
                log.warning("could not update %s", sidecar_path(database), exc_info=True)

        event.listen(session, "after_commit", after_commit, once=True)

    return hook


def guard_on_open(db: Database) -> list[NumberingGap]:
    """Raise counters the sidecar knows to be higher (the file was replaced by an older copy)."""
    highest = load_sidecar(db.path)
    if not highest or db.read_only is not None:  # a read-only file issues nothing: nothing to guard
        return []
    with db.read_session() as session:
        stored = counters_of(session)
    if all(c.last_sequence <= stored.get(k, Counter(*k, 0, "")).last_sequence for k, c in highest.items()):
        return []
    with db.write() as session:
        return apply_guard(
            session,
            highest,
            reason="the file holds fewer numbers than were issued (an older copy was put in its place)",
        )


def apply_guard(
    session: Session, highest: Mapping[tuple[str, str], Counter], *, reason: str
) -> list[NumberingGap]:
    """Raise every counter below ``highest`` to it, in the caller's transaction; audit each gap."""
    stored = {(r.code, r.period): r for r in session.scalars(select(NumberSeries))}
    gaps: list[NumberingGap] = []
    for key, counter in sorted(highest.items()):
        row = stored.get(key)
        had = row.last_sequence if row is not None else 0
        if counter.last_sequence <= had:
            continue
        if row is None:
            session.add(
                NumberSeries(
                    code=counter.code,
                    period=counter.period,
                    pattern=counter.pattern,
                    last_sequence=counter.last_sequence,
                )
            )
        else:
            row.last_sequence = counter.last_sequence
        gap = NumberingGap(counter.code, counter.period, had, counter.last_sequence)
        gaps.append(gap)
        record(
            session,
            action="numbering_gap",
            entity_type="number_series",
            details={
                "series": gap.code,
                "period": gap.period,
                "skipped_from": had + 1,
                "skipped_to": gap.raised_to,
                "reason": reason,
            },
        )
    session.flush()
    return gaps


__all__ = [
    "Counter",
    "Counters",
    "NumberingGap",
    "apply_guard",
    "counters_in_file",
    "counters_of",
    "guard_on_open",
    "issue_hook",
    "load_sidecar",
    "merge",
    "save_sidecar",
    "sidecar_path",
]
