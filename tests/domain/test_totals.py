"""Worked examples of document totals, to the cent (each checked by hand in the comments)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from crmdesk.domain.documents import credited_discount
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.totals import LineAmounts, RateTotals, TaxRounding, document_totals


def test_three_rate_invoice() -> None:
    lines = [
        LineAmounts(quantity=D(3), unit_price=D("19.99"), tax_rate=D(21)),  # 59.97
        LineAmounts(quantity=D(2), unit_price=D("4.35"), tax_rate=D(12)),  # 8.70
        LineAmounts(quantity=D(1), unit_price=D("12.50"), tax_rate=D(5)),  # 12.50
    ]
    totals = document_totals(lines, "EUR")
    assert totals.line_amounts == (D("59.97"), D("8.70"), D("12.50"))
    # 21 % of 59.97 = 12.5937 → 12.59; 12 % of 8.70 = 1.044 → 1.04; 5 % of 12.50 = 0.625 → 0.63 (half up)
    assert totals.by_rate == (
        RateTotals(rate=D(21), net=D("59.97"), tax=D("12.59")),
        RateTotals(rate=D(12), net=D("8.70"), tax=D("1.04")),
        RateTotals(rate=D(5), net=D("12.50"), tax=D("0.63")),
    )
    assert (totals.net, totals.tax, totals.gross) == (D("81.17"), D("14.26"), D("95.43"))


def test_discount_is_an_amount_off_the_line() -> None:
    # 10 × 12.345 = 123.45, minus 5.00 = 118.45; 21 % = 24.8745 → 24.87
    line = LineAmounts(quantity=D(10), unit_price=D("12.345"), discount=D("5.00"), tax_rate=D(21))
    totals = document_totals([line], "EUR")
    assert (totals.net, totals.tax, totals.gross) == (D("118.45"), D("24.87"), D("143.32"))


def test_gross_price_document_keeps_the_gross_the_customer_saw() -> None:
    lines = [
        LineAmounts(quantity=D(2), unit_price=D("9.99"), tax_rate=D(21)),  # 19.98 gross
        LineAmounts(quantity=D(1), unit_price=D("5.00"), tax_rate=D(12)),  # 5.00 gross
    ]
    totals = document_totals(lines, "EUR", prices_include_tax=True)
    # 19.98 / 1.21 = 16.5124 → 16.51, tax 3.47; 5.00 / 1.12 = 4.4643 → 4.46, tax 0.54
    assert totals.by_rate == (
        RateTotals(rate=D(21), net=D("16.51"), tax=D("3.47")),
        RateTotals(rate=D(12), net=D("4.46"), tax=D("0.54")),
    )
    assert (totals.net, totals.tax, totals.gross) == (D("20.97"), D("4.01"), D("24.98"))


def test_partial_credit_note_takes_its_share_of_the_discount() -> None:
    # Invoice line: 4 × 25.00 − 10.00 = 90.00 at 21 % (tax 18.90, gross 108.90).
    invoice = document_totals(
        [LineAmounts(quantity=D(4), unit_price=D("25.00"), discount=D("10.00"), tax_rate=D(21))], "EUR"
    )
    assert invoice.gross == D("108.90")
    # Credit 1 of the 4: discount 10.00 × 1/4 = 2.50; 25.00 − 2.50 = 22.50; 21 % = 4.725 → 4.73
    share = credited_discount(discount=D("10.00"), quantity=D(4), credited_quantity=D(1))
    assert share == D("2.50")
    credit = document_totals(
        [LineAmounts(quantity=D(1), unit_price=D("25.00"), discount=share, tax_rate=D(21))], "EUR"
    )
    assert (credit.net, credit.tax, credit.gross) == (D("22.50"), D("4.73"), D("27.23"))
    assert invoice.gross - credit.gross == D("81.67")


def test_per_line_rounding_is_an_option() -> None:
    lines = [LineAmounts(quantity=D(1), unit_price=D("0.07"), tax_rate=D(21))] * 3
    # Per document: 21 % of 0.21 = 0.0441 → 0.04. Per line: 0.0147 → 0.01, three times = 0.03.
    assert document_totals(lines, "EUR").tax == D("0.04")
    assert document_totals(lines, "EUR", rounding=TaxRounding.PER_LINE).tax == D("0.03")


def test_currency_without_minor_unit_rounds_to_whole_units() -> None:
    totals = document_totals([LineAmounts(quantity=D(3), unit_price=D(333), tax_rate=D(10))], "JPY")
    # 999 × 10 % = 99.9 → 100
    assert (totals.net, totals.tax, totals.gross) == (D(999), D(100), D(1099))


def test_floats_and_negative_rates_are_refused() -> None:
    with pytest.raises(TypeError):
        document_totals([LineAmounts(quantity=D(1), unit_price=1.5)], "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        document_totals([LineAmounts(quantity=D(1), unit_price=D(1), tax_rate=D(-1))], "EUR")


def test_a_credited_quantity_must_fit_the_line() -> None:
    with pytest.raises(ValidationError):
        credited_discount(discount=D(0), quantity=D(2), credited_quantity=D(3))
    assert credited_discount(discount=D("0.99"), quantity=D(3), credited_quantity=D(3)) == D("0.99")
