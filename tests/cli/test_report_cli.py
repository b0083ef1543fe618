"""``crmdesk report`` as the owner runs it: a real process on a real file, table, CSV and JSON."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from cli_process import crmdesk

from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.storage.models import Customer


@pytest.fixture
def sales_db(db_file: Path) -> Path:
    """Two customers: Ann bought A×2 (2026-01-05) and A×1 (2026-02-10); Ива bought A×1 (2026-02-20)."""
    with Services.open(db_file) as services:
        with services._db.write() as session:
            ann = Customer(name="Anna Bērziņa", sort_name="anna bērziņa")
            iva = Customer(name="Ива Петрова", sort_name="ива петрова")
            session.add_all([ann, iva])
            session.flush()
            people = (ann.id, iva.id)
        product = services.products.create(
            ProductInput(sku="A", name="Bell", sale_price=D("10.00"), cost_price=D("4.00"))
        )
        services.stock.opening_balance(product.id, quantity=D(50), unit_cost=D("4.00"))
        for day, who, quantity in (
            (date(2026, 1, 5), 0, 2),
            (date(2026, 2, 10), 0, 1),
            (date(2026, 2, 20), 1, 1),
        ):
            draft = services.invoices.create_draft(
                InvoiceDraft(
                    customer_id=people[who], lines=[LineInput(product_id=product.id, quantity=D(quantity))]
                )
            )
            services.invoices.issue(draft.id, issue_date=day, today=day)
    return db_file


def test_sales_by_month_table_and_json(sales_db: Path, tmp_path: Path) -> None:
    done = crmdesk(
        "report", "sales", "--db", sales_db, "--from", "2026-01-01", "--to", "2026-03-31", home=tmp_path
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "month",
        "label",
        "invoices",
        "credit_notes",
        "net_sales",
        "year_before",
        "change_pct",
    ]
    assert lines[1].split() == ["2026-01", "2026-01", "1", "0", "20.00"]
    assert lines[2].split() == ["2026-02", "2026-02", "2", "0", "20.00"]
    done = crmdesk(
        "report", "sales", "--db", sales_db, "--to", "2026-03-31", "--by", "customer", "--json", home=tmp_path
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["label"], r["net_sales"], r["invoices"]) for r in rows] == [
        ("Anna Bērziņa", "30.00", 2),
        ("Ива Петрова", "10.00", 1),
    ]


def test_rfm_clv_churn_profit_to_csv(sales_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "rfm.csv"
    done = crmdesk("report", "rfm", "--db", sales_db, "--to", "2026-03-01", "--csv", out, home=tmp_path)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # Two customers: NTILE(5) gives them scores 1 and 2. Ann is older (R1) but bigger (F2, M2).
    assert [(r["name"], r["r"], r["f"], r["m"]) for r in rows] == [
        ("Anna Bērziņa", "1", "2", "2"),
        ("Ива Петрова", "2", "1", "1"),
    ]
    assert rows[0]["monetary"] == "30.00" and rows[0]["recency_days"] == "19"
    done = crmdesk("report", "clv", "--db", sales_db, "--to", "2026-03-01", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [r["historic_clv"] for r in json.loads(done.stdout)] == ["18.00", "6.00"]  # 30 − 3×4, 10 − 4
    done = crmdesk("report", "profit", "--db", sales_db, "--by", "product", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [(r["sku"], r["profit"]) for r in json.loads(done.stdout)] == [("A", "24.00")]
    done = crmdesk("report", "churn", "--db", sales_db, "--to", "2026-03-01", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    # Nobody has three purchase days, so there is no usual gap to measure against: nobody is ranked.
    assert json.loads(done.stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "rfm", "--by", "city"), "--by applies to sales and profit"),
        (("report", "profit", "--by", "month"), "profit is by customer or product"),
        (("report", "sales", "--from", "2026-05-01", "--to", "2026-01-01"), "starts"),
    ],
)
def test_bad_requests_are_one_line(
    sales_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    done = crmdesk(*args, "--db", sales_db, home=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_bad_date_and_missing_file(tmp_path: Path) -> None:
    done = crmdesk("report", "sales", "--from", "yesterday", "--db", tmp_path / "x.sqlite3", home=tmp_path)
    assert done.returncode == 2
    assert "not a date" in done.stderr
    done = crmdesk("report", "sales", "--db", tmp_path / "missing.sqlite3", home=tmp_path)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1
