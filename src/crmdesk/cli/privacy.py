"""``crmdesk privacy export CUSTOMER_ID --out DIR`` and ``crmdesk privacy erase CUSTOMER_ID --yes``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.errors import CrmError
from crmdesk.services import Services

EXIT_OK = 0


def register(commands: Commands) -> None:
    privacy = commands.group(
        "privacy", "personal data of one customer: export it all, or erase it on request"
    )
    export = privacy.add(
        "export", _export, "write everything held about one customer (JSON, attachments, PDFs) into a zip"
    )
    export.add_argument("customer_id", type=positive_int, metavar="CUSTOMER_ID")
    export.add_argument("--out", type=Path, required=True, help="folder to write the zip into")
    erase = privacy.add(
        "erase",
        _erase,
        "erase one customer's personal data; issued invoices are kept (legal retention), marked retained",
    )
    erase.add_argument("customer_id", type=positive_int, metavar="CUSTOMER_ID")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def _open(args: argparse.Namespace) -> Services:
    path = database_path(args)
    if not path.exists():
        raise CrmError(f"{path} does not exist")
    return Services.open(path, create=False)


def _export(args: argparse.Namespace) -> int:
    with _open(args) as services:
        result = services.privacy.export(args.customer_id, args.out.expanduser())
    print(result.path)
    for line in result.skipped_documents:
        print(f"not included: {line}", file=sys.stderr)
    print(f"{len(result.files)} file(s) written to {result.path}", file=sys.stderr)
    return EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CrmError("erasing cannot be undone: add --yes to confirm")
    with _open(args) as services:
        result = services.privacy.erase(args.customer_id)
    retained = ", ".join(str(i) for i in result.retained_invoice_ids) or "none"
    print(f"customer {result.customer_id} erased; issued invoices kept for legal retention: {retained}")
    return EXIT_OK
