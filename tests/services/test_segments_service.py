"""Segments: saved filters and RFM segments, their members in SQL, campaigns and contact exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, Segment
from crmdesk.services.contact_log import InteractionListQuery
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.services.customers import CustomerListQuery
from crmdesk.services.inventory import ProductInput
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.services.sales.common import local_today
from crmdesk.services.segments import CONTACT_HEADERS, SETTING_KEY, rfm_segment


@dataclass(frozen=True)
class Shop:
    ids: dict[str, int]


PEOPLE = (
    # name, city, country, tag, purchases (days ago, quantity)
    ("Anna Bērziņa", "Rīga", "LV", "vip", ((400, 1), (200, 2), (30, 3), (5, 2))),
    ("Бен Иванов", "Tallinn", "EE", "vip", ((700, 5), (600, 4), (500, 4))),
    ('=HYPERLINK("x")', "Rīga", "LV", "", ((20, 1),)),
    ("دان احمدی", "Oslo", "NO", "fair", ((300, 1), (250, 1))),
    ("Eve Smith", "Rīga", "LV", "fair", ((900, 1),)),
    ("Fay Never", "Berlin", "DE", "", ()),
)


def build(services: Services) -> Shop:
    today = local_today()
    ids: dict[str, int] = {}
    product = services.products.create(
        ProductInput(sku="A", name="Product A", sale_price=D("100.00"), cost_price=D("60.00"))
    )
    services.stock.opening_balance(product.id, quantity=D(1000), unit_cost=D("60.00"))
    for number, (name, city, country, tag, _buys) in enumerate(PEOPLE, start=1):
        created = services.customer_editor.create(
            CustomerDraft(
                name=name,
                emails=(LabelledValue(f"c{number}@example.com"),),
                phones=(LabelledValue(f"+3712000000{number}"),),
                billing_address=AddressDraft(city=city, country=country),
                tags=(tag,) if tag else (),
            )
        )
        ids[name] = created.id
    # Issue dates in a series never go backwards: oldest purchase first.
    purchases = sorted(
        ((days_ago, name, quantity) for name, *_rest, buys in PEOPLE for days_ago, quantity in buys),
        key=lambda p: -p[0],
    )
    for days_ago, name, quantity in purchases:
        day = today - timedelta(days=days_ago)
        draft = services.invoices.create_draft(
            InvoiceDraft(
                customer_id=ids[name], lines=[LineInput(product_id=product.id, quantity=D(quantity))]
            )
        )
        services.invoices.issue(draft.id, issue_date=day, today=day)
    return Shop(ids)


@pytest.fixture
def shop(db_file: Path) -> Iterator[tuple[Services, Shop]]:
    services = Services.open(db_file)
    try:
        yield services, build(services)
    finally:
        services.close()


def test_save_list_delete_and_persist(db_file: Path, shop: tuple[Services, Shop]) -> None:
    services, _shop = shop
    assert [s.name for s in services.segments.rfm_segments()] == [s.value for s in Segment]
    assert services.segments.saved() == []
    saved = services.segments.save(
        "  Rīga   VIPs ", CustomerListQuery(search="ignored", tag="vip", city="rīga")
    )
    assert saved.name == "Rīga VIPs"
    assert saved.query == CustomerListQuery(tag="vip", city="rīga")  # the search text is not kept
    services.segments.save("Fair people", CustomerListQuery(tag="fair", rfm_segment="Lost"))
    # Saving under an existing name (any case) replaces it.
    services.segments.save("fair PEOPLE", CustomerListQuery(tag="fair"))
    assert [s.name for s in services.segments.saved()] == ["fair PEOPLE", "Rīga VIPs"]
    assert services.segments.get("rīga vips").query.tag == "vip"
    assert services.segments.get("Champions").is_rfm
    with pytest.raises(ValidationError, match="name"):
        services.segments.save("   ", CustomerListQuery(tag="vip"))
    with pytest.raises(ValidationError, match="RFM segment"):
        services.segments.save("At risk", CustomerListQuery(tag="vip"))
    with pytest.raises(ValidationError, match="everyone"):
        services.segments.save("All", CustomerListQuery(search="x"))
    with pytest.raises(ValidationError, match="not an RFM segment"):
        services.segments.save("Odd", CustomerListQuery(rfm_segment="Sleepy"))
    services.segments.delete("FAIR people")
    with pytest.raises(NotFoundError):
        services.segments.delete("fair people")
    services.close()
    with Services.open(db_file) as reopened:
        assert [s.name for s in reopened.segments.saved()] == ["Rīga VIPs"]
        assert reopened.segments.saved()[0].query == CustomerListQuery(tag="vip", city="rīga")


def test_rfm_segments_list_exactly_the_analytics_customers(shop: tuple[Services, Shop]) -> None:
    services, _shop = shop
    everyone = DateRange(start=None, end=local_today())
    seen: set[int] = set()
    for segment in Segment:
        expected = {row.customer_id for row in services.analytics.rfm(everyone, segment=segment)}
        members = set(services.segments.customer_ids(rfm_segment(segment)))
        assert members == expected, segment
        assert set(services.customers.ids(CustomerListQuery(rfm_segment=segment.value))) == expected
        seen |= members
    # Everyone with a purchase is in exactly one segment; Fay (no purchase) in none.
    assert len(seen) == 5
    # An RFM segment combines with the other filters (in the same SQL statement).
    champions_in_riga = services.customers.ids(CustomerListQuery(rfm_segment="Champions", city="Rīga"))
    assert set(champions_in_riga) <= set(services.segments.customer_ids(rfm_segment("Champions")))


def test_saved_segment_members(shop: tuple[Services, Shop]) -> None:
    services, shop_ = shop
    segment = services.segments.save("Rīga", CustomerListQuery(city="RĪGA"))
    ids = shop_.ids
    expected = {ids["Anna Bērziņa"], ids['=HYPERLINK("x")'], ids["Eve Smith"]}
    assert set(services.segments.customer_ids(segment)) == expected
    assert services.segments.count(segment) == 3


def _campaign_entries(services: Services, subject: str) -> list[int]:
    page = services.contact_log.page(InteractionListQuery(kinds=(InteractionKind.EMAIL,)), limit=1000)
    return [row.customer_id for row in page.rows if row.subject == subject]


def test_log_campaign_writes_one_entry_per_customer(shop: tuple[Services, Shop]) -> None:
    services, shop_ = shop
    segment = services.segments.save("VIP", CustomerListQuery(tag="vip"))
    when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    count = services.segments.log_campaign(
        segment, " Spring offer sent ", kind=InteractionKind.EMAIL, when=when
    )
    assert count == 2
    logged = _campaign_entries(services, "Spring offer sent")
    assert sorted(logged) == sorted([shop_.ids["Anna Bērziņa"], shop_.ids["Бен Иванов"]])
    page = services.contact_log.page(InteractionListQuery(customer_id=shop_.ids["Бен Иванов"]))
    assert [(r.occurred_at, r.kind) for r in page.rows] == [(when, InteractionKind.EMAIL)]
    # The search index follows in the same transaction.
    results = services.search.search("spring offer")
    hits = [hit for group in results.groups for hit in group.hits if hit.kind.value == "interaction"]
    assert len(hits) == 2
    with pytest.raises(ValidationError, match="subject"):
        services.segments.log_campaign(segment, "  ")
    with pytest.raises(ValidationError, match="time zone"):
        services.segments.log_campaign(segment, "x", when=datetime(2026, 3, 1))
    empty = services.segments.save("Nobody", CustomerListQuery(city="Nowhere"))
    with pytest.raises(ValidationError, match="no customers"):
        services.segments.log_campaign(empty, "Hello")


def test_log_campaign_failure_writes_nothing(
    shop: tuple[Services, Shop], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _shop = shop
    segment = services.segments.save("VIP", CustomerListQuery(tag="vip"))

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("disk on fire")

    # The entries are inserted first, then the audit entry fails: the whole transaction rolls back.
    monkeypatch.setattr("crmdesk.services.segments.record", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        services.segments.log_campaign(segment, "Autumn offer")
    assert _campaign_entries(services, "Autumn offer") == []


def test_export_contacts_csv(tmp_path: Path, shop: tuple[Services, Shop]) -> None:
    services, _shop = shop
    segment = services.segments.save("Rīga", CustomerListQuery(city="Rīga"))
    out = tmp_path / "riga.csv"
    assert services.segments.export_contacts(segment, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CONTACT_HEADERS
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Anna Bērziņa", "Eve Smith", '\'=HYPERLINK("x")'}
    # A phone starts with "+": neutralised like every cell a spreadsheet would run (as services/exporting).
    assert by_name["Anna Bērziņa"] == ["Anna Bērziņa", "c1@example.com", "'+37120000001", "Rīga", "LV"]
    assert not list(tmp_path.glob(".*part"))
    # A folder that does not exist: a clear error, nothing written.
    with pytest.raises(ValidationError, match="does not exist"):
        services.segments.export_contacts(segment, tmp_path / "missing" / "x.csv")


def test_broken_setting_is_ignored(shop: tuple[Services, Shop]) -> None:
    services, _shop = shop
    from crmdesk.storage.models import Setting

    with services._db.write() as session:
        session.add(
            Setting(
                key=SETTING_KEY,
                value='{"segments": [{"name": 3}, {"name": "ok", "filters": {"tag": "vip"}}]}',
            )
        )
    assert [s.name for s in services.segments.saved()] == ["ok"]
