"""Data for the PDF tests, written through the services (and the sample helpers they share)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from crmdesk.services import Services
from crmdesk.services.document_samples import (
    SAMPLE_CUSTOMERS,
    SampleCustomer,
    add_customer,
    issue_invoice,
    sample_lines,
    set_company,
)


def sample(language: str) -> SampleCustomer:
    return next(s for s in SAMPLE_CUSTOMERS if s.language == language)


def pdf_text(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def logical(text: str) -> str:
    """Extracted text with Arabic presentation forms folded back to letters (NFKC)."""
    return unicodedata.normalize("NFKC", text)


@contextmanager
def shop(db_file: Path, *, iban: str | None = None) -> Iterator[Services]:
    """The services over a file with the sample company profile (logo, IBAN)."""
    with Services.open(db_file) as services:
        db = services._db
        if iban is None:
            set_company(db)
        else:
            set_company(db, iban=iban)
        yield services


def invoice_for(
    services: Services, language: str, lines: int = 3, exchange_rate: Decimal | None = None
) -> int:
    db = services._db
    customer = add_customer(db, sample(language))
    return issue_invoice(db, customer, sample_lines(language, lines), exchange_rate=exchange_rate)
