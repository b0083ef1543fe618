"""``crmdesk`` commands. Each prints a one-line reason and exits non-zero on bad input; never a traceback.

Exit codes: 0 ok, 1 the command could not do its work (a :class:`CrmError`: bad file, failed check…),
2 bad command line (argparse), 70 an unexpected internal error (logged with its traceback),
130 interrupted.

Each area registers its commands from its own module (``register(commands)``); add the module to
:data:`AREAS`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from crmdesk import __version__
from crmdesk.cli import (
    customers,
    database,
    documents,
    exporting,
    importing,
    inventory,
    privacy,
    reports,
    safety,
    sales,
)
from crmdesk.cli.registry import Commands, Handler
from crmdesk.domain.errors import CrmError
from crmdesk.paths import AppPaths

log = logging.getLogger("crmdesk.cli")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

AREAS: list[ModuleType] = [
    database,
    customers,
    sales,
    inventory,
    reports,
    documents,
    safety,
    exporting,
    importing,
    privacy,
]
"""The modules whose ``register(commands)`` adds their commands, in ``--help`` order."""


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
    parser.set_defaults(handler=None, group_parser=None, db_default=default_db, paths=paths)
    commands = Commands(parser.add_subparsers(title="commands", metavar="COMMAND"), default_db)
    for area in AREAS:
        area.register(commands)
    return parser


def run(argv: Sequence[str] | None = None, *, paths: AppPaths | None = None) -> int:
    """Parse and run a command; the GUI case (no command) is the composition root's job."""
    args = build_parser(paths).parse_args(argv)
    if args.handler is None:
        print("crmdesk: no command given (run `crmdesk --help`)", file=sys.stderr)
        return EXIT_USAGE
    return dispatch(args)


def dispatch(args: argparse.Namespace) -> int:
    """Run the parsed command and turn every failure into a one-line message and an exit code."""
    handler: Handler | None = args.handler
    if handler is None:
        # A group without its subcommand (`crmdesk invoices`): show that group's usage.
        group: argparse.ArgumentParser | None = args.group_parser
        if group is not None:
            group.print_usage(sys.stderr)
        print("crmdesk: choose a command (see --help)", file=sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except CrmError as exc:
        print(f"crmdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("crmdesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `crmdesk search … | head`: the reader left; not an error of ours. Point stdout at devnull so
        # that the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        log.exception("internal error")
        print(f"crmdesk: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
