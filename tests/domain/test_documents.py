"""Canonical content of issued documents, date order, base currency, payment status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from crmdesk.domain.chain import GENESIS, ChainLink, canonical_json, chained_hash, verify_chain
from crmdesk.domain.documents import (
    PrintedDocument,
    PrintedLine,
    check_exchange_rate,
    check_issue_date,
    clock_warning,
    document_content,
    to_base_currency,
)
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.receivables import PaymentStatus, balance, next_reminder_level


def _document(**changes: object) -> PrintedDocument:
    values: dict[str, object] = {
        "kind": "invoice",
        "series": "invoice",
        "number": "2026-0001",
        "sequence": 1,
        "issue_date": date(2026, 3, 1),
        "due_date": date(2026, 3, 15),
        "currency": "EUR",
        "exchange_rate": D(1),
        "prices_include_tax": False,
        "language": "lv",
        "customer_snapshot": '{"name": "Bērziņš", "address": ["Rīga"]}',
        "notes": "",
        "net_total": D("10.00"),
        "tax_total": D("2.10"),
        "gross_total": D("12.10"),
        "credited_number": None,
        "lines": [PrintedLine("Service", D(1), "pcs", D(10), D(0), D(21), D("10.00"))],
    }
    values.update(changes)
    return PrintedDocument(**values)  # type: ignore[arg-type]


def test_content_is_the_same_whatever_the_scale_of_the_numbers() -> None:
    a = _document()
    b = _document(
        exchange_rate=D("1.000000"),
        lines=[PrintedLine("Service", D("1.000"), "pcs", D("10.0000"), D("0.00"), D("21.000"), D("10.00"))],
        customer_snapshot='{"address":["Rīga"],"name":"Bērziņš"}',
    )
    assert canonical_json(document_content(a)) == canonical_json(document_content(b))
    assert canonical_json(document_content(a)) != canonical_json(
        document_content(_document(gross_total=D("12.11")))
    )


def test_dates_in_a_series_never_go_backwards() -> None:
    check_issue_date(series="invoice", issue_date=date(2026, 3, 1), last_issue_date=date(2026, 3, 1))
    with pytest.raises(ConflictError, match="never go backwards"):
        check_issue_date(series="invoice", issue_date=date(2026, 2, 28), last_issue_date=date(2026, 3, 1))
    assert clock_warning(today=date(2026, 3, 2), last_issue_date=date(2026, 3, 1)) is None
    assert "system clock" in (clock_warning(today=date(2025, 3, 2), last_issue_date=date(2026, 3, 1)) or "")


def test_base_currency_conversion_uses_the_documents_rate() -> None:
    # 1 EUR = 11.4523 SEK: 1145.23 SEK is 100.00 EUR
    assert to_base_currency(D("1145.23"), exchange_rate=D("11.4523"), base_currency="EUR") == D("100.00")
    assert check_exchange_rate(currency="EUR", base_currency="EUR", exchange_rate=None) == 1
    with pytest.raises(ValidationError, match="exchange rate"):
        check_exchange_rate(currency="SEK", base_currency="EUR", exchange_rate=None)
    with pytest.raises(ValidationError):
        check_exchange_rate(currency="SEK", base_currency="EUR", exchange_rate=D("11.1234567"))


@pytest.mark.parametrize(
    ("credited", "paid", "today", "status", "due", "over"),
    [
        ("0", "0", date(2026, 3, 10), PaymentStatus.OPEN, "121.00", "0"),
        ("0", "21.00", date(2026, 3, 10), PaymentStatus.PARTIALLY_PAID, "100.00", "0"),
        ("0", "21.00", date(2026, 3, 20), PaymentStatus.OVERDUE, "100.00", "0"),
        ("0", "121.00", date(2026, 3, 20), PaymentStatus.PAID, "0", "0"),
        ("0", "130.00", date(2026, 3, 20), PaymentStatus.PAID, "0", "9.00"),
        ("121.00", "0", date(2026, 3, 20), PaymentStatus.CREDITED, "0", "0"),
        ("21.00", "100.00", date(2026, 3, 20), PaymentStatus.PAID, "0", "0"),
    ],
)
def test_payment_status_is_derived(
    credited: str, paid: str, today: date, status: PaymentStatus, due: str, over: str
) -> None:
    result = balance(
        gross=D("121.00"), credited=D(credited), paid=D(paid), due_date=date(2026, 3, 15), today=today
    )
    assert result.status is status
    assert result.amount_due == D(due)
    assert result.overpaid == D(over)
    assert result.days_late == (5 if status is PaymentStatus.OVERDUE else 0)


def test_reminders_stop_at_level_three() -> None:
    assert [next_reminder_level(p, invoice="2026-0001") for p in (None, 1, 2)] == [1, 2, 3]
    with pytest.raises(ConflictError, match="last reminder"):
        next_reminder_level(3, invoice="2026-0001")


def test_an_unsealed_document_is_reported_once_and_the_chain_restarts_after_it() -> None:
    content = document_content(_document())
    sealed = chained_hash(GENESIS, content)
    links = [
        ChainLink("invoice 2026-0001", content, None, None),  # issued by a tool that did not seal it
        ChainLink("invoice 2026-0002", content, GENESIS, sealed),
    ]
    assert [str(p) for p in verify_chain(links)] == [
        "invoice 2026-0001: has no content hash: it was not sealed when issued"
    ]
