"""Analytics on a small hand-built history: every score, segment, CLV, churn rank and profit by hand.

The history (base currency EUR, the range ends on E = 2026-06-30; tax 0 so net = price):

    product A: 100.00, average cost 60.00   product B: 50.00, cost 20.00   product C: 10.00, cost 4.00

    2024-06-01 Ben  B×2      2024-08-01 Eve  A×2      2024-09-01 Ben  B×2      2024-12-01 Ben  B×2
    2025-01-10 Ann  A×1      2025-03-01 Ben  B×2      2025-03-15 credit note: Ben 1×B of 2025-03-01
    2025-10-10 Ann  A×1      2025-12-01 Dan  C×3      2026-01-10 Ann  A×1      2026-02-01 Dan  C×1
    2026-03-01 Zed  B×1 (Zed archived later)          2026-06-01 Cara A×1 at 1000 SEK, 11.5 SEK per EUR
    2026-06-20 Ann  A×1 + B×1
    expenses: 100.00 against Eve (2025-01-01), 30.00 against product C (2026-01-05)
    Fay never bought anything.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from crmdesk.domain.enums import AddressKind, Channel, InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, SalesBy, Segment
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.inventory import ProductInput
from crmdesk.services.inventory.expenses import ExpenseInput
from crmdesk.services.sales import CreditLine, InvoiceDraft, LineInput
from crmdesk.storage.models import Address, Customer, InvoiceLine

E = date(2026, 6, 30)
ALL = DateRange(start=None, end=E)


@dataclass(frozen=True)
class History:
    path: Path
    ann: int
    ben: int
    cara: int
    dan: int
    eve: int
    zed: int
    fay: int
    a: int
    b: int
    c: int


def _customer(services: Services, name: str, *, currency: str = "EUR", channel: Channel | None = None,
              city: str = "", country: str = "") -> int:  # fmt: skip
    with services._db.write() as session:
        customer = Customer(name=name, sort_name=name.casefold(), currency=currency, channel=channel)
        session.add(customer)
        session.flush()
        if city:
            session.add(
                Address(customer_id=customer.id, kind=AddressKind.BILLING, city=city, country=country)
            )
        return customer.id


def _build(path: Path) -> History:
    with Services.open(path) as services:
        ids = {
            "ann": _customer(services, "Anna Bērziņa", channel=Channel.SHOP, city="Rīga", country="LV"),
            "ben": _customer(services, "Бен Иванов", channel=Channel.WEB),
            "cara": _customer(services, "Cara Lind", currency="SEK", city="Stockholm", country="SE"),
            "dan": _customer(services, "دان احمدی", channel=Channel.PHONE),
            "eve": _customer(services, "Eve Smith", channel=Channel.WEB),
            "zed": _customer(services, "Zed Old"),
            "fay": _customer(services, "Fay Never"),
        }
        products = {}
        for sku, price, cost in (("A", "100.00", "60.00"), ("B", "50.00", "20.00"), ("C", "10.00", "4.00")):
            product = services.products.create(
                ProductInput(sku=sku, name=f"Product {sku}", category="Parts" if sku != "C" else "Small",
                             sale_price=D(price), cost_price=D(cost))
            )  # fmt: skip
            services.stock.opening_balance(product.id, quantity=D(100), unit_cost=D(cost))
            products[sku] = product.id

        def sell(
            day: date, who: str, *lines: tuple[str, int], rate: D | None = None, price: D | None = None
        ) -> int:
            draft = services.invoices.create_draft(
                InvoiceDraft(
                    customer_id=ids[who],
                    exchange_rate=rate,
                    lines=[
                        LineInput(product_id=products[sku], quantity=D(q), unit_price=price)
                        for sku, q in lines
                    ],
                )
            )
            return services.invoices.issue(draft.id, issue_date=day, today=day).invoice.id

        sell(date(2024, 6, 1), "ben", ("B", 2))
        sell(date(2024, 8, 1), "eve", ("A", 2))
        sell(date(2024, 9, 1), "ben", ("B", 2))
        sell(date(2024, 12, 1), "ben", ("B", 2))
        sell(date(2025, 1, 10), "ann", ("A", 1))
        credited = sell(date(2025, 3, 1), "ben", ("B", 2))
        with services._db.read_session() as session:
            line_id = session.scalars(select(InvoiceLine.id).where(InvoiceLine.invoice_id == credited)).one()
        note = services.credit_notes.create_draft(credited, lines=[CreditLine(line_id, D(1))])
        services.invoices.issue(note.id, issue_date=date(2025, 3, 15), today=date(2025, 3, 15))
        sell(date(2025, 10, 10), "ann", ("A", 1))
        sell(date(2025, 12, 1), "dan", ("C", 3))
        sell(date(2026, 1, 10), "ann", ("A", 1))
        sell(date(2026, 2, 1), "dan", ("C", 1))
        sell(date(2026, 3, 1), "zed", ("B", 1))
        sell(date(2026, 6, 1), "cara", ("A", 1), rate=D("11.5"), price=D(1000))
        sell(date(2026, 6, 20), "ann", ("A", 1), ("B", 1))
        services.expenses.record(
            ExpenseInput(
                spent_on=date(2025, 1, 1), category="Repairs", net_amount=D(100), customer_id=ids["eve"]
            )
        )
        services.expenses.record(
            ExpenseInput(
                spent_on=date(2026, 1, 5), category="Samples", net_amount=D(30), product_id=products["C"]
            )
        )
        with services._db.write() as session:
            zed = session.get(Customer, ids["zed"])
            assert zed is not None
            zed.archived_at = datetime(2026, 4, 1, tzinfo=UTC)
    return History(path, **ids, a=products["A"], b=products["B"], c=products["C"])


@pytest.fixture(scope="module")
def history_file(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> History:
    path = tmp_path_factory.mktemp("analytics") / "history.sqlite3"
    shutil.copyfile(migrated_template, path)
    return _build(path)


@pytest.fixture
def history(history_file: History) -> Iterator[tuple[History, Services]]:
    services = Services.open(history_file.path, create=False)
    try:
        yield history_file, services
    finally:
        services.close()


def days(start: date, end: date = E) -> int:
    return (end - start).days


def half_up(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def test_rfm_scores_and_segments_by_hand(history: tuple[History, Services]) -> None:
    h, services = history
    rows = {row.customer_id: row for row in services.analytics.rfm(ALL)}
    # Zed is archived, Fay never bought: neither is scored. Five customers → one per quintile.
    assert set(rows) == {h.ann, h.ben, h.cara, h.dan, h.eve}
    # Recency: last purchase oldest → 1 … newest → 5: Eve 2024-08-01, Ben 2025-03-01, Dan 2026-02-01,
    # Cara 2026-06-01, Ann 2026-06-20.
    # Frequency (invoices, then revenue): Cara 1/86.96, Eve 1/200, Dan 2, Ben 4/350, Ann 4/450.
    # Monetary (net revenue): Dan 40, Cara 86.96 (1000 SEK ÷ 11.5 = 86.9565…), Eve 200, Ben 350, Ann 450.
    expected = {
        h.ann: (days(date(2026, 6, 20)), 4, D("450.00"), 5, 5, 5, Segment.CHAMPIONS),  # FM 5
        h.ben: (days(date(2025, 3, 1)), 4, D("350.00"), 2, 4, 4, Segment.AT_RISK),  # R2, FM 4
        h.cara: (days(date(2026, 6, 1)), 1, D("86.96"), 4, 1, 2, Segment.NEW),  # one order, R4
        h.dan: (days(date(2026, 2, 1)), 2, D("40.00"), 3, 3, 1, Segment.NEED_ATTENTION),  # R3, FM 2
        h.eve: (days(date(2024, 8, 1)), 1, D("200.00"), 1, 2, 3, Segment.AT_RISK),  # R1, FM 3
    }
    got = {
        cid: (r.recency_days, r.frequency, r.monetary, r.r, r.f, r.m, r.segment) for cid, r in rows.items()
    }
    assert got == expected
    assert rows[h.ann].recency_days == 10
    assert rows[h.ann].score == "555"


def test_segment_sizes_and_filter(history: tuple[History, Services]) -> None:
    h, services = history
    sizes = {s.segment: (s.customers, s.revenue) for s in services.analytics.segment_sizes(ALL)}
    assert sizes[Segment.AT_RISK] == (2, D("550.00"))
    assert sizes[Segment.CHAMPIONS] == (1, D("450.00"))
    assert sizes[Segment.NEW] == (1, D("86.96"))
    assert sizes[Segment.NEED_ATTENTION] == (1, D("40.00"))
    assert sizes[Segment.LOST] == (0, D(0))
    assert list(sizes) == list(Segment)
    at_risk = services.analytics.rfm(ALL, segment=Segment.AT_RISK)
    assert [r.customer_id for r in at_risk] == [h.ben, h.eve]  # R+F+M: Ben 10, Eve 6


def test_clv_historic_and_predicted_by_hand(history: tuple[History, Services]) -> None:
    h, services = history
    report = services.analytics.clv(ALL)
    # Observed a year or more (first purchase ≥ 365 days before E): Ann, Ben, Eve = 3;
    # lapsed (no purchase in the last 365 days): Ben, Eve = 2 → churn 2/3 a year → lifetime 3/2 years.
    assert (report.customers_observed, report.customers_lapsed) == (3, 2)
    assert report.expected_lifetime_years == D("1.50")
    rows = {r.customer_id: r for r in report.rows}
    # Historic = revenue − cost of goods (credited goods come back):
    margins = {
        h.ann: D(450) - (4 * D(60) + D(20)),  # 190
        h.ben: D(400) - D(50) - (8 * D(20) - D(20)),  # 210
        h.cara: D("86.96") - D(60),  # 26.96
        h.dan: D(40) - 4 * D(4),  # 24
        h.eve: D(200) - 2 * D(60),  # 80
    }
    assert {cid: r.historic for cid, r in rows.items()} == margins

    # Predicted = margin ÷ orders × (orders × 365 ÷ max(tenure, 365)) × 1.5; 0 for the lapsed.
    def predicted(cid: int, first: date) -> Decimal:
        return half_up(margins[cid] * 365 * 3 / (max(days(first), 365) * 2))

    assert rows[h.ann].predicted == predicted(h.ann, date(2025, 1, 10)) == D("194.08")
    assert rows[h.cara].predicted == D("40.44")
    assert rows[h.dan].predicted == D("36.00")
    assert rows[h.ben].predicted == rows[h.eve].predicted == D(0)
    assert [r.customer_id for r in report.rows] == [h.ann, h.cara, h.dan, h.ben, h.eve]
    assert rows[h.ann].average_order_margin == D("47.50")
    by_history = services.analytics.clv(ALL, order_by="historic", limit=2)
    assert [r.customer_id for r in by_history.rows] == [h.ben, h.ann]


def test_churn_ranked_by_hand(history: tuple[History, Services]) -> None:
    h, services = history
    rows = services.analytics.churn(ALL)
    # Own usual gap needs ≥ 3 purchase days: Ann (526 days / 3 gaps), Ben (273 / 3). The others get the
    # shop's pooled gap (526 + 273) / 6.
    pooled = (D(526), D(6))

    def ratio(since: int, gap: tuple[Decimal, Decimal]) -> Decimal:
        return half_up(since * gap[1] / gap[0])

    expected = [
        (h.ben, ratio(days(date(2025, 3, 1)), (D(273), D(3))), True),  # 5.34
        (h.eve, ratio(days(date(2024, 8, 1)), (pooled[0] + 273, pooled[1])), True),  # 5.24
        (h.dan, ratio(days(date(2026, 2, 1)), (pooled[0] + 273, pooled[1])), False),  # 1.12
        (h.cara, ratio(days(date(2026, 6, 1)), (pooled[0] + 273, pooled[1])), False),  # 0.22
        (h.ann, ratio(10, (D(526), D(3))), False),  # 0.06
    ]
    assert [(r.customer_id, r.ratio, r.at_risk) for r in rows] == expected
    assert [r.rank for r in rows] == [1, 2, 3, 4, 5]
    assert [r.ratio for r in rows] == [D("5.34"), D("5.24"), D("1.12"), D("0.22"), D("0.06")]
    assert rows[0].usual_gap_days == D("91.0") and rows[0].own_gap
    assert not rows[1].own_gap
    at_risk = services.analytics.churn(ALL, at_risk_only=True)
    assert [r.customer_id for r in at_risk] == [h.ben, h.eve]
    recent = services.analytics.churn(ALL, within_days=200)
    assert [r.customer_id for r in recent] == [h.dan, h.cara, h.ann]


def test_profit_per_customer_by_hand(history: tuple[History, Services]) -> None:
    h, services = history
    rows = services.analytics.customer_profit(ALL)
    got = [(r.id, r.revenue, r.credited, r.cost_of_goods, r.expenses, r.profit, r.unprofitable) for r in rows]
    assert got == [
        (h.ben, D("400.00"), D("50.00"), D("140.00"), D(0), D("210.00"), False),
        (h.ann, D("450.00"), D(0), D("260.00"), D(0), D("190.00"), False),
        (h.zed, D("50.00"), D(0), D("20.00"), D(0), D("30.00"), False),  # archived, still counted
        (h.cara, D("86.96"), D(0), D("60.00"), D(0), D("26.96"), False),
        (h.dan, D("40.00"), D(0), D("16.00"), D(0), D("24.00"), False),
        (h.eve, D("200.00"), D(0), D("120.00"), D("100.00"), D("-20.00"), True),
    ]
    assert [r.id for r in services.analytics.customer_profit(ALL, unprofitable_only=True)] == [h.eve]
    # The range cuts documents and expenses alike: from 2025 on Eve has only the expense.
    since_2025 = {r.id: r.profit for r in services.analytics.customer_profit(DateRange(date(2025, 1, 1), E))}
    assert since_2025[h.eve] == D("-100.00")
    assert since_2025[h.ben] == D(100) - D(50) - D(20)


def test_profit_per_product_by_hand(history: tuple[History, Services]) -> None:
    h, services = history
    rows = {r.id: r for r in services.analytics.product_profit(ALL)}
    a, b, c = rows[h.a], rows[h.b], rows[h.c]
    assert (a.quantity, a.revenue, a.cost_of_goods, a.profit) == (D(7), D("686.96"), D("420.00"), D("266.96"))
    assert (b.quantity, b.revenue, b.credited, b.cost_of_goods, b.profit) == (
        D(9), D("500.00"), D("50.00"), D("180.00"), D("270.00"),
    )  # fmt: skip
    assert (c.revenue, c.cost_of_goods, c.expenses, c.profit, c.unprofitable) == (
        D("40.00"), D("16.00"), D("30.00"), D("-6.00"), True,
    )  # fmt: skip
    assert [r.id for r in services.analytics.product_profit(ALL)] == [h.b, h.a, h.c]
    assert [r.id for r in services.analytics.product_profit(ALL, worst_first=True, limit=1)] == [h.c]


def test_sales_by_month_beside_the_year_before(history: tuple[History, Services]) -> None:
    _h, services = history
    report = services.analytics.sales(DateRange(date(2026, 1, 1), E), by=SalesBy.MONTH)
    assert [(r.key, r.invoices, r.credit_notes, r.net_sales, r.previous) for r in report.rows] == [
        ("2026-01", 1, 0, D("100.00"), D("100.00")),  # Ann; a year before Ann too
        ("2026-02", 1, 0, D("10.00"), None),
        ("2026-03", 1, 0, D("50.00"), D("50.00")),  # Zed; a year before Ben 100 − credit note 50
        ("2026-06", 2, 0, D("236.96"), None),  # Cara 86.96 + Ann 150
    ]
    assert report.total == D("396.96")
    assert report.rows[0].change == D("0.0")


def test_sales_by_year_and_quarter(history: tuple[History, Services]) -> None:
    _h, services = history
    years = services.analytics.sales(ALL, by=SalesBy.YEAR)
    # 2024: 100 + 200 + 100 + 100; 2025: 100 + 100 − 50 + 100 + 30; 2026: 396.96.
    # The year before of "up to 2026-06-30" is "up to 2025-06-30": 2025 H1 = 150.
    assert [(r.key, r.net_sales, r.previous) for r in years.rows] == [
        ("2024", D("500.00"), None),
        ("2025", D("280.00"), D("500.00")),
        ("2026", D("396.96"), D("150.00")),
    ]
    alone = services.analytics.sales(ALL, by=SalesBy.YEAR, compare=False)
    assert [(r.key, r.net_sales, r.previous) for r in alone.rows] == [
        (r.key, r.net_sales, None) for r in years.rows
    ]
    quarters = services.analytics.sales(DateRange(date(2025, 1, 1), date(2025, 12, 31)), by=SalesBy.QUARTER)
    assert [(r.key, r.net_sales, r.previous) for r in quarters.rows] == [
        ("2025-Q1", D("150.00"), None),
        ("2025-Q2", D(0), D("100.00")),  # 2024-Q2: Ben's 2024-06-01
        ("2025-Q3", D(0), D("300.00")),  # Eve 200 + Ben 100
        ("2025-Q4", D("130.00"), D("100.00")),
    ]


def test_sales_by_place_channel_product_and_customer(history: tuple[History, Services]) -> None:
    h, services = history
    by_country = services.analytics.sales(ALL, by=SalesBy.COUNTRY)
    assert [(r.key, r.net_sales) for r in by_country.rows] == [
        ("", D("640.00")),
        ("LV", D("450.00")),
        ("SE", D("86.96")),
    ]
    by_city = services.analytics.sales(ALL, by=SalesBy.CITY)
    assert [r.label for r in by_city.rows] == ["", "Rīga, LV", "Stockholm, SE"]
    by_channel = {r.key: r.net_sales for r in services.analytics.sales(ALL, by=SalesBy.CHANNEL).rows}
    assert by_channel == {"web": D("550.00"), "shop": D("450.00"), "phone": D("40.00"), "": D("136.96")}
    by_product = services.analytics.sales(ALL, by=SalesBy.PRODUCT)
    assert [(r.label, r.net_sales, r.invoices, r.credit_notes) for r in by_product.rows] == [
        ("Product A", D("686.96"), 6, 0),
        ("Product B", D("450.00"), 6, 1),  # Ben ×4, Ann, Zed
        ("Product C", D("40.00"), 2, 0),
    ]
    by_category = {r.key: r.net_sales for r in services.analytics.sales(ALL, by=SalesBy.CATEGORY).rows}
    assert by_category == {"Parts": D("1136.96"), "Small": D("40.00")}
    top = services.analytics.sales(ALL, by=SalesBy.CUSTOMER, limit=2)
    assert [(r.key, r.label) for r in top.rows] == [(str(h.ann), "Anna Bērziņa"), (str(h.ben), "Бен Иванов")]


def test_new_customers_quotes_and_pipeline(history: tuple[History, Services]) -> None:
    _h, services = history
    firsts = {r.month: r.first_purchases for r in services.analytics.new_customers(ALL)}
    assert firsts["2024-06"] == 1 and firsts["2026-06"] == 1 and firsts["2025-01"] == 1
    assert sum(firsts.values()) == 6  # Fay never bought
    assert services.analytics.quotes(ALL).win_rate is None
    assert services.analytics.pipeline(ALL) == []


def test_complaints_and_satisfaction(history: tuple[History, Services]) -> None:
    h, services = history
    at = datetime(2026, 5, 4, 9, tzinfo=UTC)
    first = services.contact_log.log(
        InteractionDraft(customer_id=h.ann, kind=InteractionKind.COMPLAINT, subject="Late", occurred_at=at)
    )
    services.contact_log.log(
        InteractionDraft(customer_id=h.ben, kind=InteractionKind.COMPLAINT, subject="Broken", occurred_at=at)
    )
    services.contact_log.log(
        InteractionDraft(
            customer_id=h.ann, kind=InteractionKind.FEEDBACK, subject="Fine", satisfaction=4, occurred_at=at
        )
    )
    services.contact_log.log(
        InteractionDraft(
            customer_id=h.ben, kind=InteractionKind.FEEDBACK, subject="Bad", satisfaction=1, occurred_at=at
        )
    )
    services.contact_log.resolve_complaint(first.id, resolution="Sent again")
    (may,) = services.analytics.complaints(ALL)
    assert (may.month, may.opened, may.resolved, may.ratings, may.average_satisfaction) == (
        "2026-05", 2, 1, 2, D("2.50"),
    )  # fmt: skip


def test_suggested_next_products(history: tuple[History, Services]) -> None:
    h, services = history
    # Cara bought A; A was also bought by Ann (who bought B too) and Eve (only A) → B, 1 customer.
    assert [(s.product_id, s.customers) for s in services.analytics.suggestions(h.cara)] == [(h.b, 1)]
    # Ben bought B; so did Ann (A) and Zed (nothing else) → A, 1.
    assert [(s.product_id, s.customers) for s in services.analytics.suggestions(h.ben)] == [(h.a, 1)]
    assert services.analytics.suggestions(h.fay) == []
    with pytest.raises(NotFoundError):
        services.analytics.suggestions(999_999)


def test_bad_ranges_and_options(history: tuple[History, Services]) -> None:
    _h, services = history
    with pytest.raises(ValidationError, match="starts"):
        DateRange(start=E, end=date(2026, 1, 1))
    with pytest.raises(ValidationError):
        services.analytics.clv(ALL, order_by="name")
    with pytest.raises(ValidationError):
        services.analytics.rfm(ALL, limit=0)
    assert services.analytics.rfm(DateRange(date(2030, 1, 1), date(2030, 12, 31))) == []


def test_dashboard_figures(history: tuple[History, Services]) -> None:
    h, services = history
    analytics = services.analytics
    months = analytics.revenue_by_month(today=E)
    assert [m.this_year for m in months] == [
        D("100.00"), D("10.00"), D("50.00"), D(0), D(0), D("236.96"), None, None, None, None, None, None,
    ]  # fmt: skip
    assert [m.last_year for m in months] == [
        D("100.00"), D(0), D("50.00"), D(0), D(0), D(0), D(0), D(0), D(0), D("100.00"), D(0), D("30.00"),
    ]  # fmt: skip
    # Last 12 months (2025-07-01 … 2026-06-30): Ann 100 + 100 + 150, Cara 86.96, Zed 50, Dan 30 + 10.
    top = analytics.top_customers(today=E)
    assert [(row.key, row.net_sales) for row in top] == [
        (str(h.ann), D("350.00")), (str(h.cara), D("86.96")), (str(h.zed), D("50.00")), (str(h.dan), D("40.00")),
    ]  # fmt: skip
    # Ben and Eve are at risk but last bought more than a year ago: not on the dashboard's list.
    assert analytics.at_risk(today=E) == ()
    # On 2025-09-01 only Ben has 3 purchase days (gap 273 / 3 = 91): Ann (one purchase, 234 days ago)
    # 234 / 91 = 2.57, Ben 184 / 91 = 2.02; Eve (396 days) is beyond the year.
    early = analytics.at_risk(today=date(2025, 9, 1))
    assert [(r.customer_id, r.ratio) for r in early] == [(h.ann, D("2.57")), (h.ben, D("2.02"))]
    services.contact_log.log(
        InteractionDraft(customer_id=h.dan, kind=InteractionKind.CALL, subject="Call back",
                         occurred_at=datetime(2026, 6, 1, 9, tzinfo=UTC), follow_up_due=datetime(2026, 6, 29, 9, tzinfo=UTC))
    )  # fmt: skip
    services.contact_log.log(
        InteractionDraft(customer_id=h.dan, kind=InteractionKind.CALL, subject="Later",
                         occurred_at=datetime(2026, 6, 1, 9, tzinfo=UTC), follow_up_due=datetime(2026, 7, 5, 9, tzinfo=UTC))
    )  # fmt: skip
    money = analytics.receivables(today=E)
    # Nothing is paid; due 14 days after issue. Overdue on E: all but Ann's 2026-06-20 invoice.
    # Ben 100 × 3 + (100 − credit note 50), Eve 200, Ann 100 × 3, Dan 30 + 10, Zed 50, Cara 86.96.
    assert (money.overdue_invoices, money.overdue_total, money.follow_ups_due) == (12, D("1026.96"), 1)
    board = analytics.dashboard(today=E)
    assert board.months == months and board.top_customers == top
    assert {s.segment: s.customers for s in board.segments}[Segment.CHAMPIONS] == 1


def test_a_narrow_range_reads_through_the_date_index_with_the_same_figures(
    history: tuple[History, Services],
) -> None:
    h, services = history
    june = DateRange(date(2026, 6, 1), E)  # under 92 days: the issue-date index, not a full read
    assert june.narrow and not ALL.narrow
    months = services.analytics.sales(june, by=SalesBy.MONTH)
    assert [(r.key, r.net_sales, r.previous) for r in months.rows] == [("2026-06", D("236.96"), None)]
    assert [(r.id, r.profit) for r in services.analytics.customer_profit(june)] == [
        (h.ann, D(150) - D(80)),
        (h.cara, D("26.96")),
    ]
    assert [r.customer_id for r in services.analytics.rfm(june)] == [h.ann, h.cara]
    assert [r.first_purchases for r in services.analytics.new_customers(june)] == [1]
