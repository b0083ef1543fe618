"""From stored documents to :mod:`crmdesk.pdf` dataclasses, through the existing services and views."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.domain.totals import RateTotals
from crmdesk.pdf.model import (
    BankAccount,
    EpcPayment,
    Party,
    PdfDocument,
    PdfLine,
    ReminderFacts,
    TaxRow,
)
from crmdesk.services.inventory import DeliveryNoteService
from crmdesk.services.sales import InvoiceService, QuoteService
from crmdesk.services.sales.common import customer_snapshot, local_today
from crmdesk.services.sales.views import DocumentLineView, InvoiceView
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Attachment, CompanyProfile, Customer, DeliveryNote, Interaction


@dataclass(frozen=True)
class Gathered:
    document: PdfDocument
    customer_id: int
    einvoice: bool
    """Embed Factur-X XML (issued invoices and credit notes)."""


@dataclass(frozen=True)
class Seller:
    party: Party
    bank: BankAccount
    logo: bytes | None
    iban_valid: bool


class DocumentGatherer:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._invoices = InvoiceService(db)
        self._quotes = QuoteService(db)
        self._deliveries = DeliveryNoteService(db)

    def document(self, kind: str, document_id: int, *, reminder_level: int | None) -> Gathered:
        if kind == "quote":
            return self._quote(document_id)
        if kind == "delivery_note":
            return self._delivery_note(document_id)
        view = self._invoices.get(document_id)
        want = InvoiceKind.CREDIT_NOTE if kind == "credit_note" else InvoiceKind.INVOICE
        if view.kind is not want:
            raise NotFoundError(f"{kind.replace('_', ' ')} {document_id} does not exist")
        if kind == "reminder":
            return self._reminder(view, reminder_level)
        return self._invoice(view)

    # -- shared ------------------------------------------------------------------------------

    def seller(self) -> Seller:
        with self._db.read_session() as session:
            profile = session.get(CompanyProfile, 1)
            if profile is None:
                return Seller(Party(name=""), BankAccount(), None, iban_valid=False)
            logo = None
            if profile.logo_attachment_id is not None:
                attachment = session.get(Attachment, profile.logo_attachment_id)
                if attachment is not None and attachment.mime_type in ("image/png", "image/jpeg"):
                    logo = attachment.content
            iban_text, valid = _checked_iban(profile.iban)
            return Seller(
                party=Party(
                    name=profile.name,
                    address=tuple(line.strip() for line in profile.address.splitlines() if line.strip()),
                    country=profile.country,
                    vat_id=profile.vat_id,
                    registration_no=profile.registration_no,
                    email=profile.email,
                    phone=profile.phone,
                    website=profile.website,
                ),
                bank=BankAccount(iban=iban_text, bic=profile.bic.strip(), bank_name=profile.bank_name),
                logo=logo,
                iban_valid=valid,
            )

    def live_customer(self, customer_id: int) -> tuple[Party, int]:
        """The customer as it would be snapshotted now (drafts, quotes), and its payment terms."""
        with self._db.read_session() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError(f"customer {customer_id} does not exist")
            return party_of_snapshot(customer_snapshot(session, customer)), customer.payment_terms_days

    # -- kinds -------------------------------------------------------------------------------

    def _invoice(self, view: InvoiceView) -> Gathered:
        seller = self.seller()
        issued = view.status is InvoiceStatus.ISSUED
        customer, terms = self.live_customer(view.customer_id)
        if issued:
            customer = party_of_snapshot(view.customer_snapshot)
        terms_days = None
        if view.issue_date is not None and view.due_date is not None:
            terms_days = (view.due_date - view.issue_date).days
        elif not issued:
            terms_days = terms
        references: list[tuple[str, str]] = []
        if view.kind is InvoiceKind.CREDIT_NOTE and view.credited_number:
            references.append(("credit_ref", view.credited_number))
        if view.quote_id is not None:
            quote = self._quotes.get(view.quote_id)
            if quote.number:
                references.append(("quote_ref", quote.label))
        is_invoice = view.kind is InvoiceKind.INVOICE
        epc = None
        if is_invoice and issued and view.currency == "EUR" and seller.iban_valid and view.gross_total > 0:
            due = view.balance.amount_due if view.balance is not None else view.gross_total
            if due > 0:
                epc = EpcPayment(
                    name=seller.party.name,
                    iban=seller.bank.iban,
                    bic=seller.bank.bic,
                    amount=due,
                    reference=view.number or f"draft {view.id}",
                )
        document = PdfDocument(
            kind="invoice" if is_invoice else "credit_note",
            language=view.language,
            number=view.number or f"draft {view.id}",
            seller=seller.party,
            customer=customer,
            issue_date=view.issue_date,
            currency=view.currency,
            due_date=view.due_date if is_invoice else None,
            references=tuple(references),
            prices_include_tax=view.prices_include_tax,
            lines=_lines(view.lines),
            tax_rows=_tax_rows(view.tax_breakdown),
            net_total=view.net_total,
            tax_total=view.tax_total,
            gross_total=view.gross_total,
            notes=view.notes,
            payment_terms_days=terms_days if is_invoice else None,
            bank=seller.bank,
            logo=seller.logo,
            epc=epc,
            draft=not issued,
        )
        # A draft is no invoice yet: no e-invoice XML, no payable QR code (it prints DRAFT).
        return Gathered(document=document, customer_id=view.customer_id, einvoice=issued)

    def _reminder(self, view: InvoiceView, level: int | None) -> Gathered:
        if view.status is not InvoiceStatus.ISSUED or view.number is None or view.balance is None:
            raise ConflictError("reminders are printed for issued invoices only")
        if level is None:
            with self._db.read_session() as session:
                level = session.scalar(
                    select(func.max(Interaction.reminder_level)).where(Interaction.invoice_id == view.id)
                )
            level = level or 1
        if level not in (1, 2, 3):
            raise ValidationError("a reminder level is 1, 2 or 3", field="reminder_level")
        base = self._invoice(view).document
        balance = view.balance
        facts = ReminderFacts(
            level=level,
            invoice_number=view.number,
            invoice_date=view.issue_date,
            due_date=view.due_date,
            gross_total=balance.gross,
            credited=balance.credited,
            paid=balance.paid,
            amount_due=balance.amount_due,
            days_late=balance.days_late,
        )
        document = PdfDocument(
            kind="reminder",
            language=base.language,
            number=view.number,
            seller=base.seller,
            customer=base.customer,
            issue_date=local_today(),
            currency=base.currency,
            due_date=view.due_date,
            references=(("invoice_ref", view.number),),
            bank=base.bank,
            logo=base.logo,
            reminder=facts,
            epc=base.epc,
        )
        return Gathered(document=document, customer_id=view.customer_id, einvoice=False)

    def _quote(self, quote_id: int) -> Gathered:
        view = self._quotes.get(quote_id)
        seller = self.seller()
        customer, _terms = self.live_customer(view.customer_id)
        references: list[tuple[str, str]] = []
        if view.revision > 1:
            references.append(("revision", str(view.revision)))
        document = PdfDocument(
            kind="quote",
            language=view.language,
            number=view.number or f"draft {view.id}",
            seller=seller.party,
            customer=customer,
            issue_date=view.issue_date,
            currency=view.currency,
            valid_until=view.valid_until,
            references=tuple(references),
            prices_include_tax=view.prices_include_tax,
            lines=_lines(view.lines),
            tax_rows=_tax_rows(view.tax_breakdown),
            net_total=view.net_total,
            tax_total=view.tax_total,
            gross_total=view.gross_total,
            notes=view.notes,
            bank=BankAccount(),
            logo=seller.logo,
            draft=view.number is None,
        )
        return Gathered(document=document, customer_id=view.customer_id, einvoice=False)

    def _delivery_note(self, note_id: int) -> Gathered:
        view = self._deliveries.get(note_id)
        seller = self.seller()
        with self._db.read_session() as session:
            note = session.get(DeliveryNote, note_id)
            snapshot = note.shipping_snapshot if note is not None else "{}"
            language = (
                session.scalar(select(Customer.language).where(Customer.id == view.customer_id)) or "en"
            )
        customer = (
            party_of_snapshot(snapshot) if _has_name(snapshot) else self.live_customer(view.customer_id)[0]
        )
        references: list[tuple[str, str]] = []
        if view.invoice_id is not None:
            invoice = self._invoices.get(view.invoice_id)
            language = invoice.language
            if invoice.number:
                references.append(("invoice_ref", invoice.number))
        if view.carrier:
            references.append(("carrier", view.carrier))
        if view.tracking_number:
            references.append(("tracking", view.tracking_number))
        document = PdfDocument(
            kind="delivery_note",
            language=language,
            number=view.number or f"draft {view.id}",
            seller=seller.party,
            customer=customer,
            issue_date=view.shipped_on,
            shipped_on=view.shipped_on,
            references=tuple(references),
            lines=tuple(PdfLine(description=line.description, quantity=line.quantity) for line in view.lines),
            notes=view.notes,
            logo=seller.logo,
            draft=view.number is None,
        )
        return Gathered(document=document, customer_id=view.customer_id, einvoice=False)


def party_of_snapshot(snapshot: str) -> Party:
    """A customer snapshot (JSON text stored on an issued document) as a printed party."""
    try:
        data = json.loads(snapshot or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    address = data.get("address") or []
    if isinstance(address, str):
        address = address.splitlines()
    return Party(
        name=str(data.get("name") or ""),
        address=tuple(str(line) for line in address if str(line).strip()),
        country=str(data.get("country") or ""),
        vat_id=str(data.get("vat_id") or ""),
        registration_no=str(data.get("registration_no") or ""),
    )


def _has_name(snapshot: str) -> bool:
    return bool(party_of_snapshot(snapshot).name)


def _checked_iban(text: str) -> tuple[str, bool]:
    from schwifty import IBAN  # imported on first use: its bank registry costs start-up time
    from schwifty.exceptions import SchwiftyException

    compact = "".join(text.split()).upper()
    if not compact:
        return "", False
    try:
        return str(IBAN(compact).formatted), True
    except SchwiftyException:
        return text.strip(), False


def _lines(lines: tuple[DocumentLineView, ...]) -> tuple[PdfLine, ...]:
    return tuple(
        PdfLine(
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            discount=line.discount,
            tax_rate=line.tax_rate,
            amount=line.amount,
        )
        for line in lines
    )


def _tax_rows(rows: tuple[RateTotals, ...]) -> tuple[TaxRow, ...]:
    return tuple(TaxRow(rate=row.rate, net=row.net, tax=row.tax, gross=row.gross) for row in rows)
