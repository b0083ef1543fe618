"""The invoice seam: issuing an invoice takes its goods out of stock, issuing a credit note puts them back.

**When stock moves — once per piece of goods.** Goods leave stock at whichever comes first:
- the issue of the invoice (``sold`` movements, in the issuing transaction: a failure rolls it all back);
- the shipment of a delivery note (``delivery`` movements) made *before* its invoice was issued, or
  with no invoice at all (see :mod:`.deliveries`).
Issuing an invoice therefore writes ``sold`` only for what its shipped delivery notes have not already
taken out, and a delivery note made from an *issued* invoice records the shipment without moving
stock. An issued credit note puts its stock lines back (``returned``), whichever way they left.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InvoiceKind, MovementKind, ProductKind
from crmdesk.domain.money import ZERO
from crmdesk.services.inventory.ledger import NewMovement, write_movements
from crmdesk.storage.models import DeliveryNote, Invoice, Product, StockMovement


def issue_hook(session: Session, invoice_id: int) -> None:
    """Registered on :class:`InvoiceService`: stock for an invoice or credit note, in its issue transaction.

    Raising (``block`` policy and not enough stock) rolls back the issue itself.
    """
    document = session.get(Invoice, invoice_id)
    if document is None:  # pragma: no cover - the caller has just issued it
        return
    write_movements(session, document_movements(session, document), occurred_at=document.issued_at)


def document_movements(session: Session, document: Invoice) -> list[NewMovement]:
    """The movements issuing ``document`` writes, one per stock product (quantities summed)."""
    wanted: dict[int, Decimal] = defaultdict(lambda: ZERO)
    ids = [line.product_id for line in document.lines if line.product_id is not None]
    if not ids:
        return []
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_(ids), Product.kind == ProductKind.PRODUCT)
        )
    }
    for line in document.lines:
        if line.product_id in products:
            wanted[line.product_id] += line.quantity
    label = document.number or "draft"
    if document.kind is InvoiceKind.CREDIT_NOTE:
        return [
            NewMovement(
                product_id,
                MovementKind.RETURNED,
                quantity,
                unit_cost=products[product_id].average_cost,
                reason=f"credit note {label}",
                invoice_id=document.id,
            )
            for product_id, quantity in wanted.items()
        ]
    shipped = _shipped_before_issue(session, document.id)
    movements = []
    for product_id, quantity in wanted.items():
        left = quantity - shipped.get(product_id, ZERO)
        if left > ZERO:
            movements.append(
                NewMovement(
                    product_id,
                    MovementKind.SOLD,
                    -left,
                    unit_cost=products[product_id].average_cost,
                    reason=f"invoice {label}",
                    invoice_id=document.id,
                )
            )
    return movements


def _shipped_before_issue(session: Session, invoice_id: int) -> dict[int, Decimal]:
    """Units per product already taken out by shipped delivery notes of this (draft) invoice."""
    rows = session.execute(
        select(StockMovement.product_id, func.sum(StockMovement.quantity))
        .join(DeliveryNote, DeliveryNote.id == StockMovement.delivery_note_id)
        .where(DeliveryNote.invoice_id == invoice_id, StockMovement.kind == MovementKind.DELIVERY)
        .group_by(StockMovement.product_id)
    )
    return {product_id: -Decimal(total) for product_id, total in rows}


__all__ = ["document_movements", "issue_hook"]
