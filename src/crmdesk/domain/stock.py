"""Stock rules in plain Python: the moving average cost, low stock, reorder suggestions, negative stock.

The quantity on hand is never stored: it is the sum of a product's movements (see the inventory
services). These functions decide what to do with the numbers the ledger gives.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from enum import StrEnum

from crmdesk.domain.enums import DeliveryNoteStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import PRICE_SCALE, ZERO

SALES_WINDOW_DAYS = 90
"""The reorder suggestion's sales rate is measured over this many past days."""
COVER_DAYS = 30
"""A suggested order brings stock up to the reorder level plus this many days of sales."""

DELIVERY_NOTE_TRANSITIONS: Mapping[DeliveryNoteStatus, frozenset[DeliveryNoteStatus]] = {
    DeliveryNoteStatus.DRAFT: frozenset({DeliveryNoteStatus.SHIPPED}),
    DeliveryNoteStatus.SHIPPED: frozenset({DeliveryNoteStatus.DELIVERED}),
    DeliveryNoteStatus.DELIVERED: frozenset(),
}


class NegativeStockPolicy(StrEnum):
    """What happens when a movement would take a product below zero (setting ``inventory.negative_stock``)."""

    WARN = "warn"
    """Write it and tell the owner (stock counts are often behind the shelf)."""
    BLOCK = "block"
    """Refuse it: the invoice is not issued, the adjustment not written."""


def moving_average_cost(
    *, on_hand: Decimal, average_cost: Decimal, received: Decimal, unit_cost: Decimal
) -> Decimal:
    """The average cost after receiving ``received`` units at ``unit_cost``.

    Units already on hand keep their average; when there were none (or fewer than none, sold ahead of
    a delivery), the receipt's cost is the new average: negative stock carries no cost to blend.
    """
    if received <= ZERO:
        raise ValueError("only a receipt of more than zero units changes the average cost")
    if on_hand <= ZERO:
        return unit_cost.quantize(Decimal(1).scaleb(-PRICE_SCALE), rounding=ROUND_HALF_UP)
    blended = (on_hand * average_cost + received * unit_cost) / (on_hand + received)
    return blended.quantize(Decimal(1).scaleb(-PRICE_SCALE), rounding=ROUND_HALF_UP)


def is_low(*, on_hand: Decimal, reorder_level: Decimal) -> bool:
    """Low stock: at or below a reorder level that was set, or below zero whatever the level."""
    return on_hand < ZERO or (reorder_level > ZERO and on_hand <= reorder_level)


def reorder_quantity(
    *, on_hand: Decimal, on_order: Decimal, reorder_level: Decimal, sold_in_window: Decimal
) -> Decimal:
    """Whole units to order: up to the reorder level plus ``COVER_DAYS`` of the recent sales rate.

    Nothing is suggested while stock (with what is already ordered) is not low; what is suggested is
    always enough to make it not low any more (so a product without sales still gets one over its level).
    """
    available = on_hand + on_order
    if not is_low(on_hand=available, reorder_level=reorder_level):
        return ZERO
    daily = max(sold_in_window, ZERO) / SALES_WINDOW_DAYS
    cover = (reorder_level + daily * COVER_DAYS - available).to_integral_value(rounding=ROUND_CEILING)
    if reorder_level > ZERO:
        enough = (reorder_level - available).to_integral_value(rounding=ROUND_FLOOR) + 1
    else:
        enough = (-available).to_integral_value(rounding=ROUND_CEILING)
    return max(cover, enough)


def negative_stock_policy(value: object) -> NegativeStockPolicy:
    """The setting's value as a policy; unset means warn."""
    if value is None:
        return NegativeStockPolicy.WARN
    try:
        return NegativeStockPolicy(str(value))
    except ValueError:
        raise ValidationError(
            "setting inventory.negative_stock must be 'warn' or 'block'", field="negative_stock"
        ) from None


__all__ = [
    "COVER_DAYS",
    "DELIVERY_NOTE_TRANSITIONS",
    "SALES_WINDOW_DAYS",
    "NegativeStockPolicy",
    "is_low",
    "moving_average_cost",
    "negative_stock_policy",
    "reorder_quantity",
]
