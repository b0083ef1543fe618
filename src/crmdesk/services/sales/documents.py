"""Writing and reading invoice and credit-note rows: drafts' lines and totals, and their row views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.documents import PrintedDocument, PrintedLine, check_exchange_rate
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.services.sales.common import base_currency, currency_code, require, tax_rounding
from crmdesk.services.sales.lines import LineInput, ResolvedLine, resolve_lines, resolved_of, totals_of
from crmdesk.services.sales.receivables import balance_of
from crmdesk.services.sales.views import InvoiceView, breakdown_of, line_views
from crmdesk.storage.models import Customer, Invoice, InvoiceLine


@dataclass(frozen=True)
class InvoiceDraft:
    """The editable content of a draft invoice. ``None`` means: take it from the customer."""

    customer_id: int
    lines: Sequence[LineInput] = field(default_factory=tuple)
    currency: str | None = None
    exchange_rate: Decimal | None = None
    """Units of ``currency`` per unit of the base currency; required unless it is the base currency."""
    prices_include_tax: bool = False
    due_date: date | None = None
    """Default when issued: issue date + the customer's payment terms."""
    language: str | None = None
    notes: str = ""


def apply_header(session: Session, invoice: Invoice, draft: InvoiceDraft) -> Customer:
    customer = require(session, Customer, draft.customer_id, "customer")
    if customer.archived_at is not None and invoice.customer_id != customer.id:
        raise ValidationError(f"customer {customer.name} is archived", field="customer")
    currency = currency_code(draft.currency or customer.currency)
    invoice.customer_id = customer.id
    invoice.currency = currency
    invoice.exchange_rate = check_exchange_rate(
        currency=currency, base_currency=base_currency(session), exchange_rate=draft.exchange_rate
    )
    invoice.prices_include_tax = draft.prices_include_tax
    invoice.due_date = draft.due_date
    invoice.language = draft.language or customer.language
    invoice.notes = draft.notes
    if invoice.channel is None and customer.channel is not None:
        invoice.channel = customer.channel.value
    return customer


def replace_lines(session: Session, invoice: Invoice, lines: Sequence[ResolvedLine]) -> None:
    """Set a draft's lines and totals (the database refuses this on an issued document)."""
    rounding = tax_rounding(session)
    totals = totals_of(
        lines, currency=invoice.currency, prices_include_tax=invoice.prices_include_tax, rounding=rounding
    )
    invoice.lines.clear()
    session.flush()
    for position, (line, amount) in enumerate(zip(lines, totals.line_amounts, strict=True)):
        invoice.lines.append(
            InvoiceLine(
                position=position,
                product_id=line.product_id,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount=line.discount,
                tax_rate=line.tax_rate,
                net_amount=amount,
                unit_cost=line.unit_cost,
            )
        )
    invoice.net_total = totals.net
    invoice.tax_total = totals.tax
    invoice.gross_total = totals.gross


def refresh_totals(session: Session, invoice: Invoice) -> None:
    """Recompute a draft's line amounts and totals in place (the lines keep their ids)."""
    totals = totals_of(
        stored_lines(invoice),
        currency=invoice.currency,
        prices_include_tax=invoice.prices_include_tax,
        rounding=tax_rounding(session),
    )
    for line, amount in zip(invoice.lines, totals.line_amounts, strict=True):
        if line.net_amount != amount:
            line.net_amount = amount
    invoice.net_total, invoice.tax_total, invoice.gross_total = totals.net, totals.tax, totals.gross


def write_draft(session: Session, invoice: Invoice, draft: InvoiceDraft) -> None:
    apply_header(session, invoice, draft)
    if not draft.lines:
        raise ValidationError("a document needs at least one line", field="lines")
    resolved = resolve_lines(
        session, draft.lines, currency=invoice.currency, prices_include_tax=invoice.prices_include_tax
    )
    replace_lines(session, invoice, resolved)


def stored_lines(invoice: Invoice) -> list[ResolvedLine]:
    return [resolved_of(line) for line in invoice.lines]


def editable(invoice: Invoice) -> Invoice:
    """The draft itself, or :class:`ConflictError` for an issued document."""
    if invoice.status is not InvoiceStatus.DRAFT:
        what = "credit note" if invoice.kind is InvoiceKind.CREDIT_NOTE else "invoice"
        raise ConflictError(
            f"{what} {invoice.number} is issued and cannot be changed; correct it with a credit note"
        )
    return invoice


def printed_of(invoice: Invoice, *, credited_number: str | None) -> PrintedDocument:
    """The printed facts of an issued row: what its hash covers, built the same way to seal and to verify."""
    if invoice.number is None or invoice.sequence is None or invoice.issue_date is None:
        raise ValueError("only an issued document has printed facts")
    return PrintedDocument(
        kind=invoice.kind.value,
        series=invoice.series,
        number=invoice.number,
        sequence=invoice.sequence,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        currency=invoice.currency,
        exchange_rate=invoice.exchange_rate,
        prices_include_tax=invoice.prices_include_tax,
        language=invoice.language,
        customer_snapshot=invoice.customer_snapshot,
        notes=invoice.notes,
        net_total=invoice.net_total,
        tax_total=invoice.tax_total,
        gross_total=invoice.gross_total,
        credited_number=credited_number,
        lines=[
            PrintedLine(
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount=line.discount,
                tax_rate=line.tax_rate,
                net_amount=line.net_amount,
            )
            for line in invoice.lines
        ],
    )


def invoice_view(session: Session, invoice: Invoice, *, today: date) -> InvoiceView:
    lines = list(invoice.lines)
    credited_number = None
    if invoice.credited_invoice_id is not None:
        credited_number = session.execute(
            select(Invoice.number).where(Invoice.id == invoice.credited_invoice_id)
        ).scalar_one_or_none()
    customer_name = session.execute(
        select(Customer.name).where(Customer.id == invoice.customer_id)
    ).scalar_one()
    return InvoiceView(
        id=invoice.id,
        kind=invoice.kind,
        status=invoice.status,
        customer_id=invoice.customer_id,
        customer_name=customer_name,
        quote_id=invoice.quote_id,
        credited_invoice_id=invoice.credited_invoice_id,
        credited_number=credited_number,
        series=invoice.series,
        number=invoice.number,
        sequence=invoice.sequence,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        issued_at=invoice.issued_at,
        currency=invoice.currency,
        exchange_rate=invoice.exchange_rate,
        prices_include_tax=invoice.prices_include_tax,
        language=invoice.language,
        customer_snapshot=invoice.customer_snapshot,
        notes=invoice.notes,
        net_total=invoice.net_total,
        tax_total=invoice.tax_total,
        gross_total=invoice.gross_total,
        lines=line_views(lines, currency=invoice.currency),
        tax_breakdown=breakdown_of(
            lines,
            currency=invoice.currency,
            prices_include_tax=invoice.prices_include_tax,
            rounding=tax_rounding(session),
        ),
        content_hash=invoice.content_hash,
        balance=balance_of(session, invoice, today),
    )


__all__ = [
    "InvoiceDraft",
    "editable",
    "invoice_view",
    "printed_of",
    "refresh_totals",
    "replace_lines",
    "stored_lines",
    "write_draft",
]
