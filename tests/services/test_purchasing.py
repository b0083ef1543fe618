"""Suppliers and purchase orders: numbering at send, receipts into stock, the moving average cost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from inventory_setup import DAY, Stockroom, make_stockroom, sell

from crmdesk.domain.enums import MovementKind, PurchaseOrderStatus
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.services import Services
from crmdesk.services.inventory import (
    ProductInput,
    PurchaseLineInput,
    PurchaseOrderDraft,
    Receipt,
    SupplierInput,
)
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def room(db: Database, services: Services) -> Stockroom:
    return make_stockroom(db, services)


def order_of(services: Services, room: Stockroom) -> int:
    draft = PurchaseOrderDraft(
        supplier_id=room.supplier,
        lines=[
            PurchaseLineInput(product_id=room.chain, quantity=D(10), unit_cost=D("4.00")),
            PurchaseLineInput(product_id=room.tyre, quantity=D(4)),  # at the catalogue cost, 18.00
        ],
    )
    return services.purchase_orders.create_draft(draft).id


def test_draft_sent_partially_received_received(services: Services, room: Stockroom) -> None:
    order_id = order_of(services, room)
    draft = services.purchase_orders.get(order_id)
    assert (draft.status, draft.number, draft.net_total) == (PurchaseOrderStatus.DRAFT, None, D("112.00"))
    with pytest.raises(ConflictError, match="send it first"):
        services.purchase_orders.receive(order_id)
    sent = services.purchase_orders.send(order_id, ordered_on=date(2026, 2, 20))
    assert (sent.status, sent.number, sent.ordered_on) == (
        PurchaseOrderStatus.SENT,
        "PO-2026-0001",
        date(2026, 2, 20),
    )
    with pytest.raises(ConflictError, match="only a draft can be changed"):
        services.purchase_orders.update_draft(order_id, PurchaseOrderDraft(supplier_id=room.supplier))
    chain_line, _tyre_line = sent.lines
    part = services.purchase_orders.receive(order_id, receipts=[Receipt(chain_line.id, D(6))])
    assert part.status is PurchaseOrderStatus.PARTIALLY_RECEIVED
    assert services.stock.on_hand(room.chain) == D(6)
    with pytest.raises(ValidationError, match=r"4\.000 left to receive, not 5"):
        services.purchase_orders.receive(order_id, receipts=[Receipt(chain_line.id, D(5))])
    done = services.purchase_orders.receive(order_id)  # the rest
    assert done.status is PurchaseOrderStatus.RECEIVED
    assert [(line.received_quantity, line.outstanding) for line in done.lines] == [
        (D(10), D(0)),
        (D(4), D(0)),
    ]
    assert (services.stock.on_hand(room.chain), services.stock.on_hand(room.tyre)) == (D(10), D(4))
    moves = services.stock.history(room.tyre)
    assert [(m.kind, m.unit_cost, m.document) for m in moves] == [
        (MovementKind.RECEIVED, D(18), "PO-2026-0001")
    ]
    with pytest.raises(ConflictError, match="received purchase order cannot become cancelled"):
        services.purchase_orders.cancel(order_id)
    [row] = services.purchase_orders.list()
    assert (row.number, row.supplier_name, row.net_total, row.status) == (
        "PO-2026-0001",
        "Baltic Parts SIA",
        D("112.00"),
        PurchaseOrderStatus.RECEIVED,
    )


def test_moving_average_cost_follows_receipts(services: Services, room: Stockroom) -> None:
    def receive_at(quantity: int, cost: str) -> None:
        order = services.purchase_orders.create_draft(
            PurchaseOrderDraft(
                supplier_id=room.supplier,
                lines=[PurchaseLineInput(product_id=room.chain, quantity=D(quantity), unit_cost=D(cost))],
            )
        )
        services.purchase_orders.send(order.id, ordered_on=DAY)
        services.purchase_orders.receive(order.id)

    receive_at(10, "4.00")
    assert services.products.get(room.chain).average_cost == D("4.00")
    receive_at(5, "7.00")  # (10 × 4 + 5 × 7) / 15 = 5
    assert services.products.get(room.chain).average_cost == D("5.00")
    sell(services, room, (room.chain, D(12)))  # sold at 5.00; selling does not change the average
    assert services.stock.history(room.chain)[0].unit_cost == D("5.00")
    receive_at(3, "6.00")  # (3 × 5 + 3 × 6) / 6 = 5.5
    assert services.products.get(room.chain).average_cost == D("5.5")
    services.stock.adjust(room.chain, quantity=D(-10), reason="stolen")  # below zero
    receive_at(2, "8.00")  # nothing on hand to blend with: the receipt's cost
    assert services.products.get(room.chain).average_cost == D("8.00")


def test_cancel_and_validation(services: Services, room: Stockroom) -> None:
    order_id = order_of(services, room)
    assert services.purchase_orders.cancel(order_id).status is PurchaseOrderStatus.CANCELLED
    with pytest.raises(ValidationError, match="at least one line"):
        services.purchase_orders.create_draft(PurchaseOrderDraft(supplier_id=room.supplier))
    with pytest.raises(ValidationError, match="service and has no stock"):
        services.purchase_orders.create_draft(
            PurchaseOrderDraft(
                supplier_id=room.supplier, lines=[PurchaseLineInput(product_id=room.repair, quantity=D(1))]
            )
        )
    with pytest.raises(ValidationError, match="line 1: the quantity must be more than 0"):
        services.purchase_orders.create_draft(
            PurchaseOrderDraft(
                supplier_id=room.supplier, lines=[PurchaseLineInput(product_id=room.chain, quantity=D(0))]
            )
        )
    deleted = order_of(services, room)
    assert services.purchase_orders.delete_draft(deleted) == deleted


def test_suppliers(services: Services, room: Stockroom) -> None:
    other = services.suppliers.create(
        SupplierInput(name="  Nordic Tyres AB ", email="sales@tyres.se", country="se")
    )
    assert (other.name, other.country) == ("Nordic Tyres AB", "SE")
    with pytest.raises(ValidationError, match="not an email"):
        services.suppliers.update(other.id, SupplierInput(name="Nordic", email="nope"))
    services.suppliers.archive(other.id)
    assert [s.name for s in services.suppliers.list()] == ["Baltic Parts SIA"]
    assert len(services.suppliers.list(include_archived=True)) == 2
    with pytest.raises(ValidationError, match="is archived"):
        services.purchase_orders.create_draft(
            PurchaseOrderDraft(
                supplier_id=other.id, lines=[PurchaseLineInput(product_id=room.chain, quantity=D(1))]
            )
        )


def test_reorder_suggestions_become_draft_orders(services: Services, room: Stockroom) -> None:
    services.stock.adjust(room.chain, quantity=D(2), reason="counted")  # level 5, supplier Baltic Parts
    services.products.update(
        room.tyre, ProductInput(sku="TYRE-28", name="Tyre 28", cost_price=D(18), reorder_level=D(2))
    )  # low, but no preferred supplier
    drafts = services.reordering.draft_orders()
    [order] = drafts.orders
    assert (order.status, order.supplier_name, order.number) == (
        PurchaseOrderStatus.DRAFT,
        "Baltic Parts SIA",
        None,
    )
    assert [(line.product_id, line.quantity, line.unit_cost) for line in order.lines] == [
        (room.chain, D(4), D(5))
    ]
    assert [level.sku for level in drafts.without_supplier] == ["TYRE-28"]
    services.purchase_orders.send(order.id, ordered_on=DAY)  # now on order: nothing more to suggest
    assert services.reordering.draft_orders().orders == ()
