"""The Reports page over a small hand-built history: every report, the range, CSV and PDF exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, SalesBy
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft
from crmdesk.services.inventory import ProductInput
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.services.sales.common import local_today
from crmdesk.ui.reports.definitions import REPORTS, Preset, compute, preset_range
from crmdesk.ui.reports.model import RAW_ROLE
from crmdesk.ui.reports.page import ReportsPage
from crmdesk.ui.tasks import TaskRunner

TODAY = local_today()
# (customer, days ago, product, quantity): oldest first (issue dates in a series never go backwards).
SALES = (
    ("Anna Bērziņa", 500, "A", 2),
    ("=cmd|' /C calc'!A0", 400, "B", 1),
    ("Бен Иванов", 300, "A", 1),
    ("Anna Bērziņa", 200, "B", 3),
    ("دان احمدی", 100, "A", 1),
    ("Бен Иванов", 40, "B", 2),
    ("Anna Bērziņa", 10, "A", 1),
)


def build(services: Services) -> dict[str, int]:
    products = {}
    for sku, price, cost in (("A", "100.00", "60.00"), ("B", "50.00", "20.00")):
        product = services.products.create(
            ProductInput(
                sku=sku, name=f"Product {sku}", category="Parts", sale_price=D(price), cost_price=D(cost)
            )
        )
        services.stock.opening_balance(product.id, quantity=D(100), unit_cost=D(cost))
        products[sku] = product.id
    ids: dict[str, int] = {}
    for name, city, country in (
        ("Anna Bērziņa", "Rīga", "LV"),
        ("=cmd|' /C calc'!A0", "Tallinn", "EE"),
        ("Бен Иванов", "Rīga", "LV"),
        ("دان احمدی", "Tehran", "IR"),
    ):
        ids[name] = services.customer_editor.create(
            CustomerDraft(name=name, billing_address=AddressDraft(city=city, country=country))
        ).id
    for name, days_ago, sku, quantity in SALES:
        day = TODAY - timedelta(days=days_ago)
        draft = services.invoices.create_draft(
            InvoiceDraft(
                customer_id=ids[name], lines=[LineInput(product_id=products[sku], quantity=D(quantity))]
            )
        )
        services.invoices.issue(draft.id, issue_date=day, today=day)
    services.contact_log.log(InteractionDraft(ids["Бен Иванов"], InteractionKind.COMPLAINT, subject="Late"))
    services.contact_log.log(
        InteractionDraft(ids["Anna Bērziņa"], InteractionKind.FEEDBACK, subject="Great", satisfaction=5)
    )
    return ids


@pytest.fixture
def history(empty_db: Path) -> Iterator[Services]:
    services = Services.open(empty_db)
    try:
        build(services)
        yield services
    finally:
        services.close()


@pytest.fixture
def page(qtbot: QtBot, history: Services) -> Iterator[ReportsPage]:
    runner = TaskRunner()
    page = ReportsPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_services(history)
    yield page
    runner.shutdown()


def shown(page: ReportsPage) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def choose(qtbot: QtBot, page: ReportsPage, key: str) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.show_report(key)


def test_every_report_is_shown(qtbot: QtBot, page: ReportsPage, history: Services) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_preset(Preset.ALL_TIME)
    everyone = DateRange(None, TODAY)
    for report in REPORTS:
        choose(qtbot, page, report.key)
        assert page.result is not None and page.result.key == report.key
        assert page.result.period == everyone
        assert page.title_label.text().startswith(report.title)
    choose(qtbot, page, "rfm")
    names = {row[0] for row in shown(page)}
    assert names == {"Anna Bērziņa", "=cmd|' /C calc'!A0", "Бен Иванов", "دان احمدی"}
    rfm = {r.name: r for r in history.analytics.rfm(everyone)}
    for row in shown(page):
        assert row[1] == rfm[row[0]].segment.value
        assert row[2] == rfm[row[0]].score
    choose(qtbot, page, "sales_product")
    rows = {row[0]: row for row in shown(page)}
    # A: 2 + 1 + 1 + 1 = 5 × 100.00; B: 1 + 3 + 2 = 6 × 50.00; money formatted, numbers right-aligned.
    assert rows["Product A"][3] == "€500.00"
    assert rows["Product B"][3] == "€300.00"
    assert page.model.index(0, 3).data(RAW_ROLE) == D("500.00")
    alignment = page.model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    choose(qtbot, page, "complaints")
    assert sum(int(row[1]) for row in shown(page)) == 1
    assert "average satisfaction 5.00 of 5" in page.summary_label.text()
    choose(qtbot, page, "customer_profit")
    profit = {row[0]: row[-2] for row in shown(page)}
    # Anna: A 2+1 (margin 40 each) + B 3 (margin 30 each) = 120 + 90.
    assert profit["Anna Bērziņa"] == "€210.00"
    # The chart is drawn (matplotlib canvas created on first use).
    assert page.chart.isVisible() and page.chart.canvas is not None


def test_the_table_sorts(qtbot: QtBot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_preset(Preset.ALL_TIME)
    choose(qtbot, page, "sales_customer")
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # net sales
    values = [page.model.index(r, 3).data(RAW_ROLE) for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_the_range_changes_the_query(qtbot: QtBot, page: ReportsPage) -> None:
    choose(qtbot, page, "sales_month")
    start, end = TODAY - timedelta(days=50), TODAY
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_custom_range(start, end)
    assert page.result is not None and page.result.period == DateRange(start, end)
    # Only the sales of the last 50 days: Ben's 2 × B and Anna's 1 × A.
    assert sum(page.model.index(r, 3).data(RAW_ROLE) for r in range(page.model.rowCount())) == D("200.00")
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_preset(Preset.LAST_YEAR)
    assert page.result is not None
    assert page.result.period == preset_range(Preset.LAST_YEAR, TODAY)
    assert page.result.period.start == date(TODAY.year - 1, 1, 1)
    # Editing a date makes the range custom.
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.to_edit.setDate(page.to_edit.date().addDays(-1))
    assert page.preset_box.currentData() == Preset.CUSTOM.value


def test_presets() -> None:
    day = date(2026, 3, 15)
    assert preset_range(Preset.THIS_MONTH, day) == DateRange(date(2026, 3, 1), day)
    assert preset_range(Preset.LAST_MONTH, day) == DateRange(date(2026, 2, 1), date(2026, 2, 28))
    assert preset_range(Preset.THIS_YEAR, day) == DateRange(date(2026, 1, 1), day)
    assert preset_range(Preset.LAST_YEAR, day) == DateRange(date(2025, 1, 1), date(2025, 12, 31))
    assert preset_range(Preset.LAST_12_MONTHS, day) == DateRange(date(2025, 3, 16), day)
    assert preset_range(Preset.ALL_TIME, day) == DateRange(None, day)
    assert preset_range(Preset.LAST_MONTH, date(2026, 1, 10)) == DateRange(
        date(2025, 12, 1), date(2025, 12, 31)
    )


def test_stale_answers_are_dropped(qtbot: QtBot, page: ReportsPage, history: Services) -> None:
    page.show_report("clv")
    page.show_report("churn")  # asked before the CLV answer came
    qtbot.waitUntil(lambda: page._runner.pending == 0, timeout=10_000)
    assert page.result is not None and page.result.key == "churn"
    # An answer to an older question (generation) arriving late is not shown.
    late = compute("clv", history, DateRange(None, TODAY))
    page._arrived(page._generation - 1, late)
    assert page.result.key == "churn"
    assert page.title_label.text().startswith("Churn risk")


def test_csv_export(qtbot: QtBot, page: ReportsPage, tmp_path: Path, history: Services) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_preset(Preset.ALL_TIME)
    choose(qtbot, page, "sales_customer")
    out = tmp_path / "sales.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export_csv(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "Customer",
        "Invoices",
        "Credit notes",
        "Net sales (EUR)",
        "A year before (EUR)",
        "Change",
    ]
    report = history.analytics.sales(DateRange(None, TODAY), by=SalesBy.CUSTOMER)
    assert len(rows) == 1 + len(report.rows)
    by_name = {row[0]: row for row in rows[1:]}
    # The formula is neutralised; amounts are plain numbers.
    assert "'=cmd|' /C calc'!A0" in by_name
    assert by_name["'=cmd|' /C calc'!A0"][3] == "50.00"
    assert by_name["Anna Bērziņa"][1:4] == ["3", "0", "450.00"]
    assert page.status_label.text() == "Saved sales.csv"


def test_pdf_export(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.set_preset(Preset.ALL_TIME)
    choose(qtbot, page, "rfm")
    out = tmp_path / "rfm.pdf"
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_pdf(out)
    reader = PdfReader(out)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "RFM segments" in text
    assert "Anna" in text and "Бен Иванов" in text
    images = [image for p in reader.pages for image in p.images]
    assert images, "the chart is in the PDF"
    assert not list(tmp_path.glob(".*part"))


def test_a_range_ending_before_it_starts_is_refused(qtbot: QtBot, page: ReportsPage) -> None:
    page.set_custom_range(TODAY, TODAY - timedelta(days=3))
    assert "after it ends" in page.status_label.text()
    assert page.result is None
    assert not page.csv_button.isEnabled()
