"""The contact log: calls, emails, meetings, visits, notes, complaints and feedback; follow-ups.

Any interaction can carry a follow-up due instant; the "Today" list shows those due by the end of
the owner's day and the overdue ones. Complaints are open until resolved with a note; feedback has a
1–5 satisfaction score. Lists are paged in SQL (a million entries stay instant).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import ComplaintStatus, Direction, InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.storage.engine import Database
from crmdesk.storage.models import ContactPerson, Customer, Interaction
from crmdesk.storage.types import utc_now

_Named = Select[Interaction, str]
"""An interaction with its customer's name (SQLAlchemy 2.1 typing)."""

MAX_SUBJECT = 200
MAX_PAGE = 1000


@dataclass(frozen=True)
class InteractionDraft:
    """What the owner logs. ``occurred_at`` defaults to now; instants must be timezone-aware."""

    customer_id: int
    kind: InteractionKind
    subject: str = ""
    body: str = ""
    direction: Direction = Direction.OUTBOUND
    occurred_at: datetime | None = None
    contact_person_id: int | None = None
    follow_up_due: datetime | None = None
    satisfaction: int | None = None
    """1–5, feedback only."""
    quote_id: int | None = None
    invoice_id: int | None = None


@dataclass(frozen=True)
class InteractionView:
    id: int
    customer_id: int
    customer_name: str
    kind: InteractionKind
    direction: Direction
    subject: str
    body: str
    occurred_at: datetime
    contact_person_id: int | None
    follow_up_due: datetime | None
    follow_up_done_at: datetime | None
    complaint_status: ComplaintStatus | None
    resolution: str
    satisfaction: int | None
    quote_id: int | None
    invoice_id: int | None

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_due is not None and self.follow_up_done_at is None


@dataclass(frozen=True)
class FollowUpChange:
    """What a follow-up action changed; :meth:`ContactLogService.restore_follow_up` puts it back."""

    interaction_id: int
    before_due: datetime | None
    before_done_at: datetime | None
    after: InteractionView


@dataclass(frozen=True)
class InteractionListQuery:
    """The all-customers contact log: filters applied in SQL; newest first."""

    kinds: tuple[InteractionKind, ...] = ()
    customer_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    """Exclusive upper bound."""
    open_complaints_only: bool = False
    open_follow_ups_only: bool = False


@dataclass(frozen=True)
class InteractionPage:
    rows: tuple[InteractionView, ...]
    offset: int
    total: int


def _require_aware(value: datetime | None, field: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValidationError("The time needs a time zone.", field=field)


def _check(draft: InteractionDraft, session: Session) -> None:
    if session.get(Customer, draft.customer_id) is None:
        raise ValidationError(f"customer {draft.customer_id} does not exist", field="customer_id")
    try:
        InteractionKind(draft.kind)
        Direction(draft.direction)
    except ValueError as exc:
        raise ValidationError(str(exc), field="kind") from None
    if not draft.subject.strip() and not draft.body.strip():
        raise ValidationError("Write a subject or a note.", field="subject")
    if len(draft.subject.strip()) > MAX_SUBJECT:
        raise ValidationError(f"The subject is longer than {MAX_SUBJECT} characters.", field="subject")
    _require_aware(draft.occurred_at, "occurred_at")
    _require_aware(draft.follow_up_due, "follow_up_due")
    if draft.satisfaction is not None:
        if draft.kind is not InteractionKind.FEEDBACK:
            raise ValidationError("Only feedback has a satisfaction score.", field="satisfaction")
        if not 1 <= draft.satisfaction <= 5:
            raise ValidationError("Satisfaction is a score from 1 to 5.", field="satisfaction")
    if draft.contact_person_id is not None:
        person = session.get(ContactPerson, draft.contact_person_id)
        if person is None or person.customer_id != draft.customer_id:
            raise ValidationError(
                "That contact person is not one of this customer's.", field="contact_person_id"
            )


def _view(interaction: Interaction, customer_name: str) -> InteractionView:
    return InteractionView(
        id=interaction.id,
        customer_id=interaction.customer_id,
        customer_name=customer_name,
        kind=interaction.kind,
        direction=interaction.direction,
        subject=interaction.subject,
        body=interaction.body,
        occurred_at=interaction.occurred_at,
        contact_person_id=interaction.contact_person_id,
        follow_up_due=interaction.follow_up_due,
        follow_up_done_at=interaction.follow_up_done_at,
        complaint_status=interaction.complaint_status,
        resolution=interaction.resolution,
        satisfaction=interaction.satisfaction,
        quote_id=interaction.quote_id,
        invoice_id=interaction.invoice_id,
    )


def _views(session: Session, stmt: _Named) -> tuple[InteractionView, ...]:
    return tuple(_view(interaction, name) for interaction, name in session.execute(stmt))


def _with_names() -> _Named:
    return select(Interaction, Customer.name).join(Customer, Customer.id == Interaction.customer_id)


def end_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant after ``day`` in ``zone``: "due today" means due before it."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)


class ContactLogService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- writing -------------------------------------------------------------------------------

    def log(self, draft: InteractionDraft) -> InteractionView:
        """Record an interaction; a complaint starts open."""
        with self._db.write() as session:
            _check(draft, session)
            interaction = Interaction(
                customer_id=draft.customer_id,
                kind=draft.kind,
                direction=draft.direction,
                subject=draft.subject.strip(),
                body=draft.body.strip(),
                occurred_at=draft.occurred_at or utc_now(),
                contact_person_id=draft.contact_person_id,
                follow_up_due=draft.follow_up_due,
                complaint_status=ComplaintStatus.OPEN if draft.kind is InteractionKind.COMPLAINT else None,
                satisfaction=draft.satisfaction,
                quote_id=draft.quote_id,
                invoice_id=draft.invoice_id,
            )
            session.add(interaction)
            session.flush()
            return self._reload(session, interaction.id)

    def edit(self, interaction_id: int, draft: InteractionDraft) -> InteractionView:
        """Save changes to an entry (its complaint status and follow-up state are kept)."""
        with self._db.write() as session:
            interaction = self._get(session, interaction_id)
            _check(draft, session)
            interaction.customer_id = draft.customer_id
            interaction.kind = draft.kind
            interaction.direction = draft.direction
            interaction.subject = draft.subject.strip()
            interaction.body = draft.body.strip()
            interaction.occurred_at = draft.occurred_at or interaction.occurred_at
            interaction.contact_person_id = draft.contact_person_id
            interaction.follow_up_due = draft.follow_up_due
            interaction.satisfaction = draft.satisfaction
            if draft.kind is InteractionKind.COMPLAINT and interaction.complaint_status is None:
                interaction.complaint_status = ComplaintStatus.OPEN
            elif draft.kind is not InteractionKind.COMPLAINT:
                interaction.complaint_status = None
            session.flush()
            return self._reload(session, interaction_id)

    def delete(self, interaction_id: int) -> InteractionView:
        """Delete an entry; returns it as it was (so the UI can offer to log it again)."""
        with self._db.write() as session:
            view = self._reload(session, interaction_id)
            session.delete(self._get(session, interaction_id))
            return view

    def resolve_complaint(self, interaction_id: int, *, resolution: str) -> InteractionView:
        """Close a complaint with a note saying how it was resolved."""
        text = resolution.strip()
        if not text:
            raise ValidationError("Say how the complaint was resolved.", field="resolution")
        with self._db.write() as session:
            interaction = self._get(session, interaction_id)
            if interaction.kind is not InteractionKind.COMPLAINT:
                raise ValidationError("Only a complaint can be resolved.", field="kind")
            interaction.complaint_status = ComplaintStatus.RESOLVED
            interaction.resolution = text
            session.flush()
            return self._reload(session, interaction_id)

    def reopen_complaint(self, interaction_id: int) -> InteractionView:
        with self._db.write() as session:
            interaction = self._get(session, interaction_id)
            if interaction.kind is not InteractionKind.COMPLAINT:
                raise ValidationError("Only a complaint can be reopened.", field="kind")
            interaction.complaint_status = ComplaintStatus.OPEN
            session.flush()
            return self._reload(session, interaction_id)

    def mark_done(self, interaction_id: int, *, at: datetime | None = None) -> FollowUpChange:
        """The follow-up is done; records when."""
        _require_aware(at, "at")
        return self._change_follow_up(interaction_id, done_at=at or utc_now())

    def snooze(self, interaction_id: int, *, until: datetime) -> FollowUpChange:
        """Move the follow-up to a later instant (it becomes open again if it was done)."""
        _require_aware(until, "until")
        return self._change_follow_up(interaction_id, due=until, done_at=None)

    def set_follow_up(self, interaction_id: int, *, due: datetime | None) -> FollowUpChange:
        """Give an entry a follow-up (or take it away with ``None``)."""
        _require_aware(due, "due")
        return self._change_follow_up(interaction_id, due=due, done_at=None)

    def restore_follow_up(self, change: FollowUpChange) -> FollowUpChange:
        """Undo a follow-up action."""
        return self._change_follow_up(
            change.interaction_id, due=change.before_due, done_at=change.before_done_at
        )

    _KEEP: Any = object()

    def _change_follow_up(
        self, interaction_id: int, *, due: Any = _KEEP, done_at: Any = _KEEP
    ) -> FollowUpChange:
        with self._db.write() as session:
            interaction = self._get(session, interaction_id)
            before_due, before_done = interaction.follow_up_due, interaction.follow_up_done_at
            if due is not self._KEEP:
                interaction.follow_up_due = due
            if interaction.follow_up_due is None and done_at is not None and done_at is not self._KEEP:
                raise ValidationError("This entry has no follow-up.", field="follow_up_due")
            if done_at is not self._KEEP:
                interaction.follow_up_done_at = done_at
            session.flush()
            return FollowUpChange(
                interaction_id, before_due, before_done, self._reload(session, interaction_id)
            )

    # --- reading -------------------------------------------------------------------------------

    def get(self, interaction_id: int) -> InteractionView:
        with self._db.read_session() as session:
            return self._reload(session, interaction_id)

    def today(
        self, *, day: date | None = None, zone: tzinfo | None = None, limit: int = 500
    ) -> tuple[InteractionView, ...]:
        """Open follow-ups due today (in ``zone``, default the computer's) and overdue ones, oldest first."""
        local_zone = zone or datetime.now().astimezone().tzinfo
        assert local_zone is not None
        local_day = day or datetime.now(local_zone).date()
        stmt = (
            _with_names()
            .where(Interaction.follow_up_due.is_not(None), Interaction.follow_up_done_at.is_(None))
            .where(Interaction.follow_up_due < end_of_day(local_day, local_zone))
            .order_by(Interaction.follow_up_due, Interaction.id)
            .limit(min(limit, MAX_PAGE))
        )
        with self._db.read_session() as session:
            return _views(session, stmt)

    def page(self, query: InteractionListQuery, *, offset: int = 0, limit: int = 200) -> InteractionPage:
        """One page of the contact log across customers, newest first, with the total for the pager."""
        conditions = _conditions(query)
        stmt = (
            _with_names()
            .where(*conditions)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .offset(max(offset, 0))
            .limit(max(1, min(limit, MAX_PAGE)))
        )
        with self._db.read_session() as session:
            total = session.scalar(select(func.count()).select_from(Interaction).where(*conditions)) or 0
            return InteractionPage(_views(session, stmt), offset, int(total))

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, interaction_id: int) -> Interaction:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None:
            raise NotFoundError(f"contact log entry {interaction_id} does not exist")
        return interaction

    @staticmethod
    def _reload(session: Session, interaction_id: int) -> InteractionView:
        found = _views(session, _with_names().where(Interaction.id == interaction_id))
        if not found:
            raise NotFoundError(f"contact log entry {interaction_id} does not exist")
        return found[0]


def _conditions(query: InteractionListQuery) -> list[ColumnElement[bool]]:
    _require_aware(query.since, "since")
    _require_aware(query.until, "until")
    conditions: list[ColumnElement[bool]] = []
    if query.kinds:
        conditions.append(Interaction.kind.in_(list(query.kinds)))
    if query.customer_id is not None:
        conditions.append(Interaction.customer_id == query.customer_id)
    if query.since is not None:
        conditions.append(Interaction.occurred_at >= query.since)
    if query.until is not None:
        conditions.append(Interaction.occurred_at < query.until)
    if query.open_complaints_only:
        conditions.append(Interaction.complaint_status == ComplaintStatus.OPEN)
    if query.open_follow_ups_only:
        conditions.append(Interaction.follow_up_due.is_not(None))
        conditions.append(Interaction.follow_up_done_at.is_(None))
    return conditions


__all__ = [
    "ContactLogService",
    "FollowUpChange",
    "InteractionDraft",
    "InteractionListQuery",
    "InteractionPage",
    "InteractionView",
    "end_of_day",
]
