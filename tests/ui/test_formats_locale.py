"""Dates, instants and plain numbers on screen follow the chosen language; English keeps ISO dates and
``1,234``; the PDF/CSV side of a report stays ISO and plain in every language."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.services.sales.views import InvoiceListRow
from crmdesk.ui.formats import count_text, day_text, decimal_text, instant_text
from crmdesk.ui.i18n import current_language, install_language
from crmdesk.ui.inventory.display import quantity, quantity_text, signed
from crmdesk.ui.reports.definitions import Column, Kind
from crmdesk.ui.reports.formatting import csv_cell, display
from crmdesk.ui.sales.invoice_table import InvoiceColumn, InvoiceTableModel

DAY = date(2026, 3, 5)
INSTANT = datetime(2026, 3, 5, 9, 7, tzinfo=UTC)
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Installs ``request.param`` for one test, then English again (translators removed)."""
    code: str = request.param
    translators = install_language(qapp, code)
    try:
        yield code
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_language(qapp, "en")


def test_english_keeps_iso_dates_and_english_digits(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert current_language() == "en"
    local = INSTANT.astimezone()
    assert day_text(DAY) == "2026-03-05"
    assert day_text(None) == instant_text(None) == ""
    assert instant_text(INSTANT) == local.strftime("%Y-%m-%d %H:%M")
    assert count_text(1234567) == "1,234,567"
    assert decimal_text(Decimal("-1234.5"), 2) == "-1,234.50"
    assert decimal_text(Decimal("2.345"), 2) == "2.35"  # half up, as money


@pytest.mark.parametrize("language", ["lv"], indirect=True)
def test_latvian_uses_its_short_date_and_space_grouping(language: str) -> None:
    assert current_language() == "lv"
    local = INSTANT.astimezone()
    assert day_text(DAY) == "05.03.2026"  # Qt's "dd.MM.yy", with the full year
    assert instant_text(INSTANT) == f"{local:%d.%m.%Y %H:%M}"
    assert count_text(1234567) == "1\u00a0234\u00a0567"
    assert count_text(1234) == "1234"  # Latvian groups from five digits on (CLDR)
    assert decimal_text(Decimal("-12345.5"), 2) == "-12\u00a0345,50"
    assert decimal_text(Decimal("0.05")) == "0,05"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_uses_its_date_and_decimal_comma(language: str) -> None:
    local = INSTANT.astimezone()
    assert day_text(DAY) == "05.03.2026"
    assert instant_text(INSTANT) == f"{local:%d.%m.%Y %H:%M}"
    assert count_text(987654) == "987\u00a0654"
    assert decimal_text(Decimal("12.5"), 1) == "12,5"


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_persian_uses_persian_digits_and_separators(language: str) -> None:
    local = INSTANT.astimezone()
    assert day_text(DAY) == "۲۰۲۶/۳/۵"
    assert instant_text(INSTANT) == f"۲۰۲۶/۳/۵ {local.hour}:{local.minute:02d}".translate(PERSIAN)
    assert count_text(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert decimal_text(Decimal("1234.05"), 2) == "۱٬۲۳۴٫۰۵"


def _row(issue: date, due: date) -> InvoiceListRow:
    return InvoiceListRow(
        id=7,
        kind=InvoiceKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        number="INV-2026-0007",
        customer_id=1,
        customer_name="SIA Ābele",
        issue_date=issue,
        due_date=due,
        currency="EUR",
        exchange_rate=Decimal(1),
        gross_total=Decimal("1234.50"),
        credited=Decimal("0.00"),
        paid=Decimal("0.00"),
        payment_status=PaymentStatus.OPEN,
        days_late=0,
        last_reminder_level=None,
        gross_base=Decimal("1234.50"),
    )


@pytest.mark.parametrize("language", ["lv"], indirect=True)
def test_the_invoice_list_shows_latvian_dates_and_keeps_the_number(language: str) -> None:
    row = _row(DAY, date(2026, 3, 19))

    def rows(ids: Sequence[int]) -> Mapping[int, InvoiceListRow]:
        return {i: row for i in ids if i == row.id}

    model = InvoiceTableModel()
    model.set_row_source(rows)
    model.set_ids(array("q", [row.id]))
    assert model.index(0, InvoiceColumn.ISSUED).data() == "05.03.2026"
    assert model.index(0, InvoiceColumn.DUE).data() == "19.03.2026"
    assert model.index(0, InvoiceColumn.NUMBER).data() == "INV-2026-0007"  # codes stay as they are


@pytest.mark.parametrize("language", ["lv"], indirect=True)
def test_a_report_table_follows_latvian_while_its_exports_stay_plain(language: str) -> None:
    when, count, share = Column("Day", Kind.DATE), Column("Orders", Kind.INT), Column("Change", Kind.PERCENT)
    assert display(DAY, when, "EUR", on_screen=True) == "05.03.2026"
    assert display(12345, count, "EUR", on_screen=True) == "12\u00a0345"
    assert display(Decimal("-3.5"), share, "EUR", on_screen=True) == "-3,5 %"
    # The PDF and the CSV: ISO dates, English digits, whatever the language.
    assert display(DAY, when, "EUR") == "2026-03-05"
    assert display(12345, count, "EUR") == "12,345"
    assert csv_cell(DAY, when) == "2026-03-05"
    assert csv_cell(12345, count) == "12345"


def test_a_report_table_in_english_matches_its_pdf(qapp: QApplication) -> None:
    install_language(qapp, "en")
    columns = (Column("Day", Kind.DATE), Column("Orders", Kind.INT), Column("Change", Kind.PERCENT))
    for value, column in zip((DAY, 12345, Decimal("4.5")), columns, strict=True):
        assert display(value, column, "EUR", on_screen=True) == display(value, column, "EUR")
    assert display(Decimal("0.0"), columns[2], "EUR", on_screen=True) == "0.0 %"


@pytest.mark.parametrize("language", ["lv"], indirect=True)
def test_stock_quantities_in_tables_follow_latvian_but_editable_text_stays_plain(language: str) -> None:
    assert quantity_text(Decimal("2.500")) == "2,5"
    assert quantity_text(Decimal("12000")) == "12\u00a0000"
    assert signed(Decimal("-3.25")) == "\u22123,25"
    assert quantity(Decimal("2.500")) == "2.5"  # what a quantity field shows and parses back


def test_stock_quantities_in_english_are_unchanged(qapp: QApplication) -> None:
    install_language(qapp, "en")
    assert quantity_text(Decimal("12000.000")) == quantity(Decimal("12000.000")) == "12000"
    assert signed(Decimal("2.5")) == "+2.5"
