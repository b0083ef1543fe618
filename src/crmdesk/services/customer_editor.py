"""The customer editor's use cases: read one customer, create, save, delete; the owner's custom fields.

A save checks the whole draft first (see :mod:`crmdesk.services.customer_forms`); a broken rule
raises before the transaction writes anything. Each write is one transaction and returns the saved
customer as a frozen view.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session, selectinload

from crmdesk.domain.contact_details import national_format
from crmdesk.domain.enums import AddressKind, CustomFieldType
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services.customer_forms import (
    AddressDraft,
    CleanCustomer,
    ContactPersonView,
    CustomerDetails,
    CustomerDraft,
    CustomFieldRule,
    CustomFieldView,
    EmailView,
    PhoneView,
    check_customer,
    parse_choices,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    Address,
    CompanyProfile,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldDefinition,
    CustomFieldValue,
    Invoice,
    Opportunity,
    Quote,
    Tag,
)

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


@dataclass(frozen=True)
class CustomFieldDefinitionView:
    id: int
    key: str
    label: str
    field_type: CustomFieldType
    choices: tuple[str, ...]
    position: int
    archived: bool


@dataclass(frozen=True)
class CustomerDeleted:
    id: int
    name: str


class CustomerEditorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- reading -------------------------------------------------------------------------------

    def get(self, customer_id: int) -> CustomerDetails:
        """One customer with everything the editor shows."""
        with self._db.read_session() as session:
            return _details(session, customer_id)

    def owner_country(self) -> str | None:
        """The owner's company country: the region for phone numbers typed without ``+``."""
        with self._db.read_session() as session:
            return _owner_country(session)

    # --- writing -------------------------------------------------------------------------------

    def create(self, draft: CustomerDraft) -> CustomerDetails:
        """A new customer from a checked draft."""
        with self._db.write() as session:
            clean = check_customer(draft, rules=_rules(session), owner_country=_owner_country(session))
            customer = Customer(name=clean.name, kind=draft.kind)
            session.add(customer)
            _apply(session, customer, clean)
            session.flush()
            return _details(session, customer.id)

    def update(self, customer_id: int, draft: CustomerDraft) -> CustomerDetails:
        """Save the editor's draft over the customer; the lists in the draft replace the old ones."""
        with self._db.write() as session:
            customer = _load(session, customer_id)
            clean = check_customer(draft, rules=_rules(session), owner_country=_owner_country(session))
            _apply(session, customer, clean)
            session.flush()
            return _details(session, customer.id)

    def delete(self, customer_id: int) -> CustomerDeleted:
        """Delete a customer who has no quotes, invoices or opportunities (archive those instead)."""
        with self._db.write() as session:
            customer = _load(session, customer_id)
            for model, what in ((Invoice, "invoices"), (Quote, "quotes"), (Opportunity, "opportunities")):
                if session.execute(select(exists().where(model.customer_id == customer_id))).scalar():
                    raise ConflictError(
                        f"{customer.name} has {what} and cannot be deleted; archive the customer instead"
                    )
            deleted = CustomerDeleted(customer.id, customer.name)
            session.delete(customer)
            return deleted

    # --- custom fields (Settings) ------------------------------------------------------------

    def custom_fields(self, *, include_archived: bool = False) -> tuple[CustomFieldDefinitionView, ...]:
        stmt = select(CustomFieldDefinition).order_by(
            CustomFieldDefinition.position, CustomFieldDefinition.id
        )
        if not include_archived:
            stmt = stmt.where(CustomFieldDefinition.archived.is_(False))
        with self._db.read_session() as session:
            return tuple(_definition_view(d) for d in session.scalars(stmt))

    def define_custom_field(
        self,
        *,
        label: str,
        field_type: CustomFieldType,
        key: str = "",
        choices: Sequence[str] = (),
    ) -> CustomFieldDefinitionView:
        """Add a field every customer gets ("Favourite colour": choice of red, green, blue)."""
        label = " ".join(label.split())
        if not label:
            raise ValidationError("Enter the field's name.", field="label")
        key = key.strip() or _key_from_label(label)
        if not _KEY.match(key):
            raise ValidationError(
                "The key must start with a letter and use only a–z, 0–9 and _.", field="key"
            )
        clean_choices = tuple(dict.fromkeys(c.strip() for c in choices if c.strip()))
        if field_type is CustomFieldType.CHOICE and not clean_choices:
            raise ValidationError("A choice field needs at least one choice.", field="choices")
        with self._db.write() as session:
            if session.scalar(select(CustomFieldDefinition.id).where(CustomFieldDefinition.key == key)):
                raise ValidationError(f"There is already a custom field with the key {key!r}.", field="key")
            position = (
                session.scalar(select(func.coalesce(func.max(CustomFieldDefinition.position), -1))) or 0
            )
            definition = CustomFieldDefinition(
                key=key,
                label=label,
                field_type=field_type,
                choices=json.dumps(list(clean_choices), ensure_ascii=False),
                position=int(position) + 1,
            )
            session.add(definition)
            session.flush()
            return _definition_view(definition)

    def set_custom_field_archived(self, field_id: int, archived: bool) -> CustomFieldDefinitionView:
        """Hide a custom field from the editor (values are kept) or show it again."""
        with self._db.write() as session:
            definition = session.get(CustomFieldDefinition, field_id)
            if definition is None:
                raise NotFoundError(f"custom field {field_id} does not exist")
            definition.archived = archived
            session.flush()
            return _definition_view(definition)


def _key_from_label(label: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_")
    return key if key and key[0].isalpha() else f"field_{key}".rstrip("_")


def _definition_view(d: CustomFieldDefinition) -> CustomFieldDefinitionView:
    return CustomFieldDefinitionView(
        id=d.id,
        key=d.key,
        label=d.label,
        field_type=d.field_type,
        choices=parse_choices(d.choices),
        position=d.position,
        archived=d.archived,
    )


def _rules(session: Session) -> dict[str, CustomFieldRule]:
    return {
        d.key: CustomFieldRule(d.id, d.key, d.label, d.field_type, parse_choices(d.choices))
        for d in session.scalars(
            select(CustomFieldDefinition).where(CustomFieldDefinition.archived.is_(False))
        )
    }


def _owner_country(session: Session) -> str | None:
    country = session.scalar(select(CompanyProfile.country).where(CompanyProfile.id == 1))
    return country or None


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(
        Customer,
        customer_id,
        options=[
            selectinload(Customer.emails),
            selectinload(Customer.phones),
            selectinload(Customer.addresses),
            selectinload(Customer.contact_persons),
            selectinload(Customer.tags),
            selectinload(Customer.custom_values),
        ],
    )
    if customer is None:
        raise NotFoundError(f"customer {customer_id} does not exist")
    return customer


def _apply(session: Session, customer: Customer, clean: CleanCustomer) -> None:
    draft = clean.draft
    customer.kind = draft.kind
    customer.name = clean.name
    customer.sort_name = clean.name.casefold()
    customer.vat_id = clean.vat_id
    customer.registration_no = clean.registration_no
    customer.language = clean.language
    customer.currency = clean.currency
    customer.payment_terms_days = draft.payment_terms_days
    customer.channel = draft.channel
    customer.notes = draft.notes

    # Unique (customer, email), (customer, phone), (customer, address kind): the unit of work inserts
    # before it deletes, so the old children are removed and flushed before the new ones are added.
    if customer.id is not None:
        customer.emails, customer.phones, customer.addresses = [], [], []
        session.flush()
    customer.emails = [
        CustomerEmail(email=e.value, label=e.label, position=i) for i, e in enumerate(clean.emails)
    ]
    customer.phones = [
        CustomerPhone(e164=p.value, label=p.label, position=i) for i, p in enumerate(clean.phones)
    ]
    addresses = []
    for kind, address in (
        (AddressKind.BILLING, clean.billing_address),
        (AddressKind.SHIPPING, clean.shipping_address),
    ):
        if address is not None:
            addresses.append(Address(kind=kind, **vars(address)))
    customer.addresses = addresses
    existing_contacts = list(customer.contact_persons)
    contacts = []
    for index, contact in enumerate(clean.contact_persons):
        # Keep the ids of persons that stay, so interactions that name them keep pointing at them.
        person = existing_contacts[index] if index < len(existing_contacts) else ContactPerson()
        person.name, person.role, person.notes = contact.name, contact.role, contact.notes
        person.email, person.phone = contact.email or None, contact.phone or None
        contacts.append(person)
    customer.contact_persons = contacts
    customer.tags = _tags(session, clean.tags)
    if customer.id is None:
        session.flush()
    for field_id, value in clean.custom_values.items():
        session.execute(
            delete(CustomFieldValue).where(
                CustomFieldValue.customer_id == customer.id, CustomFieldValue.field_id == field_id
            )
        )
        if value is not None:
            session.add(CustomFieldValue(customer_id=customer.id, field_id=field_id, value=value))
    session.expire(customer, ["custom_values"])


def _tags(session: Session, names: Sequence[str]) -> list[Tag]:
    if not names:
        return []
    existing = {t.name.casefold(): t for t in session.scalars(select(Tag))}
    tags = []
    for name in names:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[name.casefold()] = tag
        tags.append(tag)
    return tags


def _details(session: Session, customer_id: int) -> CustomerDetails:
    customer = _load(session, customer_id)
    addresses = {a.kind: a for a in customer.addresses}
    definitions = {
        d.id: d
        for d in session.scalars(select(CustomFieldDefinition).order_by(CustomFieldDefinition.position))
    }
    values = {v.field_id: v.value for v in customer.custom_values}
    return CustomerDetails(
        id=customer.id,
        kind=customer.kind,
        name=customer.name,
        vat_id=customer.vat_id or "",
        registration_no=customer.registration_no or "",
        language=customer.language,
        currency=customer.currency,
        payment_terms_days=customer.payment_terms_days,
        channel=customer.channel,
        notes=customer.notes,
        emails=tuple(EmailView(e.email, e.label) for e in customer.emails),
        phones=tuple(PhoneView(p.e164, national_format(p.e164), p.label) for p in customer.phones),
        billing_address=_address(addresses.get(AddressKind.BILLING)),
        shipping_address=_address(addresses.get(AddressKind.SHIPPING)),
        contact_persons=tuple(
            ContactPersonView(p.id, p.name, p.role, p.email or "", p.phone or "", p.notes)
            for p in customer.contact_persons
        ),
        tags=tuple(sorted((t.name for t in customer.tags), key=str.casefold)),
        custom_fields=tuple(
            CustomFieldView(d.key, d.label, d.field_type, values.get(d.id, ""))
            for d in definitions.values()
            if not d.archived or d.id in values
        ),
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        archived_at=customer.archived_at,
    )


def _address(address: Address | None) -> AddressDraft | None:
    if address is None:
        return None
    return AddressDraft(
        line1=address.line1,
        line2=address.line2,
        postal_code=address.postal_code,
        city=address.city,
        region=address.region,
        country=address.country,
    )
