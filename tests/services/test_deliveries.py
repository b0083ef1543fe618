"""Delivery notes: stock leaves once — at the invoice's issue or at the shipment, whichever is first."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from inventory_setup import DAY, Stockroom, draft_invoice, make_stockroom, receive, sell

from crmdesk.domain.enums import DeliveryNoteStatus, MovementKind
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.services import Services
from crmdesk.services.inventory import DeliveryLineInput, DeliveryNoteDraft
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def room(db: Database, services: Services) -> Stockroom:
    stockroom = make_stockroom(db, services)
    receive(services, stockroom, stockroom.chain, D(10), D("5.00"))
    receive(services, stockroom, stockroom.tyre, D(10), D("18.00"))
    return stockroom


def kinds(services: Services, product_id: int) -> list[tuple[MovementKind, D]]:
    return [(m.kind, m.quantity) for m in services.stock.history(product_id)][::-1]


def test_note_from_an_issued_invoice_only_records_the_shipment(services: Services, room: Stockroom) -> None:
    invoice = sell(services, room, (room.chain, D(2)), (room.repair, D(1)))
    note = services.deliveries.create_from_invoice(invoice.id, carrier="Omniva", tracking_number="CC123LV")
    assert [(line.product_id, line.quantity) for line in note.lines] == [(room.chain, D(2))]  # no service
    assert not note.moves_stock
    shipped = services.deliveries.ship(note.id, shipped_on=DAY)
    assert (shipped.number, shipped.status, shipped.carrier, shipped.tracking_number) == (
        "DN-2026-0001",
        DeliveryNoteStatus.SHIPPED,
        "Omniva",
        "CC123LV",
    )
    assert services.stock.on_hand(room.chain) == D(8)  # sold once, by the invoice
    assert kinds(services, room.chain) == [(MovementKind.RECEIVED, D(10)), (MovementKind.SOLD, D(-2))]
    assert services.deliveries.mark_delivered(note.id).status is DeliveryNoteStatus.DELIVERED
    with pytest.raises(ConflictError, match="delivered delivery note cannot become shipped"):
        services.deliveries.ship(note.id)
    assert [n.id for n in services.deliveries.for_invoice(invoice.id)] == [note.id]


def test_shipping_before_invoicing_moves_stock_and_the_invoice_sells_only_the_rest(
    services: Services, room: Stockroom
) -> None:
    draft = draft_invoice(services, room, (room.chain, D(5)), (room.tyre, D(1)))
    note = services.deliveries.create_from_invoice(draft.id)
    assert note.moves_stock
    # Only 3 of the 5 chains go out now (the owner edits the note's lines by making a new draft).
    services.deliveries.delete_draft(note.id)
    partial = services.deliveries.create_draft(
        DeliveryNoteDraft(
            customer_id=room.customer, lines=[DeliveryLineInput(quantity=D(3), product_id=room.chain)]
        )
    )
    assert partial.invoice_id is None and partial.moves_stock
    services.deliveries.ship(partial.id, shipped_on=DAY)
    assert services.stock.on_hand(room.chain) == D(7)
    linked = services.deliveries.create_from_invoice(draft.id, carrier="DPD")
    services.deliveries.ship(linked.id, shipped_on=DAY)  # 5 chains + 1 tyre leave now
    assert (services.stock.on_hand(room.chain), services.stock.on_hand(room.tyre)) == (D(2), D(9))
    services.invoices.issue(draft.id, issue_date=DAY, today=DAY)
    # Already delivered: the invoice writes no sold movement for those goods.
    assert (services.stock.on_hand(room.chain), services.stock.on_hand(room.tyre)) == (D(2), D(9))
    assert kinds(services, room.chain) == [
        (MovementKind.RECEIVED, D(10)),
        (MovementKind.DELIVERY, D(-3)),
        (MovementKind.DELIVERY, D(-5)),
    ]
    assert services.stock.history(room.chain)[0].document == "DN-2026-0002"


def test_invoice_for_more_than_was_shipped_sells_the_difference(services: Services, room: Stockroom) -> None:
    draft = draft_invoice(services, room, (room.chain, D(4)))
    note = services.deliveries.create_from_invoice(draft.id)
    services.deliveries.ship(note.id, shipped_on=DAY)
    services.invoices.update_draft(
        draft.id,
        InvoiceDraft(customer_id=room.customer, lines=[LineInput(product_id=room.chain, quantity=D(6))]),
    )
    services.invoices.issue(draft.id, issue_date=DAY, today=DAY)
    assert kinds(services, room.chain)[1:] == [(MovementKind.DELIVERY, D(-4)), (MovementKind.SOLD, D(-2))]
    assert services.stock.on_hand(room.chain) == D(4)


def test_validation(services: Services, room: Stockroom) -> None:
    services_only = draft_invoice(services, room, (room.repair, D(2)))
    with pytest.raises(ValidationError, match="no goods to deliver"):
        services.deliveries.create_from_invoice(services_only.id)
    with pytest.raises(ValidationError, match="at least one line"):
        services.deliveries.create_draft(DeliveryNoteDraft(customer_id=room.customer))
    with pytest.raises(ValidationError, match="line 1: the quantity must be more than 0"):
        services.deliveries.create_draft(
            DeliveryNoteDraft(
                customer_id=room.customer, lines=[DeliveryLineInput(quantity=D(0), description="Box")]
            )
        )
    note = services.deliveries.create_draft(
        DeliveryNoteDraft(
            customer_id=room.customer, lines=[DeliveryLineInput(quantity=D(1), description="Leaflets")]
        )
    )
    shipped = services.deliveries.ship(note.id, shipped_on=DAY)  # free text: nothing to take out of stock
    assert shipped.status is DeliveryNoteStatus.SHIPPED and not shipped.moves_stock
    with pytest.raises(ConflictError, match="is shipped and is kept"):
        services.deliveries.delete_draft(note.id)
    updated = services.deliveries.update_details(note.id, carrier="Omniva", tracking_number="X1")
    assert updated.tracking_number == "X1"
