"""Issuing the demo's documents once all of them exist: numbers in date order, sealed in a hash chain.

Each draft invoice and credit note becomes issued with one ``UPDATE`` (the frozen-document triggers
refuse any later change), exactly as the invoice service issues one: the next number of its series
and year (:func:`crmdesk.domain.numbering.format_number`), and ``content_hash`` = SHA-256 of the
previous document's hash and the canonical content (:func:`crmdesk.domain.documents.document_content`)
read back from the stored row and lines, so ``crmdesk verify`` recomputes the same chain.
Quotes get their number when sent; payment reminders, which name the invoice number, come last.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import select

from crmdesk.domain.chain import GENESIS, chained_hash
from crmdesk.domain.documents import PrintedDocument, PrintedLine, document_content
from crmdesk.domain.enums import Direction, InteractionKind, InvoiceStatus
from crmdesk.domain.numbering import DEFAULT_INVOICE_PATTERN, format_number, period_of
from crmdesk.services.demo_data.history import Reminder
from crmdesk.services.demo_data.purchasing import PURCHASE_ORDER_PATTERN
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.bulk import BulkWriter, table_of
from crmdesk.storage.models import Interaction, Invoice, InvoiceLine, Quote

PATTERNS = {
    "invoice": DEFAULT_INVOICE_PATTERN,
    "credit_note": "CN-{year}-{seq:04d}",
    "quote": "Q-{year}-{seq:04d}",
    "purchase_order": PURCHASE_ORDER_PATTERN,
}
"""The number pattern of each series (the invoice service's defaults, and purchase orders')."""

PAGE = 2000
"""Documents read back, sealed and issued at a time."""

Sequences = dict[tuple[str, str], int]
"""The last sequence given per (series, period): what ``number_series`` stores."""


def _pages(items: Sequence[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while page := list(islice(iterator, size)):
        yield page


def issue_documents(
    writer: BulkWriter, to_issue: list[tuple[datetime, str, int, int | None]]
) -> tuple[Sequences, dict[int, str]]:
    """Issue the drafts in order of their issue instant; return the sequences and each document's number."""
    to_issue.sort()
    invoices, lines = table_of(Invoice), table_of(InvoiceLine)
    header = select(
        invoices.c.id, invoices.c.kind, invoices.c.issue_date, invoices.c.due_date, invoices.c.currency,
        invoices.c.exchange_rate, invoices.c.prices_include_tax, invoices.c.language,
        invoices.c.customer_snapshot, invoices.c.notes, invoices.c.net_total, invoices.c.tax_total,
        invoices.c.gross_total,
    )  # fmt: skip
    body = select(
        lines.c.invoice_id, lines.c.description, lines.c.quantity, lines.c.unit, lines.c.unit_price,
        lines.c.discount, lines.c.tax_rate, lines.c.net_amount,
    ).order_by(lines.c.invoice_id, lines.c.position)  # fmt: skip
    sequences: Sequences = defaultdict(int)
    numbers: dict[int, str] = {}
    last_hash: dict[str, str] = {}
    conn = writer.connection
    for page in _pages(to_issue, PAGE):
        ids = [entry[2] for entry in page]
        headers = {row.id: row for row in conn.execute(header.where(invoices.c.id.in_(ids)))}
        printed: dict[int, list[PrintedLine]] = defaultdict(list)
        for line in conn.execute(body.where(lines.c.invoice_id.in_(ids))):
            printed[line.invoice_id].append(
                PrintedLine(
                    description=line.description, quantity=line.quantity, unit=line.unit,
                    unit_price=line.unit_price, discount=line.discount, tax_rate=line.tax_rate,
                    net_amount=line.net_amount,
                )
            )  # fmt: skip
        updates = []
        for issued_at, series, invoice_id, credited_id in page:
            row = headers[invoice_id]
            pattern = PATTERNS[series]
            key = (series, period_of(pattern, row.issue_date))
            sequences[key] += 1
            sequence = sequences[key]
            number = numbers[invoice_id] = format_number(pattern, issued_on=row.issue_date, sequence=sequence)
            document = PrintedDocument(
                kind=row.kind.value, series=series, number=number, sequence=sequence,
                issue_date=row.issue_date, due_date=row.due_date, currency=row.currency,
                exchange_rate=row.exchange_rate, prices_include_tax=row.prices_include_tax,
                language=row.language, customer_snapshot=row.customer_snapshot, notes=row.notes,
                net_total=row.net_total, tax_total=row.tax_total, gross_total=row.gross_total,
                credited_number=numbers[credited_id] if credited_id is not None else None,
                lines=printed[invoice_id],
            )  # fmt: skip
            previous = last_hash.get(series, GENESIS)
            content_hash = last_hash[series] = chained_hash(previous, document_content(document))
            updates.append(
                (
                    InvoiceStatus.ISSUED,
                    number,
                    sequence,
                    issued_at,
                    issued_at,
                    previous,
                    content_hash,
                    invoice_id,
                )
            )
        writer.update(
            Invoice,
            columns=(
                "status",
                "number",
                "sequence",
                "issued_at",
                "updated_at",
                "previous_hash",
                "content_hash",
            ),
            key=("id",),
            rows=updates,
        )
    return dict(sequences), numbers


def number_quotes(writer: BulkWriter, quotes: list[tuple[datetime, tuple[int, ...]]]) -> Sequences:
    """Number the sent quotes in the order they were sent; a revision keeps its quote's number."""
    quotes.sort()
    sequences: Sequences = defaultdict(int)

    def rows() -> Iterator[tuple[Any, ...]]:
        pattern = PATTERNS["quote"]
        for sent_at, revision_ids in quotes:
            key = ("quote", period_of(pattern, sent_at.date()))
            sequences[key] += 1
            number = format_number(pattern, issued_on=sent_at.date(), sequence=sequences[key])
            for quote_id in revision_ids:
                yield number, quote_id

    writer.update(Quote, columns=("number",), key=("id",), rows=rows())
    return dict(sequences)


def write_reminders(buffer: RowBuffer, reminders: list[Reminder], numbers: dict[int, str]) -> None:
    """Payment reminders as the payment service records them: level, invoice number, amount due."""
    add = buffer.appender(Interaction)
    for reminder in reminders:
        number = numbers[reminder.invoice_id]
        days_late = (reminder.at.date() - reminder.due_date).days
        amount = f"{reminder.amount_due} {reminder.currency}"
        body = f"{amount} due since {reminder.due_date} ({days_late} days late)."
        add(
            (
                buffer.next_id(Interaction), reminder.customer_id, None, InteractionKind.EMAIL,
                Direction.OUTBOUND, f"Payment reminder {reminder.level}: invoice {number}", body, reminder.at,
                None, None, None, "", None, reminder.level, None, reminder.invoice_id, None, reminder.at,
                reminder.at,
            )
        )  # fmt: skip
