"""Numbers, money, percentages and dates in the document's language (babel).

Babel rounds half to even; amounts are quantized half up here first, at the currency's places.
Digits stay Latin in every locale (babel's default numbering system), also in Persian documents.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import NumberPattern, format_currency, get_currency_precision, parse_pattern

LANGUAGES = ("en", "lv", "es", "fa", "ru", "sv")
RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur"})


@lru_cache(maxsize=64)
def locale_of(language: str) -> str:
    """A babel locale for ``language`` (``lv``, ``fa-IR``, ``pt_BR``…); English when babel lacks it."""
    try:
        return str(Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return "en"


def label_language(language: str) -> str:
    """The language whose labels print: the primary subtag if we have it, else English."""
    primary = language.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else "en"


def is_rtl(language: str) -> bool:
    return language.replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES


@lru_cache(maxsize=64)
def _babel_locale(language: str) -> Locale:
    return Locale.parse(locale_of(language))


@lru_cache(maxsize=16)
def _fixed_pattern(places: int) -> NumberPattern:
    """``#,##0.00`` for 2 places: parsed once (babel would parse it on every call)."""
    return parse_pattern("#,##0." + "0" * places if places else "#,##0")


def _decimal(value: Decimal, places: int | None, language: str) -> str:
    locale = _babel_locale(language)
    pattern = _fixed_pattern(places) if places is not None else locale.decimal_formats[None]
    return str(pattern.apply(value, locale, decimal_quantization=False))


@lru_cache(maxsize=32)
def _places(currency: str) -> int:
    return int(get_currency_precision(currency))


def money(amount: Decimal, currency: str, language: str) -> str:
    """``1 234,50 €`` in Latvian, ``€1,234.50`` in English: quantized half up, then formatted."""
    places = _places(currency)
    exact = Decimal(amount).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return str(format_currency(exact, currency, locale=locale_of(language), decimal_quantization=False))


def amount(value: Decimal, currency: str, language: str) -> str:
    """An amount without the currency sign (table columns), at the currency's places."""
    places = _places(currency)
    exact = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return _decimal(exact, places, language)


def price(value: Decimal, currency: str, language: str) -> str:
    """A unit price: at least the currency's places, more when the price has them (0.125)."""
    places = max(_places(currency), -int(value.normalize().as_tuple().exponent or 0))
    places = min(places, 6)
    exact = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return _decimal(exact, places, language)


def number(value: Decimal, language: str) -> str:
    """A quantity: no trailing zeros (``2``, ``1,5``)."""
    normal = Decimal(value).normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return _decimal(normal, None, language)


def percent(value: Decimal, language: str) -> str:
    """A tax rate as printed in the rate column: ``21``, ``5,5``."""
    return number(value, language)


def day(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return str(format_date(value, format="medium", locale=locale_of(language)))
