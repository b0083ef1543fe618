"""The append-only, hash-chained audit log: who did what to which record, and when.

:func:`record` runs inside the caller's write transaction, so an entry exists exactly when the
action it describes was committed. ``entry_hash = chained_hash(previous_hash, content)`` over the
same canonical JSON as the invoice chain; database triggers refuse UPDATE and DELETE, and
:func:`verify_audit` recomputes the chain, so a removed, edited or reordered entry is reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from crmdesk import __version__
from crmdesk.domain.chain import GENESIS, ChainLink, canonical_json, chained_hash, verify_chain
from crmdesk.storage.engine import Database
from crmdesk.storage.models import AuditEntry
from crmdesk.storage.types import utc_now


@dataclass(frozen=True)
class AuditView:
    id: int
    occurred_at: datetime
    action: str
    entity_type: str
    entity_id: int | None
    details: Mapping[str, Any]
    app_version: str


def record(
    session: Session,
    *,
    action: str,
    entity_type: str = "",
    entity_id: int | None = None,
    details: Mapping[str, Any] | None = None,
) -> int:
    """Append one entry in the caller's transaction; return its id."""
    last = session.scalars(select(AuditEntry.entry_hash).order_by(desc(AuditEntry.id)).limit(1)).first()
    previous = last or GENESIS
    entry = AuditEntry(
        occurred_at=utc_now(),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=canonical_json(details or {}),
        app_version=__version__,
        previous_hash=previous,
        entry_hash="",
    )
    entry.entry_hash = chained_hash(previous, _content(entry))
    session.add(entry)
    session.flush()
    return entry.id


def verify_audit(session: Session) -> list[str]:
    """Every problem in the audit chain, in log order (empty when intact)."""
    return [str(problem) for problem in verify_chain(_links(session))]


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        *,
        action: str,
        entity_type: str = "",
        entity_id: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> int:
        """Append one entry in a transaction of its own (for actions outside any other write)."""
        with self._db.write() as session:
            return record(
                session, action=action, entity_type=entity_type, entity_id=entity_id, details=details
            )

    def recent(self, *, limit: int = 200, action: str | None = None) -> list[AuditView]:
        """The newest entries first."""
        stmt = select(AuditEntry).order_by(desc(AuditEntry.id)).limit(limit)
        if action is not None:
            stmt = stmt.where(AuditEntry.action == action)
        with self._db.read_session() as session:
            return [_view(entry) for entry in session.scalars(stmt)]

    def verify(self) -> list[str]:
        with self._db.read_session() as session:
            return verify_audit(session)


def _content(entry: AuditEntry) -> dict[str, Any]:
    return {
        "occurred_at": entry.occurred_at,
        "action": entry.action,
        "entity_type": entry.entity_type,
        "entity_id": entry.entity_id,
        "details": entry.details,
        "app_version": entry.app_version,
    }


def _links(session: Session) -> Iterator[ChainLink]:
    stmt = select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000)
    for entry in session.scalars(stmt):
        yield ChainLink(
            label=f"audit entry {entry.id} ({entry.action})",
            content=_content(entry),
            previous_hash=entry.previous_hash,
            content_hash=entry.entry_hash,
        )


def _view(entry: AuditEntry) -> AuditView:
    try:
        details = json.loads(entry.details)
    except ValueError:
        details = {"unreadable": entry.details}
    return AuditView(
        id=entry.id,
        occurred_at=entry.occurred_at,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        details=details if isinstance(details, dict) else {"value": details},
        app_version=entry.app_version,
    )


__all__ = ["AuditService", "AuditView", "record", "verify_audit"]
