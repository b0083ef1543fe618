"""Column types: fixed-point decimals as integers, timezone-aware instants, string enums."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import BigInteger, Dialect, Integer, String
from sqlalchemy.types import TypeDecorator

from crmdesk.domain.money import (
    EXCHANGE_RATE_SCALE,
    MONEY_SCALE,
    PERCENT_SCALE,
    PRICE_SCALE,
    QUANTITY_SCALE,
    from_scaled_int,
    to_scaled_int,
)


class FixedDecimal(TypeDecorator[Decimal]):
    """A ``Decimal`` stored as an integer count of ``10**-scale`` units (never a float)."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_scaled_int(value, self.scale)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return from_scaled_int(int(value), self.scale)

    def __repr__(self) -> str:
        return f"FixedDecimal({self.scale})"


def Money() -> FixedDecimal:
    """Money totals in minor units (cents)."""
    return FixedDecimal(MONEY_SCALE)


def UnitPrice() -> FixedDecimal:
    """Unit prices and costs at 1/10000 of the currency unit."""
    return FixedDecimal(PRICE_SCALE)


def Quantity() -> FixedDecimal:
    """Quantities in thousandths."""
    return FixedDecimal(QUANTITY_SCALE)


def Percent() -> FixedDecimal:
    """Tax rates and discount percentages in thousandths of a percent."""
    return FixedDecimal(PERCENT_SCALE)


def ExchangeRate() -> FixedDecimal:
    """Currency exchange rates to 1/1,000,000."""
    return FixedDecimal(EXCHANGE_RATE_SCALE)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware instant stored as ISO-8601 UTC text; naive datetimes are refused, not guessed."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime: crmdesk stores timezone-aware instants only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        parsed = datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E], Generic[E]):
    """A :class:`StrEnum` stored as its value; the allowed values are enforced by a CHECK constraint."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum: type[E]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return self.enum(value).value

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        return self.enum(value)

    def __repr__(self) -> str:
        return f"EnumText({self.enum.__name__})"


def utc_now() -> datetime:
    """The current instant, aware."""
    return datetime.now(UTC)


__all__ = [
    "EnumText",
    "ExchangeRate",
    "FixedDecimal",
    "Integer",
    "Money",
    "Percent",
    "Quantity",
    "UnitPrice",
    "UtcDateTime",
    "utc_now",
]
