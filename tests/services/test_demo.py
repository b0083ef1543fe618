"""Demo data: consistent, deterministic, multilingual, and it respects every rule of the data model."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.numbering import format_number
from crmdesk.domain.totals import LineAmounts, document_totals
from crmdesk.services import Services
from crmdesk.services.demo import PATTERNS, DemoSummary

TODAY = date(2026, 6, 15)
CUSTOMERS = 180


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary, list[tuple[str, int, int]]]:
    """One populated file for the read-only checks of this module (closed, so sqlite3 can read it)."""
    path = tmp_path_factory.mktemp("demo") / "d.sqlite3"
    calls: list[tuple[str, int, int]] = []
    with Services.open(path) as services:
        summary = services.demo.populate(
            customers=CUSTOMERS, seed=7, today=TODAY, progress=lambda *args: calls.append(args)
        )
    return path, summary, calls


@pytest.fixture(scope="module")
def conn(demo: tuple[Path, DemoSummary, list[tuple[str, int, int]]]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{demo[0].as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


def money(units: int) -> Decimal:
    return Decimal(units).scaleb(-2)


def test_counts_match_the_summary(demo: tuple[Path, DemoSummary, object], conn: sqlite3.Connection) -> None:
    summary = demo[1]
    counts = summary.as_dict()
    assert counts["customers"] == CUSTOMERS
    for table, expected in counts.items():
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected, table
    assert summary.total_rows == sum(counts.values())
    assert str(summary).startswith(f"{CUSTOMERS} customers, ") and f"({summary.total_rows:,} rows)" in str(
        summary
    )
    # A history worth looking at, and within the brief: a few interactions and invoices per customer.
    assert 3 * CUSTOMERS <= counts["interactions"] <= 10 * CUSTOMERS
    assert CUSTOMERS <= counts["invoices"] <= 4 * CUSTOMERS
    assert 60 <= counts["products"] <= 200


def test_progress_reports_every_stage(demo: tuple[Path, DemoSummary, list[tuple[str, int, int]]]) -> None:
    calls = demo[2]
    assert [stage for stage, done, _total in calls if done == 0] == [
        "catalogue",
        "customers",
        "purchasing",
        "numbering",
        "search index",
    ]
    assert ("customers", CUSTOMERS, CUSTOMERS) in calls
    assert all(0 <= done <= total for _, done, total in calls)


def test_the_database_is_sound(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_line_points_at_an_existing_product(conn: sqlite3.Connection) -> None:
    for table in ("invoice_lines", "quote_lines", "purchase_order_lines"):
        orphans = conn.execute(
            f"SELECT count(*) FROM {table} l LEFT JOIN products p ON p.id = l.product_id"
            " WHERE l.product_id IS NOT NULL AND p.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0, table
    with_product = conn.execute("SELECT avg(product_id IS NOT NULL) FROM invoice_lines").fetchone()[0]
    assert with_product > 0.9  # a few free-text lines ("Custom wheel build"), the rest from the catalogue


def test_totals_are_the_sum_of_the_lines(conn: sqlite3.Connection) -> None:
    lines: dict[int, list[LineAmounts]] = defaultdict(list)
    line_net: dict[int, int] = defaultdict(int)
    for invoice_id, quantity, price, discount, rate, net in conn.execute(
        "SELECT invoice_id, quantity, unit_price, discount, tax_rate, net_amount FROM invoice_lines"
    ):
        lines[invoice_id].append(
            LineAmounts(
                Decimal(quantity).scaleb(-3),
                Decimal(price).scaleb(-4),
                money(discount),
                Decimal(rate).scaleb(-3),
            )
        )
        line_net[invoice_id] += net
    invoices = conn.execute("SELECT id, currency, net_total, tax_total, gross_total FROM invoices").fetchall()
    assert invoices
    for invoice_id, currency, net, tax, gross in invoices:
        totals = document_totals(lines[invoice_id], currency)
        assert (totals.net, totals.tax, totals.gross) == (money(net), money(tax), money(gross)), invoice_id
        assert line_net[invoice_id] == net
        assert gross > 0


def test_payments_never_exceed_what_is_owed(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        """
        SELECT i.id, i.gross_total,
               coalesce((SELECT sum(amount) FROM payments p WHERE p.invoice_id = i.id), 0),
               coalesce((SELECT sum(c.gross_total) FROM invoices c WHERE c.credited_invoice_id = i.id), 0),
               i.due_date
        FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'issued'
        """
    ).fetchall()
    assert rows
    states = set()
    for _id, gross, paid, credited, due in rows:
        assert paid <= gross - credited
        owed = gross - credited - paid
        states.add("paid" if owed == 0 else "unpaid" if paid == 0 else "partly paid")
        if owed and due < TODAY.isoformat():
            states.add("overdue")
    assert states == {"paid", "unpaid", "partly paid", "overdue"}
    # Payments belong to issued invoices only, in the invoice's currency.
    assert (
        conn.execute(
            "SELECT count(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id"
            " WHERE i.status <> 'issued' OR i.kind <> 'invoice' OR p.currency <> i.currency"
            " OR p.paid_on < i.issue_date"
        ).fetchone()[0]
        == 0
    )


def test_issued_numbers_are_gapless_per_series_and_year_and_follow_the_dates(
    conn: sqlite3.Connection,
) -> None:
    per_period: dict[tuple[str, str], list[tuple[str, int, str]]] = defaultdict(list)
    for series, number, sequence, issue_date, issued_at in conn.execute(
        "SELECT series, number, sequence, issue_date, issued_at FROM invoices WHERE status = 'issued'"
        " ORDER BY issued_at, id"
    ):
        assert issued_at.startswith(issue_date)
        assert number == format_number(
            PATTERNS[series], issued_on=date.fromisoformat(issue_date), sequence=sequence
        )
        per_period[(series, issue_date[:4])].append(number)
        assert len(per_period[(series, issue_date[:4])]) == sequence  # 1, 2, 3 … in order of issue
    assert {series for series, _ in per_period} == {"invoice", "credit_note"}
    assert {year for _, year in per_period} == {"2023", "2024", "2025", "2026"}
    stored = {
        (code, period): last
        for code, period, last in conn.execute("SELECT code, period, last_sequence FROM number_series")
    }
    for key, numbers in per_period.items():
        assert stored[key] == len(numbers)
    drafts = conn.execute(
        "SELECT count(*), count(number), count(issued_at) FROM invoices WHERE status = 'draft'"
    )
    count, numbered, issued = drafts.fetchone()
    assert count > 0 and numbered == issued == 0


def test_quote_numbers_are_gapless_and_shared_by_revisions(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT number, revision, previous_revision_id, status FROM quotes WHERE number IS NOT NULL"
    ).fetchall()
    first_revisions = sorted(number for number, revision, _, _ in rows if revision == 1)
    by_year: dict[str, list[int]] = defaultdict(list)
    for number in first_revisions:
        _, year, seq = number.split("-")
        by_year[year].append(int(seq))
    for sequences in by_year.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))
    revised = conn.execute(
        "SELECT q.number, p.number, p.status FROM quotes q JOIN quotes p ON p.id = q.previous_revision_id"
    ).fetchall()
    assert revised and all(a == b and status == "declined" for a, b, status in revised)
    statuses = {row[0] for row in conn.execute("SELECT DISTINCT status FROM quotes")}
    assert statuses == {"draft", "sent", "accepted", "declined", "expired"}
    assert (
        conn.execute("SELECT count(*) FROM quotes WHERE status = 'draft' AND number IS NOT NULL").fetchone()[
            0
        ]
        == 0
    )


def test_credit_notes_are_positive_and_reference_an_invoice_of_the_customer(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT c.gross_total, i.gross_total, c.customer_id = i.customer_id, i.kind,"
        " c.issued_at > i.issued_at"
        " FROM invoices c JOIN invoices i ON i.id = c.credited_invoice_id WHERE c.kind = 'credit_note'"
    ).fetchall()
    assert rows
    for credit, invoiced, same_customer, kind, later in rows:
        assert 0 < credit <= invoiced and same_customer and kind == "invoice" and later


def test_stock_never_goes_negative(conn: sqlite3.Connection) -> None:
    lowest = conn.execute(
        """
        SELECT product_id, min(balance) FROM (
            SELECT product_id,
                   sum(quantity) OVER (PARTITION BY product_id ORDER BY occurred_at, id) AS balance
            FROM stock_movements)
        GROUP BY product_id
        """
    ).fetchall()
    assert lowest and all(balance >= 0 for _, balance in lowest)
    kinds = {row[0] for row in conn.execute("SELECT DISTINCT kind FROM stock_movements")}
    assert {"opening_balance", "received", "sold", "returned"} <= kinds
    # Services never move stock; every issued invoice line of a stock product moved it, drafts did not.
    assert (
        conn.execute(
            "SELECT count(*) FROM stock_movements m JOIN products p ON p.id = m.product_id"
            " WHERE p.kind = 'service'"
        ).fetchone()[0]
        == 0
    )
    unmoved = conn.execute(
        """
        SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        JOIN products p ON p.id = l.product_id
        WHERE p.kind = 'product' AND i.status = 'issued' AND NOT EXISTS (
            SELECT 1 FROM stock_movements m WHERE m.invoice_id = i.id AND m.product_id = p.id)
        """
    ).fetchone()[0]
    assert unmoved == 0
    received = conn.execute(
        "SELECT sum(m.quantity), (SELECT sum(received_quantity) FROM purchase_order_lines)"
        " FROM stock_movements m WHERE m.kind = 'received'"
    ).fetchone()
    assert received[0] == received[1]


def test_names_in_all_six_languages_and_scripts(conn: sqlite3.Connection) -> None:
    names: dict[str, list[str]] = defaultdict(list)
    for language, name in conn.execute("SELECT language, name FROM customers"):
        names[language].append(name)
    assert set(names) == {"en", "lv", "es", "fa", "ru", "sv"}
    assert any(re.search(r"[\u0400-\u04ff]", name) for name in names["ru"])
    assert any(re.search(r"[\u0600-\u06ff]", name) for name in names["fa"])
    assert any(re.search(r"[āčēģīķļņšūž]", name.casefold()) for name in names["lv"])
    assert any(re.search(r"[åäö]", name.casefold()) for name in names["sv"])
    assert any(re.search(r"[áéíóúñ]", name.casefold()) for name in names["es"])
    assert all(name.isascii() for name in names["en"] if "Ltd" not in name)


def test_customers_are_coherent(conn: sqlite3.Connection) -> None:
    expected = {
        "GB": ("en", "GBP"), "LV": ("lv", "EUR"), "ES": ("es", "EUR"), "IR": ("fa", "EUR"),
        "RU": ("ru", "EUR"), "SE": ("sv", "SEK"),
    }  # fmt: skip
    rows = conn.execute(
        "SELECT c.name, c.sort_name, c.language, c.currency, a.country, c.kind FROM customers c"
        " JOIN addresses a ON a.customer_id = c.id AND a.kind = 'billing'"
    ).fetchall()
    assert len(rows) == CUSTOMERS
    for name, sort_name, language, currency, country, _ in rows:
        assert sort_name == name.casefold()
        assert (language, currency) == expected[country]
    companies = sum(kind == "company" for *_, kind in rows)
    assert 0.05 * CUSTOMERS < companies < 0.3 * CUSTOMERS
    assert (
        conn.execute(
            "SELECT count(*) FROM customers c WHERE kind = 'company'"
            " AND NOT EXISTS (SELECT 1 FROM contact_persons p WHERE p.customer_id = c.id)"
        ).fetchone()[0]
        == 0
    )
    e164 = re.compile(r"^\+[1-9]\d{7,14}$")
    phones = [
        row[0]
        for row in conn.execute(
            "SELECT e164 FROM customer_phones UNION ALL SELECT phone FROM contact_persons"
        )
    ]
    assert phones and all(e164.match(phone) for phone in phones)
    emails = [row[0] for row in conn.execute("SELECT email FROM customer_emails")]
    assert all(re.match(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$", email) for email in emails)
    snapshot = json.loads(conn.execute("SELECT customer_snapshot FROM invoices LIMIT 1").fetchone()[0])
    assert snapshot["name"] and snapshot["address"] and snapshot["language"]
    # Units of the document's currency per euro, fixed on every document.
    rates = set(
        conn.execute(
            "SELECT currency, exchange_rate FROM invoices UNION SELECT currency, exchange_rate FROM quotes"
        )
    )
    assert rates == {("EUR", 1_000_000), ("SEK", 11_500_000), ("GBP", 850_000)}


def test_the_contact_log_and_pipeline_are_varied(conn: sqlite3.Connection) -> None:
    kinds = {row[0] for row in conn.execute("SELECT DISTINCT kind FROM interactions")}
    assert kinds == {"call", "email", "meeting", "visit", "note", "complaint", "feedback", "follow_up"}
    complaints = {
        row[0]
        for row in conn.execute("SELECT DISTINCT complaint_status FROM interactions WHERE kind = 'complaint'")
    }
    assert complaints == {"open", "resolved"}
    now = datetime(TODAY.year, TODAY.month, TODAY.day).isoformat()
    follow_ups = conn.execute(
        "SELECT sum(follow_up_done_at IS NOT NULL), sum(follow_up_done_at IS NULL AND follow_up_due < ?),"
        " sum(follow_up_done_at IS NULL AND follow_up_due >= ?)"
        " FROM interactions WHERE follow_up_due IS NOT NULL",
        (now, now),
    ).fetchone()
    done, overdue, upcoming = follow_ups
    assert done > overdue > 0 and upcoming > 0
    assert conn.execute("SELECT count(*) FROM interactions WHERE occurred_at >= ?", (now,)).fetchone()[0] == 0
    stages = {row[0] for row in conn.execute("SELECT DISTINCT stage FROM opportunities")}
    assert stages == {"lead", "qualified", "quoted", "won", "lost"}
    assert conn.execute("SELECT count(*) FROM invoices WHERE quote_id IS NOT NULL").fetchone()[0] > 0
    assert (
        conn.execute("SELECT count(*) FROM expenses WHERE spent_on >= ?", (TODAY.isoformat(),)).fetchone()[0]
        == 0
    )


def test_issued_invoices_stay_frozen(demo: tuple[Path, DemoSummary, object]) -> None:
    connection = sqlite3.connect(demo[0])
    try:
        with pytest.raises(sqlite3.IntegrityError, match="frozen"):
            connection.execute("UPDATE invoices SET notes = 'x' WHERE status = 'issued'")
    finally:
        connection.close()


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name <> 'alembic_version'"
            )
        ]
        return {table: sorted(connection.execute(f"SELECT * FROM {table}"), key=repr) for table in tables}
    finally:
        connection.close()


def populate(path: Path, seed: int) -> None:
    with Services.open(path) as services:
        services.demo.populate(customers=40, seed=seed, today=TODAY)


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    populate(tmp_path / "a.sqlite3", 3)
    populate(tmp_path / "b.sqlite3", 3)
    populate(tmp_path / "c.sqlite3", 4)
    a, b, c = (dump(tmp_path / f"{name}.sqlite3") for name in "abc")
    assert a == b
    assert a["customers"] != c["customers"] and a["invoices"] != c["invoices"]
    assert a["products"] == c["products"]  # the catalogue is the business's, not the seed's


def test_refuses_a_database_with_data_and_a_negative_count(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    with Services.open(path) as services:
        services.demo.populate(customers=5, seed=1, today=TODAY)
        before = services.database.summary().customers
        with pytest.raises(ConflictError, match="empty database"):
            services.demo.populate(customers=5, seed=2, today=TODAY)
        with pytest.raises(ValidationError):
            services.demo.populate(customers=-1)
        assert services.database.summary().customers == before == 5


def test_zero_customers_gives_the_business_without_customers(tmp_path: Path) -> None:
    with Services.open(tmp_path / "d.sqlite3") as services:
        summary = services.demo.populate(customers=0, seed=1, today=TODAY)
    assert summary.customers == summary.invoices == 0
    assert summary.products > 60 and summary.company_profile == 1


def test_issued_documents_pass_the_hash_chain_verification_and_read_back(
    demo: tuple[Path, DemoSummary, object],
) -> None:
    """The demo seals documents exactly as the invoice service does; its reads work on them."""
    with Services.open(demo[0]) as services:
        report = services.invoices.verify()
        assert report.problems == ()
        assert report.checked > CUSTOMERS and set(report.series) == {"invoice", "credit_note"}
        overdue = services.payments.overdue(today=TODAY)
        assert overdue
        assert all(row.days_late > 0 for row in overdue)


def test_payment_reminders_name_the_invoice_and_count_up(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT r.subject, r.reminder_level, i.number, r.occurred_at > i.due_date FROM interactions r"
        " JOIN invoices i ON i.id = r.invoice_id WHERE r.reminder_level IS NOT NULL"
        " ORDER BY r.invoice_id, r.id"
    ).fetchall()
    assert rows
    for subject, level, number, late in rows:
        assert subject == f"Payment reminder {level}: invoice {number}" and late
    assert {level for _, level, _, _ in rows} == {1, 2, 3}
    resolved = conn.execute(
        "SELECT count(*), sum(resolution <> '') FROM interactions WHERE complaint_status = 'resolved'"
    ).fetchone()
    assert resolved[0] == resolved[1] > 0
