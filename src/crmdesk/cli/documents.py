"""Document PDFs from the command line: ``crmdesk pdf invoice|quote|credit-note NUMBER --out FILE.pdf``."""

from __future__ import annotations

import argparse
from pathlib import Path

from crmdesk.cli.registry import Commands, database_path
from crmdesk.services import Services

EXIT_OK = 0

KINDS = {"invoice": "invoice", "quote": "quote", "credit-note": "credit_note"}


def register(commands: Commands) -> None:
    pdf = commands.group(
        "pdf", "write the PDF of an invoice, quote or credit note (in its customer's language)"
    )
    for command, kind in KINDS.items():
        what = command.replace("-", " ")
        sub = pdf.add(command, _render, f"write the PDF of the {what} with this number")
        sub.add_argument("number", metavar="NUMBER", help=f"the {what}'s printed number")
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="the PDF file to write")
        sub.set_defaults(kind=kind)


def _render(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        documents = services.documents
        document_id = documents.find(args.kind, args.number)
        rendered = documents.render(args.kind, document_id)
        saved = documents.save(rendered, args.out)
    print(f"{saved} ({len(rendered.pdf):,} bytes, {rendered.language})")
    return EXIT_OK
