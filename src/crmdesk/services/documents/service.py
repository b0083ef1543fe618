"""The document PDF service: read a document through the services, render it, save it safely."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from crmdesk.domain.enums import InvoiceKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services.documents.files import write_pdf_atomically
from crmdesk.services.documents.gather import DocumentGatherer
from crmdesk.services.documents.rendered import KINDS, RenderedDocument
from crmdesk.storage.engine import Database
from crmdesk.storage.models import DeliveryNote, Invoice, Quote

_FILE_TITLES = {
    "quote": "Quote",
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "reminder": "Reminder",
    "delivery_note": "Delivery note",
}


class DocumentPdfService:
    """PDFs of quotes, invoices, credit notes, payment reminders and delivery notes."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._gather = DocumentGatherer(db)

    def render(self, kind: str, document_id: int, *, reminder_level: int | None = None) -> RenderedDocument:
        """The PDF of one document in its own language.

        ``kind`` is one of :data:`KINDS`; for ``reminder`` the id is the overdue invoice's and
        ``reminder_level`` (1–3) defaults to the last reminder recorded for it (1 if none).
        Invoices and credit notes carry their Factur-X (EN 16931) XML; every PDF is PDF/A-3b.
        """
        from crmdesk.pdf import render_document

        check_kind(kind)
        if reminder_level is not None and kind != "reminder":
            raise ValidationError("a reminder level is given for reminders only", field="reminder_level")
        gathered = self._gather.document(kind, document_id, reminder_level=reminder_level)
        pdf = render_document(gathered.document, einvoice=gathered.einvoice)
        title = _FILE_TITLES[kind]
        if kind == "reminder" and gathered.document.reminder is not None:
            title = f"{title} {gathered.document.reminder.level}"
        return RenderedDocument(
            kind=kind,
            document_id=document_id,
            number=gathered.document.number,
            customer_id=gathered.customer_id,
            language=gathered.document.language,
            filename=suggested_filename(title, gathered.document.number),
            pdf=pdf,
        )

    def save(self, rendered: RenderedDocument, path: Path) -> Path:
        """Write ``rendered.pdf`` to ``path`` atomically, re-open it and check it; return the path."""
        return write_pdf_atomically(rendered.pdf, path)

    def find(self, kind: str, number: str) -> int:
        """The id of the document printed with ``number`` (the invoice's id for ``reminder``).

        A quote number gives its latest revision. :class:`NotFoundError` when there is none.
        """
        check_kind(kind)
        wanted = number.strip()
        with self._db.read_session() as session:
            found: int | None
            if kind in ("invoice", "reminder", "credit_note"):
                invoice_kind = InvoiceKind.CREDIT_NOTE if kind == "credit_note" else InvoiceKind.INVOICE
                found = session.scalar(
                    select(Invoice.id).where(Invoice.number == wanted, Invoice.kind == invoice_kind).limit(1)
                )
            elif kind == "quote":
                found = session.scalar(
                    select(Quote.id)
                    .where(Quote.number == wanted)
                    .order_by(Quote.revision.desc(), Quote.id.desc())
                    .limit(1)
                )
            else:
                found = session.scalar(select(DeliveryNote.id).where(DeliveryNote.number == wanted).limit(1))
            if found is None:
                what = _FILE_TITLES[kind].lower()
                if kind == "reminder":
                    what = "invoice"
                raise NotFoundError(f"no {what} has the number {wanted}")
            return found


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(f"unknown document kind {kind!r}; one of: {', '.join(KINDS)}", field="kind")


def suggested_filename(title: str, number: str) -> str:
    """``Invoice 2026-0012.pdf``: characters no file system likes become ``-``."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", number).strip(" .-") or "document"
    return f"{title} {safe}.pdf"
