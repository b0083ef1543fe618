"""Customer import from CSV next to the bare floor: ``sqlite3.executemany`` of the same rows.

    .venv/bin/python bench/import_bench.py                  # 10,000 and 100,000 rows
    .venv/bin/python bench/import_bench.py --rows 10000     # one size
    make bench  (bench/run.py --only import)                # the same entries in the common table

**ours** — ``Services.imports.run(path, on_duplicate="create", backup=False)``: read and decode the file,
detect the layout, map the columns, check every row with the customer editor's rules (email-validator,
phonenumbers to E.164, countries), look for duplicates (email, phone, similar name in the same city), then
one transaction through the bulk path with the search index synced before the commit.
**limit** — the same rows, already normalised, inserted with bare ``sqlite3.executemany`` into a copy of
the same migrated file in one transaction (customers, emails, phones, addresses; no checks, no search
index sync): what SQLite needs just to store them. Read the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from crmdesk.services import Services

T = TypeVar("T")
FIRST = ("Anna", "Jānis", "Līga", "Иван", "Мария", "Reza", "مریم", "Lucía", "José", "Åsa", "Björn", "Oliver")
LAST = (
    "Bērziņa",
    "Kalniņš",
    "Petrov",
    "Smirnova",
    "Ahmadi",
    "حسینی",
    "García",
    "Martín",
    "Lindqvist",
    "Öberg",
)
CITIES = (
    ("Rīga", "LV", "+3712"),
    ("Madrid", "ES", "+3461"),
    ("Göteborg", "SE", "+4670"),
    ("Москва", "RU", "+7912"),
)


def rows(count: int, seed: int = 1) -> list[tuple[str, str, str, str, str, str]]:
    """(name, email, phone E.164, street, city, country) — distinct emails and phones, realistic names."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        city, country, prefix = CITIES[n % len(CITIES)]
        phone = f"{prefix}{n:07d}"  # +3712xxxxxxx, +346xxxxxxxx, +4670xxxxxxx, +7912xxxxxxx: valid mobiles
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{n}"
        out.append((name, f"c{n}@example.com", phone, f"Iela {n % 200 + 1}", city, country))
    return out


def write_csv(path: Path, data: Sequence[tuple[str, ...]]) -> Path:
    lines = ["Name;Email;Phone;Street;City;Country"] + [";".join(r) for r in data]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def template(folder: Path) -> Path:
    path = folder / "template.sqlite3"
    Services.open(path).close()
    return path


def fresh(template_path: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template_path, target)
    return target


def time_ours(template_path: Path, folder: Path, csv_path: Path, expected: int) -> float:
    path = fresh(template_path, folder, "ours.sqlite3")
    with Services.open(path, create=False) as services:
        start = time.perf_counter()
        result = services.imports.run(csv_path, on_duplicate="create", backup=False)
        elapsed = time.perf_counter() - start
    if result.created != expected:
        raise RuntimeError(f"imported {result.created} of {expected} rows: {result.report[:3]}")
    return elapsed


def time_raw(template_path: Path, folder: Path, data: Sequence[tuple[str, ...]]) -> float:
    path = fresh(template_path, folder, "raw.sqlite3")
    now = datetime.now(UTC).isoformat()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO customers (id, kind, name, sort_name, language, currency, payment_terms_days, notes,"
            " created_at, updated_at) VALUES (?, 'person', ?, ?, 'en', 'EUR', 14, '', ?, ?)",
            [(n + 1, r[0], r[0].casefold(), now, now) for n, r in enumerate(data)],
        )
        conn.executemany(
            "INSERT INTO customer_emails (customer_id, email, label, position) VALUES (?, ?, '', 0)",
            [(n + 1, r[1]) for n, r in enumerate(data)],
        )
        conn.executemany(
            "INSERT INTO customer_phones (customer_id, e164, label, position) VALUES (?, ?, '', 0)",
            [(n + 1, r[2]) for n, r in enumerate(data)],
        )
        conn.executemany(
            "INSERT INTO addresses (customer_id, kind, line1, line2, postal_code, city, region, country)"
            " VALUES (?, 'billing', ?, '', '', ?, '', ?)",
            [(n + 1, r[3], r[4], r[5]) for n, r in enumerate(data)],
        )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def measure(count: int, runs: int, folder: Path) -> tuple[list[float], list[float]]:
    data = rows(count)
    csv_path = write_csv(folder / f"customers-{count}.csv", data)
    base = template(folder)
    ours = [time_ours(base, folder, csv_path, count) for _ in range(runs)]
    limit = [time_raw(base, folder, data) for _ in range(runs)]
    return ours, limit


def entries(make: Callable[..., T], *, runs: int = 1, sizes: tuple[int, ...] = (10_000, 100_000)) -> list[T]:
    """``bench/run.py``'s entries (``make`` is its ``Entry``)."""
    found = []
    with tempfile.TemporaryDirectory(prefix="crmdesk-import-bench-") as tmp:
        for count in sizes:
            ours, limit = measure(count, runs, Path(tmp))
            rate = count / statistics.median(ours)
            found.append(
                make(
                    "import customers from CSV (check + dedupe + write)",
                    f"{count:,} rows",
                    "sqlite3.executemany of the same rows (bench/import_bench.py)",
                    ours,
                    limit,
                    f"{rate:,.0f} rows/s",
                )
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append", help="rows per file (repeatable)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    sizes = tuple(args.rows or (10_000, 100_000))
    print(f"{'rows':>9} | {'ours (s)':>9} | {'executemany (s)':>15} | {'ratio':>6} | rows/s")
    with tempfile.TemporaryDirectory(prefix="crmdesk-import-bench-") as tmp:
        for count in sizes:
            ours, limit = measure(count, args.runs, Path(tmp))
            o, lim = statistics.median(ours), statistics.median(limit)
            print(f"{count:>9,} | {o:>9.2f} | {lim:>15.3f} | {o / lim:>6.1f} | {count / o:,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__: list[Any] = ["entries", "main"]
