"""The pipeline: lead → qualified → quoted → won / lost, value, close date, order on the board."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sales_setup import Shop, make_shop

from crmdesk.domain.enums import OpportunityStage as Stage
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services.sales import LineInput, OpportunityDraft, PipelineService, QuoteDraft, QuoteService
from crmdesk.storage.engine import Database


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@pytest.fixture
def pipeline(db: Database) -> PipelineService:
    return PipelineService(db)


def _new(pipeline: PipelineService, shop: Shop, title: str) -> int:
    draft = OpportunityDraft(
        customer_id=shop.ann, title=title, value=D("1200.00"), expected_close=date(2026, 5, 1)
    )
    return pipeline.create(draft).id


def test_stages_follow_the_table(pipeline: PipelineService, shop: Shop) -> None:
    opportunity = _new(pipeline, shop, "Fleet of bikes")
    view = pipeline.get(opportunity)
    assert (view.stage, view.value, view.currency, view.expected_close) == (
        Stage.LEAD,
        D("1200.00"),
        "EUR",
        date(2026, 5, 1),
    )
    with pytest.raises(ConflictError, match="lead opportunity cannot become won"):
        pipeline.move(opportunity, stage=Stage.WON)
    for stage in (Stage.QUALIFIED, Stage.QUOTED, Stage.WON):
        view = pipeline.move(opportunity, stage=stage)
    assert view.stage is Stage.WON and view.closed_at is not None
    with pytest.raises(ConflictError, match="final"):
        pipeline.move(opportunity, stage=Stage.LOST, lost_reason="x")


def test_lost_needs_a_reason_and_can_be_revived(pipeline: PipelineService, shop: Shop) -> None:
    opportunity = _new(pipeline, shop, "Repair contract")
    with pytest.raises(ValidationError, match="why"):
        pipeline.move(opportunity, stage=Stage.LOST)
    lost = pipeline.move(opportunity, stage=Stage.LOST, lost_reason="Went to a competitor")
    assert (lost.lost_reason, lost.closed_at is not None) == ("Went to a competitor", True)
    revived = pipeline.move(opportunity, stage=Stage.LEAD)
    assert (revived.stage, revived.closed_at, revived.lost_reason) == (Stage.LEAD, None, "")


def test_board_columns_keep_their_order(pipeline: PipelineService, shop: Shop) -> None:
    a, b, c = (_new(pipeline, shop, title) for title in ("A", "B", "C"))
    pipeline.move(c, stage=Stage.LEAD, position=0)
    assert [o.title for o in pipeline.board()[Stage.LEAD]] == ["C", "A", "B"]
    pipeline.move(a, stage=Stage.QUALIFIED)
    board = pipeline.board()
    assert [o.title for o in board[Stage.LEAD]] == ["C", "B"]
    assert [o.title for o in board[Stage.QUALIFIED]] == ["A"]
    assert b in {o.id for o in board[Stage.LEAD]}


def test_link_quotes_and_check_input(db: Database, pipeline: PipelineService, shop: Shop) -> None:
    opportunity = _new(pipeline, shop, "Bike")
    quote = QuoteService(db).create_draft(
        QuoteDraft(customer_id=shop.ann, lines=[LineInput(product_id=shop.bike)])
    )
    assert pipeline.link_quote(opportunity, quote.id).quote_ids == (quote.id,)
    with pytest.raises(ValidationError, match="title"):
        pipeline.create(OpportunityDraft(customer_id=shop.ann, title="  "))
    with pytest.raises(ValidationError, match="decimal places"):
        pipeline.create(OpportunityDraft(customer_id=shop.ann, title="x", value=D("1.001")))
    with pytest.raises(NotFoundError):
        pipeline.create(OpportunityDraft(customer_id=999, title="x"))
