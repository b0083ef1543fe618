"""Files attached to a customer or to a contact-log entry, kept inside the database file.

One file holds everything (a backup copies the attachments too), so the size of each file is limited:
SQLite keeps a BLOB in one piece in memory when it is read, and a database bloated by videos makes
every backup slow.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import select

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Attachment, Customer, Interaction

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
"""10 MiB per file: invoices, photos of a broken part, signed PDFs — not videos."""


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its content (lists never load the bytes)."""

    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str
    customer_id: int | None
    interaction_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class AttachmentContent:
    info: AttachmentInfo
    content: bytes


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, size // 1024)} KiB"
    mib = (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{mib.normalize():f} MiB"


def _info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        a.id, a.filename, a.mime_type, a.size, a.sha256, a.customer_id, a.interaction_id, a.created_at
    )


_INFO_COLUMNS = (
    Attachment.id,
    Attachment.filename,
    Attachment.mime_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.customer_id,
    Attachment.interaction_id,
    Attachment.created_at,
)


class AttachmentService:
    def __init__(self, db: Database, *, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self._db = db
        self.max_bytes = max_bytes

    def attach(
        self,
        *,
        filename: str,
        content: bytes,
        customer_id: int | None = None,
        interaction_id: int | None = None,
        mime_type: str = "",
    ) -> AttachmentInfo:
        """Keep ``content`` in the database, attached to a customer or to a contact-log entry."""
        name = Path(filename.replace("\\", "/")).name.strip()
        if not name:
            raise ValidationError("The file needs a name.", field="filename")
        if (customer_id is None) == (interaction_id is None):
            raise ValidationError(
                "Attach the file to a customer or to a contact-log entry.", field="customer_id"
            )
        if len(content) > self.max_bytes:
            raise ValidationError(
                f"{name} is {human_size(len(content))}; files up to {human_size(self.max_bytes)} can be "
                "attached (keep larger files in a folder and note where they are)",
                field="content",
            )
        guessed = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self._db.write() as session:
            if interaction_id is not None:
                interaction = session.get(Interaction, interaction_id)
                if interaction is None:
                    raise NotFoundError(f"contact log entry {interaction_id} does not exist")
            elif session.get(Customer, customer_id) is None:
                raise NotFoundError(f"customer {customer_id} does not exist")
            attachment = Attachment(
                filename=name,
                mime_type=guessed,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                customer_id=customer_id,
                interaction_id=interaction_id,
            )
            session.add(attachment)
            session.flush()
            return _info(attachment)

    def attach_file(
        self, path: Path, *, customer_id: int | None = None, interaction_id: int | None = None
    ) -> AttachmentInfo:
        """Attach a file from disk (its size is checked before it is read)."""
        size = path.stat().st_size
        if size > self.max_bytes:
            raise ValidationError(
                f"{path.name} is {human_size(size)}; files up to {human_size(self.max_bytes)} can be attached",
                field="content",
            )
        return self.attach(
            filename=path.name,
            content=path.read_bytes(),
            customer_id=customer_id,
            interaction_id=interaction_id,
        )

    def list_for(
        self, *, customer_id: int | None = None, interaction_id: int | None = None
    ) -> tuple[AttachmentInfo, ...]:
        """The attachments of a customer (including those of its contact-log entries) or of one entry."""
        stmt = select(*_INFO_COLUMNS).order_by(Attachment.created_at, Attachment.id)
        if interaction_id is not None:
            stmt = stmt.where(Attachment.interaction_id == interaction_id)
        elif customer_id is not None:
            entries = select(Interaction.id).where(Interaction.customer_id == customer_id)
            stmt = stmt.where(
                (Attachment.customer_id == customer_id) | Attachment.interaction_id.in_(entries)
            )
        else:
            raise ValidationError("Say whose attachments to list.", field="customer_id")
        with self._db.read_session() as session:
            return tuple(AttachmentInfo(*row) for row in session.execute(stmt))

    def open(self, attachment_id: int) -> AttachmentContent:
        """The attachment with its bytes (to save or to show)."""
        with self._db.read_session() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(f"attachment {attachment_id} does not exist")
            return AttachmentContent(_info(attachment), bytes(attachment.content))

    def delete(self, attachment_id: int) -> AttachmentInfo:
        with self._db.write() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(f"attachment {attachment_id} does not exist")
            info = _info(attachment)
            session.delete(attachment)
            return info
