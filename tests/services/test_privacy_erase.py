"""Privacy: the zip of everything held about a customer, and erasure that leaves no trace in the file."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, ContactPersonDraft, CustomerDraft, LabelledValue
from crmdesk.services.privacy import PrivacyService
from crmdesk.services.sales import InvoiceDraft, InvoiceService, LineInput
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer

NAME = "Zelma Ķirsone-Xyzzy"
EMAIL = "zelma.xyzzyq@example.lv"


def _customer(services: Services, name: str = NAME, email: str = EMAIL) -> int:
    details = services.customer_editor.create(
        CustomerDraft(
            name=name,
            notes=f"notes about {name}",
            emails=(LabelledValue(email),),
            phones=(LabelledValue("+37129111222"),),
            billing_address=AddressDraft(line1=f"{name} iela 7", city="Rīga", country="LV"),
            contact_persons=(ContactPersonDraft(name=f"{name} junior", email=f"jr.{email}"),),
            tags=("vip",),
        )
    )
    services.contact_log.log(
        InteractionDraft(
            customer_id=details.id,
            kind=InteractionKind.CALL,
            subject=f"call {name}",
            body=f"spoke to {email}",
        )
    )
    services.attachments.attach(
        filename="passport scan.txt", content=f"{name} {email}".encode(), customer_id=details.id
    )
    return details.id


def test_privacy_export_zip_has_everything(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        customer_id = _customer(services)
        result = services.privacy.export(customer_id, tmp_path)
        audit = services.audit.recent(limit=1)
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        customer = json.loads(archive.read("customer.json"))
        interactions = json.loads(archive.read("interactions.json"))
        attachment = next(n for n in names if n.startswith("attachments/"))
        assert archive.read(attachment) == f"{NAME} {EMAIL}".encode()
    assert {"customer.json", "interactions.json", "quotes.json", "invoices.json", "payments.json"} <= names
    assert customer["name"] == NAME
    assert customer["emails"][0]["email"] == EMAIL
    assert customer["contact_persons"][0]["name"] == f"{NAME} junior"
    assert customer["tags"] == ["vip"]
    assert interactions[0]["subject"] == f"call {NAME}"
    assert result.path.name == f"customer-{customer_id}-personal-data.zip"
    assert audit[0].action == "privacy_export" and audit[0].entity_id == customer_id


def test_privacy_export_includes_document_pdfs_or_says_why_not(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        customer_id = _customer(services)
        services.invoices.create_draft(
            InvoiceDraft(
                customer_id=customer_id,
                lines=[LineInput(description="Bell", quantity=D(1), unit_price=D("10.00"), tax_rate=D(21))],
            )
        )
        result = services.privacy.export(customer_id, tmp_path)
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        invoices = json.loads(archive.read("invoices.json"))
    assert len(invoices) == 1 and invoices[0]["lines"][0]["description"] == "Bell"
    pdfs = [n for n in names if n.startswith("documents/") and n.endswith(".pdf")]
    assert len(pdfs) == 1 and result.skipped_documents == ()
    with zipfile.ZipFile(result.path) as archive:
        assert archive.read(pdfs[0]).startswith(b"%PDF")


class _BrokenRenderer:
    def render(self, kind: str, document_id: int) -> Any:
        raise RuntimeError("no fonts today")


def test_privacy_export_skips_documents_that_cannot_be_rendered(db: Database, tmp_path: Path) -> None:
    services = PrivacyService(db, documents=_BrokenRenderer())
    with db.write() as session:
        session.add(Customer(name="Paula", sort_name="paula"))
    with db.read_session() as session:
        customer_id = session.query(Customer.id).scalar()
    invoices = InvoiceService(db)
    invoices.create_draft(
        InvoiceDraft(
            customer_id=customer_id,
            lines=[LineInput(description="Bell", quantity=D(1), unit_price=D("10.00"), tax_rate=D(21))],
        )
    )
    result = services.export(customer_id, tmp_path)
    assert len(result.skipped_documents) == 1 and "no fonts today" in result.skipped_documents[0]
    with zipfile.ZipFile(result.path) as archive:
        assert "no fonts today" in archive.read("documents/NOT-INCLUDED.txt").decode()
        assert json.loads(archive.read("customer.json"))["name"] == "Paula"


def test_privacy_export_of_unknown_customer_is_refused(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services, pytest.raises(NotFoundError):
        services.privacy.export(999, tmp_path)
    assert list(tmp_path.glob("*.zip")) == []


def test_privacy_erase_leaves_no_trace_in_the_file_bytes(db_file: Path) -> None:
    with Services.open(db_file) as services:
        keep = _customer(services, "Other Person", "other.person@example.com")
        customer_id = _customer(services)
        # A merge keeps the overwritten name for its undo: the erase must take that copy too.
        twin = services.customer_editor.create(CustomerDraft(name="Twin")).id
        services.duplicates.merge(customer_id, twin, {"name": "duplicate"})
        services.customer_editor.update(customer_id, CustomerDraft(name=NAME, emails=(LabelledValue(EMAIL),)))
        erasure = services.privacy.erase(customer_id)
        details = services.customer_editor.get(customer_id)
        assert details.name == f"Erased customer {customer_id}"
        assert details.emails == () and details.phones == ()
        assert erasure.deleted["attachments"] == 1
        kept = services.customer_editor.get(keep)
        assert kept.name == "Other Person"
        with pytest.raises(ValidationError):
            services.privacy.erase(customer_id)
        data = db_file.read_bytes()
        wal = db_file.with_name(db_file.name + "-wal")
        wal_bytes = wal.read_bytes() if wal.exists() else b""
    for needle in ("Xyzzy", "xyzzyq", NAME, EMAIL, "Ķirsone"):
        encoded = needle.encode()
        assert encoded not in data, needle
        assert encoded not in wal_bytes, needle
    assert b"Other Person" in Path(db_file).read_bytes()


def test_privacy_erase_keeps_issued_invoices_as_retained(db_file: Path) -> None:
    with Services.open(db_file) as services:
        customer_id = _customer(services)
        draft = services.invoices.create_draft(
            InvoiceDraft(
                customer_id=customer_id,
                lines=[LineInput(description="Bell", quantity=D(1), unit_price=D("10.00"), tax_rate=D(21))],
            )
        )
        issued = services.invoices.issue(
            draft.id, issue_date=date(2026, 3, 2), today=date(2026, 3, 2)
        ).invoice
        erasure = services.privacy.erase(customer_id)
        assert erasure.retained_invoice_ids == (issued.id,)
        assert services.privacy.retained_invoice_ids(customer_id) == (issued.id,)
        assert services.invoices.get(issued.id).number == issued.number
        last = services.audit.recent(limit=1, action="privacy_erase")[0]
    assert last.entity_id == customer_id
    assert last.details["retained_invoice_ids"] == [issued.id]
