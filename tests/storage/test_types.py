"""Column types: exact fixed-point money, aware instants; float and naive datetimes are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Interaction, Product
from crmdesk.storage.types import FixedDecimal

prices = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False)


@given(prices)
def test_fixed_decimal_round_trips_exactly(value: Decimal) -> None:
    column = FixedDecimal(4)
    stored = column.process_bind_param(value, None)  # type: ignore[arg-type]
    assert isinstance(stored, int)
    assert column.process_result_value(stored, None) == value  # type: ignore[arg-type]


def test_fixed_decimal_refuses_float_and_lost_digits() -> None:
    with pytest.raises(TypeError, match="float"):
        FixedDecimal(2).process_bind_param(0.1, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        FixedDecimal(2).process_bind_param(Decimal("0.005"), None)  # type: ignore[arg-type]


def test_money_is_stored_as_integer_minor_units(db: Database) -> None:
    with db.write() as session:
        session.add(
            Product(sku="SKU-1", name="Chain", sale_price=Decimal("12.3456"), cost_price=Decimal("7.1"))
        )
    with db.read_session() as session:
        raw = session.execute(text("SELECT sale_price, typeof(sale_price), cost_price FROM products")).one()
        product = session.execute(select(Product)).scalar_one()
    assert tuple(raw) == (123456, "integer", 71000)
    assert product.sale_price == Decimal("12.3456")
    assert isinstance(product.sale_price, Decimal)


def test_instants_are_aware_and_stored_in_utc(db: Database) -> None:
    riga = timezone(timedelta(hours=2))
    with db.write() as session:
        customer = Customer(name="Anna", sort_name="anna")
        session.add(customer)
        session.flush()
        session.add(
            Interaction(
                customer_id=customer.id, kind="call", occurred_at=datetime(2026, 3, 1, 10, 30, tzinfo=riga)
            )
        )
    with db.read_session() as session:
        stored = session.execute(text("SELECT occurred_at FROM interactions")).scalar_one()
        loaded = session.execute(select(Interaction.occurred_at)).scalar_one()
    assert stored.startswith("2026-03-01T08:30:00")
    assert loaded == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    assert loaded.tzinfo is not None


def test_naive_datetime_is_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.write() as session:
        customer = Customer(name="Anna", sort_name="anna")
        session.add(customer)
        session.flush()
        session.add(
            Interaction(customer_id=customer.id, kind="call", occurred_at=datetime(2026, 3, 1, 10, 30))
        )
        session.flush()
