"""Sales commands: quotes and invoices lists, issuing, payments, credit notes, reminders, verifying."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.enums import PaymentMethod, QuoteStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import parse_decimal
from crmdesk.services import Services
from crmdesk.services.sales import LIST_FILTERS, CreditLine, InvoiceListQuery, QuoteListQuery
from crmdesk.services.sales.views import InvoiceListRow, InvoiceView, QuoteListRow
from crmdesk.services.verification import verify_file  # invoice chains and the audit log's chain

EXIT_OK = 0
EXIT_FAILED = 1


def register(commands: Commands) -> None:
    quotes = commands.group("quotes", "quotes")
    quotes_list = quotes.add("list", _quotes_list, "list quotes (latest revision of each), newest first")
    quotes_list.add_argument(
        "--status", choices=[s.value for s in QuoteStatus], help="only quotes in this status"
    )
    quotes_list.add_argument(
        "--all-revisions", action="store_true", help="show every revision, not the latest"
    )
    quotes_list.add_argument("--json", action="store_true", help="print JSON instead of a table")

    invoices = commands.group("invoices", "invoices and credit notes")
    invoices_list = invoices.add("list", _invoices_list, "list invoices and credit notes, newest first")
    invoices_list.add_argument(
        "--status",
        choices=sorted(LIST_FILTERS),
        help="draft, issued, or a payment status (open, partially_paid, paid, overdue, credited)",
    )
    invoices_list.add_argument("--customer", type=positive_int, help="only this customer's (id)")
    invoices_list.add_argument(
        "--limit", type=positive_int, default=500, help="at most this many (default 500)"
    )
    invoices_list.add_argument("--json", action="store_true", help="print JSON instead of a table")

    invoice = commands.group("invoice", "one invoice")
    issue = invoice.add(
        "issue", _invoice_issue, "issue a draft invoice or credit note: give it its number and freeze it"
    )
    issue.add_argument("draft_id", type=positive_int, metavar="DRAFT_ID", help="id of the draft")
    issue.add_argument("--date", type=_iso_date, default=None, help="issue date YYYY-MM-DD (default: today)")

    payment = commands.group("payment", "payments received")
    payment_add = payment.add(
        "add", _payment_add, "record a payment against an issued invoice (more than is due becomes credit)"
    )
    payment_add.add_argument("number", metavar="INVOICE_NUMBER", help="the invoice's number, e.g. 2026-0007")
    payment_add.add_argument("amount", metavar="AMOUNT", help="amount in the invoice's currency, e.g. 120.50")
    payment_add.add_argument(
        "--method",
        choices=[m.value for m in PaymentMethod],
        default=PaymentMethod.BANK_TRANSFER.value,
        help="how it was paid (default bank_transfer)",
    )
    payment_add.add_argument(
        "--date", type=_iso_date, default=None, help="date paid YYYY-MM-DD (default: today)"
    )
    payment_add.add_argument("--reference", default="", help="bank reference or receipt number")

    credit = commands.add(
        "credit-note",
        _credit_note,
        "draft a credit note for an issued invoice, in full or for some lines (issue it to make it final)",
    )
    credit.add_argument("number", metavar="INVOICE_NUMBER", help="the invoice's number, e.g. 2026-0007")
    credit.add_argument(
        "--lines",
        type=_credit_lines,
        default=None,
        metavar="POS:QTY,...",
        help="line positions as printed (1, 2, …) and quantities to credit, e.g. 1:2,3:1 (default: all)",
    )
    credit.add_argument("--reason", default="", help="reason printed on the credit note")
    credit.add_argument("--issue", action="store_true", help="issue it at once (final)")

    reminders = commands.add(
        "reminders", _reminders, "overdue invoices, most days late first, with their last reminder level"
    )
    reminders.add_argument("--json", action="store_true", help="print JSON instead of a table")

    commands.add(
        "verify",
        _verify,
        "recompute the hash chain of issued invoices and credit notes and report any tampering",
    )


def _quotes_list(args: argparse.Namespace) -> int:
    query = QuoteListQuery(
        status=QuoteStatus(args.status) if args.status else None, all_revisions=args.all_revisions
    )
    with Services.open(database_path(args), create=False) as services:
        rows = services.quotes.list(query)
    if args.json:
        _print_json([_quote_json(row) for row in rows])
        return EXIT_OK
    for row in rows:
        number = row.number or "(draft)"
        if row.revision > 1:
            number += f" r{row.revision}"
        valid = row.valid_until.isoformat() if row.valid_until else ""
        print(
            f"{row.id:>6}  {number:<18} {row.status.value:<9} {row.issue_date.isoformat()}  {valid:<10}"
            f"  {row.gross_total:>12} {row.currency}  {row.customer_name}"
        )
    print(f"{len(rows)} quote(s)", file=sys.stderr)
    return EXIT_OK


def _invoices_list(args: argparse.Namespace) -> int:
    query = InvoiceListQuery(status=args.status, customer_id=args.customer, limit=args.limit)
    with Services.open(database_path(args), create=False) as services:
        rows = services.invoices.list(query)
    if args.json:
        _print_json([_invoice_json(row) for row in rows])
        return EXIT_OK
    for row in rows:
        number = row.number or "(draft)"
        kind = "CN" if row.kind.value == "credit_note" else "  "
        status = row.payment_status.value if row.payment_status else row.status.value
        late = f"{row.days_late} days late" if row.days_late else ""
        issued = row.issue_date.isoformat() if row.issue_date else ""
        print(
            f"{row.id:>6} {kind} {number:<16} {issued:<10}  {status:<14} {row.gross_total:>12} {row.currency}"
            f"  due {row.amount_due:>12}  {late:<14} {row.customer_name}"
        )
    print(f"{len(rows)} document(s)", file=sys.stderr)
    return EXIT_OK


def _invoice_issue(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        warning = services.invoices.clock_warning()
        if warning:
            print(f"crmdesk: warning: {warning}", file=sys.stderr)
        result = services.invoices.issue(args.draft_id, issue_date=args.date)
    invoice = result.invoice
    print(
        f"issued {invoice.label} (id {invoice.id}) on {invoice.issue_date}: {invoice.gross_total} {invoice.currency}"
    )
    return EXIT_OK


def _payment_add(args: argparse.Namespace) -> int:
    amount = parse_decimal(args.amount, field="amount")
    with Services.open(database_path(args), create=False) as services:
        invoice = _issued_invoice(services, args.number)
        result = services.payments.record(
            invoice.id,
            amount=amount,
            paid_on=args.date,
            method=PaymentMethod(args.method),
            reference=args.reference,
        )
    payment, balance = result.payment, result.balance
    line = (
        f"recorded {payment.amount} {payment.currency} on {payment.paid_on.isoformat()} for invoice"
        f" {invoice.number}: {balance.status.value}, {balance.amount_due} {payment.currency} due"
    )
    if balance.overpaid > 0:
        line += f", {balance.overpaid} {payment.currency} kept as the customer's credit"
    print(line)
    return EXIT_OK


def _credit_note(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        invoice = _issued_invoice(services, args.number)
        lines = None
        if args.lines is not None:
            by_position = {line.position + 1: line for line in invoice.lines}
            lines = []
            for position, quantity in args.lines:
                line = by_position.get(position)
                if line is None:
                    raise ValidationError(
                        f"invoice {invoice.number} has no line {position} (it has {len(invoice.lines)})",
                        field="lines",
                    )
                lines.append(CreditLine(invoice_line_id=line.id, quantity=quantity))
        note = services.credit_notes.create_draft(invoice.id, lines=lines, notes=args.reason)
        if args.issue:
            note = services.invoices.issue(note.id).invoice
    if args.issue:
        print(
            f"issued {note.label} (id {note.id}) for invoice {invoice.number}: {note.gross_total} {note.currency}"
        )
    else:
        print(
            f"draft credit note {note.id} for invoice {invoice.number}: {note.gross_total} {note.currency};"
            f" issue it with: crmdesk invoice issue {note.id}"
        )
    return EXIT_OK


def _reminders(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        rows = services.payments.overdue()
    if args.json:
        _print_json(
            [
                {
                    "id": row.id,
                    "number": row.number,
                    "customer_id": row.customer_id,
                    "customer_name": row.customer_name,
                    "due_date": row.due_date,
                    "days_late": row.days_late,
                    "amount_due": row.amount_due,
                    "currency": row.currency,
                    "last_reminder_level": row.last_reminder_level,
                }
                for row in rows
            ]
        )
        return EXIT_OK
    for row in rows:
        level = f"reminder {row.last_reminder_level}" if row.last_reminder_level else "no reminder yet"
        due = row.due_date.isoformat() if row.due_date else ""
        print(
            f"{row.number or '':<16} due {due:<10} {row.days_late:>5} days late  {row.amount_due:>12}"
            f" {row.currency}  {level:<15} {row.customer_name}"
        )
    print(f"{len(rows)} overdue invoice(s)", file=sys.stderr)
    return EXIT_OK


def _issued_invoice(services: Services, number: str) -> InvoiceView:
    invoice = services.invoices.find(number)
    if invoice.kind.value != "invoice":
        raise ValidationError(f"{number} is a credit note, not an invoice", field="number")
    return invoice


def _credit_lines(text: str) -> list[tuple[int, Decimal]]:
    parts: list[tuple[int, Decimal]] = []
    for chunk in text.split(","):
        position, sep, quantity = chunk.strip().partition(":")
        try:
            if not sep:
                raise ValueError
            parts.append((int(position), parse_decimal(quantity)))
        except (ValueError, ValidationError):
            raise argparse.ArgumentTypeError(
                f"not POS:QTY (line position and quantity, e.g. 1:2): {chunk.strip()!r}"
            ) from None
    return parts


def _verify(args: argparse.Namespace) -> int:
    path = database_path(args)
    report = verify_file(path)  # read-only, no lock: works while the app has the file open
    for problem in report.problems:
        print(f"problem: {problem}")
    if not report.ok:
        print(f"{path}: {len(report.problems)} problem(s) in issued documents", file=sys.stderr)
        return EXIT_FAILED
    series = ", ".join(report.series) or "none"
    print(f"ok: {report.checked} issued document(s) verified, chains intact (series: {series})")
    return EXIT_OK


def _quote_json(row: QuoteListRow) -> dict[str, Any]:
    return asdict(row)


def _invoice_json(row: InvoiceListRow) -> dict[str, Any]:
    data = asdict(row)
    data["amount_due"] = row.amount_due
    return data


def _print_json(rows: list[dict[str, Any]]) -> None:
    json.dump(rows, sys.stdout, default=_plain, ensure_ascii=False, indent=1)
    print()


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


__all__ = ["register"]
