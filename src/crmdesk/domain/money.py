"""Money and fixed-point numbers: ``Decimal`` only, one rounding rule, integer storage.

Amounts are stored as integers scaled by a fixed number of decimal places (the *scale*):
money totals in minor units (scale 2), unit prices and costs at scale 4 so that a screw can cost
0.0125, quantities at scale 3 and tax rates (percent) at scale 3. Conversions refuse values that
would lose digits instead of silently rounding them; rounding happens only through :func:`round_money`.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import get_currency_precision, list_currencies

from crmdesk.domain.errors import ValidationError

MONEY_SCALE = 2
"""Decimal places of stored money totals (the minor unit of every supported currency fits)."""
PRICE_SCALE = 4
"""Decimal places of unit prices and costs."""
QUANTITY_SCALE = 3
"""Decimal places of quantities (0.125 kg)."""
PERCENT_SCALE = 3
"""Decimal places of tax rates and discount percentages (5.5 %, 21 %)."""
EXCHANGE_RATE_SCALE = 6
"""Decimal places of exchange rates (11.452300 SEK per EUR)."""

ZERO = Decimal(0)


def to_scaled_int(value: Decimal, scale: int) -> int:
    """Return ``value`` as an integer count of ``10**-scale`` units; refuse anything inexact.

    ``float`` is refused outright: a binary float cannot carry a price exactly.
    """
    if isinstance(value, float) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"expected Decimal or int, got {type(value).__name__}")
    try:
        scaled = Decimal(value).scaleb(scale)
        integral = scaled.to_integral_value()
    except InvalidOperation as exc:
        raise ValidationError(f"not a finite number: {value}") from exc
    if scaled != integral:
        raise ValueError(f"{value} has more than {scale} decimal places")
    return int(integral)


def require_decimal(value: object, *, scale: int, field: str, label: str | None = None) -> Decimal:
    """``value`` as an exact ``Decimal`` of at most ``scale`` places, or a :class:`ValidationError`.

    The one gate for amounts entering a service: floats (and bools) are refused, never converted,
    and digits beyond the stored scale are refused, never rounded away.
    """
    name = label or field.replace("_", " ")
    if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
        raise ValidationError(f"{name} must be a decimal number", field=field)
    exact = Decimal(value)
    if not exact.is_finite():
        raise ValidationError(f"{name} must be a decimal number", field=field)
    if exact != exact.quantize(Decimal(1).scaleb(-scale)):
        raise ValidationError(f"{name} {exact} has more than {scale} decimal places", field=field)
    return exact


def from_scaled_int(units: int, scale: int) -> Decimal:
    """Inverse of :func:`to_scaled_int`: ``1234, 2`` → ``Decimal('12.34')``."""
    return Decimal(units).scaleb(-scale)


def currency_digits(currency: str) -> int:
    """Minor-unit digits of an ISO 4217 currency as CLDR (babel) knows them."""
    return int(get_currency_precision(currency))


def check_currency(currency: str) -> str:
    """Return the upper-cased ISO 4217 code, or raise :class:`ValidationError` with the reason."""
    code = (currency or "").strip().upper()
    if len(code) != 3 or code not in _known_currencies():
        raise ValidationError(f"unknown currency code: {currency!r}", field="currency")
    if currency_digits(code) > MONEY_SCALE:
        raise ValidationError(
            f"{code} has {currency_digits(code)} decimal places; crmdesk supports currencies with up to"
            f" {MONEY_SCALE}",
            field="currency",
        )
    return code


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit, half up (the commercial rule, not babel's half-even)."""
    exponent = Decimal(1).scaleb(-currency_digits(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def parse_decimal(text: str, *, field: str | None = None) -> Decimal:
    """Parse a plain decimal typed by the owner ("12.5", "12,5", "1 200"); refuse anything else."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValidationError(f"not a number: {text!r}", field=field) from exc
    if not value.is_finite():
        raise ValidationError(f"not a number: {text!r}", field=field)
    return value


_CURRENCIES: frozenset[str] | None = None


def _known_currencies() -> frozenset[str]:
    global _CURRENCIES
    if _CURRENCIES is None:
        _CURRENCIES = frozenset(list_currencies())
    return _CURRENCIES
