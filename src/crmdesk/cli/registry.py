"""How each area adds its commands: ``register(commands: Commands)`` in its own ``crmdesk.cli`` module."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

Handler = Callable[[argparse.Namespace], int]


class Commands:
    """A level of subcommands; every command gets ``--db`` and a handler."""

    def __init__(
        self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser], default_db: Path
    ) -> None:
        self._subparsers = subparsers
        self._default_db = default_db

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        """A command (``crmdesk NAME``) that runs ``handler(args)`` and returns its exit code."""
        sub = self._subparsers.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: `crmdesk --db X check` and `crmdesk check --db X` both work.
        sub.add_argument(
            "--db", type=Path, default=argparse.SUPPRESS, help=f"database file (default: {self._default_db})"
        )
        sub.set_defaults(handler=handler)
        return sub

    def group(self, name: str, help_text: str) -> Commands:
        """A command with subcommands of its own (``crmdesk invoices list``)."""
        sub = self._subparsers.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=None, group_parser=sub)
        return Commands(sub.add_subparsers(title="commands", metavar="COMMAND"), self._default_db)


def positive_int(text: str) -> int:
    """argparse type: a whole number ≥ 1, with a plain message otherwise."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def database_path(args: argparse.Namespace) -> Path:
    """The ``--db`` given (before or after the command), else the default database."""
    path: Path = args.db or args.db_default
    return path.expanduser()
