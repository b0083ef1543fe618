"""Personal data rights: everything held about one customer as a zip, and erasure on request.

**Export** (:meth:`PrivacyService.export`): ``customer-<id>-personal-data.zip`` with ``customer.json``
(the customer, emails, phones, addresses, tags, custom fields, contact persons), ``interactions.json``,
``opportunities.json``, ``quotes.json``, ``invoices.json`` (with lines), ``payments.json``,
``delivery_notes.json``, the attachments as files under ``attachments/`` and, when the document service
can render them, the PDFs of their quotes, invoices and credit notes under ``documents/``.

**Erase** (:meth:`PrivacyService.erase`): in one transaction the customer's name becomes
"Erased customer <id>", every other personal field is emptied; emails, phones, addresses, contact
persons, tags, custom values and attachments are deleted; the text of their interactions (subject,
body, resolution), the notes of quotes and draft invoices, opportunities' titles and delivery notes is
emptied. Issued invoices and credit notes are kept as issued (the law requires them to be kept; the
database refuses to change them): the audit entry lists them as retained. ``customers.erased_at`` is set
and the customer archived. Then, with ``PRAGMA secure_delete=ON`` for the transaction, the search index
is rebuilt, the file vacuumed and the write-ahead log truncated, so the old text is no longer anywhere
in the database file's bytes. Backups taken earlier still hold it until rotation removes them.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InvoiceStatus
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services.audit import record
from crmdesk.services.exporting import safe_write_bytes
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    Address,
    Attachment,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldDefinition,
    CustomFieldValue,
    DeliveryNote,
    Interaction,
    Invoice,
    InvoiceLine,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    Setting,
    Tag,
    customer_tags,
)
from crmdesk.storage.search_index import FTS_TABLES
from crmdesk.storage.types import utc_now

RETENTION_REASON = (
    "issued invoices and credit notes are kept as issued (legal retention of accounting records)"
)


class _Rendered(Protocol):
    @property
    def filename(self) -> str: ...

    @property
    def pdf(self) -> bytes: ...


class DocumentRenderer(Protocol):
    def render(self, kind: str, document_id: int) -> _Rendered: ...


@dataclass(frozen=True)
class PrivacyExport:
    path: Path
    files: tuple[str, ...]
    skipped_documents: tuple[str, ...]
    """Documents whose PDF could not be made (with the reason)."""


@dataclass(frozen=True)
class Erasure:
    customer_id: int
    retained_invoice_ids: tuple[int, ...]
    deleted: Mapping[str, int]
    anonymised: Mapping[str, int]


class PrivacyService:
    def __init__(self, db: Database, documents: DocumentRenderer | None = None) -> None:
        self._db = db
        self._documents = documents

    # --- export ----------------------------------------------------------------------------------------

    def export(self, customer_id: int, out_dir: Path) -> PrivacyExport:
        """Write ``customer-<id>-personal-data.zip`` into ``out_dir``; audited."""
        if not out_dir.is_dir():
            raise ValidationError(f"the folder {out_dir} does not exist", field="out")
        with self._db.read_session() as session:
            data = _gather(session, customer_id)
            attachments = session.execute(
                select(Attachment.id, Attachment.filename, Attachment.content).where(
                    (Attachment.customer_id == customer_id)
                    | Attachment.interaction_id.in_(
                        select(Interaction.id).where(Interaction.customer_id == customer_id)
                    )
                )
            ).all()
        documents, skipped = self._render_documents(data)
        files: list[str] = []
        path = out_dir / f"customer-{customer_id}-personal-data.zip"

        def write(out: IO[bytes]) -> None:
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, content in data.items():
                    files.append(f"{name}.json")
                    archive.writestr(
                        f"{name}.json", json.dumps(content, ensure_ascii=False, indent=2, default=_json)
                    )
                for attachment_id, filename, content in attachments:
                    member = f"attachments/{attachment_id}-{_safe_name(filename)}"
                    files.append(member)
                    archive.writestr(member, content)
                for filename, pdf in documents:
                    member = f"documents/{_safe_name(filename)}"
                    files.append(member)
                    archive.writestr(member, pdf)
                if skipped:
                    archive.writestr("documents/NOT-INCLUDED.txt", "\n".join(skipped) + "\n")

        safe_write_bytes(path, write)
        with self._db.write() as session:
            record(
                session,
                action="privacy_export",
                entity_type="customer",
                entity_id=customer_id,
                details={"path": str(path), "files": len(files)},
            )
        return PrivacyExport(path=path, files=tuple(files), skipped_documents=tuple(skipped))

    def _render_documents(self, data: Mapping[str, Any]) -> tuple[list[tuple[str, bytes]], list[str]]:
        wanted: list[tuple[str, int, str]] = [
            ("quote", q["id"], f"quote {q['number'] or q['id']}") for q in data["quotes"]
        ]
        wanted += [
            (inv["kind"], inv["id"], f"{inv['kind']} {inv['number'] or inv['id']}")
            for inv in data["invoices"]
        ]
        if self._documents is None:
            return [], [f"{label}: no PDF renderer in this version" for _k, _i, label in wanted]
        done: list[tuple[str, bytes]] = []
        skipped: list[str] = []
        for kind, document_id, label in wanted:
            try:
                rendered = self._documents.render(kind, document_id)
            except Exception as exc:  # one document that cannot be drawn must not stop the export
                skipped.append(f"{label}: {exc}")
                continue
            done.append((rendered.filename, rendered.pdf))
        return done, skipped

    # --- erase -----------------------------------------------------------------------------------------

    def erase(self, customer_id: int) -> Erasure:
        """Remove or anonymise every personal field of one customer (see the module's doc); audited."""
        deleted: dict[str, int] = {}
        anonymised: dict[str, int] = {}
        with self._db.write() as session:
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(f"customer {customer_id} not found")
            if customer.erased_at is not None:
                raise ValidationError(f"customer {customer_id} was already erased", field="customer_id")
            interactions = select(Interaction.id).where(Interaction.customer_id == customer_id)
            deleted["attachments"] = _count(
                session,
                delete(Attachment).where(
                    (Attachment.customer_id == customer_id) | Attachment.interaction_id.in_(interactions)
                ),
            )
            for name, table in (
                ("emails", CustomerEmail),
                ("phones", CustomerPhone),
                ("addresses", Address),
                ("custom_values", CustomFieldValue),
            ):
                deleted[name] = _count(session, delete(table).where(table.customer_id == customer_id))
            deleted["tags"] = _count(
                session, delete(customer_tags).where(customer_tags.c.customer_id == customer_id)
            )
            anonymised["interactions"] = _count(
                session,
                update(Interaction)
                .where(Interaction.customer_id == customer_id)
                .values(subject="", body="", resolution="", contact_person_id=None),
            )
            deleted["contact_persons"] = _count(
                session, delete(ContactPerson).where(ContactPerson.customer_id == customer_id)
            )
            anonymised["opportunities"] = _count(
                session,
                update(Opportunity)
                .where(Opportunity.customer_id == customer_id)
                .values(title="(erased)", lost_reason=""),
            )
            # Quote lines describe products and services, not the person: they stay.
            anonymised["quotes"] = _count(
                session, update(Quote).where(Quote.customer_id == customer_id).values(notes="")
            )
            drafts = (Invoice.customer_id == customer_id) & (Invoice.status == InvoiceStatus.DRAFT)
            anonymised["draft_invoices"] = _count(
                session, update(Invoice).where(drafts).values(notes="", customer_snapshot="{}")
            )
            anonymised["delivery_notes"] = _count(
                session,
                update(DeliveryNote)
                .where(DeliveryNote.customer_id == customer_id)
                .values(notes="", shipping_snapshot="{}"),
            )
            anonymised["payments"] = _count(
                session,
                update(Payment)
                .where(Payment.invoice_id.in_(select(Invoice.id).where(drafts)))
                .values(notes=""),
            )
            # An undo record of a merge keeps the old values of the fields it overwrote: it goes too
            # (that merge can no longer be undone).
            deleted["merge_records"] = _count(
                session,
                delete(Setting).where(
                    Setting.key.like("merge:%"),
                    (func.json_extract(Setting.value, "$.survivor_id") == customer_id)
                    | (func.json_extract(Setting.value, "$.duplicate_id") == customer_id),
                ),
            )
            retained = tuple(
                session.scalars(
                    select(Invoice.id)
                    .where(Invoice.customer_id == customer_id, Invoice.status == InvoiceStatus.ISSUED)
                    .order_by(Invoice.id)
                )
            )
            now = utc_now()
            label = f"Erased customer {customer_id}"
            customer.name = label
            customer.sort_name = label.casefold()
            customer.vat_id = None
            customer.registration_no = None
            customer.notes = ""
            customer.channel = None
            customer.erased_at = now
            if customer.archived_at is None:
                customer.archived_at = now
            session.flush()
            record(
                session,
                action="privacy_erase",
                entity_type="customer",
                entity_id=customer_id,
                details={
                    "retained_invoice_ids": list(retained),
                    "retention": RETENTION_REASON if retained else "",
                    "deleted": deleted,
                    "anonymised": anonymised,
                },
            )
        self._scrub_file()
        return Erasure(customer_id, retained, deleted, anonymised)

    def retained_invoice_ids(self, customer_id: int) -> tuple[int, ...]:
        """Issued invoices and credit notes of an erased customer, kept for legal retention."""
        with self._db.read_session() as session:
            return tuple(
                session.scalars(
                    select(Invoice.id)
                    .join(Customer, Customer.id == Invoice.customer_id)
                    .where(
                        Invoice.customer_id == customer_id,
                        Invoice.status == InvoiceStatus.ISSUED,
                        Customer.erased_at.is_not(None),
                    )
                )
            )

    def _scrub_file(self) -> None:
        """Leave no old copy of erased text in free pages, FTS segments or the write-ahead log."""
        with self._db.write_engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            for table in FTS_TABLES:
                # Merge every FTS5 segment: a deleted row's tokens otherwise live on in older segments.
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            conn.commit()
        raw = self._db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()


def _count(session: Session, statement: Any) -> int:
    result = session.execute(statement, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


_UNSAFE = re.compile(r"[^\w.\- ]+")


def _safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", Path(name).name).strip(" .")
    return cleaned or "file"


def _json(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    raise TypeError(type(value).__name__)


def _rows(session: Session, stmt: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in session.execute(stmt)]


def _columns(model: Any, *skip: str) -> list[Any]:
    return [column for column in model.__table__.columns if column.name not in skip]


def _gather(session: Session, customer_id: int) -> dict[str, Any]:
    customer_rows = _rows(session, select(*_columns(Customer)).where(Customer.id == customer_id))
    if not customer_rows:
        raise NotFoundError(f"customer {customer_id} not found")
    customer = customer_rows[0]
    customer["emails"] = _rows(
        session, select(*_columns(CustomerEmail)).where(CustomerEmail.customer_id == customer_id)
    )
    customer["phones"] = _rows(
        session, select(*_columns(CustomerPhone)).where(CustomerPhone.customer_id == customer_id)
    )
    customer["addresses"] = _rows(
        session, select(*_columns(Address)).where(Address.customer_id == customer_id)
    )
    customer["tags"] = list(
        session.scalars(
            select(Tag.name)
            .join(customer_tags, customer_tags.c.tag_id == Tag.id)
            .where(customer_tags.c.customer_id == customer_id)
        )
    )
    customer["custom_fields"] = _rows(
        session,
        select(CustomFieldDefinition.key, CustomFieldDefinition.label, CustomFieldValue.value)
        .join(CustomFieldDefinition, CustomFieldDefinition.id == CustomFieldValue.field_id)
        .where(CustomFieldValue.customer_id == customer_id),
    )
    customer["contact_persons"] = _rows(
        session, select(*_columns(ContactPerson)).where(ContactPerson.customer_id == customer_id)
    )
    quotes = _rows(
        session, select(*_columns(Quote)).where(Quote.customer_id == customer_id).order_by(Quote.id)
    )
    for quote in quotes:
        quote["lines"] = _rows(session, select(*_columns(QuoteLine)).where(QuoteLine.quote_id == quote["id"]))
    invoices = _rows(
        session, select(*_columns(Invoice)).where(Invoice.customer_id == customer_id).order_by(Invoice.id)
    )
    for invoice in invoices:
        invoice["lines"] = _rows(
            session, select(*_columns(InvoiceLine)).where(InvoiceLine.invoice_id == invoice["id"])
        )
        invoice["customer_snapshot"] = _loads(invoice["customer_snapshot"])
    return {
        "customer": customer,
        "interactions": _rows(
            session,
            select(*_columns(Interaction))
            .where(Interaction.customer_id == customer_id)
            .order_by(Interaction.occurred_at),
        ),
        "opportunities": _rows(
            session, select(*_columns(Opportunity)).where(Opportunity.customer_id == customer_id)
        ),
        "quotes": quotes,
        "invoices": invoices,
        "payments": _rows(
            session,
            select(*_columns(Payment))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Invoice.customer_id == customer_id),
        ),
        "delivery_notes": _rows(
            session, select(*_columns(DeliveryNote)).where(DeliveryNote.customer_id == customer_id)
        ),
        "attachments": _rows(
            session,
            select(*_columns(Attachment, "content")).where(
                (Attachment.customer_id == customer_id)
                | Attachment.interaction_id.in_(
                    select(Interaction.id).where(Interaction.customer_id == customer_id)
                )
            ),
        ),
    }


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:
        return text
