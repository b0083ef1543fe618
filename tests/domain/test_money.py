from __future__ import annotations

from decimal import Decimal

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import check_currency, parse_decimal, round_money, to_scaled_int


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.675", "EUR", "2.68"),  # half up, not banker's rounding (babel/half-even would give 2.68 too)
        ("0.125", "EUR", "0.13"),  # half-even would give 0.12
        ("-0.125", "EUR", "-0.13"),
        ("1234.5", "JPY", "1235"),
        ("10", "SEK", "10.00"),
    ],
)
def test_round_money_half_up_to_the_minor_unit(amount: str, currency: str, expected: str) -> None:
    result = round_money(Decimal(amount), currency)
    assert result == Decimal(expected)
    assert str(result) == expected


def test_currency_codes() -> None:
    assert check_currency(" eur ") == "EUR"
    with pytest.raises(ValidationError, match="unknown currency"):
        check_currency("EURO")
    with pytest.raises(ValidationError, match="decimal places"):
        check_currency("BHD")  # three minor digits do not fit the stored scale


@pytest.mark.parametrize(("text", "expected"), [("12,5", "12.5"), (" 1 200.50 ", "1200.50"), ("-3", "-3")])
def test_parse_decimal(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "NaN", "inf"])
def test_parse_decimal_refuses(text: str) -> None:
    with pytest.raises(ValidationError, match="not a number"):
        parse_decimal(text)


def test_scaled_int_refuses_float() -> None:
    with pytest.raises(TypeError):
        to_scaled_int(1.5, 2)  # type: ignore[arg-type]
