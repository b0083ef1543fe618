"""Company details, logo, tax rates, number patterns and the first-run flag (Settings and the wizard)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.company import CompanyDetails
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def latvian_shop(**changes: str) -> CompanyDetails:
    values = {
        "name": "  Kafijas  Grauds SIA ",
        "address": "Brīvības iela 1\n\nLV-1010 Rīga",
        "country": "lv",
        "vat_id": "lv 40003 123 456",
        "email": "Info@Grauds.LV",
        "phone": "29 123 456",
        "iban": "lv80 bank 0000 4351 9500 1",
        "bic": "hablLV22",
        "base_currency": "eur",
        "language": "lv",
        **changes,
    }
    return CompanyDetails(**values)


def test_details_are_checked_normalised_and_kept(services: Services) -> None:
    saved = services.company.save(latvian_shop())
    assert saved.name == "Kafijas Grauds SIA"
    assert saved.address == "Brīvības iela 1\nLV-1010 Rīga"
    assert (saved.country, saved.vat_id, saved.base_currency) == ("LV", "LV40003123456", "EUR")
    assert saved.email == "info@grauds.lv"
    assert saved.phone == "+37129123456"  # a national number read in the company's country
    assert (saved.iban, saved.bic) == ("LV80BANK0000435195001", "HABLLV22")
    assert services.company.details() == saved


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": "  "}, "name", "company's name"),
        ({"iban": "LV80BANK000043519500X"}, "iban", "not a valid IBAN"),
        ({"bic": "ZZZZ"}, "bic", "not a valid BIC"),
        ({"country": "Latvia"}, "country", "not a country code"),
        ({"base_currency": "EUROS"}, "base_currency", ""),
        ({"email": "info@"}, "email", ""),
        ({"language": "xx-!!"}, "language", "not a language code"),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_saved(
    services: Services, change: dict[str, str], field: str, words: str
) -> None:
    services.company.save(latvian_shop())
    before = services.company.details()
    draft = latvian_shop(**change) if "name" in change else latvian_shop(name="Changed", **change)
    with pytest.raises(ValidationError) as refused:
        services.company.save(draft)
    assert refused.value.field == field
    assert words in str(refused.value)
    assert services.company.details() == before


def test_logo_png_or_jpeg_only_replaced_and_cleared(services: Services) -> None:
    services.company.save(latvian_shop())
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        services.company.set_logo(b"GIF89a....", "logo.gif")
    services.company.set_logo(PNG, "logo.png")
    assert services.company.logo() == PNG and services.company.details().has_logo
    jpeg = b"\xff\xd8\xff\xe0" + b"\x01" * 32
    services.company.set_logo(jpeg, "logo.jpg")
    assert services.company.logo() == jpeg
    services.company.clear_logo()
    assert services.company.logo() is None and not services.company.details().has_logo
    with pytest.raises(ValidationError, match="up to 2 MiB"):
        services.company.set_logo(PNG + b"\x00" * (2 * 1024 * 1024), "huge.png")


def test_a_country_preset_adds_its_rates_once(services: Services) -> None:
    rates = services.company.apply_tax_preset("LV")
    assert [(r.rate, r.is_default) for r in rates] == [
        (Decimal(21), True),
        (Decimal(12), False),
        (Decimal(5), False),
        (Decimal(0), False),
    ]
    assert services.company.apply_tax_preset("lv") == rates  # nothing twice
    with pytest.raises(ValidationError, match="no preset"):
        services.company.apply_tax_preset("ZW")


def test_tax_rates_are_edited_with_one_default(services: Services) -> None:
    standard = services.company.save_tax_rate(name="Standard", rate=Decimal(25), is_default=True)
    food = services.company.save_tax_rate(name="Food", rate=Decimal("12.5"))
    food = services.company.save_tax_rate(rate_id=food.id, name="Food", rate=Decimal(12), is_default=True)
    by_name = {r.name: r for r in services.company.tax_rates()}
    assert by_name["Food"].is_default and not by_name["Standard"].is_default
    assert by_name["Food"].rate == Decimal(12)
    with pytest.raises(ValidationError, match="already a tax rate"):
        services.company.save_tax_rate(name="Food", rate=Decimal(6))
    with pytest.raises(ValidationError, match="between 0 and 100"):
        services.company.save_tax_rate(rate_id=standard.id, name="Standard", rate=Decimal(125))
    with pytest.raises(ValidationError, match="decimal number"):
        services.company.save_tax_rate(name="Float", rate=0.21)  # type: ignore[arg-type]


def test_number_patterns_and_their_preview(services: Services) -> None:
    day = date(2026, 11, 23)
    patterns = {p.series: p for p in services.company.number_patterns(today=day)}
    assert patterns["invoice"].example == "2026-0001"
    changed = services.company.set_number_pattern("invoice", "INV-{year}/{month:02d}-{seq:05d}", today=day)
    assert changed.example == "INV-2026/11-00001"
    assert {p.series: p.pattern for p in services.company.number_patterns()}["invoice"] == (
        "INV-{year}/{month:02d}-{seq:05d}"
    )
    with pytest.raises(ValidationError, match="must contain"):
        services.company.set_number_pattern("invoice", "INV-{year}")
    with pytest.raises(ValidationError, match="unknown field"):
        services.company.set_number_pattern("quote", "Q-{customer}-{seq}")


def test_setup_flag(services: Services) -> None:
    assert not services.company.setup_completed()
    services.company.complete_setup()
    assert services.company.setup_completed()
