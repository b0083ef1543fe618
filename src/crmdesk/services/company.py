"""The owner's business: company details and logo as printed on documents, tax rates, number patterns,
and whether the first-run setup was completed. Settings and the first-run wizard edit these."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.domain.bank import normalize_bic, normalize_iban
from crmdesk.domain.contact_details import normalize_email, normalize_phone
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import check_currency, require_decimal
from crmdesk.domain.numbering import check_pattern, format_number
from crmdesk.domain.tax_presets import preset_for
from crmdesk.services.customer_forms import COUNTRY_CODES, check_language
from crmdesk.services.sales.common import DEFAULT_PATTERNS, local_today, pattern_setting_key, read_setting
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Attachment, CompanyProfile, Setting, TaxRate

MAX_LOGO_BYTES = 2 * 1024 * 1024
SETUP_SETTING = "setup.completed"
SERIES_LABELS = {
    "invoice": "Invoices",
    "credit_note": "Credit notes",
    "quote": "Quotes",
    "purchase_order": "Purchase orders",
    "delivery_note": "Delivery notes",
}


@dataclass(frozen=True)
class CompanyDetails:
    """The company as the owner edits it (and as documents print it)."""

    name: str = ""
    address: str = ""
    """Street, postal code and city as printed, one line each."""
    country: str = ""
    vat_id: str = ""
    registration_no: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    base_currency: str = "EUR"
    language: str = "en"
    has_logo: bool = False
    """Read only: whether a logo is stored (``set_logo`` / ``clear_logo`` change it)."""


@dataclass(frozen=True)
class TaxRateView:
    id: int
    name: str
    rate: Decimal
    country: str
    is_default: bool
    active: bool


@dataclass(frozen=True)
class NumberPattern:
    series: str
    label: str
    pattern: str
    example: str
    """What the next number would look like today with this pattern (sequence 1)."""


class CompanyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- company details -----------------------------------------------------------------------

    def details(self) -> CompanyDetails:
        with self._db.read_session() as session:
            profile = session.get(CompanyProfile, 1)
            return _details(profile) if profile is not None else CompanyDetails()

    def save(self, draft: CompanyDetails) -> CompanyDetails:
        """Check every field (the first bad one is a :class:`ValidationError` naming it), then store."""
        clean = check_company(draft)
        with self._db.write() as session:
            profile = session.get(CompanyProfile, 1)
            if profile is None:
                profile = CompanyProfile(id=1)
                session.add(profile)
            for field in _STORED_FIELDS:
                setattr(profile, field, getattr(clean, field))
            session.flush()
            return _details(profile)

    # --- logo ----------------------------------------------------------------------------------

    def set_logo(self, content: bytes, filename: str = "logo") -> None:
        """Store a PNG or JPEG logo (at most 2 MiB) inside the database, replacing the previous one."""
        mime = _image_type(content)
        if mime is None:
            raise ValidationError("The logo must be a PNG or JPEG image.", field="logo")
        if len(content) > MAX_LOGO_BYTES:
            raise ValidationError(
                f"The logo is {len(content) / 2**20:.1f} MiB; up to 2 MiB fits on a document.", field="logo"
            )
        with self._db.write() as session:
            profile = _profile(session)
            old = profile.logo_attachment_id
            logo = Attachment(
                filename=filename.replace("\\", "/").rsplit("/", 1)[-1] or "logo",
                mime_type=mime,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
            session.add(logo)
            session.flush()
            profile.logo_attachment_id = logo.id
            if old is not None and (previous := session.get(Attachment, old)) is not None:
                session.delete(previous)

    def clear_logo(self) -> None:
        with self._db.write() as session:
            profile = _profile(session)
            old, profile.logo_attachment_id = profile.logo_attachment_id, None
            if old is not None and (previous := session.get(Attachment, old)) is not None:
                session.delete(previous)

    def logo(self) -> bytes | None:
        with self._db.read_session() as session:
            profile = session.get(CompanyProfile, 1)
            if profile is None or profile.logo_attachment_id is None:
                return None
            content = session.scalar(
                select(Attachment.content).where(Attachment.id == profile.logo_attachment_id)
            )
            return bytes(content) if content is not None else None

    # --- tax rates -----------------------------------------------------------------------------

    def tax_rates(self, *, include_inactive: bool = True) -> tuple[TaxRateView, ...]:
        stmt = select(TaxRate).order_by(TaxRate.active.desc(), TaxRate.rate.desc(), TaxRate.name)
        if not include_inactive:
            stmt = stmt.where(TaxRate.active.is_(True))
        with self._db.read_session() as session:
            return tuple(_rate_view(rate) for rate in session.scalars(stmt))

    def save_tax_rate(
        self,
        *,
        name: str,
        rate: Decimal,
        rate_id: int | None = None,
        is_default: bool = False,
        active: bool = True,
        country: str = "",
    ) -> TaxRateView:
        """Add a rate or change one (its name, percent, default, active). One rate is the default."""
        clean_name = " ".join(name.split())
        if not clean_name:
            raise ValidationError("Enter a name for the tax rate (e.g. 'Standard 21 %').", field="name")
        percent = require_decimal(rate, scale=3, field="rate", label="The tax rate")
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValidationError("A tax rate is between 0 and 100 %.", field="rate")
        if is_default and not active:
            raise ValidationError("The default tax rate must be active.", field="active")
        with self._db.write() as session:
            clash = session.scalar(select(TaxRate.id).where(TaxRate.name == clean_name))
            if clash is not None and clash != rate_id:
                raise ValidationError(f"There is already a tax rate named {clean_name!r}.", field="name")
            if rate_id is None:
                row = TaxRate(name=clean_name, rate=percent, country=country.upper()[:2])
                session.add(row)
            else:
                found = session.get(TaxRate, rate_id)
                if found is None:
                    raise ValidationError(f"Tax rate {rate_id} does not exist.", field="rate_id")
                row = found
                row.name, row.rate = clean_name, percent
            row.active = active
            if is_default:
                session.execute(update(TaxRate).values(is_default=False))
            row.is_default = is_default
            session.flush()
            return _rate_view(row)

    def apply_tax_preset(self, country: str) -> tuple[TaxRateView, ...]:
        """Add the country's usual rates (those not there yet by name); the standard rate becomes the
        default unless a default exists. Returns every rate."""
        preset = preset_for(country)
        if preset is None:
            raise ValidationError(
                f"There is no preset for {country!r}; add the rates by hand.", field="country"
            )
        with self._db.write() as session:
            names = set(session.scalars(select(TaxRate.name)))
            has_default = session.scalar(select(TaxRate.id).where(TaxRate.is_default.is_(True))) is not None
            for rate in preset.rates:
                if rate.name in names:
                    continue
                session.add(
                    TaxRate(
                        name=rate.name,
                        rate=rate.rate,
                        country=preset.country,
                        is_default=rate.default and not has_default,
                    )
                )
        return self.tax_rates()

    # --- number patterns -----------------------------------------------------------------------

    def number_patterns(self, *, today: date | None = None) -> tuple[NumberPattern, ...]:
        day = today or local_today()
        with self._db.read_session() as session:
            return tuple(
                _pattern(series, _stored_pattern(session, series), day) for series in DEFAULT_PATTERNS
            )

    def set_number_pattern(self, series: str, pattern: str, *, today: date | None = None) -> NumberPattern:
        """Number new documents of ``series`` with ``pattern`` (issued ones keep their numbers).

        A pattern with ``{year}`` starts a new sequence each year; without it one sequence runs on.
        """
        if series not in DEFAULT_PATTERNS:
            raise ValidationError(f"There is no number series {series!r}.", field="series")
        clean = check_pattern(pattern.strip())
        with self._db.write() as session:
            key = pattern_setting_key(series)
            stored = session.get(Setting, key)
            if stored is None:
                session.add(Setting(key=key, value=json.dumps(clean)))
            else:
                stored.value = json.dumps(clean)
        return _pattern(series, clean, today or local_today())

    # --- first run -----------------------------------------------------------------------------

    def setup_completed(self) -> bool:
        with self._db.read_session() as session:
            return read_setting(session, SETUP_SETTING) is True

    def complete_setup(self) -> None:
        with self._db.write() as session:
            stored = session.get(Setting, SETUP_SETTING)
            if stored is None:
                session.add(Setting(key=SETUP_SETTING, value="true"))
            else:
                stored.value = "true"


_STORED_FIELDS = (
    "name",
    "address",
    "country",
    "vat_id",
    "registration_no",
    "email",
    "phone",
    "website",
    "iban",
    "bic",
    "bank_name",
    "base_currency",
    "language",
)


def check_company(draft: CompanyDetails) -> CompanyDetails:
    """``draft`` checked and normalised; :class:`ValidationError` names the first bad field."""
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("Enter your company's name as it should appear on invoices.", field="name")
    country = draft.country.strip().upper()
    if country == "UK":
        country = "GB"
    if country and country not in COUNTRY_CODES:
        raise ValidationError(
            f"{draft.country.strip()!r} is not a country code (e.g. LV, SE).", field="country"
        )
    language = check_language(draft.language.strip() or "en")
    phone = draft.phone.strip()
    try:
        currency = check_currency(draft.base_currency)
    except ValidationError as error:
        raise ValidationError(str(error), field="base_currency") from None
    return replace(
        draft,
        name=name,
        address="\n".join(line.strip() for line in draft.address.strip().splitlines() if line.strip()),
        country=country,
        vat_id="".join(draft.vat_id.split()).upper(),
        registration_no=draft.registration_no.strip(),
        email=normalize_email(draft.email) if draft.email.strip() else "",
        phone=normalize_phone(phone, region=country or None) if phone else "",
        website=draft.website.strip(),
        iban=normalize_iban(draft.iban),
        bic=normalize_bic(draft.bic),
        bank_name=" ".join(draft.bank_name.split()),
        base_currency=currency,
        language=language,
    )


def _profile(session: Session) -> CompanyProfile:
    profile = session.get(CompanyProfile, 1)
    if profile is None:
        profile = CompanyProfile(id=1)
        session.add(profile)
        session.flush()
    return profile


def _details(profile: CompanyProfile) -> CompanyDetails:
    values = {field: getattr(profile, field) or "" for field in _STORED_FIELDS}
    values["base_currency"] = values["base_currency"] or "EUR"
    values["language"] = values["language"] or "en"
    return CompanyDetails(**values, has_logo=profile.logo_attachment_id is not None)


def _rate_view(rate: TaxRate) -> TaxRateView:
    return TaxRateView(rate.id, rate.name, rate.rate, rate.country, rate.is_default, rate.active)


def _stored_pattern(session: Session, series: str) -> str:
    value = read_setting(session, pattern_setting_key(series))
    return str(value) if value is not None else DEFAULT_PATTERNS[series]


def _pattern(series: str, pattern: str, today: date) -> NumberPattern:
    example = format_number(pattern, issued_on=today, sequence=1)
    return NumberPattern(series, SERIES_LABELS.get(series, series), pattern, example)


def _image_type(content: bytes) -> str | None:
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None
