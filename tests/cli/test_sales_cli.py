"""Sales commands as the owner runs them: real processes on a real file."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from cli_process import crmdesk

from crmdesk.cli.main import build_parser
from crmdesk.services import Services
from crmdesk.services.sales import InvoiceDraft, LineInput, QuoteDraft
from crmdesk.storage.engine import open_database
from crmdesk.storage.guards import GUARD_TRIGGERS
from crmdesk.storage.models import Customer

LINES = [
    LineInput(description="Service", quantity=D(1), unit_price=D("100.00"), tax_rate=D(21)),
    LineInput(description="Chain", quantity=D(2), unit_price=D("12.50"), discount=D("5.00"), tax_rate=D(12)),
]


@pytest.fixture
def sales_db(db_file: Path) -> tuple[Path, dict[str, int]]:
    """Two issued invoices (one overdue), one draft and one sent quote; ids by name."""
    issued_on = date.today() - timedelta(days=60)
    with open_database(db_file) as db, db.write() as session:
        customer = Customer(name="Ilze Ozola", sort_name="ilze ozola", payment_terms_days=14)
        session.add(customer)
        session.flush()
        customer_id = customer.id
    with Services.open(db_file) as services:
        draft = InvoiceDraft(customer_id=customer_id, lines=LINES)
        overdue = services.invoices.create_draft(draft)
        services.invoices.issue(overdue.id, issue_date=issued_on)
        paid = services.invoices.create_draft(draft)
        paid_view = services.invoices.issue(paid.id, issue_date=issued_on).invoice
        services.payments.record(paid.id, amount=paid_view.gross_total, paid_on=issued_on)
        pending = services.invoices.create_draft(draft)
        quote = services.quotes.create_draft(QuoteDraft(customer_id=customer_id, lines=LINES))
        services.quotes.send(quote.id)
    return db_file, {"overdue": overdue.id, "paid": paid.id, "draft": pending.id, "quote": quote.id}


@pytest.mark.parametrize(
    "command",
    [
        ("quotes", "list"),
        ("invoices", "list"),
        ("invoice", "issue"),
        ("verify",),
        ("payment", "add"),
        ("credit-note",),
        ("reminders",),
    ],
)
def test_sales_commands_have_help_with_db(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process: argparse prints the help and exits; the real-process tests below run the commands.
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([*command, "--help"])
    assert exited.value.code == 0
    assert "--db" in capsys.readouterr().out


def test_lists_and_issue(sales_db: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, ids = sales_db
    year = date.today() - timedelta(days=60)
    everything = crmdesk("invoices", "list", "--db", path, "--json", home=tmp_path)
    assert everything.returncode == 0, everything.stderr
    rows = json.loads(everything.stdout)
    assert {row["id"] for row in rows} == {ids["overdue"], ids["paid"], ids["draft"]}
    overdue = json.loads(
        crmdesk("invoices", "list", "--status", "overdue", "--json", "--db", path, home=tmp_path).stdout
    )
    assert [(r["id"], r["number"], r["payment_status"], r["amount_due"]) for r in overdue] == [
        (ids["overdue"], f"{year.year}-0001", "overdue", "143.40")  # 100 + 21 tax; 20.00 + 2.40 tax
    ]
    assert overdue[0]["days_late"] == 46
    table = crmdesk("invoices", "list", "--db", path, home=tmp_path)
    assert table.returncode == 0 and "(draft)" in table.stdout and "46 days late" in table.stdout

    issued = crmdesk("invoice", "issue", str(ids["draft"]), "--db", path, home=tmp_path)
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.startswith(f"issued invoice {date.today().year}-") and "143.40 EUR" in issued.stdout
    again = crmdesk("invoice", "issue", str(ids["draft"]), "--db", path, home=tmp_path)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert (
        again.stderr.strip()
        == "crmdesk: an issued invoice cannot become issued; it can become: nothing (final)"
    )
    missing = crmdesk("invoice", "issue", "999", "--db", path, home=tmp_path)
    assert (missing.returncode, missing.stderr.strip()) == (1, "crmdesk: invoice 999 does not exist")

    quotes = crmdesk("quotes", "list", "--db", path, home=tmp_path)
    assert (
        quotes.returncode == 0 and f"Q-{date.today().year}-0001" in quotes.stdout and "sent" in quotes.stdout
    )


def test_verify_reports_a_tampered_invoice(sales_db: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, ids = sales_db
    intact = crmdesk("verify", "--db", path, home=tmp_path)
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert intact.stdout.startswith("ok: 2 issued document(s) verified")
    # A determined tamperer with the sqlite3 shell: drop the guard, lower the total, put the guard back.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DROP TRIGGER trg_invoices_frozen_update")
        conn.execute("UPDATE invoices SET gross_total = gross_total - 10000 WHERE id = ?", (ids["overdue"],))
        conn.execute(GUARD_TRIGGERS["trg_invoices_frozen_update"])
        number = conn.execute("SELECT number FROM invoices WHERE id = ?", (ids["overdue"],)).fetchone()[0]
    finally:
        conn.close()
    tampered = crmdesk("verify", "--db", path, home=tmp_path)
    assert tampered.returncode == 1
    assert tampered.stdout.splitlines() == [
        f"problem: invoice {number}: its content was changed after it was issued"
    ]
    assert "1 problem(s)" in tampered.stderr


def test_payment_add_credit_note_and_reminders(sales_db: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    path, _ids = sales_db
    number = f"{(date.today() - timedelta(days=60)).year}-0001"  # the overdue one: 143.40 due
    late = crmdesk("reminders", "--json", "--db", path, home=tmp_path)
    assert late.returncode == 0, late.stderr
    assert [(r["number"], r["days_late"], r["amount_due"]) for r in json.loads(late.stdout)] == [
        (number, 46, "143.40")
    ]
    assert "46 days late" in crmdesk("reminders", "--db", path, home=tmp_path).stdout

    paid = crmdesk("payment", "add", number, "40.00", "--method", "cash", "--db", path, home=tmp_path)
    assert paid.returncode == 0, paid.stderr
    assert "103.40 EUR due" in paid.stdout and "overdue" in paid.stdout

    # Line 2: 2 chains at 12.50 less 5.00 (12 %); one back = 12.50 − 2.50 = 10.00 + 1.20 tax.
    note = crmdesk(
        "credit-note", number, "--lines", "2:1", "--reason", "Chain returned", "--issue", "--db", path,
        home=tmp_path,
    )  # fmt: skip
    assert note.returncode == 0, note.stderr
    assert note.stdout.startswith("issued credit note CN-") and "11.20 EUR" in note.stdout
    left = json.loads(crmdesk("reminders", "--json", "--db", path, home=tmp_path).stdout)
    assert left[0]["amount_due"] == "92.20"

    for args, message in (
        (("payment", "add", number, "ten"), "crmdesk: not a number: 'ten'"),
        (("payment", "add", "1999-0001", "5"), "crmdesk: no invoice or credit note has the number 1999-0001"),
        (("credit-note", number, "--lines", "9:1"), f"crmdesk: invoice {number} has no line 9 (it has 2)"),
    ):
        failed = crmdesk(*args, "--db", path, home=tmp_path)
        assert (failed.returncode, failed.stderr.strip()) == (1, message), failed.stderr
    bad = crmdesk("credit-note", number, "--lines", "2x", "--db", path, home=tmp_path)
    assert bad.returncode == 2 and "POS:QTY" in bad.stderr and "Traceback" not in bad.stderr
