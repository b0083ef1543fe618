"""The catalogue: products and services, validation, filters, stock shown from the ledger."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from inventory_setup import Stockroom, make_stockroom, receive

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput, ProductListQuery
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def room(db: Database, services: Services) -> Stockroom:
    return make_stockroom(db, services)


def test_create_sets_average_cost_and_base_currency(services: Services, room: Stockroom) -> None:
    chain = services.products.get(room.chain)
    assert (chain.sku, chain.currency, chain.average_cost, chain.on_hand, chain.low) == (
        "CHAIN-9",
        "EUR",
        D("5.00"),
        D(0),
        True,
    )
    assert services.products.find("chain-9").id == room.chain  # SKU lookup ignores case
    with pytest.raises(NotFoundError, match="no product has the SKU 'NOPE'"):
        services.products.find("NOPE")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sku": " "}, "needs a SKU"),
        ({"sku": "two words"}, "one word"),
        ({"sku": "chain-9"}, "already used"),
        ({"name": ""}, "needs a name"),
        ({"sale_price": D(-1)}, "sale price cannot be negative"),
        ({"sale_price": D("1.23456")}, "more than 4 decimal places"),
        ({"cost_price": 2.5}, "must be a decimal number"),
        ({"reorder_level": D(-1)}, "reorder level cannot be negative"),
        ({"kind": ProductKind.SERVICE, "reorder_level": D(2)}, "no reorder level"),
        ({"tax_rate_id": 999}, "tax rate 999 does not exist"),
        ({"preferred_supplier_id": 999}, "supplier 999 does not exist"),
        ({"currency": "XXX1"}, "unknown currency"),
        ({"unit": " "}, "needs a unit"),
        ({"barcode": "12 34"}, "barcode"),
    ],
)
def test_validation(services: Services, room: Stockroom, changes: dict[str, object], message: str) -> None:
    data = {"sku": "BELL-1", "name": "Bell", "sale_price": D("4.50"), **changes}
    with pytest.raises(ValidationError, match=message):
        services.products.create(ProductInput(**data))  # type: ignore[arg-type]


def test_update_keeps_stock_and_refuses_becoming_a_service(services: Services, room: Stockroom) -> None:
    receive(services, room, room.tyre, D(4), D("20.00"))
    updated = services.products.update(
        room.tyre, ProductInput(sku="TYRE-28", name="Tyre 28 inch", category="Wheels", sale_price=D(32))
    )
    assert (updated.name, updated.on_hand, updated.average_cost) == ("Tyre 28 inch", D(4), D("20.00"))
    with pytest.raises(ConflictError, match="cannot become a service"):
        services.products.update(
            room.tyre, ProductInput(sku="TYRE-28", name="Tyre", kind=ProductKind.SERVICE)
        )


def test_list_filters(services: Services, room: Stockroom) -> None:
    receive(services, room, room.chain, D(10), D("5.00"))
    names = lambda query: [p.sku for p in services.products.list(query)]  # noqa: E731
    assert names(None) == ["CHAIN-9", "REPAIR-H", "TYRE-28"]
    assert names(ProductListQuery(category="Wheels")) == ["TYRE-28"]
    assert names(ProductListQuery(kind=ProductKind.SERVICE)) == ["REPAIR-H"]
    assert names(ProductListQuery(text="tyre")) == ["TYRE-28"]
    assert names(ProductListQuery(low_only=True)) == []  # 10 chains > level 5; the tyre has no level
    services.stock.adjust(room.chain, quantity=D(-6), reason="counted")
    assert names(ProductListQuery(low_only=True)) == ["CHAIN-9"]
    services.products.set_active(room.tyre, False)
    assert "TYRE-28" not in names(None)
    assert "TYRE-28" in names(ProductListQuery(include_inactive=True))
    assert services.products.categories() == ["Drivetrain", "Wheels"]
    assert [p.on_hand for p in services.products.list(ProductListQuery(text="chain"))] == [D(4)]
