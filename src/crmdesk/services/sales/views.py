"""Row views of sales: frozen dataclasses the UI and CLI read (never live ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from crmdesk.domain.documents import to_base_currency
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus, OpportunityStage, PaymentMethod, QuoteStatus
from crmdesk.domain.receivables import Balance, PaymentStatus
from crmdesk.domain.totals import RateTotals, TaxableLine, TaxRounding, document_totals


@dataclass(frozen=True)
class DocumentLineView:
    id: int
    """The stored line's id (what a partial credit note names)."""
    position: int
    product_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    amount: Decimal
    """``quantity × unit_price − discount``, rounded: net, or gross when prices include tax."""


@dataclass(frozen=True)
class QuoteView:
    id: int
    customer_id: int
    customer_name: str
    opportunity_id: int | None
    number: str | None
    revision: int
    previous_revision_id: int | None
    status: QuoteStatus
    issue_date: date
    valid_until: date | None
    currency: str
    exchange_rate: Decimal
    prices_include_tax: bool
    language: str
    notes: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    lines: tuple[DocumentLineView, ...]
    tax_breakdown: tuple[RateTotals, ...]
    invoice_id: int | None
    """The invoice made from this quote, once converted."""

    @property
    def label(self) -> str:
        if self.number is None:
            return f"draft quote {self.id}"
        return self.number if self.revision == 1 else f"{self.number} rev. {self.revision}"


@dataclass(frozen=True)
class QuoteListRow:
    id: int
    number: str | None
    revision: int
    customer_id: int
    customer_name: str
    status: QuoteStatus
    issue_date: date
    valid_until: date | None
    currency: str
    gross_total: Decimal


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    customer_id: int
    customer_name: str
    quote_id: int | None
    credited_invoice_id: int | None
    credited_number: str | None
    series: str
    number: str | None
    sequence: int | None
    issue_date: date | None
    due_date: date | None
    issued_at: datetime | None
    currency: str
    exchange_rate: Decimal
    prices_include_tax: bool
    language: str
    customer_snapshot: str
    """JSON text of the customer as printed (``{}`` on a draft)."""
    notes: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    lines: tuple[DocumentLineView, ...]
    tax_breakdown: tuple[RateTotals, ...]
    content_hash: str | None
    balance: Balance | None
    """For an issued invoice: credited, paid, due, status. ``None`` for drafts and credit notes."""

    @property
    def label(self) -> str:
        what = "credit note" if self.kind is InvoiceKind.CREDIT_NOTE else "invoice"
        return f"{what} {self.number}" if self.number else f"draft {what} {self.id}"


@dataclass(frozen=True)
class IssueResult:
    """What issuing changed: the frozen document, and a warning when the computer's clock looks wrong."""

    invoice: InvoiceView
    warning: str | None


@dataclass(frozen=True)
class InvoiceListRow:
    id: int
    kind: InvoiceKind
    status: InvoiceStatus
    number: str | None
    customer_id: int
    customer_name: str
    issue_date: date | None
    due_date: date | None
    currency: str
    exchange_rate: Decimal
    gross_total: Decimal
    credited: Decimal
    paid: Decimal
    payment_status: PaymentStatus | None
    """``None`` for drafts and credit notes: only issued invoices are owed."""
    days_late: int
    last_reminder_level: int | None
    gross_base: Decimal
    """``gross_total`` in the base currency, with the rate stored on the document."""

    @property
    def amount_due(self) -> Decimal:
        owed = self.gross_total - self.credited - self.paid
        # ``gross × 0`` keeps the currency's places: 0.00, not 0.
        return owed if self.payment_status is not None and owed > 0 else self.gross_total * 0


@dataclass(frozen=True)
class PaymentView:
    id: int
    invoice_id: int
    invoice_number: str | None
    paid_on: date
    amount: Decimal
    currency: str
    method: PaymentMethod
    reference: str


@dataclass(frozen=True)
class PaymentResult:
    """What recording a payment changed: the payment and the invoice's balance after it."""

    payment: PaymentView
    balance: Balance


@dataclass(frozen=True)
class ReminderView:
    interaction_id: int
    invoice_id: int
    invoice_number: str
    level: int
    amount_due: Decimal
    days_late: int


@dataclass(frozen=True)
class CustomerCredit:
    """Overpayments of one customer in one currency."""

    customer_id: int
    currency: str
    amount: Decimal


@dataclass(frozen=True)
class OpportunityView:
    id: int
    customer_id: int
    customer_name: str
    title: str
    stage: OpportunityStage
    value: Decimal
    currency: str
    expected_close: date | None
    closed_at: datetime | None
    lost_reason: str
    position: int
    quote_ids: tuple[int, ...]


@dataclass(frozen=True)
class ChainReport:
    """The result of recomputing the hash chains of issued invoices and credit notes."""

    checked: int
    series: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def line_views(lines: Sequence[TaxableLineRow], *, currency: str) -> tuple[DocumentLineView, ...]:
    totals = document_totals(lines, currency)
    return tuple(
        DocumentLineView(
            id=line.id,
            position=index,
            product_id=line.product_id,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            discount=line.discount,
            tax_rate=line.tax_rate,
            amount=amount,
        )
        for index, (line, amount) in enumerate(zip(lines, totals.line_amounts, strict=True))
    )


def breakdown_of(
    lines: Sequence[TaxableLineRow], *, currency: str, prices_include_tax: bool, rounding: TaxRounding
) -> tuple[RateTotals, ...]:
    return document_totals(lines, currency, prices_include_tax=prices_include_tax, rounding=rounding).by_rate


def in_base(amount: Decimal, *, exchange_rate: Decimal, base_currency: str) -> Decimal:
    return to_base_currency(amount, exchange_rate=exchange_rate, base_currency=base_currency)


class TaxableLineRow(TaxableLine, Protocol):
    """A stored line (quote or invoice line) as the views read it."""

    @property
    def product_id(self) -> int | None: ...

    @property
    def description(self) -> str: ...

    @property
    def unit(self) -> str: ...

    @property
    def id(self) -> int: ...
