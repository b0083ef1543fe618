"""``crmdesk`` commands. Each prints a one-line reason and exits non-zero on bad input; never a traceback.

Exit codes: 0 ok, 1 the command could not do its work (a :class:`CrmError`: bad file, failed check…),
2 bad command line (argparse), 70 an unexpected internal error (logged with its traceback),
130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from crmdesk import __version__
from crmdesk.domain.errors import CrmError
from crmdesk.paths import AppPaths
from crmdesk.services import Services
from crmdesk.services.database import check_database

log = logging.getLogger("crmdesk.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def build_parser(paths: AppPaths | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``crmdesk`` alone opens the GUI."""
    paths = paths or AppPaths.for_user()
    default_db = paths.default_database
    parser = argparse.ArgumentParser(
        prog="crmdesk",
        description="crmdesk: a local-first desktop CRM. Without a command it opens the main window.",
        epilog=f"The default database is {default_db}.",
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument("--db", type=Path, default=None, help=f"database file (default: {default_db})")
    parser.set_defaults(handler=None, db_default=default_db, paths=paths)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: `crmdesk --db X check` and `crmdesk check --db X` both work.
        sub.add_argument(
            "--db", type=Path, default=argparse.SUPPRESS, help=f"database file (default: {default_db})"
        )
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", _demo, "fill an empty database with realistic demo data")
    demo.add_argument(
        "--customers", type=_positive_int, default=1000, help="number of customers (default 1000)"
    )
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    command(
        "check",
        _check,
        "check a database: integrity, foreign keys, schema version, frozen-invoice triggers (read-only)",
    )
    command(
        "migrate", _migrate, "upgrade a database to this version's schema (a verified backup is made first)"
    )
    return parser


def run(argv: Sequence[str] | None = None, *, paths: AppPaths | None = None) -> int:
    """Parse and run a command; the GUI case (no command) is the composition root's job."""
    args = build_parser(paths).parse_args(argv)
    if args.handler is None:
        print("crmdesk: no command given (run `crmdesk --help`)", file=sys.stderr)
        return 2
    return dispatch(args)


def dispatch(args: argparse.Namespace) -> int:
    """Run the parsed command and turn every failure into a one-line message and an exit code."""
    handler: Handler = args.handler
    try:
        return handler(args)
    except CrmError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("crmdesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        log.exception("internal error")
        print(f"crmdesk: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


def database_path(args: argparse.Namespace) -> Path:
    path: Path = args.db or args.db_default
    return path.expanduser()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


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
