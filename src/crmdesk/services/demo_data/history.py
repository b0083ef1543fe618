"""Three years of sales for one demo customer at a time: opportunities, quotes, invoices, credit notes,
payments, the stock sold, and the contact-log entries that go with them.

Invoices and credit notes are written as drafts here; the caller issues them all at the end in the
order of their issue instants, which is what makes the numbers gapless per year *and* in date order
(see :mod:`crmdesk.services.demo`). What the caller needs for that is collected in ``to_issue`` and
``quotes_to_number``; what purchasing needs (units sold per product and week) in ``demand``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from crmdesk.domain.enums import (
    Channel,
    CustomerKind,
    InvoiceKind,
    InvoiceStatus,
    MovementKind,
    OpportunityStage,
    PaymentMethod,
    QuoteStatus,
)
from crmdesk.domain.enums import Direction as D
from crmdesk.domain.enums import InteractionKind as K
from crmdesk.domain.totals import document_totals
from crmdesk.services.demo_data.baskets import Baskets, DemoLine
from crmdesk.services.demo_data.catalogue import (
    EXCHANGE_RATES,
    SERVICE,
    Catalogue,
)
from crmdesk.services.demo_data.contact_log import ContactLog
from crmdesk.services.demo_data.people import DemoCustomer
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.models import (
    Expense,
    Invoice,
    InvoiceLine,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
)

ZERO = Decimal(0)
CENT = Decimal("0.01")
# How busy a bike shop is per month (January … December), in percent of the busiest.
SEASON = (35, 40, 70, 100, 100, 95, 90, 85, 75, 60, 40, 45)
REMINDER_DAYS = ((7, 14), (30, 37), (60, 67))
"""Days after the due date when reminders 1, 2 and 3 go out."""
LOST_REASONS = (
    "Price too high",
    "Bought elsewhere",
    "Postponed to next season",
    "No answer",
    "Chose a used bike",
)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A payment reminder to log once the invoice's number is known."""

    customer_id: int
    invoice_id: int
    at: datetime
    level: int
    amount_due: Decimal
    currency: str
    due_date: date


class SalesHistory:
    """Generates the documents of one customer after another; see the module docstring."""

    def __init__(
        self, rng: random.Random, buffer: RowBuffer, catalogue: Catalogue, log: ContactLog, *, today: date,
        start: date, week0: date,
    ) -> None:  # fmt: skip
        self._rng = rng
        self._buffer = buffer
        self._catalogue = catalogue
        self._log = log
        self.today = today
        self.start = start
        self.week0 = week0
        self.yesterday = today - timedelta(days=1)
        self.now = datetime(today.year, today.month, today.day, tzinfo=UTC)
        weeks = (today - week0).days // 7 + 1
        self.demand: list[list[int]] = [[0] * weeks for _ in catalogue.products]
        self.to_issue: list[tuple[datetime, str, int, int | None]] = []
        """(issue instant, series, invoice id, credited invoice id) of every document to issue."""
        self.quotes_to_number: list[tuple[datetime, tuple[int, ...]]] = []
        """(sent instant, ids of the quote's revisions): one number for all revisions of a quote."""
        self.reminders: list[Reminder] = []
        self.positions: dict[OpportunityStage, int] = dict.fromkeys(OpportunityStage, 0)
        self._add_invoice = buffer.appender(Invoice)
        self._add_invoice_line = buffer.appender(InvoiceLine)
        self._add_quote = buffer.appender(Quote)
        self._add_quote_line = buffer.appender(QuoteLine)
        self._add_payment = buffer.appender(Payment)
        self._add_movement = buffer.appender(StockMovement)
        self._add_opportunity = buffer.appender(Opportunity)
        self._add_expense = buffer.appender(Expense)
        self._baskets = Baskets(rng, catalogue)
        self._customer: DemoCustomer | None = None

    # -- one customer ----------------------------------------------------------------------

    def generate(self, customer: DemoCustomer) -> datetime:
        """Everything that happened with ``customer``; returns the instant of the last activity."""
        rng = self._rng
        log = self._log
        self._customer = customer
        log.start(customer)
        log.first_contact()
        company = customer.kind is CustomerKind.COMPANY
        first = customer.created_at.date()
        for _ in range(rng.choice((1, 1, 2)) if company else int(rng.randrange(100) < 10)):
            self._opportunity(customer)
        # One chance of a purchase per quarter of the customer's life; companies buy more often.
        chance, second = (70, 35) if company else (24, 4)
        slice_start = first
        while slice_start <= self.yesterday:
            slice_end = min(slice_start + timedelta(days=90), self.yesterday)
            if rng.randrange(100) < chance:
                self._sale(customer, self._busy_day(slice_start, slice_end))
            if rng.randrange(100) < second:
                self._sale(customer, self._busy_day(slice_start, slice_end))
            if rng.randrange(100) < 45:
                log.everyday(self._at(self._day_between(slice_start, slice_end)))
            slice_start = slice_end + timedelta(days=1)
        if rng.randrange(100) < 6:
            self._unanswered_quote(customer)
        return log.latest

    # -- documents -------------------------------------------------------------------------

    def _sale(self, customer: DemoCustomer, day: date, basket: str | None = None) -> None:
        rng = self._rng
        if basket is None:
            basket = self._baskets.kind(customer, day)
        lines = self._baskets.lines(customer, basket, day)
        quote_id = None
        if basket == "service" and rng.randrange(100) < 8:
            sent = max(day - timedelta(days=rng.randint(1, 5)), customer.created_at.date())
            quote_id = self._quote(customer, sent, lines, QuoteStatus.ACCEPTED, answered=day)
        self._invoice(customer, day, lines, quote_id=quote_id)

    def _invoice(
        self, customer: DemoCustomer, day: date, lines: list[DemoLine], *, quote_id: int | None
    ) -> None:
        rng = self._rng
        log = self._log
        at = self._at(day)
        invoice_id = self._buffer.next_id(Invoice)
        totals = document_totals(lines, customer.currency)
        draft = (self.today - day).days <= 10 and rng.randrange(100) < 12
        due = day + timedelta(days=customer.payment_terms_days)
        rate = EXCHANGE_RATES[customer.currency]
        self._add_invoice(
            (
                invoice_id, InvoiceKind.INVOICE, InvoiceStatus.DRAFT, customer.id, quote_id, None, "invoice",
                None if draft else day, None if draft else due, customer.currency, rate, False,
                customer.language, customer.channel.value, customer.snapshot, "", totals.net, totals.tax,
                totals.gross, at, at,
            )
        )  # fmt: skip
        self._write_lines(invoice_id, lines, totals.line_amounts)
        if customer.channel is Channel.SHOP or rng.randrange(100) < 40:
            log.log(K.VISIT, D.INBOUND, "Brought the bike in", "Left the bike for the workshop.",
                    at - timedelta(hours=rng.randint(2, 50)), invoice_id=invoice_id)  # fmt: skip
        if draft:
            return
        self.to_issue.append((at, "invoice", invoice_id, None))
        self._move_stock(lines, at, invoice_id, sold=True)
        owed = totals.gross
        credited_on = day + timedelta(days=rng.randint(2, 20))
        if rng.randrange(1000) < 15 and credited_on <= self.yesterday:
            owed -= self._credit_note(customer, credited_on, invoice_id, lines)
        self._payments(customer, invoice_id, day, due, owed)
        roll = rng.randrange(100)
        if roll < 3 and day + timedelta(days=2) <= self.yesterday:
            complaint_day = self._day_between(
                day + timedelta(days=2), min(day + timedelta(days=30), self.yesterday)
            )
            log.complaint(self._at(complaint_day), invoice_id)
        elif roll < 10 and day + timedelta(days=1) <= self.yesterday:
            feedback_day = self._day_between(
                day + timedelta(days=1), min(day + timedelta(days=14), self.yesterday)
            )
            log.feedback(self._at(feedback_day), invoice_id)
        if (
            any(line.product and line.product.spec.role == SERVICE for line in lines)
            and rng.randrange(100) < 30
        ):
            due_at = self._at(day + timedelta(days=330))
            log.follow_up(
                "Remind about the annual service", at, due_at, done_if_past=85, invoice_id=invoice_id
            )
        if customer.channel is Channel.WEB and rng.randrange(100) < 30:
            net = Decimal(rng.randint(450, 1200)).scaleb(-2)
            self._add_expense(
                (
                    self._buffer.next_id(Expense), day, "Shipping", "Omniva parcel to the customer", None,
                    net, (net * 21 / 100).quantize(CENT), "EUR", customer.id, None, at, at,
                )
            )  # fmt: skip

    def _credit_note(
        self, customer: DemoCustomer, day: date, invoice_id: int, lines: list[DemoLine]
    ) -> Decimal:
        """A credit note for the whole invoice or one returned line; returns its gross (positive)."""
        rng = self._rng
        at = self._at(day)
        whole = len(lines) == 1 or rng.randrange(100) < 30
        credited = list(lines) if whole else [rng.choice(lines)]
        totals = document_totals(credited, customer.currency)
        note_id = self._buffer.next_id(Invoice)
        reason = "Invoice cancelled" if whole else f"Returned: {credited[0].description}"
        self._add_invoice(
            (
                note_id, InvoiceKind.CREDIT_NOTE, InvoiceStatus.DRAFT, customer.id, None, invoice_id,
                "credit_note", day, day, customer.currency, EXCHANGE_RATES[customer.currency], False,
                customer.language, customer.channel.value,
                customer.snapshot, reason, totals.net, totals.tax, totals.gross, at, at,
            )
        )  # fmt: skip
        self._write_lines(note_id, credited, totals.line_amounts)
        self.to_issue.append((at, "credit_note", note_id, invoice_id))
        self._move_stock(credited, at, note_id, sold=False)
        self._log.log(K.NOTE, D.INTERNAL, "Credit note issued", reason, at, invoice_id=note_id)
        return totals.gross

    def _write_lines(self, document_id: int, lines: list[DemoLine], amounts: tuple[Decimal, ...]) -> None:
        add = self._add_invoice_line
        next_id = self._buffer.next_id
        for position, (line, amount) in enumerate(zip(lines, amounts, strict=True)):
            product = line.product
            add(
                (
                    next_id(InvoiceLine), document_id, position, product.id if product else None,
                    line.description, line.quantity, line.unit, line.unit_price, line.discount, line.tax_rate,
                    amount, product.spec.cost if product else None,
                )
            )  # fmt: skip

    def _move_stock(self, lines: list[DemoLine], at: datetime, document_id: int, *, sold: bool) -> None:
        week = (at.date() - self.week0).days // 7
        for line in lines:
            product = line.product
            if product is None or not product.is_stock:
                continue
            if sold:
                self.demand[product.index][week] += int(line.quantity)
            self._add_movement(
                (
                    self._buffer.next_id(StockMovement), product.id, at,
                    MovementKind.SOLD if sold else MovementKind.RETURNED,
                    -line.quantity if sold else line.quantity, product.spec.cost,
                    "" if sold else "Returned by the customer", document_id, None, at,
                )
            )  # fmt: skip

    def _payments(self, customer: DemoCustomer, invoice_id: int, day: date, due: date, owed: Decimal) -> None:
        """Payments that never exceed ``owed``; some invoices stay open, some become overdue."""
        rng = self._rng
        if owed <= 0:
            return
        terms = customer.payment_terms_days
        payments: list[tuple[date, Decimal]] = []
        if terms == 0 and rng.randrange(100) < 97:
            payments.append((day, owed))
        else:
            roll = rng.randrange(100)
            paid_on = day + timedelta(days=rng.randint(0, terms + 6))
            if roll < 78 or owed < 10:
                payments.append((paid_on, owed))
            elif roll < 92:
                first = (owed * rng.randint(30, 70) / 100).quantize(CENT)
                payments.append((paid_on, first))
                if roll < 86:
                    payments.append((paid_on + timedelta(days=rng.randint(5, 30)), owed - first))
        if customer.channel is Channel.SHOP:
            method = PaymentMethod.CARD if rng.randrange(100) < 70 else PaymentMethod.CASH
        elif customer.channel is Channel.WEB:
            method = PaymentMethod.CARD
        else:
            method = PaymentMethod.BANK_TRANSFER
        made = [(paid_on, amount) for paid_on, amount in payments if paid_on <= self.yesterday]
        for paid_on, amount in made:
            at = self._at(paid_on)
            payment_id = self._buffer.next_id(Payment)
            self._add_payment(
                (payment_id, invoice_id, paid_on, amount, customer.currency, method, "", "", at, at)
            )
        # Reminders 1, 2 and 3 while the invoice stays overdue (written once the invoice has its number).
        for level, (earliest, latest) in enumerate(REMINDER_DAYS, 1):
            reminder_day = due + timedelta(days=rng.randint(earliest, latest))
            if reminder_day > self.yesterday:
                break
            paid_before = sum((amount for paid_on, amount in made if paid_on < reminder_day), ZERO)
            if paid_before >= owed:
                break
            at = self._at(reminder_day)
            self.reminders.append(
                Reminder(customer.id, invoice_id, at, level, owed - paid_before, customer.currency, due)
            )
            self._log.latest = max(self._log.latest, at)

    def _quote(
        self,
        customer: DemoCustomer,
        day: date,
        lines: list[DemoLine],
        status: QuoteStatus,
        *,
        answered: date | None = None,
        opportunity_id: int | None = None,
    ) -> int:
        """A quote sent on ``day`` (a draft if ``status`` is draft), answered on ``answered``."""
        rng = self._rng
        at = self._at(day)
        previous = None
        revisions: list[int] = []
        if status is QuoteStatus.ACCEPTED and rng.randrange(100) < 10:
            # The customer asked for changes: revision 1 was declined, revision 2 accepted.
            dearer = [
                DemoLine(
                    line.quantity,
                    (line.unit_price * 105 / 100).quantize(CENT),
                    line.discount,
                    line.tax_rate,
                    line.product,
                    line.description,
                    line.unit,
                )
                for line in lines
            ]
            previous = self._quote_row(
                customer, day, dearer, QuoteStatus.DECLINED, 1, None, opportunity_id, at
            )
            revisions.append(previous)
        quote_id = self._quote_row(
            customer, day, lines, status, 2 if previous else 1, previous, opportunity_id,
            self._at(answered) if answered else at,
        )  # fmt: skip
        revisions.append(quote_id)
        if status is not QuoteStatus.DRAFT:
            self.quotes_to_number.append((at, tuple(revisions)))
            self._log.log(K.EMAIL, D.OUTBOUND, "Quote sent", f"Sent a quote for {lines[0].description}.", at,
                          quote_id=quote_id, opportunity_id=opportunity_id)  # fmt: skip
            if status is QuoteStatus.SENT or status is QuoteStatus.EXPIRED:
                self._log.follow_up("Call about the quote", at, at + timedelta(days=7), quote_id=quote_id)
            if answered:
                direction_subject = "Quote accepted" if status is QuoteStatus.ACCEPTED else "Quote declined"
                self._log.log(K.CALL, D.INBOUND, direction_subject, "", self._at(answered), quote_id=quote_id,
                              opportunity_id=opportunity_id)  # fmt: skip
        return quote_id

    def _quote_row(
        self, customer: DemoCustomer, day: date, lines: list[DemoLine], status: QuoteStatus, revision: int,
        previous: int | None, opportunity_id: int | None, changed: datetime,
    ) -> int:  # fmt: skip
        totals = document_totals(lines, customer.currency)
        quote_id = self._buffer.next_id(Quote)
        created = self._at(day)
        self._add_quote(
            (
                quote_id, customer.id, opportunity_id, revision, previous, status, day,
                day + timedelta(days=30), customer.currency, EXCHANGE_RATES[customer.currency], False,
                customer.language, "", totals.net,
                totals.tax, totals.gross, created,
                max(created, changed),
            )
        )  # fmt: skip
        add = self._add_quote_line
        for position, line in enumerate(lines):
            product = line.product
            add(
                (
                    self._buffer.next_id(QuoteLine), quote_id, position, product.id if product else None,
                    line.description, line.quantity, line.unit, line.unit_price, line.discount, line.tax_rate,
                )
            )  # fmt: skip
        return quote_id

    def _unanswered_quote(self, customer: DemoCustomer) -> None:
        """A repair estimate or offer that was declined, expired, is still open, or is a draft."""
        rng = self._rng
        day = self._day_between(customer.created_at.date(), self.yesterday)
        lines = self._baskets.lines(customer, rng.choice(("service", "shop", "bike")), day)
        age = (self.today - day).days
        if age <= 7 and rng.randrange(100) < 40:
            self._quote(customer, day, lines, QuoteStatus.DRAFT)
        elif age <= 30:
            self._quote(customer, day, lines, QuoteStatus.SENT)
        elif rng.randrange(2):
            self._quote(customer, day, lines, QuoteStatus.EXPIRED)
        else:
            answered = min(day + timedelta(days=rng.randint(2, 20)), self.yesterday)
            self._quote(customer, day, lines, QuoteStatus.DECLINED, answered=answered)

    def _opportunity(self, customer: DemoCustomer) -> None:
        rng = self._rng
        log = self._log
        company = customer.kind is CustomerKind.COMPANY
        first = customer.created_at.date()
        if rng.randrange(100) < 35:
            # A live pipeline: about a third of the opportunities are from the last six weeks.
            first = max(first, self.today - timedelta(days=45))
        opened = self._day_between(first, self.yesterday)
        if company and rng.randrange(100) < 60:
            bikes = rng.randint(5, 30)
            title, basket = f"Fleet service contract ({bikes} bikes)", "fleet"
        elif company:
            title, basket = "E-bikes for the team", "bikes"
        else:
            title = rng.choice(("New city bike", "New e-bike", "Bikes for the children", "Road bike upgrade"))
            basket = "bike"
        lines = self._baskets.lines(customer, basket, opened)
        estimate = document_totals(lines, customer.currency).net
        age = (self.today - opened).days
        if age > 45:
            stage = OpportunityStage.WON if rng.randrange(100) < 45 else OpportunityStage.LOST
        else:
            stage = rng.choices(tuple(OpportunityStage), (25, 25, 30, 12, 8))[0]
        opportunity_id = self._buffer.next_id(Opportunity)
        opened_at = self._at(opened)
        kind = K.MEETING if company else K.VISIT
        log.log(
            kind, D.INBOUND, title, "Talked about needs and budget.", opened_at, opportunity_id=opportunity_id
        )
        sent = opened + timedelta(days=rng.randint(1, 7))
        answered = sent + timedelta(days=rng.randint(1, 14))
        if stage in (OpportunityStage.WON, OpportunityStage.LOST) and answered > self.yesterday:
            stage = OpportunityStage.QUOTED
        if stage is OpportunityStage.QUOTED and sent > self.yesterday:
            stage = OpportunityStage.QUALIFIED
        closed_at: datetime | None = None
        expected = self.today + timedelta(days=rng.randint(10, 90))
        lost_reason = ""
        value = estimate
        if stage is OpportunityStage.WON:
            quote_id = self._quote(customer, sent, lines, QuoteStatus.ACCEPTED, answered=answered,
                                   opportunity_id=opportunity_id)  # fmt: skip
            value = document_totals(lines, customer.currency).gross
            invoiced = min(answered + timedelta(days=rng.randint(0, 5)), self.yesterday)
            self._invoice(customer, invoiced, lines, quote_id=quote_id)
            closed_at, expected = self._at(answered), answered
        elif stage is OpportunityStage.LOST:
            lost_reason = rng.choice(LOST_REASONS)
            if rng.randrange(100) < 60:
                self._quote(customer, sent, lines, QuoteStatus.DECLINED, answered=answered,
                            opportunity_id=opportunity_id)  # fmt: skip
            closed_at, expected = self._at(answered), answered
        elif stage is OpportunityStage.QUOTED:
            status = QuoteStatus.SENT if sent + timedelta(days=30) >= self.today else QuoteStatus.EXPIRED
            self._quote(customer, sent, lines, status, opportunity_id=opportunity_id)
        else:
            if stage is OpportunityStage.QUALIFIED and rng.randrange(2):
                # The owner has started the quote but not sent it yet.
                self._quote(customer, min(sent, self.yesterday), lines, QuoteStatus.DRAFT,
                            opportunity_id=opportunity_id)  # fmt: skip
            due = self._at(opened + timedelta(days=rng.randint(3, 21)))
            log.follow_up(
                f"Next step: {title}", opened_at, due, done_if_past=60, opportunity_id=opportunity_id
            )
        self.positions[stage] += 1
        self._add_opportunity(
            (
                opportunity_id, customer.id, title, stage, value, customer.currency, expected, closed_at,
                lost_reason, self.positions[stage], opened_at, closed_at or opened_at,
            )
        )  # fmt: skip

    # -- time ------------------------------------------------------------------------------

    def _at(self, day: date) -> datetime:
        """An instant during opening hours (07:00–17:00 UTC, 9–19 in Rīga) on ``day``."""
        rng = self._rng
        hour, minute, second = rng.randint(7, 16), rng.randrange(60), rng.randrange(60)
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)

    def _day_between(self, first: date, last: date) -> date:
        span = (last - first).days
        return first + timedelta(days=self._rng.randint(0, span)) if span > 0 else first

    def _busy_day(self, first: date, last: date) -> date:
        """A day in ``first … last``, likelier in spring and summer, never a Sunday (the shop is closed)."""
        rng = self._rng
        day = self._day_between(first, last)
        for _ in range(3):
            if rng.randrange(100) < SEASON[day.month - 1]:
                break
            day = self._day_between(first, last)
        if day.weekday() == 6:
            day = day - timedelta(days=1) if day - timedelta(days=1) >= first else day + timedelta(days=1)
            if day > last:
                day = last
        return day
