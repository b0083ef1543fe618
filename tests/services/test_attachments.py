"""Attachments kept inside the database, with a size limit and a clear message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.attachments import AttachmentService
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.storage.engine import Database


def test_attach_list_open_delete(db: Database, tmp_path: Path) -> None:
    services = Services(db)
    customer = services.customer_editor.create(CustomerDraft(name="Karin Sjöberg")).id
    entry = services.contact_log.log(
        InteractionDraft(customer_id=customer, kind=InteractionKind.VISIT, subject="Besök")
    )
    photo = tmp_path / "trasig kedja.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(2000))
    on_entry = services.attachments.attach_file(photo, interaction_id=entry.id)
    on_customer = services.attachments.attach(
        filename="C:\\docs\\avtal.pdf", content=b"%PDF-1.7", customer_id=customer
    )
    assert on_entry.mime_type == "image/jpeg" and on_entry.size == 2003
    assert on_customer.filename == "avtal.pdf" and on_customer.mime_type == "application/pdf"
    assert [a.id for a in services.attachments.list_for(customer_id=customer)] == [
        on_entry.id,
        on_customer.id,
    ]
    assert [a.id for a in services.attachments.list_for(interaction_id=entry.id)] == [on_entry.id]
    opened = services.attachments.open(on_entry.id)
    assert opened.content == photo.read_bytes()
    assert opened.info.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    services.attachments.delete(on_customer.id)
    with pytest.raises(NotFoundError):
        services.attachments.open(on_customer.id)


def test_too_large_files_are_refused_with_a_clear_message(db: Database, tmp_path: Path) -> None:
    services = Services(db)
    customer = services.customer_editor.create(CustomerDraft(name="Karin Sjöberg")).id
    small_limit = AttachmentService(db, max_bytes=1024 * 1024)
    big = tmp_path / "video.mp4"
    big.write_bytes(bytes(3 * 1024 * 1024 // 2))
    with pytest.raises(
        ValidationError, match=r"video.mp4 is 1.5 MiB; files up to 1 MiB can be attached"
    ) as caught:
        small_limit.attach_file(big, customer_id=customer)
    assert caught.value.field == "content"
    with pytest.raises(ValidationError, match=r"1\.5 MiB"):
        small_limit.attach(filename="video.mp4", content=big.read_bytes(), customer_id=customer)
    assert services.attachments.list_for(customer_id=customer) == ()


def test_attachment_needs_exactly_one_owner(db: Database) -> None:
    services = Services(db)
    with pytest.raises(ValidationError, match="customer or to a contact-log entry"):
        services.attachments.attach(filename="a.txt", content=b"x")
    with pytest.raises(NotFoundError):
        services.attachments.attach(filename="a.txt", content=b"x", customer_id=42)
