"""Opportunities on the pipeline: lead → qualified → quoted → won / lost, with value and close date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import OpportunityStage
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import MONEY_SCALE, ZERO, require_decimal
from crmdesk.domain.transitions import OPPORTUNITY_TRANSITIONS, check_transition
from crmdesk.services.sales.common import currency_code, require
from crmdesk.services.sales.views import OpportunityView
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Opportunity, Quote
from crmdesk.storage.types import utc_now

CLOSED = (OpportunityStage.WON, OpportunityStage.LOST)


@dataclass(frozen=True)
class OpportunityDraft:
    customer_id: int
    title: str
    value: Decimal = ZERO
    currency: str | None = None
    expected_close: date | None = None


class PipelineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, draft: OpportunityDraft) -> OpportunityView:
        """A new lead, at the end of the lead column."""
        with self._db.write() as session:
            opportunity = Opportunity(stage=OpportunityStage.LEAD)
            _write(session, opportunity, draft)
            opportunity.position = _next_position(session, OpportunityStage.LEAD)
            session.add(opportunity)
            session.flush()
            return _view(session, opportunity)

    def update(self, opportunity_id: int, draft: OpportunityDraft) -> OpportunityView:
        with self._db.write() as session:
            opportunity = require(session, Opportunity, opportunity_id, "opportunity")
            _write(session, opportunity, draft)
            session.flush()
            return _view(session, opportunity)

    def move(
        self,
        opportunity_id: int,
        *,
        stage: OpportunityStage,
        position: int | None = None,
        lost_reason: str = "",
    ) -> OpportunityView:
        """Move to another stage (only along the allowed transitions), or within the column."""
        with self._db.write() as session:
            opportunity = require(session, Opportunity, opportunity_id, "opportunity")
            if stage is not opportunity.stage:
                check_transition(OPPORTUNITY_TRANSITIONS, opportunity.stage, stage, what="opportunity")
                if stage is OpportunityStage.LOST and not lost_reason.strip():
                    raise ValidationError("say why the opportunity was lost", field="lost_reason")
                opportunity.stage = stage
                opportunity.closed_at = utc_now() if stage in CLOSED else None
                opportunity.lost_reason = lost_reason.strip() if stage is OpportunityStage.LOST else ""
                opportunity.position = _next_position(session, stage)
            if position is not None:
                _place(session, opportunity, position)
            session.flush()
            return _view(session, opportunity)

    def link_quote(self, opportunity_id: int, quote_id: int) -> OpportunityView:
        with self._db.write() as session:
            opportunity = require(session, Opportunity, opportunity_id, "opportunity")
            quote = require(session, Quote, quote_id, "quote")
            if quote.customer_id != opportunity.customer_id:
                raise ValidationError("the quote is for another customer", field="quote")
            quote.opportunity_id = opportunity.id
            session.flush()
            return _view(session, opportunity)

    def get(self, opportunity_id: int) -> OpportunityView:
        with self._db.read_session() as session:
            return _view(session, require(session, Opportunity, opportunity_id, "opportunity"))

    def board(self, *, customer_id: int | None = None) -> dict[OpportunityStage, list[OpportunityView]]:
        """Every opportunity by stage, in its column's order (what the board shows)."""
        stmt = select(Opportunity).order_by(Opportunity.stage, Opportunity.position, Opportunity.id)
        if customer_id is not None:
            stmt = stmt.where(Opportunity.customer_id == customer_id)
        board: dict[OpportunityStage, list[OpportunityView]] = {stage: [] for stage in OpportunityStage}
        with self._db.read_session() as session:
            for opportunity in session.scalars(stmt):
                board[opportunity.stage].append(_view(session, opportunity))
        return board


def _write(session: Session, opportunity: Opportunity, draft: OpportunityDraft) -> None:
    customer = require(session, Customer, draft.customer_id, "customer")
    title = draft.title.strip()
    if not title:
        raise ValidationError("an opportunity needs a title", field="title")
    value = require_decimal(draft.value, scale=MONEY_SCALE, field="value", label="the value")
    if value < ZERO:
        raise ValidationError("the value must be 0 or more", field="value")
    opportunity.customer_id = customer.id
    opportunity.title = title
    opportunity.value = value
    opportunity.currency = currency_code(draft.currency or customer.currency)
    opportunity.expected_close = draft.expected_close


def _next_position(session: Session, stage: OpportunityStage) -> int:
    highest = session.scalar(select(func.max(Opportunity.position)).where(Opportunity.stage == stage))
    return (highest if highest is not None else -1) + 1


def _place(session: Session, opportunity: Opportunity, position: int) -> None:
    """Put ``opportunity`` at ``position`` in its column and renumber the column 0, 1, 2…"""
    column = [
        o
        for o in session.scalars(
            select(Opportunity)
            .where(Opportunity.stage == opportunity.stage)
            .order_by(Opportunity.position, Opportunity.id)
        )
        if o.id != opportunity.id
    ]
    column.insert(max(0, min(position, len(column))), opportunity)
    for index, item in enumerate(column):
        item.position = index


def _view(session: Session, opportunity: Opportunity) -> OpportunityView:
    quote_ids = tuple(
        session.scalars(select(Quote.id).where(Quote.opportunity_id == opportunity.id).order_by(Quote.id))
    )
    name = session.scalar(select(Customer.name).where(Customer.id == opportunity.customer_id)) or ""
    return OpportunityView(
        id=opportunity.id,
        customer_id=opportunity.customer_id,
        customer_name=name,
        title=opportunity.title,
        stage=opportunity.stage,
        value=opportunity.value,
        currency=opportunity.currency,
        expected_close=opportunity.expected_close,
        closed_at=opportunity.closed_at,
        lost_reason=opportunity.lost_reason,
        position=opportunity.position,
        quote_ids=quote_ids,
    )


__all__ = ["OpportunityDraft", "PipelineService"]
