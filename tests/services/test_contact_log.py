"""The contact log through the services: entries, complaints, feedback, follow-ups and the Today list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crmdesk.domain.enums import ComplaintStatus, InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft, InteractionListQuery
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.storage.engine import Database

RIGA = timezone(timedelta(hours=2))


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def customer_id(services: Services) -> int:
    return services.customer_editor.create(CustomerDraft(name="Līga Ozola")).id


def test_follow_up_due_today_appears_in_today_until_done(services: Services, customer_id: int) -> None:
    log = services.contact_log
    today = date(2026, 11, 23)
    due_today = log.log(
        InteractionDraft(
            customer_id=customer_id,
            kind=InteractionKind.CALL,
            subject="Piezvanīt par piedāvājumu",
            follow_up_due=datetime(2026, 11, 23, 23, 30, tzinfo=RIGA),
        )
    )
    overdue = log.log(
        InteractionDraft(
            customer_id=customer_id,
            kind=InteractionKind.EMAIL,
            subject="Send the catalogue",
            follow_up_due=datetime(2026, 11, 20, 9, tzinfo=RIGA),
        )
    )
    log.log(
        InteractionDraft(
            customer_id=customer_id,
            kind=InteractionKind.MEETING,
            subject="Next week",
            follow_up_due=datetime(2026, 11, 24, 0, 0, tzinfo=RIGA),
        )
    )
    log.log(InteractionDraft(customer_id=customer_id, kind=InteractionKind.NOTE, body="No follow-up"))
    listed = log.today(day=today, zone=RIGA)
    assert [i.id for i in listed] == [overdue.id, due_today.id]
    assert listed[0].customer_name == "Līga Ozola"

    done = log.mark_done(due_today.id)
    assert done.after.follow_up_done_at is not None
    assert [i.id for i in log.today(day=today, zone=RIGA)] == [overdue.id]
    log.restore_follow_up(done)
    assert [i.id for i in log.today(day=today, zone=RIGA)] == [overdue.id, due_today.id]

    snoozed = log.snooze(overdue.id, until=datetime(2026, 11, 26, 9, tzinfo=RIGA))
    assert snoozed.before_due == datetime(2026, 11, 20, 7, tzinfo=UTC)
    assert [i.id for i in log.today(day=today, zone=RIGA)] == [due_today.id]


def test_complaint_opens_and_is_resolved_with_a_note(services: Services, customer_id: int) -> None:
    log = services.contact_log
    complaint = log.log(
        InteractionDraft(customer_id=customer_id, kind=InteractionKind.COMPLAINT, subject="Ķēde nokrita")
    )
    assert complaint.complaint_status is ComplaintStatus.OPEN
    assert services.customer_360.summary(customer_id).open_complaints == 1
    with pytest.raises(ValidationError, match="resolved") as caught:
        log.resolve_complaint(complaint.id, resolution="  ")
    assert caught.value.field == "resolution"
    resolved = log.resolve_complaint(complaint.id, resolution="Nomainīta ķēde bez maksas")
    assert resolved.complaint_status is ComplaintStatus.RESOLVED
    assert resolved.resolution == "Nomainīta ķēde bez maksas"
    assert services.customer_360.summary(customer_id).open_complaints == 0
    assert log.page(InteractionListQuery(open_complaints_only=True)).total == 0
    note = log.log(InteractionDraft(customer_id=customer_id, kind=InteractionKind.NOTE, body="x"))
    with pytest.raises(ValidationError, match="Only a complaint"):
        log.resolve_complaint(note.id, resolution="n/a")


def test_feedback_score_is_one_to_five(services: Services, customer_id: int) -> None:
    log = services.contact_log
    ok = log.log(
        InteractionDraft(
            customer_id=customer_id, kind=InteractionKind.FEEDBACK, body="Muy contenta", satisfaction=5
        )
    )
    assert ok.satisfaction == 5
    for bad, kind in (
        (6, InteractionKind.FEEDBACK),
        (0, InteractionKind.FEEDBACK),
        (3, InteractionKind.CALL),
    ):
        with pytest.raises(ValidationError) as caught:
            log.log(InteractionDraft(customer_id=customer_id, kind=kind, body="x", satisfaction=bad))
        assert caught.value.field == "satisfaction"


def test_invalid_entries_are_refused(services: Services, customer_id: int) -> None:
    log = services.contact_log
    with pytest.raises(ValidationError, match="subject or a note"):
        log.log(InteractionDraft(customer_id=customer_id, kind=InteractionKind.CALL))
    with pytest.raises(ValidationError, match="time zone"):
        log.log(
            InteractionDraft(
                customer_id=customer_id,
                kind=InteractionKind.CALL,
                subject="x",
                follow_up_due=datetime(2026, 1, 1),
            )
        )
    with pytest.raises(ValidationError, match="does not exist"):
        log.log(InteractionDraft(customer_id=999, kind=InteractionKind.CALL, subject="x"))
    with pytest.raises(NotFoundError):
        log.mark_done(12345)
    assert log.page(InteractionListQuery()).total == 0


def test_list_across_customers_is_filtered_and_paged(services: Services, customer_id: int) -> None:
    other = services.customer_editor.create(CustomerDraft(name="Fatemeh Ahmadi")).id
    log = services.contact_log
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for day in range(30):
        log.log(
            InteractionDraft(
                customer_id=customer_id if day % 2 else other,
                kind=InteractionKind.CALL if day % 3 else InteractionKind.VISIT,
                subject=f"day {day}",
                occurred_at=start + timedelta(days=day),
            )
        )
    page = log.page(InteractionListQuery(), offset=0, limit=7)
    assert page.total == 30 and len(page.rows) == 7
    assert [r.subject for r in page.rows[:2]] == ["day 29", "day 28"]
    visits = log.page(InteractionListQuery(kinds=(InteractionKind.VISIT,)), limit=100)
    assert visits.total == 10 and all(r.kind is InteractionKind.VISIT for r in visits.rows)
    january_10_to_20 = InteractionListQuery(
        since=start + timedelta(days=10), until=start + timedelta(days=20), customer_id=other
    )
    assert [r.subject for r in log.page(january_10_to_20).rows] == [f"day {d}" for d in (18, 16, 14, 12, 10)]
    last = log.page(InteractionListQuery(), offset=28, limit=7)
    assert [r.subject for r in last.rows] == ["day 1", "day 0"]
