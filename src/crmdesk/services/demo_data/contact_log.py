"""The contact log of a demo customer: first contact, everyday calls and emails, follow-ups."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from crmdesk.domain.enums import Channel, ComplaintStatus, CustomerKind, Direction, InteractionKind
from crmdesk.services.demo_data.people import DemoCustomer
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.models import Interaction

K = InteractionKind
D = Direction

FIRST_CONTACT = {
    Channel.SHOP: (
        K.VISIT,
        D.INBOUND,
        "First visit to the shop",
        "Came in with a bike that needed a check-up.",
    ),
    Channel.WEB: (K.EMAIL, D.INBOUND, "Enquiry from the web shop", "Asked about delivery times and sizes."),
    Channel.PHONE: (K.CALL, D.INBOUND, "First call", "Called to ask whether we service their brand."),
    Channel.REFERRAL: (K.CALL, D.INBOUND, "Recommended by a customer", "A friend sent them to us."),
    Channel.FAIR: (K.MEETING, D.INBOUND, "Met at the Rīga bike fair", "Talked about e-bikes; left an email."),
    Channel.OTHER: (K.NOTE, D.INTERNAL, "New customer", "Added from a paper order form."),
}

# (kind, direction, subject, body): the small talk of a workshop's year.
EVERYDAY = (
    (K.CALL, D.INBOUND, "Asked about opening hours", "Wanted to know if we are open on Saturday."),
    (K.CALL, D.INBOUND, "Asked whether a part is in stock", "Looking for a 9-speed chain; told them yes."),
    (K.CALL, D.INBOUND, "Asked for a repair estimate", "Rear wheel wobbles; suggested bringing it in."),
    (K.CALL, D.OUTBOUND, "Bike ready for pick-up", "Told them the bike is ready; they come tomorrow."),
    (K.CALL, D.OUTBOUND, "Spare part delayed", "Supplier delay of a week; customer is fine with it."),
    (K.EMAIL, D.INBOUND, "Question about e-bike batteries", "How to store the battery over winter."),
    (K.EMAIL, D.INBOUND, "Asked for an invoice copy", "Sent the PDF again."),
    (K.EMAIL, D.INBOUND, "Photos of a damaged wheel", "Rim looks cracked; recommended a new wheel."),
    (K.EMAIL, D.OUTBOUND, "Spring service offer", "Sent the spring service offer with 10 % off."),
    (K.EMAIL, D.OUTBOUND, "Annual service reminder", "It has been a year since the last service."),
    (K.NOTE, D.INTERNAL, "Prefers Shimano parts", "Do not fit SRAM without asking first."),
    (K.NOTE, D.INTERNAL, "Frame number recorded", "Frame number written on the workshop card."),
    (K.NOTE, D.INTERNAL, "Interested in an e-bike", "Mentioned an e-bike for next season."),
    (K.VISIT, D.INBOUND, "Test ride", "Test-rode two e-bikes; will think about it."),
    (K.VISIT, D.INBOUND, "Tyre pressure check", "Quick check, no charge."),
)
COMPANY_EVERYDAY = (
    (K.MEETING, D.OUTBOUND, "Fleet review meeting", "Went through the fleet list and the damage reports."),
    (K.CALL, D.INBOUND, "Rider reported a flat tyre", "Picked the bike up from their courier hub."),
    (K.EMAIL, D.INBOUND, "Asked for a fleet discount", "Offered 10 % on parts above ten bikes."),
    (K.EMAIL, D.OUTBOUND, "Monthly fleet report", "Sent the list of bikes serviced this month."),
)
FEEDBACK = (
    (5, "Very happy with the service", "Said the bike rides like new."),
    (5, "Thanks for the quick repair", "Needed the bike the same day and got it."),
    (4, "Good service", "Happy, but the waiting time was long."),
    (4, "Happy with the new bike", "Likes the bike; asked about a rear rack."),
    (3, "Mixed feelings", "Repair fine, price higher than expected."),
    (2, "Not satisfied with the waiting time", "Bike took a week longer than promised."),
)
FEEDBACK_WEIGHTS = (30, 20, 20, 15, 10, 5)
COMPLAINTS = (
    ("Brakes squeal after the service", "Rear disc brake squeals since the service."),
    ("Gears skip again", "Chain skips on the small cogs after the repair."),
    ("Wrong tyre size delivered", "Ordered 700x35C, got 700x28C."),
    ("Scratch on the frame", "Noticed a scratch after picking up the bike."),
    ("Invoice amount unclear", "Did not understand the labour line."),
)
RESOLUTIONS = (
    "Fixed free of charge.",
    "Replaced the part under warranty.",
    "Refunded the labour.",
    "Explained the invoice line by line; customer satisfied.",
)


class ContactLog:
    """Appends interaction rows for one customer at a time."""

    def __init__(self, rng: random.Random, buffer: RowBuffer, *, today: date) -> None:
        self._rng = rng
        self._buffer = buffer
        self._add = buffer.appender(Interaction)
        self.today = today
        self.now = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.customer: DemoCustomer | None = None
        self.latest = self.now

    def start(self, customer: DemoCustomer) -> None:
        self.customer = customer
        self.latest = customer.created_at

    def log(
        self,
        kind: InteractionKind,
        direction: Direction,
        subject: str,
        body: str,
        at: datetime,
        *,
        follow_up_due: datetime | None = None,
        follow_up_done_at: datetime | None = None,
        complaint_status: ComplaintStatus | None = None,
        resolution: str = "",
        satisfaction: int | None = None,
        reminder_level: int | None = None,
        quote_id: int | None = None,
        invoice_id: int | None = None,
        opportunity_id: int | None = None,
        updated_at: datetime | None = None,
    ) -> None:
        customer = self.customer
        assert customer is not None
        contact = None
        if customer.contact_ids and self._rng.randrange(100) < 80:
            contact = self._rng.choice(customer.contact_ids)
        changed = updated_at or follow_up_done_at or at
        self._add(
            (
                self._buffer.next_id(Interaction), customer.id, contact, kind, direction, subject, body, at,
                follow_up_due, follow_up_done_at, complaint_status, resolution, satisfaction, reminder_level,
                quote_id, invoice_id, opportunity_id, at, changed,
            )
        )  # fmt: skip
        if changed > self.latest:
            self.latest = changed

    def first_contact(self) -> None:
        customer = self.customer
        assert customer is not None
        kind, direction, subject, body = FIRST_CONTACT[customer.channel]
        self.log(kind, direction, subject, body, customer.created_at)

    def everyday(self, at: datetime) -> None:
        customer = self.customer
        assert customer is not None
        pool = (
            COMPANY_EVERYDAY if customer.kind is CustomerKind.COMPANY and self._rng.randrange(2) else EVERYDAY
        )
        kind, direction, subject, body = self._rng.choice(pool)
        self.log(kind, direction, subject, body, at)

    def follow_up(
        self,
        subject: str,
        at: datetime,
        due: datetime,
        *,
        done_if_past: int = 90,
        quote_id: int | None = None,
        invoice_id: int | None = None,
        opportunity_id: int | None = None,
    ) -> None:
        """A reminder due at ``due``: done (mostly) if past, open if to come; a few recent ones overdue."""
        done = self.done_at(due, done_if_past)
        self.log(
            K.FOLLOW_UP, D.INTERNAL, subject, "", at, follow_up_due=due, follow_up_done_at=done,
            quote_id=quote_id, invoice_id=invoice_id, opportunity_id=opportunity_id,
        )  # fmt: skip

    def done_at(self, due: datetime, done_if_past: int = 90) -> datetime | None:
        """When a follow-up due at ``due`` was done: never if still to come; ``done_if_past`` percent of the
        last six weeks' ones (the rest are overdue); all older ones."""
        if due >= self.now:
            return None
        if (self.now - due).days > 45 or self._rng.randrange(100) < done_if_past:
            return min(due + timedelta(days=self._rng.randint(0, 3)), self.now - timedelta(hours=1))
        return None

    def feedback(self, at: datetime, invoice_id: int) -> None:
        satisfaction, subject, body = self._rng.choices(FEEDBACK, FEEDBACK_WEIGHTS)[0]
        self.log(K.FEEDBACK, D.INBOUND, subject, body, at, satisfaction=satisfaction, invoice_id=invoice_id)

    def complaint(self, at: datetime, invoice_id: int) -> None:
        rng = self._rng
        subject, body = rng.choice(COMPLAINTS)
        age = (self.now - at).days
        # Complaints of the last month are often still open; a few old ones were never closed.
        if rng.randrange(100) < (95 if age > 30 else 40):
            resolved = min(at + timedelta(days=rng.randint(1, 7)), self.now - timedelta(hours=1))
            self.log(
                K.COMPLAINT, D.INBOUND, subject, body, at, complaint_status=ComplaintStatus.RESOLVED,
                resolution=rng.choice(RESOLUTIONS), satisfaction=rng.randint(3, 4), invoice_id=invoice_id,
                updated_at=resolved,
            )  # fmt: skip
        else:
            self.log(
                K.COMPLAINT, D.INBOUND, subject, body, at, complaint_status=ComplaintStatus.OPEN,
                satisfaction=rng.randint(1, 2), invoice_id=invoice_id,
            )  # fmt: skip
            self.follow_up("Call back about the complaint", at, at + timedelta(days=3), invoice_id=invoice_id)
