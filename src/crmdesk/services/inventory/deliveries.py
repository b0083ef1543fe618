"""Delivery notes (shipping notices): what left for a customer, with carrier and tracking number.

Stock moves once per piece of goods (see :mod:`.stock`):
- a note made from an **issued** invoice only records the shipment — the invoice already wrote ``sold``;
- a note made from a **draft** invoice, or with no invoice, takes the goods out when it is shipped
  (``delivery`` movements); issuing that invoice later writes ``sold`` only for what is left.
Drafts have no number; shipping gives one (series ``delivery_note``, default ``DN-2026-0001``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import DeliveryNoteStatus, InvoiceKind, InvoiceStatus, MovementKind, ProductKind
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.money import QUANTITY_SCALE, ZERO, require_decimal
from crmdesk.domain.stock import DELIVERY_NOTE_TRANSITIONS
from crmdesk.domain.transitions import check_transition
from crmdesk.services.inventory.ledger import NewMovement, Shortage, write_movements
from crmdesk.services.sales.common import allocate_number, customer_snapshot, local_today, require
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, DeliveryNote, DeliveryNoteLine, Invoice, Product, StockMovement


@dataclass(frozen=True)
class DeliveryLineInput:
    quantity: Decimal
    product_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class DeliveryLineView:
    id: int
    product_id: int | None
    description: str
    quantity: Decimal


@dataclass(frozen=True)
class DeliveryNoteView:
    id: int
    customer_id: int
    customer_name: str
    invoice_id: int | None
    number: str | None
    status: DeliveryNoteStatus
    shipped_on: date | None
    carrier: str
    tracking_number: str
    notes: str
    moves_stock: bool
    """True when shipping it takes goods out of stock (no issued invoice did so already)."""
    lines: tuple[DeliveryLineView, ...]
    shortages: tuple[Shortage, ...] = ()
    """Set by :meth:`DeliveryNoteService.ship` when it took stock below zero (policy ``warn``)."""


@dataclass(frozen=True)
class DeliveryNoteRow:
    """One line of the delivery note list."""

    id: int
    number: str | None
    status: DeliveryNoteStatus
    customer_name: str
    invoice_number: str | None
    shipped_on: date | None
    carrier: str
    tracking_number: str


@dataclass(frozen=True)
class DeliveryNoteDraft:
    customer_id: int
    lines: Sequence[DeliveryLineInput] = field(default_factory=tuple)
    carrier: str = ""
    tracking_number: str = ""
    notes: str = ""


class DeliveryNoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create_draft(self, draft: DeliveryNoteDraft) -> DeliveryNoteView:
        """A delivery note without an invoice (goods shipped now, billed later or not at all)."""
        with self._db.write() as session:
            customer = require(session, Customer, draft.customer_id, "customer")
            note = DeliveryNote(customer_id=customer.id, status=DeliveryNoteStatus.DRAFT)
            _set_details(
                note, carrier=draft.carrier, tracking_number=draft.tracking_number, notes=draft.notes
            )
            _set_lines(session, note, draft.lines)
            session.add(note)
            session.flush()
            return _view(session, note)

    def create_from_invoice(
        self, invoice_id: int, *, carrier: str = "", tracking_number: str = "", notes: str = ""
    ) -> DeliveryNoteView:
        """A draft note with the invoice's product lines (services are not shipped)."""
        with self._db.write() as session:
            invoice = require(session, Invoice, invoice_id, "invoice")
            if invoice.kind is not InvoiceKind.INVOICE:
                raise ValidationError("a delivery note is made from an invoice, not a credit note")
            products = _stock_ids(session, [line.product_id for line in invoice.lines])
            lines = [
                DeliveryLineInput(
                    quantity=line.quantity, product_id=line.product_id, description=line.description
                )
                for line in invoice.lines
                if line.product_id in products
            ]
            if not lines:
                raise ValidationError("the invoice has no goods to deliver (only services or free text)")
            note = DeliveryNote(customer_id=invoice.customer_id, invoice_id=invoice.id)
            _set_details(note, carrier=carrier, tracking_number=tracking_number, notes=notes)
            _set_lines(session, note, lines)
            session.add(note)
            session.flush()
            return _view(session, note)

    def update_details(
        self, note_id: int, *, carrier: str, tracking_number: str, notes: str = ""
    ) -> DeliveryNoteView:
        """Carrier and tracking often arrive after shipping: they stay editable."""
        with self._db.write() as session:
            note = require(session, DeliveryNote, note_id, "delivery note")
            _set_details(note, carrier=carrier, tracking_number=tracking_number, notes=notes)
            session.flush()
            return _view(session, note)

    def ship(self, note_id: int, *, shipped_on: date | None = None) -> DeliveryNoteView:
        """Number the note and mark it shipped; take its goods out of stock unless an issued invoice did."""
        shipped_on = shipped_on or local_today()
        with self._db.write() as session:
            note = require(session, DeliveryNote, note_id, "delivery note")
            check_transition(
                DELIVERY_NOTE_TRANSITIONS, note.status, DeliveryNoteStatus.SHIPPED, what="delivery note"
            )
            moves = _moves_stock(session, note)  # decided while it is a draft
            note.number, _ = allocate_number(session, series="delivery_note", issued_on=shipped_on)
            note.status = DeliveryNoteStatus.SHIPPED
            note.shipped_on = shipped_on
            note.shipping_snapshot = customer_snapshot(
                session, require(session, Customer, note.customer_id, "customer")
            )
            short: list[Shortage] = []
            if moves:
                products = _stock_ids(session, [line.product_id for line in note.lines])
                rows = session.execute(
                    select(Product.id, Product.average_cost).where(Product.id.in_(products))
                )
                costs = {product_id: cost for product_id, cost in rows}
                short = write_movements(
                    session,
                    [
                        NewMovement(
                            line.product_id,
                            MovementKind.DELIVERY,
                            -line.quantity,
                            unit_cost=costs[line.product_id],
                            reason=f"delivery note {note.number}",
                            delivery_note_id=note.id,
                        )
                        for line in note.lines
                        if line.product_id is not None and line.product_id in products
                    ],
                )
            session.flush()
            return _view(session, note, short)

    def mark_delivered(self, note_id: int) -> DeliveryNoteView:
        with self._db.write() as session:
            note = require(session, DeliveryNote, note_id, "delivery note")
            check_transition(
                DELIVERY_NOTE_TRANSITIONS, note.status, DeliveryNoteStatus.DELIVERED, what="delivery note"
            )
            note.status = DeliveryNoteStatus.DELIVERED
            session.flush()
            return _view(session, note)

    def delete_draft(self, note_id: int) -> int:
        with self._db.write() as session:
            note = require(session, DeliveryNote, note_id, "delivery note")
            if note.status is not DeliveryNoteStatus.DRAFT:
                raise ConflictError(f"delivery note {note.number} is {note.status.value} and is kept")
            session.delete(note)
            return note_id

    def get(self, note_id: int) -> DeliveryNoteView:
        with self._db.read_session() as session:
            return _view(session, require(session, DeliveryNote, note_id, "delivery note"))

    def create_from_invoice_number(self, number: str) -> DeliveryNoteView:
        """:meth:`create_from_invoice` for the issued invoice with this number (as the owner types it)."""
        wanted = number.strip()
        with self._db.read_session() as session:
            invoice_id = session.scalars(
                select(Invoice.id).where(Invoice.number == wanted, Invoice.kind == InvoiceKind.INVOICE)
            ).first()
        if invoice_id is None:
            raise NotFoundError(f"no invoice has the number {wanted!r}")
        return self.create_from_invoice(invoice_id)

    def for_invoice(self, invoice_id: int) -> list[DeliveryNoteView]:
        with self._db.read_session() as session:
            notes = session.scalars(
                select(DeliveryNote).where(DeliveryNote.invoice_id == invoice_id).order_by(DeliveryNote.id)
            )
            return [_view(session, note) for note in notes]

    def list(self, *, status: DeliveryNoteStatus | None = None, limit: int = 1000) -> list[DeliveryNoteRow]:
        """Notes for the list: drafts first, then newest shipped first (one query)."""
        stmt = (
            select(DeliveryNote, Customer.name, Invoice.number)
            .join(Customer, Customer.id == DeliveryNote.customer_id)
            .outerjoin(Invoice, Invoice.id == DeliveryNote.invoice_id)
            .order_by(
                DeliveryNote.shipped_on.is_(None).desc(),
                DeliveryNote.shipped_on.desc(),
                DeliveryNote.id.desc(),
            )
            .limit(limit)
        )
        if status is not None:
            stmt = stmt.where(DeliveryNote.status == status)
        with self._db.read_session() as session:
            return [
                DeliveryNoteRow(
                    note.id,
                    note.number,
                    note.status,
                    customer,
                    invoice,
                    note.shipped_on,
                    note.carrier,
                    note.tracking_number,
                )
                for note, customer, invoice in session.execute(stmt)
            ]


def _stock_ids(session: Session, ids: Sequence[int | None]) -> set[int]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return set()
    return set(
        session.scalars(select(Product.id).where(Product.id.in_(wanted), Product.kind == ProductKind.PRODUCT))
    )


def _moves_stock(session: Session, note: DeliveryNote) -> bool:
    if note.status is not DeliveryNoteStatus.DRAFT:
        # Once shipped, the ledger says whether it did.
        return bool(
            session.execute(
                select(func.count()).where(StockMovement.delivery_note_id == note.id)
            ).scalar_one()
        )
    if note.invoice_id is None:
        return True
    status = session.execute(select(Invoice.status).where(Invoice.id == note.invoice_id)).scalar_one()
    return status is InvoiceStatus.DRAFT


def _set_details(note: DeliveryNote, *, carrier: str, tracking_number: str, notes: str) -> None:
    if len(carrier.strip()) > 100 or len(tracking_number.strip()) > 100:
        raise ValidationError("carrier and tracking number are at most 100 characters", field="carrier")
    note.carrier = carrier.strip()
    note.tracking_number = tracking_number.strip()
    note.notes = notes.strip()


def _set_lines(session: Session, note: DeliveryNote, lines: Sequence[DeliveryLineInput]) -> None:
    if not lines:
        raise ValidationError("a delivery note needs at least one line", field="lines")
    for position, line in enumerate(lines, 1):
        quantity = require_decimal(
            line.quantity, scale=QUANTITY_SCALE, field="quantity", label=f"line {position}: quantity"
        )
        if quantity <= ZERO:
            raise ValidationError(f"line {position}: the quantity must be more than 0", field="quantity")
        product = session.get(Product, line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            raise ValidationError(
                f"line {position}: product {line.product_id} does not exist", field="product"
            )
        description = line.description.strip() or (product.name if product else "")
        if not description:
            raise ValidationError(
                f"line {position}: a line needs a description or a product", field="description"
            )
        note.lines.append(
            DeliveryNoteLine(
                position=position - 1, product_id=line.product_id, description=description, quantity=quantity
            )
        )


def _view(session: Session, note: DeliveryNote, short: Sequence[Shortage] = ()) -> DeliveryNoteView:
    name = session.execute(select(Customer.name).where(Customer.id == note.customer_id)).scalar_one()
    return DeliveryNoteView(
        id=note.id,
        customer_id=note.customer_id,
        customer_name=name,
        invoice_id=note.invoice_id,
        number=note.number,
        status=note.status,
        shipped_on=note.shipped_on,
        carrier=note.carrier,
        tracking_number=note.tracking_number,
        notes=note.notes,
        moves_stock=_moves_stock(session, note),
        lines=tuple(
            DeliveryLineView(line.id, line.product_id, line.description, line.quantity) for line in note.lines
        ),
        shortages=tuple(short),
    )


__all__ = [
    "DeliveryLineInput",
    "DeliveryLineView",
    "DeliveryNoteDraft",
    "DeliveryNoteRow",
    "DeliveryNoteService",
    "DeliveryNoteView",
]
