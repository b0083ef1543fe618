"""crmdesk benchmarks (``make bench``): each measured path next to the bare floor it builds on.

Prints ``operation | size | median of 5 (s) | limit (s) | ratio`` and writes ``bench/results.json``.
See ``bench/README.md`` for what each entry measures and how to read the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import sqlite

from crmdesk.domain.enums import Channel, CustomerKind
from crmdesk.services import Services
from crmdesk.storage.bulk import BulkWriter, table_of
from crmdesk.storage.engine import open_database
from crmdesk.storage.models import Customer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results.json"
APP_TIMEOUT_S = 180

CUSTOMER_COLUMNS = (
    "id", "kind", "name", "sort_name", "vat_id", "registration_no", "language", "currency",
    "payment_terms_days", "channel", "notes", "archived_at", "created_at", "updated_at",
)  # fmt: skip
NAMES = (
    "Anna Bērziņa", "Jānis Kalniņš", "Иван Петров", "Мария Смирнова", "رضا احمدی", "مریم حسینی",
    "Lucía García López", "José Martín Ruiz", "Åsa Lindqvist", "Björn Öberg", "Oliver Smith", "Emily Jones",
)  # fmt: skip
LANGUAGES = (("lv", "EUR"), ("ru", "EUR"), ("fa", "EUR"), ("es", "EUR"), ("sv", "SEK"), ("en", "GBP"))

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Entry:
    operation: str
    size: str
    limit: str
    runs: list[float] | None = None
    limit_runs: list[float] | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float | None:
        return statistics.median(self.runs) if self.runs else None

    @property
    def limit_median(self) -> float | None:
        return statistics.median(self.limit_runs) if self.limit_runs else None

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.limit_median:
            return None
        return self.median / self.limit_median

    def as_json(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "size": self.size,
            "available": self.runs is not None,
            "median_s": self.median,
            "runs_s": self.runs,
            "limit": self.limit,
            "limit_median_s": self.limit_median,
            "limit_runs_s": self.limit_runs,
            "ratio": self.ratio,
            "note": self.note,
            **self.extra,
        }


# -- (a) bulk writes -------------------------------------------------------------------------


def customer_rows(count: int) -> list[tuple[Any, ...]]:
    """Prepared customer rows as the demo generator and CSV import hand them over (Python values)."""
    rng = random.Random(1)
    start = datetime(2023, 1, 1, 8, tzinfo=UTC)
    rows = []
    for customer_id in range(1, count + 1):
        name = f"{rng.choice(NAMES)} {customer_id}"
        language, currency = rng.choice(LANGUAGES)
        company = rng.randrange(100) < 15
        created = start + timedelta(minutes=15 * customer_id)
        rows.append(
            (
                customer_id, CustomerKind.COMPANY if company else CustomerKind.PERSON, name, name.casefold(),
                f"LV4000{customer_id:07d}" if company else None, None, language, currency, 14,
                rng.choice(tuple(Channel)), "", None, created, created,
            )
        )  # fmt: skip
    return rows


def stored_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The same rows converted by the column types beforehand: what the bare ``sqlite3`` loop inserts."""
    table = table_of(Customer)
    dialect = sqlite.dialect()
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in CUSTOMER_COLUMNS]
    return [
        tuple(p(v) if p and v is not None else v for p, v in zip(processors, row, strict=True))
        for row in rows
    ]


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    return path


def time_bulk(template: Path, folder: Path, rows: list[tuple[Any, ...]], *, how: str) -> float:
    """``how``: ``bulk`` (bulk.py in a bare write transaction), ``write`` (bulk.py inside ``Database.write``,
    which also brings the search index up to date before committing), ``core`` (Core insert, dicts)."""
    path = fresh_copy(template, folder, f"{how}.sqlite3")
    db = open_database(path)
    try:
        started = time.perf_counter()
        if how == "write":
            with db.write() as session:
                BulkWriter.of(session).insert(Customer, CUSTOMER_COLUMNS, rows)
        else:
            # The app's write engine: same PRAGMAs, BEGIN IMMEDIATE; committed when the block ends.
            with db.write_engine.begin() as conn:
                if how == "core":
                    conn.execute(
                        insert(table_of(Customer)),
                        [dict(zip(CUSTOMER_COLUMNS, row, strict=True)) for row in rows],
                    )
                else:
                    BulkWriter(conn).insert(Customer, CUSTOMER_COLUMNS, rows)
        return time.perf_counter() - started
    finally:
        db.close()


def time_raw(template: Path, folder: Path, rows: list[tuple[Any, ...]]) -> float:
    path = fresh_copy(template, folder, "raw.sqlite3")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            conn.execute(f"PRAGMA {pragma}")
        placeholders = ", ".join("?" * len(CUSTOMER_COLUMNS))
        sql = f"INSERT INTO customers ({', '.join(CUSTOMER_COLUMNS)}) VALUES ({placeholders})"
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def dump_customers(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM customers ORDER BY id").fetchall()
    finally:
        conn.close()


def bench_bulk(runs: int, size: int, folder: Path) -> list[Entry]:
    template = folder / "template.sqlite3"
    open_database(template).close()  # migrated to the current head, once per bench run
    rows = customer_rows(size)
    converted = stored_rows(rows)
    runs_by_how: dict[str, list[float]] = {"bulk": [], "write": [], "core": []}
    raw_runs = []
    for _ in range(runs):
        raw_runs.append(time_raw(template, folder, converted))
        for how, timings in runs_by_how.items():
            timings.append(time_bulk(template, folder, rows, how=how))
    same = dump_customers(folder / "bulk.sqlite3") == dump_customers(folder / "raw.sqlite3")
    note = (
        "stored rows identical to the bare loop's"
        if same
        else "WARNING: stored rows differ from the bare loop's"
    )
    label = f"{size:,} customer rows"
    limit = "bare sqlite3 executemany of the converted rows, one transaction"
    return [
        Entry("write prepared rows via storage/bulk.py", label, limit, runs_by_how["bulk"], raw_runs, note),
        Entry(
            "  same, in Database.write (+ search index at commit)",
            label,
            limit,
            runs_by_how["write"],
            raw_runs,
            "includes indexing the rows for global search (FTS5), which the bare loop does not do",
        ),
        Entry(
            "  (for comparison: SQLAlchemy Core insert, dicts)",
            label,
            limit,
            runs_by_how["core"],
            raw_runs,
            "slower than bulk.py, so not used",
        ),
    ]


# -- (b) start-up to first paint -------------------------------------------------------------


def ensure_demo_file(customers: int) -> tuple[Path, dict[str, Any]]:
    """The demo file of ``customers`` customers in ``bench/data``, generated once and reused."""
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"demo-{customers // 1000}k.sqlite3"
    info_path = path.with_suffix(".json")
    if not path.exists() or not info_path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"generating {path.relative_to(ROOT)} ({customers:,} customers, once) …", flush=True)
        started = time.perf_counter()
        with Services.open(path) as services:
            summary = services.demo.populate(customers=customers, seed=1)
        seconds = time.perf_counter() - started
        info = {
            "customers": customers,
            "generation_s": round(seconds, 1),
            "size_bytes": path.stat().st_size,
            "rows": summary.as_dict(),
            "total_rows": summary.total_rows,
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        info_path.write_text(json.dumps(info, indent=2), encoding="utf-8")
        print(f"  done in {seconds:.1f} s, {info['size_bytes'] / 2**20:.0f} MiB, {summary.total_rows:,} rows")
    else:
        # Bring it to the current schema outside the measurement (a migration would be timed otherwise).
        Services.open(path).close()
    return path, json.loads(info_path.read_text(encoding="utf-8"))


def time_process(
    command: Sequence[str], env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=APP_TIMEOUT_S, check=False
    )
    return time.perf_counter() - started, done


def bench_startup(runs: int, customers: int) -> Entry:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    label = f"{customers:,}-customer demo file"
    limit = "bare QApplication + QMainWindow, paint once, exit"
    entry = Entry("start to first painted main window", label, limit)
    try:
        path, info = ensure_demo_file(customers)
    except Exception as exc:  # the bench reports, it does not crash
        entry.note = f"not available: demo file could not be made ({exc})"
        return entry
    entry.extra["demo_file"] = {"path": str(path.relative_to(ROOT)), **info}
    app = [sys.executable, "-m", "crmdesk", "--db", str(path)]
    app_env = {**env, "CRMDESK_EXIT_AFTER_FIRST_PAINT": "1"}
    app_runs, reported = [], []
    for _ in range(runs):
        try:
            seconds, done = time_process(app, app_env)
        except subprocess.TimeoutExpired:
            entry.note = f"not available: `python -m crmdesk` did not exit within {APP_TIMEOUT_S} s"
            return entry
        line = next((ln for ln in done.stdout.splitlines() if ln.startswith("first-paint-seconds ")), None)
        if done.returncode != 0 or line is None:
            reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
            entry.note = f"not available: `python -m crmdesk` exited with {done.returncode} ({reason})"
            return entry
        app_runs.append(seconds)
        reported.append(float(line.split()[1]))
    bare_runs = [time_process([sys.executable, "-c", BARE_QT], env)[0] for _ in range(runs)]
    entry.runs, entry.limit_runs = app_runs, bare_runs
    entry.extra["app_reported_first_paint_s"] = reported
    entry.note = (
        f"the app itself reports first paint at {statistics.median(reported):.2f} s after process start"
    )
    return entry


# -- report ----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def print_table(entries: list[Entry], runs: int) -> None:
    header = ("operation", "size", f"median of {runs} (s)", "limit (s)", "ratio")
    rows = [
        (
            e.operation,
            e.size,
            fmt(e.median) if e.runs else "not available",
            fmt(e.limit_median),
            fmt(e.ratio, 2),
        )
        for e in entries
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(line)
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(
            " | ".join(
                str(c).ljust(w) if i < 2 else str(c).rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    for entry in entries:
        if entry.note:
            print(f"  {entry.operation.strip()}: {entry.note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="repetitions per entry (median reported)")
    parser.add_argument("--rows", type=int, default=100_000, help="rows for the bulk write entry")
    parser.add_argument("--customers", type=int, default=100_000, help="customers in the start-up demo file")
    parser.add_argument(
        "--only", choices=("bulk", "startup", "pdf", "import", "analytics"), help="run one entry only"
    )
    args = parser.parse_args(argv)
    entries: list[Entry] = []
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as tmp:
        if args.only in (None, "bulk"):
            entries += bench_bulk(args.runs, args.rows, Path(tmp))
        if args.only in (None, "startup"):
            entries.append(bench_startup(args.runs, args.customers))
        if args.only in (None, "pdf"):
            from pdf_bench import entries as pdf_entries  # bench/pdf_bench.py: document PDFs

            entries += pdf_entries(Entry, runs=1)
        if args.only in (None, "import"):
            from import_bench import entries as import_entries  # bench/import_bench.py: CSV import

            entries += import_entries(Entry, runs=1)
        if args.only in (None, "analytics"):
            from analytics_bench import entries as analytics_entries  # bench/analytics_bench.py: reports

            entries += analytics_entries(Entry, runs=args.runs, path=ensure_demo_file(args.customers)[0])
    print_table(entries, args.runs)
    results = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
        },
        "runs": args.runs,
        "entries": [entry.as_json() for entry in entries],
    }
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
