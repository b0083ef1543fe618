"""Exports: customers, interactions, products, invoices (one row per line) and payments to CSV or XLSX;
customers also to vCard 3.0.

Rows are read in batches (``yield_per``) and written as they come, so 100k customers never sit in memory.
Every file is written to a temporary file beside the target, flushed to disk and renamed over it: a
failed or interrupted export never leaves half a file under the chosen name. Each export is audited.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and tab or
carriage return can smuggle one in). Every *text* cell whose value, after any leading apostrophes,
starts with one of those characters gets one apostrophe in front (:func:`neutralise`); numbers and
dates are written as they are. The importer undoes exactly that (:func:`restore`): a text cell that
matches ``^'+[=+\\-@\\t\\r]`` loses its first apostrophe. So ``=SUM(A1)`` → ``'=SUM(A1)`` → ``=SUM(A1)``
and ``'=x`` → ``''=x`` → ``'=x``: the round trip is exact.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import AddressKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services.audit import record
from crmdesk.storage.engine import Database
from crmdesk.storage.files import fsync_folder
from crmdesk.storage.models import (
    Address,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Interaction,
    Invoice,
    InvoiceLine,
    Payment,
    Product,
    Tag,
    customer_tags,
)

KINDS = ("customers", "interactions", "products", "invoices", "payments")
FORMATS = ("csv", "xlsx", "vcf")
DEFAULT_CSV_ENCODING = "utf-8-sig"
"""UTF-8 with a byte-order mark: what Excel needs to read UTF-8 CSV as UTF-8."""
CSV_ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1252", "cp1257", "cp1251")
BATCH = 1000

_TRIGGERS = frozenset("=+-@\t\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell (see the module's doc)."""
    stripped = text.lstrip("'")
    if stripped and stripped[0] in _TRIGGERS:
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo :func:`neutralise` (what an importer does with every text cell)."""
    if _NEUTRALISED.match(text):
        return text[1:]
    return text


@dataclass(frozen=True)
class ExportResult:
    kind: str
    format: str
    path: Path
    rows: int
    encoding: str | None


Cell = str | int | Decimal | date | None


@dataclass(frozen=True)
class _Table:
    headers: tuple[str, ...]
    query: Callable[[], Select[Any]]
    convert: Callable[[Sequence[Any]], list[Cell]]


def format_for(path: Path, given: str | None) -> str:
    """The format asked for, else the one the file's suffix names."""
    fmt = (given or path.suffix.lstrip(".")).lower()
    if fmt == "vcard":
        fmt = "vcf"
    if fmt not in FORMATS:
        raise ValidationError(
            f"cannot tell the format from {path.name!r}: use --format csv, xlsx or vcf", field="format"
        )
    return fmt


class ExportService:
    """``export(kind, path, format=…, encoding=…)``: write one kind of record to a file."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export(
        self,
        kind: str,
        path: Path,
        *,
        format: str | None = None,
        encoding: str | None = None,
        customer_ids: Sequence[int] | None = None,
    ) -> ExportResult:
        """Write every ``kind`` row (or only these customers) to ``path``; audited; returns the count."""
        if kind not in KINDS:
            raise ValidationError(f"cannot export {kind!r}: choose one of {', '.join(KINDS)}", field="kind")
        fmt = format_for(path, format)
        if fmt == "vcf" and kind != "customers":
            raise ValidationError("only customers can be exported as vCard", field="format")
        if encoding is not None and fmt != "csv":
            raise ValidationError("an encoding can be chosen for CSV only", field="encoding")
        enc = _check_encoding(encoding or DEFAULT_CSV_ENCODING) if fmt == "csv" else None
        ids = tuple(customer_ids) if customer_ids is not None else None
        table = _TABLES[kind]
        with self._db.read_session() as session:
            stmt = table.query()
            if ids is not None:
                stmt = _only_customers(kind, stmt, ids)
            rows = (table.convert(row) for row in _stream(session, stmt))
            if fmt == "vcf":
                count = _safe_write(path, lambda out: _write_vcards(out, _stream(session, stmt)))
            elif fmt == "csv":
                assert enc is not None
                count = _safe_write(path, lambda out: _write_csv(out, table.headers, rows, enc))
            else:
                count = _safe_write(path, lambda out: _write_xlsx(out, kind, table.headers, rows))
        with self._db.write() as session:
            record(
                session,
                action="export",
                entity_type=kind,
                details={"format": fmt, "path": str(path), "rows": count, "encoding": enc},
            )
        return ExportResult(kind=kind, format=fmt, path=path, rows=count, encoding=enc)


def _check_encoding(encoding: str) -> str:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ValidationError(
            f"unknown encoding {encoding!r}: use one of {', '.join(CSV_ENCODINGS)}", field="encoding"
        ) from None
    return encoding.lower()


def _stream(session: Session, stmt: Select[Any]) -> Iterator[Sequence[Any]]:
    result = session.execute(stmt, execution_options={"yield_per": BATCH})
    for partition in result.partitions(BATCH):
        yield from partition


def _only_customers(kind: str, stmt: Select[Any], ids: tuple[int, ...]) -> Select[Any]:
    column = {
        "customers": Customer.id,
        "interactions": Interaction.customer_id,
        "invoices": Invoice.customer_id,
        "payments": Invoice.customer_id,
    }.get(kind)
    if column is None:
        raise ValidationError(f"{kind} do not belong to customers: export them all", field="kind")
    return stmt.where(column.in_(ids))


# --- safe write ----------------------------------------------------------------------------------------


def _safe_write(path: Path, write: Callable[[IO[bytes]], int]) -> int:
    """Write through a temporary file in the target's folder, fsync, rename; return what ``write`` did."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"the folder {folder} does not exist", field="out")
    with _temporary(path) as (out, tmp):
        count = write(out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    fsync_folder(folder)
    return count


@contextmanager
def _temporary(path: Path) -> Iterator[tuple[IO[bytes], Path]]:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out, tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def safe_write_bytes(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """The same safe write for other services (the privacy export's zip)."""

    def counted(out: IO[bytes]) -> int:
        write(out)
        return 0

    _safe_write(path, counted)


# --- writers -------------------------------------------------------------------------------------------


def _text_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_csv(out: IO[bytes], headers: Sequence[str], rows: Iterable[list[Cell]], encoding: str) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    count = 0
    _emit(out, writer, buffer, list(headers), headers, encoding, 0)
    for count, row in enumerate(rows, start=1):
        _emit(out, writer, buffer, [_text_cell(v) for v in row], headers, encoding, count)
    return count


def _emit(
    out: IO[bytes],
    writer: Any,
    buffer: io.StringIO,
    row: Sequence[str | Cell],
    headers: Sequence[str],
    encoding: str,
    number: int,
) -> None:
    buffer.seek(0)
    buffer.truncate()
    writer.writerow(row)
    line = buffer.getvalue()
    # utf-8-sig and utf-16 put their mark once, at the start of the file, not before every row.
    enc = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}.get(encoding, encoding) if number else encoding
    if number == 0 and encoding == "utf-16":
        enc = "utf-16"
    try:
        out.write(line.encode(enc))
    except UnicodeEncodeError as exc:
        column = next((h for h, v in zip(headers, row, strict=False) if _unencodable(str(v), enc)), "?")
        bad = exc.object[exc.start : exc.end]
        raise ValidationError(
            f"row {number}, column {column}: {bad!r} cannot be written in {encoding}; "
            "choose utf-8-sig (or an encoding that has it)",
            field="encoding",
        ) from None


def _unencodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return True
    return False


def _xlsx_cell(value: Cell) -> Cell:
    if isinstance(value, str):
        return _XLSX_ILLEGAL.sub("", neutralise(value))
    return value


def _write_xlsx(out: IO[bytes], title: str, headers: Sequence[str], rows: Iterable[list[Cell]]) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title.capitalize())
    sheet.append(list(headers))
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007
        sheet.append([_xlsx_cell(v) for v in row])
    workbook.save(out)
    return count


def _write_vcards(out: IO[bytes], rows: Iterable[Sequence[Any]]) -> int:
    import vobject

    count = 0
    for count, raw in enumerate(rows, start=1):  # noqa: B007
        row = dict(zip(_CUSTOMER_HEADERS, _customer_row(raw), strict=True))
        card = vobject.vCard()
        name = str(row["Name"])
        card.add("fn").value = name
        if row["Kind"] == "company":
            card.add("n").value = vobject.vcard.Name(family=name)
            card.add("org").value = [name]
        else:
            given, _, family = name.rpartition(" ")
            card.add("n").value = vobject.vcard.Name(family=family, given=given)
        for email in _split(row["Emails"]):
            mail = card.add("email")
            mail.value = email
            mail.type_param = "INTERNET"
        for phone in _split(row["Phones"]):
            card.add("tel").value = phone
        if any(row[k] for k in ("Street", "City", "Postal code", "Country")):
            adr = card.add("adr")
            adr.value = vobject.vcard.Address(
                street=str(row["Street"] or ""),
                city=str(row["City"] or ""),
                region=str(row["Region"] or ""),
                code=str(row["Postal code"] or ""),
                country=str(row["Country"] or ""),
            )
            adr.type_param = "WORK"
        if row["Tags"]:
            card.add("categories").value = _split(row["Tags"])
        if row["Notes"]:
            card.add("note").value = str(row["Notes"])
        card.add("uid").value = f"crmdesk-customer-{row['ID']}"
        out.write(card.serialize().encode("utf-8"))
    return count


def _split(value: Cell) -> list[str]:
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


# --- tables --------------------------------------------------------------------------------------------


def _plain(value: Any) -> Cell:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value  # type: ignore[no-any-return]


def _row(row: Sequence[Any]) -> list[Cell]:
    return [_plain(v) for v in row]


_CUSTOMER_HEADERS = (
    "ID", "Kind", "Name", "Email", "Phone", "Street", "Street 2", "Postal code", "City", "Region",
    "Country", "VAT ID", "Registration no.", "Language", "Currency", "Payment terms (days)", "Channel",
    "Tags", "Notes", "Emails", "Phones", "Created", "Archived",
)  # fmt: skip


def _group(column: Any, where: Any, order: Any) -> Any:
    return (
        select(func.group_concat(literal_column("v"), "; "))
        .select_from(select(column.label("v")).where(where).order_by(order).correlate(Customer).subquery())
        .scalar_subquery()
    )


def _customers_query() -> Any:
    billing = select(Address).where(Address.kind == AddressKind.BILLING).subquery("billing")
    first_email = (
        select(CustomerEmail.email)
        .where(CustomerEmail.customer_id == Customer.id)
        .order_by(CustomerEmail.position, CustomerEmail.id)
        .limit(1)
        .scalar_subquery()
    )
    first_phone = (
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == Customer.id)
        .order_by(CustomerPhone.position, CustomerPhone.id)
        .limit(1)
        .scalar_subquery()
    )
    tags = _group(
        Tag.name, (customer_tags.c.tag_id == Tag.id) & (customer_tags.c.customer_id == Customer.id), Tag.name
    )
    emails = _group(CustomerEmail.email, CustomerEmail.customer_id == Customer.id, CustomerEmail.position)
    phones = _group(CustomerPhone.e164, CustomerPhone.customer_id == Customer.id, CustomerPhone.position)
    return (
        select(
            Customer.id, Customer.kind, Customer.name, first_email, first_phone,
            billing.c.line1, billing.c.line2, billing.c.postal_code, billing.c.city, billing.c.region,
            billing.c.country, Customer.vat_id, Customer.registration_no, Customer.language,
            Customer.currency, Customer.payment_terms_days, Customer.channel, tags, Customer.notes,
            emails, phones, Customer.created_at, Customer.archived_at,
        )
        .outerjoin(billing, billing.c.customer_id == Customer.id)
        .where(Customer.erased_at.is_(None))
        .order_by(Customer.id)
    )  # fmt: skip


def _customer_row(row: Sequence[Any]) -> list[Cell]:
    return _row(row)


_INTERACTION_HEADERS = (
    "ID", "Customer ID", "Customer", "Contact person", "Kind", "Direction", "Subject", "Body", "Occurred",
    "Follow-up due", "Follow-up done", "Complaint status", "Resolution", "Satisfaction",
)  # fmt: skip


def _interactions_query() -> Any:
    return (
        select(
            Interaction.id, Interaction.customer_id, Customer.name, ContactPerson.name, Interaction.kind,
            Interaction.direction, Interaction.subject, Interaction.body, Interaction.occurred_at,
            Interaction.follow_up_due, Interaction.follow_up_done_at, Interaction.complaint_status,
            Interaction.resolution, Interaction.satisfaction,
        )
        .join(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(ContactPerson, ContactPerson.id == Interaction.contact_person_id)
        .order_by(Interaction.id)
    )  # fmt: skip


_PRODUCT_HEADERS = (
    "ID", "SKU", "Name", "Kind", "Category", "Unit", "Currency", "Sale price", "Cost price",
    "Average cost", "Barcode", "Reorder level", "Active", "Description",
)  # fmt: skip


def _products_query() -> Any:
    return select(
        Product.id, Product.sku, Product.name, Product.kind, Product.category, Product.unit, Product.currency,
        Product.sale_price, Product.cost_price, Product.average_cost, Product.barcode, Product.reorder_level,
        Product.active, Product.description,
    ).order_by(Product.id)  # fmt: skip


_INVOICE_HEADERS = (
    "Invoice ID", "Kind", "Status", "Number", "Issue date", "Due date", "Customer ID", "Customer",
    "Currency", "Net total", "Tax total", "Gross total", "Line", "Description", "Quantity", "Unit",
    "Unit price", "Discount", "Tax rate %", "Line net",
)  # fmt: skip


def _invoices_query() -> Any:
    return (
        select(
            Invoice.id, Invoice.kind, Invoice.status, Invoice.number, Invoice.issue_date, Invoice.due_date,
            Invoice.customer_id, Customer.name, Invoice.currency, Invoice.net_total, Invoice.tax_total,
            Invoice.gross_total, InvoiceLine.position, InvoiceLine.description, InvoiceLine.quantity,
            InvoiceLine.unit, InvoiceLine.unit_price, InvoiceLine.discount, InvoiceLine.tax_rate,
            InvoiceLine.net_amount,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .order_by(Invoice.id, InvoiceLine.position, InvoiceLine.id)
    )  # fmt: skip


_PAYMENT_HEADERS = (
    "ID", "Invoice ID", "Invoice number", "Customer ID", "Customer", "Paid on", "Amount", "Currency",
    "Method", "Reference", "Notes",
)  # fmt: skip


def _payments_query() -> Any:
    return (
        select(
            Payment.id, Payment.invoice_id, Invoice.number, Invoice.customer_id, Customer.name, Payment.paid_on,
            Payment.amount, Payment.currency, Payment.method, Payment.reference, Payment.notes,
        )
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .order_by(Payment.id)
    )  # fmt: skip


_TABLES: dict[str, _Table] = {
    "customers": _Table(_CUSTOMER_HEADERS, _customers_query, _customer_row),
    "interactions": _Table(_INTERACTION_HEADERS, _interactions_query, _row),
    "products": _Table(_PRODUCT_HEADERS, _products_query, _row),
    "invoices": _Table(_INVOICE_HEADERS, _invoices_query, _row),
    "payments": _Table(_PAYMENT_HEADERS, _payments_query, _row),
}


def headers(kind: str) -> tuple[str, ...]:
    """The column headers of one kind of export."""
    return _TABLES[kind].headers
