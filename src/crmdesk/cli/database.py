"""Commands about the database file as a whole: demo, check, migrate."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.database import check_database

EXIT_OK = 0
EXIT_FAILED = 1


def register(commands: Commands) -> None:
    demo = commands.add("demo", _demo, "fill an empty database with realistic demo data")
    demo.add_argument(
        "--customers", type=positive_int, default=1000, help="number of customers (default 1000)"
    )
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    commands.add(
        "check",
        _check,
        "check a database: integrity, foreign keys, schema version, frozen-invoice triggers (read-only)",
    )
    commands.add(
        "migrate", _migrate, "upgrade a database to this version's schema (a verified backup is made first)"
    )


def _demo(args: argparse.Namespace) -> int:
    path = database_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    with Services.open(path) as services:
        if not services.database.summary().is_empty:
            raise CrmError(f"{path} already has data; demo data goes into a new or empty file")
        show = _progress_printer() if sys.stderr.isatty() else None
        summary = services.demo.populate(customers=args.customers, seed=args.seed, progress=show)
    if show:
        print(file=sys.stderr)
    print(f"demo data written to {path}: {summary}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    path = database_path(args)
    report = check_database(path)
    for problem in report.problems:
        print(f"problem: {problem}")
    if not report.ok:
        print(f"{path}: {len(report.problems)} problem(s) found", file=sys.stderr)
        return EXIT_FAILED
    print(f"ok: {path} (schema {report.schema_revision})")
    return EXIT_OK


def _migrate(args: argparse.Namespace) -> int:
    path = database_path(args)
    with Services.open(path, create=False) as services:
        result = services.migration
    if result is None or not result.changed:
        print(f"{path} is already at schema {result.to_revision if result else '?'}")
    else:
        print(f"{path} upgraded from schema {result.from_revision or 'nothing'} to {result.to_revision}")
        if result.backup:
            print(f"backup of the previous file: {result.backup}")
    return EXIT_OK


def _progress_printer() -> Callable[[str, int, int], None]:
    def show(stage: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{stage}: {percent:3d}%", end="", file=sys.stderr, flush=True)

    return show
