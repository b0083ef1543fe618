"""Quotes: draft → sent → accepted / declined / expired, revisions, and one step to an invoice.

A quote gets its number (``Q-2026-0001``) when first sent; a revision is a new draft row that keeps
the number, counts ``revision`` up and points at the revision before it, so the history stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import desc, exists, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.documents import check_exchange_rate
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus, OpportunityStage, QuoteStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.transitions import OPPORTUNITY_TRANSITIONS, QUOTE_TRANSITIONS, check_transition
from crmdesk.services.sales.common import (
    allocate_number,
    base_currency,
    currency_code,
    local_today,
    require,
    tax_rounding,
)
from crmdesk.services.sales.documents import invoice_view, replace_lines
from crmdesk.services.sales.lines import LineInput, ResolvedLine, resolve_lines, resolved_of, totals_of
from crmdesk.services.sales.views import InvoiceView, QuoteListRow, QuoteView, breakdown_of, line_views
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Invoice, Opportunity, Product, Quote, QuoteLine
from crmdesk.storage.types import utc_now

DEFAULT_VALIDITY_DAYS = 30


@dataclass(frozen=True)
class QuoteDraft:
    customer_id: int
    lines: Sequence[LineInput] = field(default_factory=tuple)
    currency: str | None = None
    exchange_rate: Decimal | None = None
    prices_include_tax: bool = False
    issue_date: date | None = None
    valid_until: date | None = None
    """Default: 30 days after the issue date."""
    language: str | None = None
    notes: str = ""
    opportunity_id: int | None = None


@dataclass(frozen=True)
class QuoteListQuery:
    status: QuoteStatus | None = None
    customer_id: int | None = None
    all_revisions: bool = False
    """Default: only the latest revision of each quote."""
    limit: int = 500


class QuoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_draft(self, draft: QuoteDraft) -> QuoteView:
        with self._db.write() as session:
            quote = Quote(status=QuoteStatus.DRAFT, revision=1)
            _write(session, quote, draft)
            session.add(quote)
            session.flush()
            return _view(session, quote)

    def update_draft(self, quote_id: int, draft: QuoteDraft) -> QuoteView:
        with self._db.write() as session:
            quote = _draft(require(session, Quote, quote_id, "quote"))
            _write(session, quote, draft)
            session.flush()
            return _view(session, quote)

    def delete_draft(self, quote_id: int) -> int:
        with self._db.write() as session:
            session.delete(_draft(require(session, Quote, quote_id, "quote")))
            return quote_id

    def send(self, quote_id: int, *, today: date | None = None) -> QuoteView:
        """Mark as sent; the first revision gets the next quote number. A quoted opportunity moves on."""
        with self._db.write() as session:
            quote = require(session, Quote, quote_id, "quote")
            check_transition(QUOTE_TRANSITIONS, quote.status, QuoteStatus.SENT, what="quote")
            if not quote.lines:
                raise ValidationError("a quote needs at least one line before it is sent")
            if quote.number is None:
                quote.number, _ = allocate_number(session, series="quote", issued_on=today or local_today())
            quote.status = QuoteStatus.SENT
            _advance_opportunity(session, quote, OpportunityStage.QUOTED)
            session.flush()
            return _view(session, quote)

    def accept(self, quote_id: int, *, today: date | None = None) -> QuoteView:
        """The customer said yes (before the quote expired); its opportunity is won."""
        today = today or local_today()
        with self._db.write() as session:
            quote = require(session, Quote, quote_id, "quote")
            if session.scalar(select(exists().where(Quote.previous_revision_id == quote.id))):
                raise ConflictError(f"quote {quote.number} has a newer revision; accept that one")
            if (
                quote.status is QuoteStatus.SENT
                and quote.valid_until is not None
                and quote.valid_until < today
            ):
                raise ConflictError(
                    f"quote {quote.number} expired on {quote.valid_until.isoformat()}; send a new revision"
                )
            return self._move(session, quote, QuoteStatus.ACCEPTED, OpportunityStage.WON)

    def decline(self, quote_id: int) -> QuoteView:
        with self._db.write() as session:
            quote = require(session, Quote, quote_id, "quote")
            return self._move(session, quote, QuoteStatus.DECLINED, None)

    def expire_due(self, *, today: date | None = None) -> list[int]:
        """Expire every sent quote whose valid-until date has passed; return their ids."""
        today = today or local_today()
        with self._db.write() as session:
            quotes = session.scalars(
                select(Quote).where(Quote.status == QuoteStatus.SENT, Quote.valid_until < today)
            ).all()
            for quote in quotes:
                check_transition(QUOTE_TRANSITIONS, quote.status, QuoteStatus.EXPIRED, what="quote")
                quote.status = QuoteStatus.EXPIRED
            return [quote.id for quote in quotes]

    def revise(self, quote_id: int, *, today: date | None = None) -> QuoteView:
        """A new draft revision of a sent, declined or expired quote; the old revision is kept.

        A sent old revision becomes ``expired`` (it is replaced): it can no longer be accepted.
        """
        today = today or local_today()
        with self._db.write() as session:
            old = require(session, Quote, quote_id, "quote")
            if old.status in (QuoteStatus.DRAFT, QuoteStatus.ACCEPTED):
                raise ConflictError(
                    "edit the draft itself"
                    if old.status is QuoteStatus.DRAFT
                    else "an accepted quote is final"
                )
            newer = session.scalar(select(exists().where(Quote.previous_revision_id == old.id)))
            if newer:
                raise ConflictError(f"quote {old.number} already has a newer revision")
            if old.status is QuoteStatus.SENT:
                # The customer can no longer accept the old revision: the new one replaces it.
                check_transition(QUOTE_TRANSITIONS, old.status, QuoteStatus.EXPIRED, what="quote")
                old.status = QuoteStatus.EXPIRED
            validity = (old.valid_until - old.issue_date).days if old.valid_until else DEFAULT_VALIDITY_DAYS
            new = Quote(
                customer_id=old.customer_id,
                opportunity_id=old.opportunity_id,
                number=old.number,
                revision=old.revision + 1,
                previous_revision_id=old.id,
                status=QuoteStatus.DRAFT,
                issue_date=today,
                valid_until=today + timedelta(days=validity),
                currency=old.currency,
                exchange_rate=old.exchange_rate,
                prices_include_tax=old.prices_include_tax,
                language=old.language,
                notes=old.notes,
            )
            session.add(new)
            _replace_lines(session, new, [resolved_of(line) for line in old.lines])
            session.flush()
            return _view(session, new)

    def convert_to_invoice(self, quote_id: int) -> InvoiceView:
        """A draft invoice with every line of the accepted quote (issue it to give it a number)."""
        with self._db.write() as session:
            quote = require(session, Quote, quote_id, "quote")
            if quote.status is not QuoteStatus.ACCEPTED:
                raise ConflictError(
                    f"only an accepted quote becomes an invoice (this one is {quote.status.value})"
                )
            if session.scalar(select(exists().where(Invoice.quote_id == quote.id))):
                raise ConflictError(f"quote {quote.number} was already turned into an invoice")
            invoice = Invoice(
                kind=InvoiceKind.INVOICE,
                status=InvoiceStatus.DRAFT,
                series="invoice",
                customer_id=quote.customer_id,
                quote_id=quote.id,
                currency=quote.currency,
                exchange_rate=quote.exchange_rate,
                prices_include_tax=quote.prices_include_tax,
                language=quote.language,
                notes=quote.notes,
            )
            customer = require(session, Customer, quote.customer_id, "customer")
            invoice.channel = customer.channel.value if customer.channel else None
            session.add(invoice)
            lines = [
                replace(resolved_of(line), unit_cost=_average_cost(session, line.product_id))
                for line in quote.lines
            ]
            replace_lines(session, invoice, lines)
            session.flush()
            return invoice_view(session, invoice, today=local_today())

    def get(self, quote_id: int) -> QuoteView:
        with self._db.read_session() as session:
            return _view(session, require(session, Quote, quote_id, "quote"))

    def history(self, quote_id: int) -> list[QuoteListRow]:
        """Every revision of the quote, oldest first."""
        with self._db.read_session() as session:
            quote = require(session, Quote, quote_id, "quote")
            chain = [quote]
            while chain[0].previous_revision_id is not None:
                chain.insert(0, require(session, Quote, chain[0].previous_revision_id, "quote"))
            while newer := session.scalars(
                select(Quote).where(Quote.previous_revision_id == chain[-1].id)
            ).first():
                chain.append(newer)
            names = {quote.customer_id: quote.customer.name}
            return [_row(q, names[q.customer_id]) for q in chain]

    def list(self, query: QuoteListQuery | None = None) -> list[QuoteListRow]:
        query = query or QuoteListQuery()
        stmt = (
            select(Quote, Customer.name)
            .join(Customer, Customer.id == Quote.customer_id)
            .order_by(desc(Quote.issue_date), desc(Quote.id))
            .limit(query.limit)
        )
        if not query.all_revisions:
            newer = aliased(Quote)
            stmt = stmt.where(~exists().where(newer.previous_revision_id == Quote.id))
        if query.status is not None:
            stmt = stmt.where(Quote.status == query.status)
        if query.customer_id is not None:
            stmt = stmt.where(Quote.customer_id == query.customer_id)
        with self._db.read_session() as session:
            return [_row(quote, name) for quote, name in session.execute(stmt)]

    def _move(
        self, session: Session, quote: Quote, status: QuoteStatus, stage: OpportunityStage | None
    ) -> QuoteView:
        check_transition(QUOTE_TRANSITIONS, quote.status, status, what="quote")
        quote.status = status
        if stage is not None:
            _advance_opportunity(session, quote, stage)
        session.flush()
        return _view(session, quote)


def _draft(quote: Quote) -> Quote:
    if quote.status is not QuoteStatus.DRAFT:
        raise ConflictError(
            f"quote {quote.number} was {quote.status.value}; make a new revision to change it"
        )
    return quote


def _write(session: Session, quote: Quote, draft: QuoteDraft) -> None:
    customer = require(session, Customer, draft.customer_id, "customer")
    if draft.opportunity_id is not None:
        opportunity = require(session, Opportunity, draft.opportunity_id, "opportunity")
        if opportunity.customer_id != customer.id:
            raise ValidationError("the opportunity belongs to another customer", field="opportunity")
    currency = currency_code(draft.currency or customer.currency)
    quote.customer_id = customer.id
    quote.opportunity_id = draft.opportunity_id
    quote.currency = currency
    quote.exchange_rate = check_exchange_rate(
        currency=currency, base_currency=base_currency(session), exchange_rate=draft.exchange_rate
    )
    quote.prices_include_tax = draft.prices_include_tax
    quote.issue_date = draft.issue_date or local_today()
    quote.valid_until = draft.valid_until or quote.issue_date + timedelta(days=DEFAULT_VALIDITY_DAYS)
    if quote.valid_until < quote.issue_date:
        raise ValidationError("a quote cannot be valid until a date before its own", field="valid_until")
    quote.language = draft.language or customer.language
    quote.notes = draft.notes
    if not draft.lines:
        raise ValidationError("a quote needs at least one line", field="lines")
    resolved = resolve_lines(
        session, draft.lines, currency=currency, prices_include_tax=draft.prices_include_tax
    )
    _replace_lines(session, quote, resolved)


def _replace_lines(session: Session, quote: Quote, lines: Sequence[ResolvedLine]) -> None:
    totals = totals_of(
        lines,
        currency=quote.currency,
        prices_include_tax=quote.prices_include_tax,
        rounding=tax_rounding(session),
    )
    quote.lines.clear()
    session.flush()
    for position, line in enumerate(lines):
        quote.lines.append(
            QuoteLine(
                position=position,
                product_id=line.product_id,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount=line.discount,
                tax_rate=line.tax_rate,
            )
        )
    quote.net_total, quote.tax_total, quote.gross_total = totals.net, totals.tax, totals.gross


def _average_cost(session: Session, product_id: int | None) -> Decimal | None:
    """The product's cost when it is sold (what margin reports use); ``None`` for free-text lines."""
    if product_id is None:
        return None
    product = session.get(Product, product_id)
    return product.average_cost if product is not None else None


def _advance_opportunity(session: Session, quote: Quote, stage: OpportunityStage) -> None:
    """Move the quote's opportunity along when the table allows it (a lead is not forced forward)."""
    if quote.opportunity_id is None:
        return
    opportunity = require(session, Opportunity, quote.opportunity_id, "opportunity")
    if opportunity.stage is stage or stage not in OPPORTUNITY_TRANSITIONS[opportunity.stage]:
        return
    check_transition(OPPORTUNITY_TRANSITIONS, opportunity.stage, stage, what="opportunity")
    opportunity.stage = stage
    if stage in (OpportunityStage.WON, OpportunityStage.LOST):
        opportunity.closed_at = utc_now()


def _view(session: Session, quote: Quote) -> QuoteView:
    lines = list(quote.lines)
    invoice_id = session.scalar(select(Invoice.id).where(Invoice.quote_id == quote.id).limit(1))
    return QuoteView(
        id=quote.id,
        customer_id=quote.customer_id,
        customer_name=quote.customer.name,
        opportunity_id=quote.opportunity_id,
        number=quote.number,
        revision=quote.revision,
        previous_revision_id=quote.previous_revision_id,
        status=quote.status,
        issue_date=quote.issue_date,
        valid_until=quote.valid_until,
        currency=quote.currency,
        exchange_rate=quote.exchange_rate,
        prices_include_tax=quote.prices_include_tax,
        language=quote.language,
        notes=quote.notes,
        net_total=quote.net_total,
        tax_total=quote.tax_total,
        gross_total=quote.gross_total,
        lines=line_views(lines, currency=quote.currency),
        tax_breakdown=breakdown_of(
            lines,
            currency=quote.currency,
            prices_include_tax=quote.prices_include_tax,
            rounding=tax_rounding(session),
        ),
        invoice_id=invoice_id,
    )


def _row(quote: Quote, customer_name: str) -> QuoteListRow:
    return QuoteListRow(
        id=quote.id,
        number=quote.number,
        revision=quote.revision,
        customer_id=quote.customer_id,
        customer_name=customer_name,
        status=quote.status,
        issue_date=quote.issue_date,
        valid_until=quote.valid_until,
        currency=quote.currency,
        gross_total=quote.gross_total,
    )


__all__ = ["QuoteDraft", "QuoteListQuery", "QuoteService"]
