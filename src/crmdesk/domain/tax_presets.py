"""Starting points for a new business: currency, language and VAT rates per country.

Rates as published for 2026; they change, so the first-run wizard and Settings say "check with your
accountant" and every rate stays editable. A country without a preset starts with one 0 % rate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PresetRate:
    name: str
    rate: Decimal
    """Percent: 21 means 21 %."""
    default: bool = False


@dataclass(frozen=True)
class CountryPreset:
    country: str
    """ISO 3166-1 alpha-2."""
    name: str
    currency: str
    language: str
    rates: tuple[PresetRate, ...]


def _rates(standard: str, *reduced: str, zero: bool = True) -> tuple[PresetRate, ...]:
    rates = [PresetRate(f"Standard {standard} %", Decimal(standard), default=True)]
    rates += [PresetRate(f"Reduced {rate} %", Decimal(rate)) for rate in reduced]
    if zero:
        rates.append(PresetRate("Zero 0 %", Decimal(0)))
    return tuple(rates)


PRESETS: dict[str, CountryPreset] = {
    preset.country: preset
    for preset in (
        CountryPreset("LV", "Latvia", "EUR", "lv", _rates("21", "12", "5")),
        CountryPreset("ES", "Spain", "EUR", "es", _rates("21", "10", "4")),
        CountryPreset("SE", "Sweden", "SEK", "sv", _rates("25", "12", "6")),
        CountryPreset("DE", "Germany", "EUR", "de", _rates("19", "7")),
        CountryPreset("FR", "France", "EUR", "fr", _rates("20", "10", "5.5", "2.1")),
        CountryPreset("RU", "Russia", "RUB", "ru", _rates("22", "10")),
        CountryPreset("IR", "Iran", "IRR", "fa", _rates("10")),
        CountryPreset("GB", "United Kingdom", "GBP", "en", _rates("20", "5")),
        CountryPreset(
            "US",
            "United States",
            "USD",
            "en",
            # No federal VAT; the owner adds their state's sales tax.
            (PresetRate("No sales tax 0 %", Decimal(0), default=True),),
        ),
    )
}
ALIASES = {"UK": "GB"}


def preset_for(country: str) -> CountryPreset | None:
    """The preset of ``country`` (ISO code, any case; "UK" is accepted for GB), or ``None``."""
    code = country.strip().upper()
    return PRESETS.get(ALIASES.get(code, code))
