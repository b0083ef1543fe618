"""Invariants of the money rules, for any document hypothesis can think of."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.documents import credited_discount
from crmdesk.domain.money import ZERO, currency_digits
from crmdesk.domain.totals import LineAmounts, TaxRounding, Totals, document_totals

RATES = [Decimal(0), Decimal(5), Decimal("5.5"), Decimal(12), Decimal(21), Decimal("25.5")]
CURRENCIES = ["EUR", "SEK", "JPY", "USD"]


@st.composite
def lines(draw: st.DrawFn) -> LineAmounts:
    quantity = Decimal(draw(st.integers(min_value=1, max_value=100_000))).scaleb(-3)
    unit_price = Decimal(draw(st.integers(min_value=0, max_value=10_000_000))).scaleb(-4)
    most = int((quantity * unit_price).scaleb(2))  # in cents, rounded down
    discount = Decimal(draw(st.integers(min_value=0, max_value=max(most, 0)))).scaleb(-2)
    return LineAmounts(
        quantity=quantity, unit_price=unit_price, discount=discount, tax_rate=draw(st.sampled_from(RATES))
    )


documents = st.lists(lines(), min_size=1, max_size=12)
currencies = st.sampled_from(CURRENCIES)
gross_flags = st.booleans()
roundings = st.sampled_from(list(TaxRounding))


def _all_decimal_at_minor_unit(totals: Totals, currency: str) -> None:
    values = [totals.net, totals.tax, totals.gross, *totals.line_amounts]
    values += [v for group in totals.by_rate for v in (group.net, group.tax, group.gross)]
    for value in values:
        assert type(value) is Decimal  # never a float, never an int
        assert value.as_tuple().exponent >= -currency_digits(currency)  # type: ignore[operator]


@settings(max_examples=200, deadline=None)
@given(documents, currencies, gross_flags, roundings)
def test_totals_add_up(doc: list[LineAmounts], currency: str, gross: bool, rounding: TaxRounding) -> None:
    totals = document_totals(doc, currency, prices_include_tax=gross, rounding=rounding)
    _all_decimal_at_minor_unit(totals, currency)
    assert totals.net + totals.tax == totals.gross
    assert totals.net == sum((g.net for g in totals.by_rate), ZERO)
    assert totals.tax == sum((g.tax for g in totals.by_rate), ZERO)
    if gross:
        # Prices with tax: the document's gross is exactly the sum of the lines as priced.
        assert totals.gross == sum(totals.line_amounts, ZERO)
    else:
        assert totals.net == sum(totals.line_amounts, ZERO)
    assert totals.tax >= ZERO
    assert len({g.rate for g in totals.by_rate}) == len(totals.by_rate)


@settings(max_examples=150, deadline=None)
@given(documents, currencies, gross_flags)
def test_a_full_credit_note_nets_the_invoice_to_zero(
    doc: list[LineAmounts], currency: str, gross: bool
) -> None:
    invoice = document_totals(doc, currency, prices_include_tax=gross)
    credit_lines = [
        LineAmounts(
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount=credited_discount(
                discount=line.discount, quantity=line.quantity, credited_quantity=line.quantity
            ),
            tax_rate=line.tax_rate,
        )
        for line in doc
    ]
    credit = document_totals(credit_lines, currency, prices_include_tax=gross)
    assert invoice.net - credit.net == ZERO
    assert invoice.tax - credit.tax == ZERO
    assert invoice.gross - credit.gross == ZERO


@settings(max_examples=200, deadline=None)
@given(lines(), st.data())
def test_a_partial_credit_never_exceeds_the_line(line: LineAmounts, data: st.DataObject) -> None:
    units = int(line.quantity.scaleb(3))
    part = Decimal(data.draw(st.integers(min_value=1, max_value=units))).scaleb(-3)
    share = credited_discount(discount=line.discount, quantity=line.quantity, credited_quantity=part)
    assert ZERO <= share <= line.discount
    invoice = document_totals([line], "EUR")
    credit = document_totals(
        [LineAmounts(quantity=part, unit_price=line.unit_price, discount=share, tax_rate=line.tax_rate)],
        "EUR",
    )
    # Rounding the discount share may move a cent either way, never more.
    assert credit.net <= invoice.net + Decimal("0.01")


@settings(max_examples=200, deadline=None)
@given(documents)
def test_per_line_rounding_differs_by_at_most_half_a_cent_per_line(doc: list[LineAmounts]) -> None:
    per_document = document_totals(doc, "EUR")
    per_line = document_totals(doc, "EUR", rounding=TaxRounding.PER_LINE)
    assert per_document.net == per_line.net
    assert abs(per_document.tax - per_line.tax) <= Decimal("0.005") * len(doc) + Decimal("0.005")
