"""Multi-select actions on the customers list: archive, unarchive, tag, untag.

Each runs in one transaction for all the selected customers and returns what it changed, so that the
UI can undo it through the service (:meth:`CustomerActions.unarchive`, :meth:`CustomerActions.undo_tag`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Tag, customer_tags
from crmdesk.storage.types import utc_now


@dataclass(frozen=True)
class ArchiveChange:
    """What :meth:`CustomerService.archive` did: which customers it archived, at which instant.

    Give it to :meth:`CustomerService.unarchive` to undo exactly that (customers archived earlier
    stay archived).
    """

    customer_ids: tuple[int, ...]
    archived_at: datetime | None


@dataclass(frozen=True)
class TagChange:
    """What a multi-select tag action did; :meth:`CustomerService.undo_tag` reverses it."""

    tag: str
    added: bool
    customer_ids: tuple[int, ...]
    """The customers whose tags changed (those that already had the tag are not listed)."""


class CustomerActions:
    """Multi-select actions on the customers list: each runs in one transaction and returns what changed."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def archive(self, customer_ids: Sequence[int]) -> ArchiveChange:
        """Archive the given customers (those already archived are left as they are)."""
        ids = _unique(customer_ids)
        now = utc_now()
        with self._db.write() as session:
            _require_all(session.scalars(select(Customer.id).where(Customer.id.in_(ids))), ids)
            changed = tuple(
                session.scalars(
                    select(Customer.id).where(Customer.id.in_(ids), Customer.archived_at.is_(None))
                )
            )
            if changed:
                session.execute(update(Customer).where(Customer.id.in_(changed)).values(archived_at=now))
        return ArchiveChange(changed, now if changed else None)

    def unarchive(self, change: ArchiveChange) -> ArchiveChange:
        """Undo an :meth:`archive`: the customers it archived become active again."""
        if not change.customer_ids or change.archived_at is None:
            return ArchiveChange((), None)
        with self._db.write() as session:
            restored = tuple(
                session.scalars(
                    select(Customer.id).where(
                        Customer.id.in_(change.customer_ids), Customer.archived_at == change.archived_at
                    )
                )
            )
            session.execute(update(Customer).where(Customer.id.in_(restored)).values(archived_at=None))
        return ArchiveChange(restored, change.archived_at)

    def unarchive_ids(self, customer_ids: Sequence[int]) -> tuple[int, ...]:
        """Make archived customers active again (the "Unarchive" action); returns those that changed."""
        ids = _unique(customer_ids)
        with self._db.write() as session:
            changed = tuple(
                session.scalars(
                    select(Customer.id).where(Customer.id.in_(ids), Customer.archived_at.is_not(None))
                )
            )
            session.execute(update(Customer).where(Customer.id.in_(changed)).values(archived_at=None))
        return changed

    def tag(self, customer_ids: Sequence[int], tag: str) -> TagChange:
        """Give every listed customer the tag (created if new)."""
        name = _tag_name(tag)
        ids = _unique(customer_ids)
        with self._db.write() as session:
            _require_all(session.scalars(select(Customer.id).where(Customer.id.in_(ids))), ids)
            tag_id = session.scalar(select(Tag.id).where(func.lower(Tag.name) == name.lower()))
            if tag_id is None:
                new_tag = Tag(name=name)
                session.add(new_tag)
                session.flush()
                tag_id = new_tag.id
            having = set(
                session.scalars(
                    select(customer_tags.c.customer_id).where(
                        customer_tags.c.tag_id == tag_id, customer_tags.c.customer_id.in_(ids)
                    )
                )
            )
            added = tuple(i for i in ids if i not in having)
            if added:
                session.execute(customer_tags.insert(), [{"customer_id": i, "tag_id": tag_id} for i in added])
        return TagChange(name, True, added)

    def untag(self, customer_ids: Sequence[int], tag: str) -> TagChange:
        """Take the tag off every listed customer."""
        name = _tag_name(tag)
        ids = _unique(customer_ids)
        with self._db.write() as session:
            tag_id = session.scalar(select(Tag.id).where(func.lower(Tag.name) == name.lower()))
            if tag_id is None:
                return TagChange(name, False, ())
            removed = tuple(
                session.scalars(
                    select(customer_tags.c.customer_id).where(
                        customer_tags.c.tag_id == tag_id, customer_tags.c.customer_id.in_(ids)
                    )
                )
            )
            session.execute(
                customer_tags.delete().where(
                    customer_tags.c.tag_id == tag_id, customer_tags.c.customer_id.in_(removed)
                )
            )
        return TagChange(name, False, removed)

    def undo_tag(self, change: TagChange) -> TagChange:
        """Reverse a :meth:`tag` or :meth:`untag`."""
        if change.added:
            return self.untag(change.customer_ids, change.tag)
        return self.tag(change.customer_ids, change.tag)

    def tags(self) -> tuple[str, ...]:
        """Every tag name, for the filter and the tag action."""
        with self._db.read_session() as session:
            return tuple(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))


def _tag_name(tag: str) -> str:
    name = " ".join(tag.split())
    if not name:
        raise ValidationError("Enter a tag.", field="tag")
    if len(name) > 60:
        raise ValidationError("A tag is at most 60 characters.", field="tag")
    return name


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def _require_all(found: Iterable[int], wanted: Sequence[int]) -> None:
    missing = set(wanted) - set(found)
    if missing:
        raise NotFoundError(f"customer {min(missing)} does not exist")
