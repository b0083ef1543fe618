"""Segments in the Customers page's filter bar: RFM segments filter in SQL, saved segments, campaigns."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import InteractionKind
from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, Segment
from crmdesk.services.contact_log import InteractionListQuery
from crmdesk.services.customers import CustomerListQuery
from crmdesk.services.sales.common import local_today
from crmdesk.services.segments import rfm_segment
from crmdesk.ui.customers.filter_bar import CampaignDialog
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner


@pytest.fixture
def services(demo_db: Path, open_services: Callable[[Path], Services]) -> Services:
    return open_services(demo_db)


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> Iterator[CustomersPage]:
    runner = TaskRunner()
    page = CustomersPage(runner=runner)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    with qtbot.waitSignal(page.filters.segments_changed, timeout=10000):
        page.set_services(services)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    yield page
    runner.shutdown()
    page.set_services(None)


def shown_ids(page: CustomersPage) -> set[int]:
    return {page.model.customer_id(row) for row in range(page.model.rowCount())}


def test_an_rfm_segment_lists_exactly_the_analytics_customers(
    qtbot: QtBot, page: CustomersPage, services: Services
) -> None:
    everyone = DateRange(None, local_today())
    offered = [page.filters.segment_box.itemText(i) for i in range(1, 1 + len(Segment))]
    assert offered == [s.value for s in Segment]
    tried = 0
    for segment in Segment:
        expected = {row.customer_id for row in services.analytics.rfm(everyone, segment=segment)}
        with qtbot.waitSignal(page.ids_loaded, timeout=5000):
            page.filters.choose_segment(segment.value)
        assert shown_ids(page) == expected, segment
        assert set(services.segments.customer_ids(rfm_segment(segment))) == expected
        tried += bool(expected)
    assert tried >= 3  # the demo business fills several segments
    assert page.filters.active_count() == 1
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.clear()
    assert page.filters.segment_box.currentIndex() == 0
    assert len(shown_ids(page)) == len(services.customers.ids(CustomerListQuery()))


def test_save_choose_and_delete_a_segment(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    tag = page.filters.tag_box.itemData(1)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.tag_box.setCurrentIndex(1)
    with qtbot.waitSignal(page.filters.segments_changed, timeout=5000):
        page.filters.save_segment("Tagged ones")
    assert [s.name for s in services.segments.saved()] == ["Tagged ones"]
    assert page.filters.current_segment().name == "Tagged ones"
    assert page.filters.segment_box.currentText() == "★ Tagged ones"
    # Clearing the filters, then choosing the saved segment puts its filters back.
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.clear()
    assert page.filters.tag_box.currentIndex() == 0
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.choose_segment("Tagged ones")
    assert page.filters.tag_box.currentData() == tag
    assert shown_ids(page) == set(services.customers.ids(CustomerListQuery(tag=tag)))
    # Changing a filter by hand leaves the saved segment.
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.complaint_box.setChecked(True)
    assert page.filters.segment_box.currentIndex() == 0
    assert page.filters.current_segment().name == "the current filters"
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.choose_segment("Tagged ones")
    with qtbot.waitSignal(page.filters.segments_changed, timeout=5000):
        page.filters.delete_segment("Tagged ones")
    assert services.segments.saved() == []
    assert page.filters.segment_box.findText("★ Tagged ones") == -1


def test_log_campaign_on_the_current_segment(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    segment = next(s for s in Segment if services.segments.count(rfm_segment(s)) > 1)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.choose_segment(segment.value)
    current = page.filters.current_segment()
    assert current.name == segment.value and current.is_rfm
    members = shown_ids(page)
    when = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)
    with qtbot.waitSignal(page.filters.campaign_logged, timeout=5000) as logged:
        page.filters.log_campaign(current, "Spring offer sent", InteractionKind.EMAIL, when)
    assert logged.args == [len(members)]
    rows = services.contact_log.page(InteractionListQuery(kinds=(InteractionKind.EMAIL,)), limit=1000).rows
    campaign = [row for row in rows if row.subject == "Spring offer sent"]
    assert sorted(row.customer_id for row in campaign) == sorted(members)
    assert {row.occurred_at for row in campaign} == {when}


def test_the_campaign_dialog(qtbot: QtBot, page: CustomersPage) -> None:
    dialog = CampaignDialog(page.filters.current_segment(), parent=page)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # until the customers are counted
    dialog.set_count(12)
    assert "12 customers" in dialog.count_label.text()
    dialog._confirm()  # no subject
    assert "subject" in dialog.error_label.text()
    dialog.subject_field.setText("  Autumn letter ")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("visit"))
    subject, kind, when = dialog.values()
    assert (subject, kind) == ("Autumn letter", InteractionKind.VISIT)
    assert when.tzinfo is not None


def test_export_the_segment_contacts(
    qtbot: QtBot, page: CustomersPage, services: Services, tmp_path: Path
) -> None:
    segment = next(s for s in Segment if services.segments.count(rfm_segment(s)) > 0)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.filters.choose_segment(segment.value)
    out = tmp_path / "contacts.csv"
    with qtbot.waitSignal(page.filters.contacts_exported, timeout=5000) as exported:
        page.filters.export_contacts(out)
    assert exported.args == [out, len(shown_ids(page))]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["name", "email", "phone", "city", "country"]
    assert len(rows) == 1 + len(shown_ids(page))


def test_the_360_panel_suggests_next_products(qtbot: QtBot, page: CustomersPage, services: Services) -> None:
    buyers = [row.customer_id for row in services.analytics.rfm(DateRange(None, local_today()))]
    chosen = next(cid for cid in buyers if services.analytics.suggestions(cid, limit=3))
    expected = ", ".join(s.name for s in services.analytics.suggestions(chosen, limit=3))
    page.panel.show_customer(chosen)
    qtbot.waitUntil(lambda: page.panel.suggestions.text() == expected, timeout=5000)
    page.panel.show_customer(None)
    assert page.panel.suggestions.text() == "—"
