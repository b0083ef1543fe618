"""Sales: opportunities, quotes, invoices and credit notes, payments, tax rates, number series."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crmdesk.domain.enums import (
    InvoiceKind,
    InvoiceStatus,
    OpportunityStage,
    PaymentMethod,
    QuoteStatus,
)
from crmdesk.storage.models.base import Base, Timestamped, one_of
from crmdesk.storage.models.customers import Customer
from crmdesk.storage.types import EnumText, ExchangeRate, Money, Percent, Quantity, UnitPrice, UtcDateTime


class TaxRate(Base):
    __tablename__ = "tax_rates"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("rate >= 0", name="rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    rate: Mapped[Decimal] = mapped_column(Percent())
    """Percent: 21 means 21 %."""
    country: Mapped[str] = mapped_column(String(2), default="")
    is_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class NumberSeries(Base):
    """A numbering series (invoices, credit notes, quotes…) with its last number per period.

    The row for a (series, period) is created and bumped inside the transaction that issues the
    document, so a number is never given twice and never skipped.
    """

    __tablename__ = "number_series"
    __table_args__ = (
        UniqueConstraint("code", "period"),
        CheckConstraint("last_sequence >= 0", name="last_sequence_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    """``invoice``, ``credit_note``, ``quote``, ``purchase_order``, ``delivery_note``."""
    period: Mapped[str] = mapped_column(String(10), default="")
    """The year when the pattern restarts each year, else empty."""
    pattern: Mapped[str] = mapped_column(String(60))
    last_sequence: Mapped[int] = mapped_column(default=0)


class Opportunity(Timestamped, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        one_of("stage", OpportunityStage),
        Index("ix_opportunities_customer_id", "customer_id"),
        Index("ix_opportunities_stage", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    stage: Mapped[OpportunityStage] = mapped_column(EnumText(OpportunityStage), default=OpportunityStage.LEAD)
    value: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    expected_close: Mapped[date | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    """Order within its stage column on the board."""

    customer: Mapped[Customer] = relationship()


class Quote(Timestamped, Base):
    __tablename__ = "quotes"
    __table_args__ = (
        one_of("status", QuoteStatus),
        UniqueConstraint("number", "revision"),
        Index("ix_quotes_customer_id", "customer_id"),
        Index("ix_quotes_status", "status"),
        Index("ix_quotes_opportunity_id", "opportunity_id"),
        Index("ix_quotes_previous_revision_id", "previous_revision_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    number: Mapped[str | None] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(default=1)
    previous_revision_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="SET NULL"))
    status: Mapped[QuoteStatus] = mapped_column(EnumText(QuoteStatus), default=QuoteStatus.DRAFT)
    issue_date: Mapped[date] = mapped_column()
    valid_until: Mapped[date | None] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    exchange_rate: Mapped[Decimal] = mapped_column(ExchangeRate(), default=Decimal(1))
    """Units of this document's currency per unit of the base currency, fixed on the document."""
    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(8), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    net_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )


class QuoteLine(Base):
    __tablename__ = "quote_lines"
    __table_args__ = (
        Index("ix_quote_lines_quote_id", "quote_id"),
        Index("ix_quote_lines_product_id", "product_id"),
        CheckConstraint("tax_rate >= 0", name="tax_rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice())
    discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))

    quote: Mapped[Quote] = relationship(back_populates="lines")


class Invoice(Timestamped, Base):
    """An invoice or a credit note.

    A draft has no number. Issuing gives the number in the same transaction and freezes the row and
    its lines: database triggers (see the initial migration) abort any later UPDATE or DELETE.
    """

    __tablename__ = "invoices"
    __table_args__ = (
        one_of("kind", InvoiceKind),
        one_of("status", InvoiceStatus),
        UniqueConstraint("series", "number"),
        CheckConstraint(
            "(status = 'draft' AND number IS NULL) OR (status = 'issued' AND number IS NOT NULL"
            " AND issue_date IS NOT NULL AND issued_at IS NOT NULL)",
            name="number_iff_issued",
        ),
        CheckConstraint(
            "(kind = 'credit_note') = (credited_invoice_id IS NOT NULL)",
            name="credit_note_references_invoice",
        ),
        Index("ix_invoices_customer_id", "customer_id"),
        Index("ix_invoices_status_due_date", "status", "due_date"),
        Index("ix_invoices_issue_date", "issue_date"),
        Index("ix_invoices_credited_invoice_id", "credited_invoice_id"),
        Index("ix_invoices_quote_id", "quote_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[InvoiceKind] = mapped_column(EnumText(InvoiceKind), default=InvoiceKind.INVOICE)
    status: Mapped[InvoiceStatus] = mapped_column(EnumText(InvoiceStatus), default=InvoiceStatus.DRAFT)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="RESTRICT"))
    credited_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    series: Mapped[str] = mapped_column(String(40), default="invoice")
    number: Mapped[str | None] = mapped_column(String(40))
    sequence: Mapped[int | None] = mapped_column()
    issue_date: Mapped[date | None] = mapped_column()
    due_date: Mapped[date | None] = mapped_column()
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    exchange_rate: Mapped[Decimal] = mapped_column(ExchangeRate(), default=Decimal(1))
    """Units of this document's currency per unit of the base currency, fixed when issued."""
    prices_include_tax: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str] = mapped_column(String(8), default="en")
    channel: Mapped[str | None] = mapped_column(String(20))
    customer_snapshot: Mapped[str] = mapped_column(Text, default="{}")
    """JSON of the customer's name, address and tax id as printed when issued."""
    notes: Mapped[str] = mapped_column(Text, default="")
    net_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of the canonical content, chained to the previous document of the series."""
    previous_hash: Mapped[str | None] = mapped_column(String(64))

    customer: Mapped[Customer] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="invoice", order_by="Payment.paid_on")


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (
        Index("ix_invoice_lines_invoice_id", "invoice_id"),
        Index("ix_invoice_lines_product_id", "product_id"),
        CheckConstraint("tax_rate >= 0", name="tax_rate_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice())
    discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    net_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    unit_cost: Mapped[Decimal | None] = mapped_column(UnitPrice())
    """Average cost of the product when sold: what margin reports use."""

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class Payment(Timestamped, Base):
    __tablename__ = "payments"
    __table_args__ = (
        one_of("method", PaymentMethod),
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_payments_invoice_id", "invoice_id"),
        Index("ix_payments_paid_on", "paid_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    paid_on: Mapped[date] = mapped_column()
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    method: Mapped[PaymentMethod] = mapped_column(
        EnumText(PaymentMethod), default=PaymentMethod.BANK_TRANSFER
    )
    reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    invoice: Mapped[Invoice] = relationship(back_populates="payments")
