"""The composition root: command line → CLI command, or paths + database + QApplication + main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler

from crmdesk.cli.main import build_parser, dispatch
from crmdesk.paths import AppPaths


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``crmdesk`` command."""
    paths = AppPaths.for_user()
    args = build_parser(paths).parse_args(argv)
    _configure_logging(paths)
    if args.handler is not None or args.group_parser is not None:
        return dispatch(args)
    # Imported here: CLI commands never load Qt (faster, and they work without a display).
    from crmdesk.ui.bootstrap import start_gui

    exit_code: int = start_gui(paths=paths, database=args.db, argv=[sys.argv[0]])
    return exit_code


def _configure_logging(paths: AppPaths) -> None:
    """Warnings and tracebacks go to a rotating log file in the user's log folder."""
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            paths.log_dir / "crmdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
