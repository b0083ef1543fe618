"""Search-as-you-type on the demo database: latency per keystroke, next to the raw FTS5 floor.

    .venv/bin/python bench/search.py                      # makes bench/data/search-100k.sqlite3 once
    .venv/bin/python bench/search.py --db PATH            # any crmdesk database (e.g. after crmdesk demo)

For every typical query, each prefix the owner types ("b", "be", "ber", …) is one keystroke. Per
keystroke:

- **ours**  — ``SearchService.search(prefix)``: build the safe query, run every kind's FTS5 query
  with its join to the source rows (names, customers, archived flag), format phones — what the GUI's
  popup and ``crmdesk search`` wait for;
- **limit** — the same FTS5 ``MATCH`` expressions run bare with the ``sqlite3`` module on a second
  connection (``SELECT rowid … LIMIT n`` per FTS table, no ranking, no join): what SQLite itself needs
  to find the hits, so it cannot be beaten, only approached.

Prints p50 and p95 per query and overall, and the ratio of the medians. Not a timed test: read the
ratio, not the milliseconds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from crmdesk.services import Services
from crmdesk.services.search import DEFAULT_PER_KIND, SearchKind, _match_for, searches_free_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "data" / "search-100k.sqlite3"
REPEAT = 5

_RAW_TABLES: dict[SearchKind, tuple[str, ...]] = {
    SearchKind.CUSTOMER: ("fts_customers",),
    SearchKind.CONTACT: ("fts_contacts",),
    SearchKind.EMAIL: ("fts_emails",),
    SearchKind.PHONE: ("fts_phones",),
    SearchKind.INTERACTION: ("fts_interactions",),
    SearchKind.DOCUMENT: ("fts_quotes", "fts_invoices"),
    SearchKind.PRODUCT: ("fts_products",),
}


def typical_queries(db: Path) -> list[str]:
    """Queries an owner types, taken from the data itself so that they hit."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:

        def one(sql: str) -> str:
            row = conn.execute(sql).fetchone()
            return str(row[0]) if row and row[0] else ""

        surname = one("SELECT name FROM customers WHERE kind = 'person' AND name GLOB '*ņ*' LIMIT 1").split()[
            -1
        ]
        cyrillic = one("SELECT name FROM customers WHERE name GLOB '*[а-я]*' LIMIT 1").split()[-1]
        persian = one("SELECT name FROM customers WHERE name GLOB '*[ا-ی]*' LIMIT 1").split()[0]
        email = one("SELECT email FROM customer_emails WHERE id = 777")
        phone = one("SELECT e164 FROM customer_phones WHERE e164 LIKE '+371%' LIMIT 1")
        invoice = one("SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY id DESC LIMIT 1")
        product = one("SELECT name FROM products LIMIT 1").split()[0]
    finally:
        conn.close()
    ascii_surname = surname.translate(str.maketrans("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuzACEGIKLNSUZ"))
    national = phone[4:] if phone.startswith("+371") else phone
    spaced = f"{phone[:4]} {national[:4]} {national[4:]}" if phone else ""
    queries = [
        ascii_surname.lower(),  # "berzins" finds "Bērziņš"
        cyrillic.lower(),
        persian,
        email.split("@")[0][:10],
        spaced,  # "+371 2912 3456"
        national,  # "29123456"
        invoice,
        product.lower(),
        "zvanīt klientam",  # contact-log text, two words
    ]
    return [q for q in queries if q]


def keystrokes(query: str) -> list[str]:
    return [query[: i + 1] for i in range(len(query)) if query[: i + 1].strip()]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p * (len(ordered) - 1))))
    return ordered[k]


def raw_fts(conn: sqlite3.Connection, services: Services, prefix: str) -> float:
    query = services.search.query(prefix)
    start = time.perf_counter()
    if not query.is_empty:
        for kind, tables in _RAW_TABLES.items():
            if kind is SearchKind.INTERACTION and not searches_free_text(query):
                continue  # as the service: the contact log only for specific enough text
            match = _match_for(kind, query)
            for table in tables:
                conn.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", (match, DEFAULT_PER_KIND + 1)
                ).fetchall()
    return time.perf_counter() - start


def ours(services: Services, prefix: str) -> float:
    start = time.perf_counter()
    services.search.search(prefix)
    return time.perf_counter() - start


def make_demo(path: Path, customers: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"making {path} with {customers} demo customers (a few minutes)…", file=sys.stderr)
    start = time.perf_counter()
    with Services.open(path) as services:
        services.demo.populate(customers=customers, seed=1)
    print(f"  done in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, default=None, help=f"database (default: {DEFAULT_DB}, made if missing)"
    )
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=REPEAT, help="times each keystroke is measured")
    args = parser.parse_args()
    db = args.db or DEFAULT_DB
    if not db.exists():
        make_demo(db, args.customers)
    with Services.open(db) as services:
        counts = services.database.summary()
        services.search.search("warm-up")  # indexes anything queued and loads the FTS pages
        raw = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        print(f"{db.name}: {counts.customers} customers, {counts.interactions} contact-log entries\n")
        print(f"{'query':<22} {'keys':>4} | {'ours p50':>9} {'p95':>8} | {'FTS5 p50':>9} {'p95':>8} | ratio")
        all_ours: list[float] = []
        all_raw: list[float] = []
        worst: tuple[float, str] = (0.0, "")
        for query in typical_queries(db):
            ours_times: list[float] = []
            raw_times: list[float] = []
            for prefix in keystrokes(query):
                o = statistics.median(ours(services, prefix) for _ in range(args.repeat))
                r = statistics.median(raw_fts(raw, services, prefix) for _ in range(args.repeat))
                ours_times.append(o)
                raw_times.append(r)
                worst = max(worst, (o, prefix))
            all_ours += ours_times
            all_raw += raw_times
            print(
                f"{query[:22]:<22} {len(ours_times):>4} | {percentile(ours_times, 0.5) * 1000:>7.1f}ms"
                f" {percentile(ours_times, 0.95) * 1000:>6.1f}ms | {percentile(raw_times, 0.5) * 1000:>7.1f}ms"
                f" {percentile(raw_times, 0.95) * 1000:>6.1f}ms | {statistics.median(ours_times) / max(statistics.median(raw_times), 1e-9):.2f}"
            )
        raw.close()
        print(
            f"{'all keystrokes':<22} {len(all_ours):>4} | {percentile(all_ours, 0.5) * 1000:>7.1f}ms"
            f" {percentile(all_ours, 0.95) * 1000:>6.1f}ms | {percentile(all_raw, 0.5) * 1000:>7.1f}ms"
            f" {percentile(all_raw, 0.95) * 1000:>6.1f}ms | {statistics.median(all_ours) / max(statistics.median(all_raw), 1e-9):.2f}"
        )
        print(f"\nslowest keystroke: {worst[1]!r} {worst[0] * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
