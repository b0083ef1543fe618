"""The contact log: every call, email, meeting, visit, complaint and follow-up on one timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crmdesk.domain.enums import ComplaintStatus, Direction, InteractionKind
from crmdesk.storage.models.base import Base, Timestamped, one_of
from crmdesk.storage.models.customers import ContactPerson, Customer
from crmdesk.storage.types import EnumText, UtcDateTime


class Interaction(Timestamped, Base):
    """Something that happened with a customer; optionally a follow-up that comes due."""

    __tablename__ = "interactions"
    __table_args__ = (
        one_of("kind", InteractionKind),
        one_of("direction", Direction),
        one_of("complaint_status", ComplaintStatus),
        CheckConstraint("satisfaction BETWEEN 1 AND 5", name="satisfaction_range"),
        CheckConstraint("reminder_level BETWEEN 1 AND 3", name="reminder_level_range"),
        Index("ix_interactions_customer_timeline", "customer_id", "occurred_at"),
        Index("ix_interactions_occurred_at", "occurred_at"),
        # Partial indexes: the "due today / overdue" list and "has open complaint" filter stay
        # instant with a million log entries, because only the few open ones are indexed.
        Index(
            "ix_interactions_open_follow_ups",
            "follow_up_due",
            sqlite_where=text("follow_up_due IS NOT NULL AND follow_up_done_at IS NULL"),
        ),
        Index(
            "ix_interactions_open_complaints",
            "customer_id",
            sqlite_where=text("complaint_status = 'open'"),
        ),
        Index("ix_interactions_quote_id", "quote_id"),
        Index("ix_interactions_opportunity_id", "opportunity_id"),
        Index("ix_interactions_invoice_id", "invoice_id"),
        Index("ix_interactions_contact_person_id", "contact_person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    kind: Mapped[InteractionKind] = mapped_column(EnumText(InteractionKind))
    direction: Mapped[Direction] = mapped_column(EnumText(Direction), default=Direction.OUTBOUND)
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    follow_up_due: Mapped[datetime | None] = mapped_column(UtcDateTime())
    follow_up_done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    complaint_status: Mapped[ComplaintStatus | None] = mapped_column(EnumText(ComplaintStatus))
    resolution: Mapped[str] = mapped_column(Text, default="")
    """How a complaint was resolved."""
    satisfaction: Mapped[int | None] = mapped_column()
    """1 (very unhappy) … 5 (delighted), when the customer said so."""
    reminder_level: Mapped[int | None] = mapped_column()
    """1, 2, 3 on a payment reminder about ``invoice_id``."""
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))

    customer: Mapped[Customer] = relationship()
    contact_person: Mapped[ContactPerson | None] = relationship()
