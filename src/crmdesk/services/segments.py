"""Segments: named groups of customers, as saved filters of the Customers page.

A segment is either one of the RFM segments of the analytics ("Champions", "At risk" …, computed over the
whole history up to today) or a saved :class:`CustomerListQuery` (tag, city, country, open complaint,
overdue follow-up, archived, and optionally an RFM segment too). Saved segments are kept as JSON in the
``settings`` table under :data:`SETTING_KEY`. Membership is always answered in SQL by the customers
service's own filters (``CustomerListQuery.rfm_segment`` included), never by a loop over customers.

``log_campaign`` records one interaction ("Spring offer sent") on every customer of a segment in one
transaction (the search index follows inside it, see ``storage.search_index``); ``export_contacts``
writes their name, email, phone, city and country to a CSV file (UTF-8 with BOM, formula cells
neutralised, written through a temporary file and renamed).
"""

from __future__ import annotations

import csv
import io
import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import Direction, InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services.analytics.customers import Segment
from crmdesk.services.audit import record
from crmdesk.services.contact_log import MAX_SUBJECT
from crmdesk.services.customers import (
    CustomerListQuery,
    CustomerService,
    CustomerSort,
    _filters,
    _spellings_of_city,
)
from crmdesk.services.exporting import neutralise, safe_write_bytes
from crmdesk.storage.bulk import BulkWriter
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Interaction, Setting
from crmdesk.storage.types import utc_now

SETTING_KEY = "customers.segments"
MAX_NAME = 80
CONTACT_HEADERS = ("name", "email", "phone", "city", "country")
ROWS_BATCH = 500
SAVED_FIELDS = (
    "tag",
    "city",
    "country",
    "has_open_complaint",
    "has_overdue_follow_up",
    "include_archived",
    "archived_only",
    "rfm_segment",
)
"""The parts of a :class:`CustomerListQuery` a saved segment keeps (not the search text nor the sort)."""


@dataclass(frozen=True)
class CustomerSegment:
    """A named group of customers: the filters that select them."""

    name: str
    query: CustomerListQuery
    saved: bool = True
    """False for the built-in RFM segments."""

    @property
    def is_rfm(self) -> bool:
        return not self.saved


def rfm_segment(segment: Segment | str) -> CustomerSegment:
    """The built-in segment of one RFM segment name."""
    try:
        chosen = Segment(segment)
    except ValueError:
        raise ValidationError(f"{segment!r} is not an RFM segment", field="segment") from None
    return CustomerSegment(chosen.value, CustomerListQuery(rfm_segment=chosen.value), saved=False)


def segment_filters(query: CustomerListQuery) -> CustomerListQuery:
    """Only what a segment keeps of ``query`` (no search text, default sort)."""
    kept = {name: getattr(query, name) for name in SAVED_FIELDS}
    return CustomerListQuery(**kept)


def _describe(query: CustomerListQuery) -> dict[str, Any]:
    defaults = CustomerListQuery()
    return {
        name: getattr(query, name) for name in SAVED_FIELDS if getattr(query, name) != getattr(defaults, name)
    }


def _from_json(item: object) -> CustomerSegment | None:
    """A stored segment, or ``None`` for an entry this version cannot read (it is kept as it is)."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        return None
    stored = item.get("filters")
    if not isinstance(stored, dict):
        return None
    types = {f.name: f.type for f in fields(CustomerListQuery)}
    kept: dict[str, Any] = {}
    for name in SAVED_FIELDS:
        value = stored.get(name)
        if value is None:
            continue
        wanted = bool if types[name] in ("bool", bool) else str
        if not isinstance(value, wanted):
            return None
        kept[name] = value
    return CustomerSegment(item["name"], CustomerListQuery(**kept))


class SegmentService:
    """Built-in RFM segments and saved filters; members, campaigns and contact exports."""

    def __init__(self, db: Database, customers: CustomerService | None = None) -> None:
        self._db = db
        self._customers = customers or CustomerService(db)

    # --- the list --------------------------------------------------------------------------------

    def rfm_segments(self) -> list[CustomerSegment]:
        return [rfm_segment(segment) for segment in Segment]

    def saved(self) -> list[CustomerSegment]:
        """The saved segments, by name."""
        with self._db.read_session() as session:
            items = _stored(session)
        found = [segment for item in items if (segment := _from_json(item)) is not None]
        return sorted(found, key=lambda s: s.name.casefold())

    def all(self) -> list[CustomerSegment]:
        """The RFM segments, then the saved ones."""
        return [*self.rfm_segments(), *self.saved()]

    def get(self, name: str) -> CustomerSegment:
        """A segment by name (an RFM segment or a saved one)."""
        wanted = name.strip().casefold()
        for segment in self.all():
            if segment.name.casefold() == wanted:
                return segment
        raise NotFoundError(f"there is no segment called {name.strip()!r}")

    def save(self, name: str, query: CustomerListQuery) -> CustomerSegment:
        """Save the filters of ``query`` as ``name`` (a saved segment of that name is replaced)."""
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("Give the segment a name.", field="name")
        if len(clean) > MAX_NAME:
            raise ValidationError(f"A segment name has at most {MAX_NAME} characters.", field="name")
        if any(clean.casefold() == s.value.casefold() for s in Segment):
            raise ValidationError(f"{clean!r} is the name of an RFM segment; choose another.", field="name")
        filters = segment_filters(query)
        if filters.rfm_segment:
            rfm_segment(filters.rfm_segment)  # refuses an unknown name
        if filters == CustomerListQuery():
            raise ValidationError(
                "Choose at least one filter: this segment would hold everyone.", field="filters"
            )
        segment = CustomerSegment(clean, filters)
        with self._db.write() as session:
            items = [
                item
                for item in _stored(session)
                if not (isinstance(item, dict) and str(item.get("name", "")).casefold() == clean.casefold())
            ]
            items.append({"name": clean, "filters": _describe(filters)})
            _store(session, items)
        return segment

    def delete(self, name: str) -> None:
        """Forget a saved segment (the customers are not touched)."""
        wanted = name.strip().casefold()
        with self._db.write() as session:
            items = _stored(session)
            kept = [
                i for i in items if not (isinstance(i, dict) and str(i.get("name", "")).casefold() == wanted)
            ]
            if len(kept) == len(items):
                raise NotFoundError(f"there is no saved segment called {name.strip()!r}")
            _store(session, kept)

    # --- members ---------------------------------------------------------------------------------

    def customer_ids(self, segment: CustomerSegment) -> array[int]:
        """The segment's customers, by name (one SQL statement)."""
        return self._customers.ids(replace(segment.query, search="", sort=CustomerSort.NAME))

    def count(self, segment: CustomerSegment) -> int:
        return len(self.customer_ids(segment))

    def log_campaign(
        self,
        segment: CustomerSegment,
        subject: str,
        *,
        kind: InteractionKind = InteractionKind.EMAIL,
        when: datetime | None = None,
        body: str = "",
    ) -> int:
        """Record one interaction ``subject`` on every customer of ``segment``; return how many.

        One transaction: the members are read and the entries written inside it, so the list cannot
        change in between, and a failure leaves no entry at all.
        """
        text = subject.strip()
        if not text:
            raise ValidationError("Write what was sent (the subject).", field="subject")
        if len(text) > MAX_SUBJECT:
            raise ValidationError(f"The subject is longer than {MAX_SUBJECT} characters.", field="subject")
        if kind in (InteractionKind.COMPLAINT, InteractionKind.FEEDBACK):
            raise ValidationError("A campaign is an email, call, visit, meeting or note.", field="kind")
        if when is not None and (when.tzinfo is None or when.utcoffset() is None):
            raise ValidationError("The time needs a time zone.", field="when")
        occurred = when or utc_now()
        with self._db.write() as session:
            ids = _member_ids(session, segment.query)
            if not ids:
                raise ValidationError(f"The segment {segment.name!r} has no customers.", field="segment")
            columns = ("customer_id", "kind", "direction", "subject", "body", "occurred_at")
            rows = ((cid, kind, Direction.OUTBOUND, text, body.strip(), occurred) for cid in ids)
            written = BulkWriter.of(session).insert(Interaction, columns, rows)
            record(
                session,
                action="campaign",
                entity_type="segment",
                details={"segment": segment.name, "subject": text, "kind": kind.value, "customers": written},
            )
        return written

    def export_contacts(self, segment: CustomerSegment, path: Path) -> int:
        """Write the segment's name, email, phone, city, country to a CSV file; return the rows written."""
        ids = self.customer_ids(segment)

        def write(out: IO[bytes]) -> None:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(CONTACT_HEADERS)
            out.write(buffer.getvalue().encode("utf-8-sig"))
            for start in range(0, len(ids), ROWS_BATCH):
                chunk = ids[start : start + ROWS_BATCH]
                found = self._customers.rows(chunk)
                buffer.seek(0)
                buffer.truncate()
                for cid in chunk:
                    row = found.get(cid)
                    if row is not None:
                        writer.writerow(
                            [neutralise(v) for v in (row.name, row.email, row.phone, row.city, row.country)]
                        )
                out.write(buffer.getvalue().encode("utf-8"))

        safe_write_bytes(path, write)
        with self._db.write() as session:
            record(
                session,
                action="export",
                entity_type="segment",
                details={"segment": segment.name, "rows": len(ids), "path": str(path)},
            )
        return len(ids)


def _member_ids(session: Session, query: CustomerListQuery) -> list[int]:
    stmt = select(Customer.id)
    if query.archived_only:
        stmt = stmt.where(Customer.archived_at.is_not(None))
    elif not query.include_archived:
        stmt = stmt.where(Customer.archived_at.is_(None))
    cities = _spellings_of_city(session, query.city) if query.city.strip() else ()
    for condition in _filters(query, cities):
        stmt = stmt.where(condition)
    return list(session.scalars(stmt.order_by(Customer.id)))


def _stored(session: Session) -> list[Any]:
    raw = session.get(Setting, SETTING_KEY)
    if raw is None:
        return []
    try:
        value = json.loads(raw.value)
    except ValueError:
        return []
    items = value.get("segments") if isinstance(value, dict) else None
    return list(items) if isinstance(items, list) else []


def _store(session: Session, items: Sequence[Any]) -> None:
    value = json.dumps({"version": 1, "segments": list(items)}, ensure_ascii=False)
    stored = session.get(Setting, SETTING_KEY)
    if stored is None:
        session.add(Setting(key=SETTING_KEY, value=value))
    else:
        stored.value = value


__all__ = [
    "CONTACT_HEADERS",
    "SETTING_KEY",
    "CustomerSegment",
    "SegmentService",
    "rfm_segment",
    "segment_filters",
]
