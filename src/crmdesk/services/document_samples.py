"""Sample document PDFs and their PNG renders for ``docs/screenshots/``.

    python -m crmdesk.services.document_samples docs/screenshots

Builds a throw-away database (company profile with logo and IBAN, one customer per document language),
issues an invoice for each through the sales services, renders them with ``Services.documents`` and
turns each page into a PNG with ``pdftoppm -png -r 60`` (poppler-utils):
``pdf-invoice-<lang>.png`` and ``pdf-invoice-3pages-<n>.png``.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from crmdesk.domain.enums import AddressKind, CustomerKind
from crmdesk.services.sales import InvoiceDraft, InvoiceService, LineInput
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Address, Attachment, CompanyProfile, Customer

SAMPLE_IBAN = "LV97HABA0012345678910"
"""A valid (checksum-correct) Latvian IBAN for samples and tests."""


@dataclass(frozen=True)
class SampleCustomer:
    language: str
    name: str
    address: tuple[str, str, str, str]
    """line1, postal code, city, country."""
    currency: str = "EUR"


SAMPLE_CUSTOMERS = (
    SampleCustomer("en", "Oliver Smith & Sons <Ltd>", ("12 High Street", "SW1A 1AA", "London", "GB"), "EUR"),
    SampleCustomer("lv", "Anna Bērziņa", ("Brīvības iela 1", "LV-1010", "Rīga", "LV")),
    SampleCustomer("es", "Lucía García López", ("Calle de Alcalá 42", "28014", "Madrid", "ES")),
    SampleCustomer("fa", "رضا احمدی", ("خیابان ولیعصر، پلاک ۱۲", "1516", "تهران", "IR")),
    SampleCustomer("ru", "Иван Петров", ("ул. Ленина, д. 5", "190000", "Санкт-Петербург", "RU")),
    SampleCustomer("sv", "Åsa Lindqvist", ("Storgatan 5", "111 22", "Stockholm", "SE"), "SEK"),
)

SAMPLE_LINES = {
    "en": ["City bike, blue", "Repair manual (2nd edition)", "Workshop service, 1 hour"],
    "lv": ["Pilsētas velosipēds, zils", "Remonta rokasgrāmata", "Darbnīcas pakalpojums, 1 stunda"],
    "es": ["Bicicleta urbana, azul", "Manual de reparación", "Servicio de taller, 1 hora"],
    "fa": ["دوچرخه شهری (آبی)", "راهنمای تعمیر", "خدمات کارگاه، ۱ ساعت"],
    "ru": ["Городской велосипед, синий", "Руководство по ремонту", "Обслуживание в мастерской, 1 час"],
    "sv": ["Stadscykel, blå", "Reparationshandbok", "Verkstadstjänst, 1 timme"],
}


def logo_png() -> bytes:
    """A small generated logo (PNG)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 120), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, 116, 116), radius=22, fill=(31, 74, 135))
    draw.ellipse((30, 30, 90, 90), outline=(255, 255, 255), width=10)
    draw.rectangle((140, 40, 350, 60), fill=(31, 74, 135))
    draw.rectangle((140, 72, 300, 86), fill=(120, 140, 170))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def set_company(db: Database, *, iban: str = SAMPLE_IBAN, logo: bool = True) -> None:
    """The owner's company profile (row id 1) as printed on every sample."""
    with db.write() as session:
        profile = session.get(CompanyProfile, 1) or CompanyProfile(id=1)
        profile.name = "Velo Darbnīca SIA"
        profile.address = "Tērbatas iela 14\nLV-1011 Rīga"
        profile.country = "LV"
        profile.vat_id = "LV40103000000"
        profile.registration_no = "40103000000"
        profile.email = "info@velo.example"
        profile.phone = "+371 67 000 000"
        profile.website = "velo.example"
        profile.iban = iban
        profile.bic = "HABALV22"
        profile.bank_name = "Swedbank"
        profile.base_currency = "EUR"
        if logo:
            content = logo_png()
            attachment = Attachment(
                filename="logo.png", mime_type="image/png", size=len(content), sha256="-", content=content
            )
            session.add(attachment)
            session.flush()
            profile.logo_attachment_id = attachment.id
        session.add(profile)


def add_customer(db: Database, sample: SampleCustomer) -> int:
    with db.write() as session:
        customer = Customer(
            kind=CustomerKind.PERSON,
            name=sample.name,
            sort_name=sample.name.casefold(),
            language=sample.language,
            currency=sample.currency,
            payment_terms_days=14,
        )
        session.add(customer)
        session.flush()
        line1, postal, city, country = sample.address
        session.add(
            Address(
                customer_id=customer.id,
                kind=AddressKind.BILLING,
                line1=line1,
                postal_code=postal,
                city=city,
                country=country,
            )
        )
        return customer.id


def sample_lines(language: str, count: int = 3) -> list[LineInput]:
    names = SAMPLE_LINES.get(language, SAMPLE_LINES["en"])
    prices = (Decimal("450.00"), Decimal("18.50"), Decimal("35.00"))
    rates = (Decimal(21), Decimal(12), Decimal(21))
    quantities = (Decimal(1), Decimal(2), Decimal("1.5"))
    lines = []
    for index in range(count):
        k = index % 3
        suffix = f" #{index + 1}" if count > 3 else ""
        lines.append(
            LineInput(
                description=names[k] + suffix,
                quantity=quantities[k],
                unit_price=prices[k],
                tax_rate=rates[k],
                unit="h" if k == 2 else "pcs",
            )
        )
    return lines


def issue_invoice(
    db: Database,
    customer_id: int,
    lines: list[LineInput],
    *,
    day: date = date(2026, 3, 2),
    exchange_rate: Decimal | None = None,
    notes: str = "",
) -> int:
    service = InvoiceService(db)
    draft = InvoiceDraft(customer_id=customer_id, lines=lines, exchange_rate=exchange_rate, notes=notes)
    created = service.create_draft(draft)
    service.issue(created.id, issue_date=day, today=day)
    return created.id


def write_samples(folder: Path) -> list[Path]:
    """Render the sample invoices into ``folder`` as PDFs and PNGs; return the PNGs."""
    from crmdesk.services import Services

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with (
        tempfile.TemporaryDirectory(prefix="crmdesk-samples-") as tmp,
        Services.open(Path(tmp) / "samples.sqlite3") as services,
    ):
        db = services._db
        set_company(db)
        for sample in SAMPLE_CUSTOMERS:
            customer = add_customer(db, sample)
            rate = Decimal("11.2") if sample.currency != "EUR" else None
            invoice = issue_invoice(db, customer, sample_lines(sample.language), exchange_rate=rate)
            rendered = services.documents.render("invoice", invoice)
            written += _png(rendered.pdf, folder, f"pdf-invoice-{sample.language}", Path(tmp))
        latvian = add_customer(db, SAMPLE_CUSTOMERS[1])
        long_invoice = issue_invoice(db, latvian, sample_lines("lv", 75))
        rendered = services.documents.render("invoice", long_invoice)
        written += _png(rendered.pdf, folder, "pdf-invoice-3pages", Path(tmp), numbered=True)
    return written


def _png(pdf: bytes, folder: Path, stem: str, tmp: Path, *, numbered: bool = False) -> list[Path]:
    source = tmp / f"{stem}.pdf"
    source.write_bytes(pdf)
    prefix = tmp / stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(source), str(prefix)], check=True)
    pages = sorted(tmp.glob(f"{stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    out: list[Path] = []
    for number, page in enumerate(pages, 1):
        target = folder / (f"{stem}-{number}.png" if numbered else f"{stem}.png")
        page.replace(target)
        out.append(target)
        if not numbered:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "docs/screenshots")
    for path in write_samples(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
