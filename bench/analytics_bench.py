"""Analytics reports on the demo database, each next to the plain SQL aggregate it rests on (the limit).

    .venv/bin/python bench/analytics_bench.py                 # bench/data/demo-100k.sqlite3 (made once)
    .venv/bin/python bench/analytics_bench.py --db PATH       # any crmdesk database
    make bench  (bench/run.py --only analytics)               # the same entries in the common table

For every report: **ours** — the ``Services.analytics`` call the CLI, the Dashboard and the Reports page
make (SQL with window functions and CTEs, conversion to the base currency with each document's rate,
rows into dataclasses); **limit** — the bare ``GROUP BY`` over the same rows with the ``sqlite3`` module
on a read-only connection (no conversion, no ranking, no names): what SQLite needs just to read and
group the documents, so it cannot be beaten, only approached. Read the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, SalesBy

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "data" / "demo-100k.sqlite3"

PER_CUSTOMER = """SELECT customer_id, min(issue_date), max(issue_date), count(*), sum(net_total)
FROM invoices NOT INDEXED WHERE status = 'issued' GROUP BY customer_id"""
PER_CUSTOMER_COST = """SELECT v.customer_id, sum(l.quantity * l.unit_cost), sum(l.net_amount)
FROM invoice_lines l NOT INDEXED JOIN invoices v ON v.id = l.invoice_id WHERE v.status = 'issued' GROUP BY v.customer_id"""
PER_PRODUCT = """SELECT l.product_id, sum(l.net_amount), sum(l.quantity * l.unit_cost)
FROM invoice_lines l NOT INDEXED JOIN invoices v ON v.id = l.invoice_id WHERE v.status = 'issued' GROUP BY l.product_id"""
PER_CATEGORY = """SELECT p.category, sum(l.net_amount) FROM invoice_lines l NOT INDEXED JOIN invoices v ON v.id = l.invoice_id
LEFT JOIN products p ON p.id = l.product_id WHERE v.status = 'issued' GROUP BY p.category"""
PER_MONTH = "SELECT substr(issue_date, 1, 7), sum(net_total) FROM invoices NOT INDEXED WHERE status = 'issued' GROUP BY 1"
PER_CHANNEL = "SELECT channel, sum(net_total) FROM invoices NOT INDEXED WHERE status = 'issued' GROUP BY 1"
PER_COUNTRY = """SELECT a.country, sum(v.net_total) FROM invoices v NOT INDEXED
LEFT JOIN addresses a ON a.customer_id = v.customer_id AND a.kind = 'billing' WHERE v.status = 'issued' GROUP BY 1"""
PER_CITY = """SELECT a.city, a.country, sum(v.net_total) FROM invoices v NOT INDEXED
LEFT JOIN addresses a ON a.customer_id = v.customer_id AND a.kind = 'billing' WHERE v.status = 'issued' GROUP BY 1, 2"""
NEW_CUSTOMERS = "SELECT substr(created_at, 1, 7), count(*) FROM customers NOT INDEXED GROUP BY 1"
QUOTES = "SELECT status, count(*), sum(net_total) FROM quotes GROUP BY status"
PIPELINE = "SELECT stage, currency, count(*), sum(value) FROM opportunities GROUP BY 1, 2"
COMPLAINTS = """SELECT substr(occurred_at, 1, 7), count(complaint_status), count(satisfaction), sum(satisfaction)
FROM interactions NOT INDEXED WHERE complaint_status IS NOT NULL OR satisfaction IS NOT NULL GROUP BY 1"""
CO_PURCHASE = """SELECT l.product_id, count(DISTINCT v.customer_id) FROM invoice_lines l NOT INDEXED
JOIN invoices v ON v.id = l.invoice_id WHERE v.status = 'issued' AND l.product_id IS NOT NULL GROUP BY 1"""


@dataclass
class Measured:
    operation: str
    limit: str
    runs: list[float]
    limit_runs: list[float]
    rows: int

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def limit_median(self) -> float:
        return statistics.median(self.limit_runs)

    @property
    def ratio(self) -> float:
        return self.median / self.limit_median if self.limit_median else 0.0


def _count(result: Any) -> int:
    if isinstance(result, list):
        return len(result)
    rows = getattr(result, "rows", None)
    return len(rows) if rows is not None else 1


def cases(services: Services, end: date, customer_id: int) -> list[tuple[str, Callable[[], Any], list[str]]]:
    """(operation, our call, the plain SQL statements it rests on)."""
    a = services.analytics
    whole = DateRange(start=None, end=end)
    year = DateRange(start=date(end.year, 1, 1), end=end)
    return [
        ("rfm (scores + segments, every customer)", lambda: a.rfm(whole), [PER_CUSTOMER]),
        ("segment sizes", lambda: a.segment_sizes(whole), [PER_CUSTOMER]),
        ("clv (historic + predicted, every customer)", lambda: a.clv(whole), [PER_CUSTOMER_COST]),
        ("churn risk (ranked, every customer)", lambda: a.churn(whole), [PER_CUSTOMER]),
        ("profit per customer", lambda: a.customer_profit(whole), [PER_CUSTOMER_COST]),
        ("profit per product", lambda: a.product_profit(whole), [PER_PRODUCT]),
        ("sales by month (+ year before)", lambda: a.sales(whole, by=SalesBy.MONTH), [PER_MONTH]),
        ("sales by quarter, this year", lambda: a.sales(year, by=SalesBy.QUARTER), [PER_MONTH]),
        ("sales by product", lambda: a.sales(whole, by=SalesBy.PRODUCT), [PER_PRODUCT]),
        ("sales by category", lambda: a.sales(whole, by=SalesBy.CATEGORY), [PER_CATEGORY]),
        ("sales by customer", lambda: a.sales(whole, by=SalesBy.CUSTOMER), [PER_CUSTOMER]),
        ("sales by country", lambda: a.sales(whole, by=SalesBy.COUNTRY), [PER_COUNTRY]),
        ("sales by city", lambda: a.sales(whole, by=SalesBy.CITY), [PER_CITY]),
        ("sales by channel", lambda: a.sales(whole, by=SalesBy.CHANNEL), [PER_CHANNEL]),
        ("new customers per month", lambda: a.new_customers(whole), [NEW_CUSTOMERS, PER_CUSTOMER]),
        ("quote win rate", lambda: a.quotes(whole), [QUOTES]),
        ("pipeline by stage", lambda: a.pipeline(whole), [PIPELINE]),
        ("complaints + satisfaction", lambda: a.complaints(whole), [COMPLAINTS]),
        ("suggested next products (1 customer)", lambda: a.suggestions(customer_id), [CO_PURCHASE]),
        ("dashboard (all figures)", lambda: a.dashboard(today=end), [PER_MONTH, PER_CUSTOMER]),
    ]


def _time(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def bench_analytics(path: Path, runs: int, *, only: str | None = None) -> list[Measured]:
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        end_text, customer_id = raw.execute(
            "SELECT max(issue_date), (SELECT customer_id FROM invoices WHERE status = 'issued'"
            " GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1) FROM invoices WHERE status = 'issued'"
        ).fetchone()
        end = date.fromisoformat(end_text) if end_text else datetime.now(UTC).date()
        measured = []
        with Services.open(path, create=False) as services:
            for operation, ours, plain in cases(services, end, int(customer_id or 1)):
                if only and only not in operation:
                    continue
                _time(ours)  # warm the page cache and the statement cache for both sides alike
                ours_runs, limit_runs, count = [], [], 0
                for _ in range(runs):
                    seconds, result = _time(ours)
                    ours_runs.append(seconds)
                    count = _count(result)
                    limit_runs.append(
                        _time(lambda plain=plain: [raw.execute(sql).fetchall() for sql in plain])[0]
                    )
                measured.append(
                    Measured(operation, " + ".join(s.split()[1] for s in plain), ours_runs, limit_runs, count)
                )
                print(
                    f"  {operation:<44} {statistics.median(ours_runs):7.3f} s"
                    f"   limit {statistics.median(limit_runs):7.3f} s   ratio {measured[-1].ratio:5.2f}   {count:>7} row(s)",
                    flush=True,
                )
        return measured
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=None, help="database (default: the 100k demo file)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions (median reported)")
    parser.add_argument("--only", default=None, help="only reports whose name contains this text")
    args = parser.parse_args(argv)
    path = args.db
    if path is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from run import ensure_demo_file  # the shared, cached 100k demo file

        path, _info = ensure_demo_file(100_000)
    print(f"analytics on {path} (median of {args.runs}):")
    results = bench_analytics(path, args.runs, only=args.only)
    worst = max(results, key=lambda m: m.ratio, default=None)
    if worst is not None:
        slowest = max(results, key=lambda m: m.median)
        print(
            f"slowest: {slowest.operation} {slowest.median:.3f} s; highest ratio: {worst.operation} {worst.ratio:.2f}"
        )
    return 0


def entries(entry_cls: Any, *, runs: int, path: Path) -> list[Any]:
    """The reports as ``bench/run.py`` entries (``make bench``, ``--only analytics``)."""
    size = f"{path.name}"
    found = []
    for measured in bench_analytics(path, runs):
        entry = entry_cls(
            operation=f"analytics: {measured.operation}",
            size=size,
            limit=f"plain GROUP BY ({measured.limit})",
            runs=measured.runs,
            limit_runs=measured.limit_runs,
        )
        entry.extra["rows"] = measured.rows
        found.append(entry)
    return found


if __name__ == "__main__":
    sys.exit(main())
