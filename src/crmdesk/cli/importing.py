"""Import commands: ``crmdesk import customers FILE`` (CSV, XLSX, vCard) and ``crmdesk import undo BATCH``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.importing import ON_DUPLICATE, write_report

EXIT_OK = 0
EXIT_NOTHING_VALID = 1
SHOWN_ISSUES = 10

CUSTOMERS_HELP = """\
Import customers from FILE: CSV/TSV (encoding, delimiter and header row are detected), Excel .xlsx
(first sheet) or vCard .vcf. Columns are recognised from their headers (Google Contacts, Outlook,
crmdesk's own export, Name/Email/Phone/Company/Address in several languages); --mapping overrides.
Rows that break a rule (bad email, phone, country…) are left out and listed (row, column, reason);
the valid rows are imported in one transaction after a verified backup, as one batch that
`crmdesk import undo BATCH` removes again.

Exit status: 0 when the valid rows were imported (or, with --dry-run, would be), even if some rows
were left out (they are listed on stderr and in --report); 1 when the file has rows but none of
them is valid, or the file cannot be read (nothing is imported then); 2 for a bad command line."""


def register(commands: Commands) -> None:
    group = commands.group("import", "import customers from CSV, Excel (.xlsx) or vCard (.vcf) files")
    customers = group.add("customers", _customers, "import customers from a CSV, XLSX or vCard file")
    customers.description = CUSTOMERS_HELP
    customers.formatter_class = argparse.RawDescriptionHelpFormatter
    customers.add_argument("file", type=Path, metavar="FILE", help="the .csv, .tsv, .txt, .xlsx or .vcf file")
    customers.add_argument(
        "--mapping",
        metavar="JSON",
        help='column → field as JSON ({"Mobile": "phone", "Fax": ""}), a JSON file, or the name of a saved mapping',
    )
    customers.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")
    customers.add_argument(
        "--on-duplicate",
        choices=ON_DUPLICATE,
        default="skip",
        help="rows matching a customer (same email, same phone, similar name in the same city): skip"
        " (default), merge into it (fill empty fields, add emails/phones/tags) or create anyway",
    )
    customers.add_argument(
        "--report", type=Path, metavar="FILE", help="write the rows left out as CSV (row, column, reason)"
    )
    customers.add_argument(
        "--save-mapping", metavar="NAME", help="keep the mapping used under NAME for later files"
    )
    undo = group.add("undo", _undo, "undo an import: delete the customers it created (if untouched since)")
    undo.add_argument(
        "batch", type=positive_int, metavar="BATCH", help="the batch number printed by the import"
    )


def _mapping(services: Services, text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    stripped = text.strip()
    if stripped.startswith("{"):
        source = stripped
    elif Path(stripped).expanduser().is_file():
        source = Path(stripped).expanduser().read_text(encoding="utf-8")
    else:
        return services.imports.load_mapping(stripped)
    try:
        loaded = json.loads(source)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"--mapping is not valid JSON: {exc}") from None
    if not isinstance(loaded, dict) or not all(isinstance(v, str) for v in loaded.values()):
        raise ValidationError('--mapping must be a JSON object of column → field, e.g. {"Mobile": "phone"}')
    return {str(k): v for k, v in loaded.items()}


def _customers(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise ValidationError(f"{args.file} does not exist or is not a file")
    with Services.open(database_path(args), create=False) as services:
        mapping = _mapping(services, args.mapping)
        result = services.imports.run(
            args.file, mapping=mapping, on_duplicate=args.on_duplicate, dry_run=args.dry_run
        )
        if args.save_mapping:
            services.imports.save_mapping(
                args.save_mapping, services.imports.preview(args.file, mapping=mapping).mapping
            )
    if args.report is not None:
        write_report(result.report, args.report)
    for issue in result.report[:SHOWN_ISSUES]:
        column = f" [{issue.column}]" if issue.column else ""
        print(f"row {issue.row}{column}: {issue.reason}", file=sys.stderr)
    if len(result.report) > SHOWN_ISSUES:
        more = len(result.report) - SHOWN_ISSUES
        hint = f" (all in {args.report})" if args.report else " (use --report FILE for all)"
        print(f"… and {more} more{hint}", file=sys.stderr)
    verb = "would be" if result.dry_run else "was"
    batch = (
        f" as batch {result.batch_id} (undo: crmdesk import undo {result.batch_id})"
        if result.batch_id
        else ""
    )
    print(
        f"{result.created} created, {result.merged} merged, {result.skipped} skipped as duplicates,"
        f" {result.invalid} invalid{batch}" + (" — dry run, nothing written" if result.dry_run else "")
    )
    if result.created + result.merged + result.skipped == 0 and result.invalid:
        print(f"crmdesk: no row of {args.file.name} is valid; nothing {verb} imported", file=sys.stderr)
        return EXIT_NOTHING_VALID
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        removed = services.imports.undo(args.batch)
    print(f"import {args.batch} undone: {removed} customer(s) removed")
    return EXIT_OK
