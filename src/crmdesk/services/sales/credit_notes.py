"""Credit notes: the only way to correct an issued invoice, in full or in part.

A credit note is stored like an invoice (``kind = 'credit_note'``, its own series ``credit_note``,
``credited_invoice_id`` → the invoice) with **positive** amounts, as printed: its kind says it reduces
what is owed. It is drafted here and issued by :meth:`InvoiceService.issue` (number, hash, freeze).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from crmdesk.domain.documents import credited_discount
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.money import QUANTITY_SCALE, require_decimal
from crmdesk.services.sales.common import local_today, require
from crmdesk.services.sales.documents import invoice_view, replace_lines
from crmdesk.services.sales.lines import ResolvedLine
from crmdesk.services.sales.views import InvoiceView
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Invoice, InvoiceLine


@dataclass(frozen=True)
class CreditLine:
    """Credit ``quantity`` of the invoice line ``invoice_line_id`` (its discount shares pro rata)."""

    invoice_line_id: int
    quantity: Decimal


class CreditNoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_draft(
        self, invoice_id: int, *, lines: Sequence[CreditLine] | None = None, notes: str = ""
    ) -> InvoiceView:
        """A draft credit note for the whole invoice (``lines=None``) or for the given quantities."""
        with self._db.write() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            if invoice.status is not InvoiceStatus.ISSUED or invoice.kind is not InvoiceKind.INVOICE:
                raise ConflictError(
                    "only an issued invoice is corrected by a credit note; edit the draft instead"
                )
            note = Invoice(
                kind=InvoiceKind.CREDIT_NOTE,
                status=InvoiceStatus.DRAFT,
                series="credit_note",
                customer_id=invoice.customer_id,
                credited_invoice_id=invoice.id,
                currency=invoice.currency,
                exchange_rate=invoice.exchange_rate,
                prices_include_tax=invoice.prices_include_tax,
                language=invoice.language,
                channel=invoice.channel,
                notes=notes or f"Credit note for invoice {invoice.number}",
            )
            session.add(note)
            replace_lines(session, note, _credited_lines(session, invoice, lines))
            session.flush()
            return invoice_view(session, note, today=local_today())


def _credited_lines(
    session: Session, invoice: Invoice, wanted: Sequence[CreditLine] | None
) -> list[ResolvedLine]:
    originals = {line.id: line for line in invoice.lines}
    if wanted is None:
        chosen = [(line, line.quantity) for line in invoice.lines]
    else:
        if not wanted:
            raise ValidationError("choose at least one line to credit", field="lines")
        chosen = []
        for part in wanted:
            line = originals.get(part.invoice_line_id)
            if line is None:
                raise ValidationError(
                    f"line {part.invoice_line_id} is not a line of invoice {invoice.number}", field="lines"
                )
            chosen.append((line, part.quantity))
    return [_part(line, quantity) for line, quantity in chosen]


def _part(line: InvoiceLine, quantity: Decimal) -> ResolvedLine:
    quantity = require_decimal(quantity, scale=QUANTITY_SCALE, field="quantity", label="a credited quantity")
    return ResolvedLine(
        product_id=line.product_id,
        description=line.description,
        quantity=quantity,
        unit=line.unit,
        unit_price=line.unit_price,
        discount=credited_discount(
            discount=line.discount, quantity=line.quantity, credited_quantity=quantity
        ),
        tax_rate=line.tax_rate,
        unit_cost=line.unit_cost,
    )


__all__ = ["CreditLine", "CreditNoteService"]
