"""``crmdesk export KIND --out FILE [--format csv|xlsx|vcf] [--encoding ENC]``.

The format comes from the file's suffix when ``--format`` is not given; CSV is written as UTF-8 with a
byte-order mark unless ``--encoding`` says otherwise (cp1252, cp1257, cp1251…).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.cli.registry import Commands, database_path
from crmdesk.services import Services
from crmdesk.services.exporting import FORMATS, KINDS

EXIT_OK = 0


def register(commands: Commands) -> None:
    export = commands.add(
        "export",
        _export,
        "export customers, interactions, products, invoices (with lines) or payments to CSV, XLSX or vCard",
    )
    export.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    export.add_argument("--out", type=Path, required=True, help="the file to write (replaced if it exists)")
    export.add_argument(
        "--format", choices=FORMATS, help="csv, xlsx or vcf (default: from the file's suffix)"
    )
    export.add_argument("--encoding", help="CSV encoding (default utf-8-sig; cp1252, cp1257, cp1251…)")


def _export(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        result = services.exports.export(
            args.kind, args.out.expanduser(), format=args.format, encoding=args.encoding
        )
    encoding = f", {result.encoding}" if result.encoding else ""
    print(
        f"{result.rows} {result.kind} written to {result.path} ({result.format}{encoding})", file=sys.stderr
    )
    return EXIT_OK
