"""Stock rules: moving average cost, low stock, reorder quantity, the negative-stock setting."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.stock import (
    NegativeStockPolicy,
    is_low,
    moving_average_cost,
    negative_stock_policy,
    reorder_quantity,
)


def test_moving_average_cost() -> None:
    assert moving_average_cost(on_hand=D(10), average_cost=D(4), received=D(5), unit_cost=D(7)) == D("5.0000")
    assert moving_average_cost(on_hand=D(3), average_cost=D(1), received=D(3), unit_cost=D(2)) == D("1.5000")
    # Rounded half up to the price scale (4 places).
    assert moving_average_cost(on_hand=D(2), average_cost=D(0), received=D(1), unit_cost=D("0.0001")) == D(
        "0.0000"
    )
    assert moving_average_cost(on_hand=D(1), average_cost=D(0), received=D(1), unit_cost=D("0.0001")) == D(
        "0.0001"
    )
    # Nothing (or less than nothing) on hand: the receipt's cost.
    assert moving_average_cost(on_hand=D(-4), average_cost=D(9), received=D(2), unit_cost=D(3)) == D("3.0000")
    with pytest.raises(ValueError, match="more than zero"):
        moving_average_cost(on_hand=D(1), average_cost=D(1), received=D(0), unit_cost=D(1))


@pytest.mark.parametrize(
    ("on_hand", "level", "low"),
    [
        (D(5), D(5), True),
        (D(6), D(5), False),
        (D(0), D(0), False),
        (D(-1), D(0), True),
        (D("0.5"), D(1), True),
    ],
)
def test_is_low(on_hand: D, level: D, low: bool) -> None:
    assert is_low(on_hand=on_hand, reorder_level=level) is low


@pytest.mark.parametrize(
    ("on_hand", "on_order", "level", "sold", "expected"),
    [
        (D(2), D(0), D(5), D(18), D(9)),  # 5 + 30 × 18/90 − 2
        (D(2), D(9), D(5), D(18), D(0)),  # what is on order covers it
        (D(5), D(0), D(5), D(0), D(1)),  # at the level with no sales: one over it
        (D(2), D(0), D(5), D(0), D(4)),  # no sales: one over the level, not just up to it
        (D(-3), D(0), D(0), D(0), D(3)),  # below zero, no level: back to zero
        (D("1.5"), D(0), D(2), D(0), D(1)),  # part units: one whole unit gets it over the level
        (D(1), D(0), D(4), D(10), D(7)),  # 4 + 3.33… − 1 → 6.33… rounded up
        (D(8), D(0), D(5), D(90), D(0)),  # above the level: nothing yet
    ],
)
def test_reorder_quantity(on_hand: D, on_order: D, level: D, sold: D, expected: D) -> None:
    assert (
        reorder_quantity(on_hand=on_hand, on_order=on_order, reorder_level=level, sold_in_window=sold)
        == expected
    )


def test_negative_stock_setting() -> None:
    assert negative_stock_policy(None) is NegativeStockPolicy.WARN
    assert negative_stock_policy("block") is NegativeStockPolicy.BLOCK
    with pytest.raises(ValidationError, match="'warn' or 'block'"):
        negative_stock_policy("maybe")
