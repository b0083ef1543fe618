"""Opening the Customers page on the 100k demo file and scrolling it: first rows, end, page by page.

    .venv/bin/python bench/customers_page.py                  # uses bench/data/demo-100k.sqlite3 (make bench)
    .venv/bin/python bench/customers_page.py --db PATH

Three measurements, each beside the raw SQLite work it rests on (the limit), in one run:

- **first rows painted** — ``CustomersPage.set_services`` until its table has painted its first rows: the
  ids query in the background (filter + sort in SQL), the model's first page fetch, layout and paint.
  *Limit*: the same ``SELECT id … ORDER BY sort_name, id`` plus one page of rows by ``id IN (…)``, bare
  ``sqlite3``.
- **scroll to the end** — ``table.scrollToBottom()`` until the last rows are painted. *Limit*: fetching
  the last page's rows bare.
- **page down through the list** — 400 PageDown steps, each painted; p50 / p95 / max per step (the max
  is the worst visible stall). *Limit*: the per-page fetch bare.

Aims from the issue: first rows under 150 ms, no visible stall while scrolling. Read the ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crmdesk.services import Services
from crmdesk.ui.pages.customers import CustomersPage
from crmdesk.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "data" / "demo-100k.sqlite3"
STEPS = 400

IDS_SQL = "SELECT id FROM customers WHERE archived_at IS NULL ORDER BY sort_name, id"
ROWS_SQL = (
    "SELECT c.id, c.kind, c.name, c.created_at, c.archived_at, a.city, a.country FROM customers c "
    "LEFT JOIN addresses a ON a.customer_id = c.id AND a.kind = 'billing' WHERE c.id IN ({marks})"
)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def raw_page(connection: sqlite3.Connection, ids: list[int]) -> float:
    started = time.perf_counter()
    connection.execute(ROWS_SQL.format(marks=",".join("?" * len(ids))), ids).fetchall()
    return time.perf_counter() - started


def paint(app: QApplication, page: CustomersPage) -> None:
    app.processEvents()
    page.table.viewport().repaint()


def measure(path: Path, runs: int) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    first, first_limit, end, end_limit, steps, step_limit = [], [], [], [], [], []
    with Services.open(path) as services:
        for _ in range(runs):
            runner = TaskRunner()
            page = CustomersPage(runner=runner)
            page.resize(1280, 760)
            page.show()
            app.processEvents()
            started = time.perf_counter()
            page.set_services(services)
            while not page.loaded:
                app.processEvents()
                time.sleep(0.0005)
            paint(app, page)
            first.append(time.perf_counter() - started)
            size = page.model.page_size

            started = time.perf_counter()
            ids = [row[0] for row in raw.execute(IDS_SQL)]
            first_limit.append(time.perf_counter() - started + raw_page(raw, ids[:size]))

            started = time.perf_counter()
            page.table.scrollToBottom()
            paint(app, page)
            end.append(time.perf_counter() - started)
            end_limit.append(raw_page(raw, ids[-size:]))

            page.table.scrollToTop()
            paint(app, page)
            page.table.setFocus()
            visible = max(1, page.table.viewport().height() // page.table.rowHeight(0))
            for step in range(STEPS):
                started = time.perf_counter()
                QTest.keyClick(page.table, Qt.Key.Key_PageDown)
                paint(app, page)
                steps.append(time.perf_counter() - started)
                start = (step + 1) * visible
                step_limit.append(raw_page(raw, ids[start : start + visible]))
            page.set_services(None)
            runner.shutdown()
            page.deleteLater()
            app.processEvents()
    raw.close()
    count = len(ids)
    print(f"Customers page on {path.name}: {count:,} active customers, {runs} runs\n")
    print("measurement                 | ours (median)  | limit (median) | ratio")
    for name, ours, limit in (
        ("first rows painted", first, first_limit),
        ("scroll to the end, painted", end, end_limit),
        ("one PageDown step, painted", steps, step_limit),
    ):
        a, b = statistics.median(ours), statistics.median(limit)
        print(f"{name:<27} | {ms(a):>14} | {ms(b):>14} | {a / b:6.1f}")
    q = statistics.quantiles(steps, n=20)
    print(f"\nPageDown steps: p50 {ms(statistics.median(steps))}, p95 {ms(q[18])}, max {ms(max(steps))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", type=Path, default=DEFAULT_DB, help="a crmdesk database (default: the 100k demo)"
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} does not exist: run `make bench` once (it generates the 100k demo file)")
        return 1
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-page-") as tmp:
        # A copy: the bench never holds the lock of a file someone else may have open.
        copy = Path(tmp) / args.db.name
        shutil.copy2(args.db, copy)
        for suffix in ("-wal",):
            if Path(f"{args.db}{suffix}").exists():
                shutil.copy2(f"{args.db}{suffix}", f"{copy}{suffix}")
        measure(copy, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
