"""What the customer editor sends (drafts) and shows (details), and the checks on a draft.

A draft is checked as a whole before anything is written; the first broken rule is raised as a
:class:`ValidationError` whose ``field`` names the input (``name``, ``emails[1]``, ``phones[0]``,
``billing_address.country``, ``custom_fields.shoe_size`` …) so the editor can put the message there.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError

from crmdesk.domain.contact_details import normalize_email, normalize_phone
from crmdesk.domain.enums import Channel, CustomerKind, CustomFieldType
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import check_currency

MAX_NAME = 200
MAX_NOTES = 20_000
MAX_PAYMENT_TERMS_DAYS = 365
COUNTRY_CODES = frozenset(
    str(code) for code in Locale("en").territories if len(str(code)) == 2 and str(code).isalpha()
)


@dataclass(frozen=True)
class AddressDraft:
    line1: str = ""
    line2: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    """ISO 3166-1 alpha-2 ("LV", "SE"); also the region for reading national phone numbers."""


@dataclass(frozen=True)
class ContactPersonDraft:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LabelledValue:
    """One email address or phone number as typed, with an optional label ("work", "mobile")."""

    value: str
    label: str = ""


@dataclass(frozen=True)
class CustomerDraft:
    """Everything the customer editor saves; lists replace what the customer had."""

    name: str
    kind: CustomerKind = CustomerKind.PERSON
    vat_id: str = ""
    registration_no: str = ""
    language: str = "en"
    currency: str = "EUR"
    payment_terms_days: int = 14
    channel: Channel | None = None
    notes: str = ""
    emails: tuple[LabelledValue, ...] = ()
    """The first is the primary address."""
    phones: tuple[LabelledValue, ...] = ()
    billing_address: AddressDraft | None = None
    shipping_address: AddressDraft | None = None
    contact_persons: tuple[ContactPersonDraft, ...] = ()
    tags: tuple[str, ...] = ()
    custom_fields: Mapping[str, str] = field(default_factory=dict)
    """Custom field key → value as typed; an empty value clears the field."""


@dataclass(frozen=True)
class PhoneView:
    e164: str
    display: str
    """National format of its country ("29 123 456")."""
    label: str


@dataclass(frozen=True)
class EmailView:
    email: str
    label: str


@dataclass(frozen=True)
class ContactPersonView:
    id: int
    name: str
    role: str
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class CustomFieldView:
    key: str
    label: str
    field_type: CustomFieldType
    value: str
    """Canonical text: ISO date, plain decimal, the choice, the text."""


@dataclass(frozen=True)
class CustomerDetails:
    """One customer as the editor shows it."""

    id: int
    kind: CustomerKind
    name: str
    vat_id: str
    registration_no: str
    language: str
    currency: str
    payment_terms_days: int
    channel: Channel | None
    notes: str
    emails: tuple[EmailView, ...]
    phones: tuple[PhoneView, ...]
    billing_address: AddressDraft | None
    shipping_address: AddressDraft | None
    contact_persons: tuple[ContactPersonView, ...]
    tags: tuple[str, ...]
    custom_fields: tuple[CustomFieldView, ...]
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class CustomFieldRule:
    """A custom field definition as the checks need it."""

    id: int
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]


@dataclass(frozen=True)
class CleanCustomer:
    """A checked draft: normalised values ready to be written."""

    draft: CustomerDraft
    name: str
    vat_id: str | None
    registration_no: str | None
    language: str
    currency: str
    emails: tuple[LabelledValue, ...]
    phones: tuple[LabelledValue, ...]
    billing_address: AddressDraft | None
    shipping_address: AddressDraft | None
    contact_persons: tuple[ContactPersonDraft, ...]
    tags: tuple[str, ...]
    custom_values: dict[int, str | None]
    """Custom field id → canonical value (``None`` clears it)."""


def check_customer(
    draft: CustomerDraft, *, rules: Mapping[str, CustomFieldRule], owner_country: str | None
) -> CleanCustomer:
    """Check and normalise ``draft``; raise :class:`ValidationError` naming the first bad field."""
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("Enter the customer's name.", field="name")
    if any(unicodedata.category(char) == "Cc" for char in name):
        # e.g. a NUL pasted from another program: SQLite's text functions stop at it.
        raise ValidationError("The name contains a control character; remove it.", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(f"The name is longer than {MAX_NAME} characters.", field="name")
    if draft.kind not in tuple(CustomerKind):
        raise ValidationError(f"Unknown kind of customer: {draft.kind!r}.", field="kind")
    vat_id = "".join(draft.vat_id.split()).upper()
    if len(vat_id) > 40:
        raise ValidationError("The VAT/tax id is longer than 40 characters.", field="vat_id")
    registration_no = draft.registration_no.strip()
    if len(registration_no) > 40:
        raise ValidationError(
            "The registration number is longer than 40 characters.", field="registration_no"
        )
    language = check_language(draft.language)
    try:
        currency = check_currency(draft.currency)
    except ValidationError as exc:
        raise ValidationError(str(exc), field="currency") from None
    if not 0 <= draft.payment_terms_days <= MAX_PAYMENT_TERMS_DAYS:
        raise ValidationError(
            f"Payment terms must be 0 to {MAX_PAYMENT_TERMS_DAYS} days.", field="payment_terms_days"
        )
    if len(draft.notes) > MAX_NOTES:
        raise ValidationError(f"The notes are longer than {MAX_NOTES} characters.", field="notes")
    billing = _check_address(draft.billing_address, "billing_address")
    shipping = _check_address(draft.shipping_address, "shipping_address")
    region = (billing.country if billing and billing.country else None) or owner_country or None
    emails = _check_emails(draft.emails)
    phones: list[LabelledValue] = []
    for index, phone in enumerate(draft.phones):
        if not phone.value.strip():
            continue
        e164 = normalize_phone(phone.value, region=region, field=f"phones[{index}]")
        if any(p.value == e164 for p in phones):
            raise ValidationError(
                f"{phone.value.strip()!r} is already in the list.", field=f"phones[{index}]"
            )
        phones.append(LabelledValue(e164, phone.label.strip()))
    contacts = tuple(
        _check_contact(contact, f"contact_persons[{index}]", region)
        for index, contact in enumerate(draft.contact_persons)
    )
    tags = _check_tags(draft.tags)
    custom_values = check_custom_values(draft.custom_fields, rules)
    return CleanCustomer(
        draft=draft,
        name=name,
        vat_id=vat_id or None,
        registration_no=registration_no or None,
        language=language,
        currency=currency,
        emails=emails,
        phones=tuple(phones),
        billing_address=billing,
        shipping_address=shipping,
        contact_persons=contacts,
        tags=tags,
        custom_values=custom_values,
    )


def check_language(text: str) -> str:
    """``text`` as a language code babel knows ("lv", "pt-BR"), or :class:`ValidationError`."""
    code = text.strip().replace("_", "-")
    try:
        Locale.parse(code, sep="-")
    except (ValueError, UnknownLocaleError):
        raise ValidationError(
            f"{text!r} is not a language code (e.g. en, lv, fa).", field="language"
        ) from None
    return code


def _check_address(address: AddressDraft | None, name: str) -> AddressDraft | None:
    if address is None:
        return None
    country = address.country.strip().upper()
    if country and country not in COUNTRY_CODES:
        raise ValidationError(
            f"{address.country!r} is not a country code (e.g. LV, SE).", field=f"{name}.country"
        )
    cleaned = AddressDraft(
        line1=address.line1.strip(),
        line2=address.line2.strip(),
        postal_code=address.postal_code.strip(),
        city=" ".join(address.city.split()),
        region=address.region.strip(),
        country=country,
    )
    for attr, limit in (("line1", 200), ("line2", 200), ("postal_code", 20), ("city", 100), ("region", 100)):
        if len(getattr(cleaned, attr)) > limit:
            raise ValidationError(f"Longer than {limit} characters.", field=f"{name}.{attr}")
    return None if cleaned == AddressDraft() else cleaned


def _check_emails(emails: tuple[LabelledValue, ...]) -> tuple[LabelledValue, ...]:
    checked: list[LabelledValue] = []
    for index, email in enumerate(emails):
        if not email.value.strip():
            continue
        normalized = normalize_email(email.value, field=f"emails[{index}]")
        if any(e.value.casefold() == normalized.casefold() for e in checked):
            raise ValidationError(f"{normalized} is already in the list.", field=f"emails[{index}]")
        checked.append(LabelledValue(normalized, email.label.strip()))
    return tuple(checked)


def _check_contact(contact: ContactPersonDraft, name: str, region: str | None) -> ContactPersonDraft:
    person = " ".join(contact.name.split())
    if not person:
        raise ValidationError("Enter the contact person's name.", field=f"{name}.name")
    email = normalize_email(contact.email, field=f"{name}.email") if contact.email.strip() else ""
    phone = (
        normalize_phone(contact.phone, region=region, field=f"{name}.phone") if contact.phone.strip() else ""
    )
    return ContactPersonDraft(
        name=person, role=contact.role.strip(), email=email, phone=phone, notes=contact.notes.strip()
    )


def _check_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for tag in tags:
        name = " ".join(tag.split())
        if not name:
            continue
        if len(name) > 60:
            raise ValidationError(f"The tag {name[:20]!r}… is longer than 60 characters.", field="tags")
        names.setdefault(name.casefold(), name)
    return tuple(names.values())


def check_custom_values(
    values: Mapping[str, str], rules: Mapping[str, CustomFieldRule]
) -> dict[int, str | None]:
    """Canonical text per field id; ``None`` for an emptied field."""
    result: dict[int, str | None] = {}
    for key, raw in values.items():
        rule = rules.get(key)
        where = f"custom_fields.{key}"
        if rule is None:
            raise ValidationError(f"There is no custom field {key!r} (see Settings).", field=where)
        text = (raw or "").strip()
        result[rule.id] = canonical_custom_value(rule, text, where) if text else None
    return result


def canonical_custom_value(rule: CustomFieldRule, text: str, where: str) -> str:
    """The stored form of a custom field's value, or a message saying what is expected."""
    if rule.field_type is CustomFieldType.NUMBER:
        try:
            number = Decimal(text.replace(" ", "").replace("\u00a0", "").replace(",", "."))
        except InvalidOperation:
            raise ValidationError(f"{rule.label}: {text!r} is not a number.", field=where) from None
        if not number.is_finite():
            raise ValidationError(f"{rule.label}: {text!r} is not a number.", field=where)
        return format(number.normalize(), "f")
    if rule.field_type is CustomFieldType.DATE:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValidationError(
                f"{rule.label}: {text!r} is not a date (YYYY-MM-DD).", field=where
            ) from None
    if rule.field_type is CustomFieldType.CHOICE:
        for choice in rule.choices:
            if choice.casefold() == text.casefold():
                return choice
        allowed = ", ".join(rule.choices)
        raise ValidationError(f"{rule.label}: choose one of {allowed}.", field=where)
    if len(text) > 1000:
        raise ValidationError(f"{rule.label}: longer than 1000 characters.", field=where)
    return text


def parse_choices(stored: str) -> tuple[str, ...]:
    """The choices of a choice field, as stored (a JSON list)."""
    try:
        loaded = json.loads(stored or "[]")
    except json.JSONDecodeError:
        return ()
    return tuple(str(choice) for choice in loaded) if isinstance(loaded, list) else ()
