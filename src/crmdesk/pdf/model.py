"""What the PDF layer prints: plain, already computed facts. The services fill these in; nothing here
reads a database or computes a total (amounts arrive as the documents store them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

KINDS = ("quote", "invoice", "credit_note", "reminder", "delivery_note")


@dataclass(frozen=True)
class Party:
    """A seller or a customer as printed."""

    name: str
    address: tuple[str, ...] = ()
    country: str = ""
    """ISO 3166-1 alpha-2."""
    vat_id: str = ""
    registration_no: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True)
class BankAccount:
    iban: str = ""
    bic: str = ""
    bank_name: str = ""


@dataclass(frozen=True)
class PdfLine:
    description: str
    quantity: Decimal
    unit: str = ""
    unit_price: Decimal | None = None
    """``None`` on a delivery note (no prices)."""
    discount: Decimal = Decimal(0)
    tax_rate: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class TaxRow:
    rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True)
class ReminderFacts:
    """What a payment reminder adds to the invoice it is about."""

    level: int
    """1, 2 or 3."""
    invoice_number: str
    invoice_date: date | None
    due_date: date | None
    gross_total: Decimal
    credited: Decimal
    paid: Decimal
    amount_due: Decimal
    days_late: int


@dataclass(frozen=True)
class EpcPayment:
    """An EPC (SEPA credit transfer) QR code: the IBAN was checked by the caller."""

    name: str
    iban: str
    bic: str
    amount: Decimal
    reference: str
    """Unstructured remittance text: the invoice number."""


@dataclass(frozen=True)
class PdfDocument:
    kind: str
    """One of :data:`KINDS`."""
    language: str
    number: str
    seller: Party
    customer: Party
    issue_date: date | None
    currency: str = "EUR"
    due_date: date | None = None
    valid_until: date | None = None
    shipped_on: date | None = None
    references: tuple[tuple[str, str], ...] = ()
    """(label key, value) pairs: ``("invoice_ref", "2026-0012")``, ``("quote_ref", …)``, ``("tracking", …)``."""
    prices_include_tax: bool = False
    lines: tuple[PdfLine, ...] = ()
    tax_rows: tuple[TaxRow, ...] = ()
    net_total: Decimal | None = None
    tax_total: Decimal | None = None
    gross_total: Decimal | None = None
    notes: str = ""
    payment_terms_days: int | None = None
    bank: BankAccount = field(default_factory=BankAccount)
    logo: bytes | None = None
    """PNG or JPEG bytes of the company logo."""
    reminder: ReminderFacts | None = None
    epc: EpcPayment | None = None
    draft: bool = False
    """Prints a DRAFT mark (an unissued invoice or credit note)."""
