"""Quotes: statuses, expiry, revisions with history, catalogue lines, conversion to an invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sales_setup import Shop, make_shop, three_rate_lines
from sqlalchemy import select

from crmdesk.domain.enums import InvoiceStatus, OpportunityStage, QuoteStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.services.sales import (
    InvoiceService,
    LineInput,
    OpportunityDraft,
    PipelineService,
    QuoteDraft,
    QuoteListQuery,
    QuoteService,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.models import InvoiceLine

DAY = date(2026, 3, 2)


@pytest.fixture
def shop(db: Database) -> Shop:
    return make_shop(db)


@pytest.fixture
def quotes(db: Database) -> QuoteService:
    return QuoteService(db)


def _draft(shop: Shop, **changes: object) -> QuoteDraft:
    values: dict[str, object] = {
        "customer_id": shop.ann,
        "issue_date": DAY,
        "valid_until": date(2026, 3, 31),
        "lines": [
            LineInput(product_id=shop.bike, discount=D("50.00")),
            LineInput(product_id=shop.book, quantity=D(2)),
            LineInput(description="Assembly and first service", unit_price=D("35.00"), tax_rate=D(21)),
        ],
    }
    values.update(changes)
    return QuoteDraft(**values)  # type: ignore[arg-type]


def test_catalogue_lines_fill_price_and_tax(quotes: QuoteService, shop: Shop) -> None:
    quote = quotes.create_draft(_draft(shop))
    assert [(li.description, li.unit_price, li.tax_rate, li.amount) for li in quote.lines] == [
        ("City bike", D("450.0000"), D(21), D("400.00")),
        ("Repair manual", D("18.5000"), D(12), D("37.00")),
        ("Assembly and first service", D("35.0000"), D(21), D("35.00")),
    ]
    # 21 %: 435.00 → 91.35; 12 %: 37.00 → 4.44
    assert (quote.net_total, quote.tax_total, quote.gross_total) == (D("472.00"), D("95.79"), D("567.79"))
    assert quote.status is QuoteStatus.DRAFT and quote.number is None


def test_send_numbers_then_accept_and_convert_with_all_lines(
    db: Database, quotes: QuoteService, shop: Shop
) -> None:
    quote = quotes.create_draft(_draft(shop))
    sent = quotes.send(quote.id, today=DAY)
    assert (sent.status, sent.number) == (QuoteStatus.SENT, "Q-2026-0001")
    quotes.accept(quote.id, today=date(2026, 3, 10))
    invoice = quotes.convert_to_invoice(quote.id)
    assert invoice.status is InvoiceStatus.DRAFT and invoice.quote_id == quote.id and invoice.number is None
    assert [
        (li.description, li.quantity, li.unit_price, li.discount, li.tax_rate) for li in invoice.lines
    ] == [(li.description, li.quantity, li.unit_price, li.discount, li.tax_rate) for li in sent.lines]
    assert (invoice.net_total, invoice.tax_total, invoice.gross_total) == (
        sent.net_total,
        sent.tax_total,
        sent.gross_total,
    )
    assert quotes.get(quote.id).invoice_id == invoice.id
    with db.read_session() as session:  # the bike's cost goes with it, for margin reports
        costs = session.scalars(select(InvoiceLine.unit_cost).order_by(InvoiceLine.position)).all()
        assert costs == [D("300.0000"), D("0.0000"), None]
    with pytest.raises(ConflictError, match="already"):
        quotes.convert_to_invoice(quote.id)
    issued = InvoiceService(db).issue(invoice.id, issue_date=date(2026, 3, 10), today=date(2026, 3, 10))
    assert issued.invoice.number == "2026-0001"


def test_only_allowed_moves(quotes: QuoteService, shop: Shop) -> None:
    quote = quotes.create_draft(_draft(shop))
    with pytest.raises(ConflictError, match="draft quote cannot become accepted"):
        quotes.accept(quote.id, today=DAY)
    with pytest.raises(ConflictError, match="only an accepted quote"):
        quotes.convert_to_invoice(quote.id)
    quotes.send(quote.id, today=DAY)
    with pytest.raises(ConflictError, match="new revision"):
        quotes.update_draft(quote.id, _draft(shop))
    quotes.decline(quote.id)
    with pytest.raises(ConflictError):
        quotes.accept(quote.id, today=DAY)


def test_expiry_by_valid_until(quotes: QuoteService, shop: Shop) -> None:
    quote = quotes.create_draft(_draft(shop))
    quotes.send(quote.id, today=DAY)
    with pytest.raises(ConflictError, match="expired on 2026-03-31"):
        quotes.accept(quote.id, today=date(2026, 4, 1))
    assert quotes.expire_due(today=date(2026, 3, 31)) == []
    assert quotes.expire_due(today=date(2026, 4, 1)) == [quote.id]
    assert quotes.get(quote.id).status is QuoteStatus.EXPIRED


def test_a_revision_keeps_the_history(quotes: QuoteService, shop: Shop) -> None:
    first = quotes.create_draft(_draft(shop))
    quotes.send(first.id, today=DAY)
    quotes.decline(first.id)
    second = quotes.revise(first.id, today=date(2026, 3, 5))
    assert (second.number, second.revision, second.previous_revision_id) == ("Q-2026-0001", 2, first.id)
    assert second.status is QuoteStatus.DRAFT and second.valid_until == date(2026, 4, 3)  # same 29 days
    assert len(second.lines) == 3 and second.gross_total == first.gross_total
    cheaper = _draft(shop, issue_date=date(2026, 3, 5), lines=three_rate_lines(shop))
    quotes.update_draft(second.id, cheaper)
    sent = quotes.send(second.id, today=date(2026, 3, 5))
    assert (sent.number, sent.label) == ("Q-2026-0001", "Q-2026-0001 rev. 2")  # no new number
    old = quotes.get(first.id)
    assert old.status is QuoteStatus.DECLINED and old.gross_total == D("567.79")  # kept as it was
    assert [(r.revision, r.status) for r in quotes.history(first.id)] == [
        (1, QuoteStatus.DECLINED),
        (2, QuoteStatus.SENT),
    ]
    assert [r.id for r in quotes.list()] == [second.id]
    assert {r.id for r in quotes.list(QuoteListQuery(all_revisions=True))} == {first.id, second.id}
    with pytest.raises(ConflictError, match="newer revision"):
        quotes.revise(first.id)


def test_quote_moves_its_opportunity(db: Database, quotes: QuoteService, shop: Shop) -> None:
    pipeline = PipelineService(db)
    opportunity = pipeline.create(
        OpportunityDraft(customer_id=shop.ann, title="Bike for the shop", value=D(600))
    )
    pipeline.move(opportunity.id, stage=OpportunityStage.QUALIFIED)
    quote = quotes.create_draft(_draft(shop, opportunity_id=opportunity.id))
    quotes.send(quote.id, today=DAY)
    assert pipeline.get(opportunity.id).stage is OpportunityStage.QUOTED
    quotes.accept(quote.id, today=DAY)
    won = pipeline.get(opportunity.id)
    assert won.stage is OpportunityStage.WON and won.closed_at is not None and won.quote_ids == (quote.id,)


def test_a_quote_needs_valid_input(quotes: QuoteService, shop: Shop) -> None:
    with pytest.raises(ValidationError, match="before its own"):
        quotes.create_draft(_draft(shop, valid_until=date(2026, 3, 1)))
    with pytest.raises(ValidationError, match="priced in EUR"):
        quotes.create_draft(_draft(shop, customer_id=shop.nordic, exchange_rate=D("11.45")))
    with pytest.raises(ValidationError, match="currency"):
        quotes.create_draft(_draft(shop, currency="XXQ"))


def test_a_revision_of_a_sent_quote_expires_the_old_one(quotes: QuoteService, shop: Shop) -> None:
    first = quotes.create_draft(_draft(shop))
    quotes.send(first.id, today=DAY)
    second = quotes.revise(first.id, today=date(2026, 3, 5))
    assert quotes.get(first.id).status is QuoteStatus.EXPIRED  # the customer cannot accept it any more
    with pytest.raises(ConflictError):
        quotes.accept(first.id, today=date(2026, 3, 5))
    quotes.send(second.id, today=date(2026, 3, 5))
    assert quotes.accept(second.id, today=date(2026, 3, 5)).status is QuoteStatus.ACCEPTED
    assert [(r.revision, r.status) for r in quotes.history(second.id)] == [
        (1, QuoteStatus.EXPIRED),
        (2, QuoteStatus.ACCEPTED),
    ]
