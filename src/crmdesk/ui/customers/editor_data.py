"""What the customer editor reads before it opens, and how its inputs become the service's draft."""

from __future__ import annotations

from dataclasses import dataclass, replace

from crmdesk.domain.contact_details import international_format, normalize_phone
from crmdesk.domain.enums import CustomerKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_editor import CustomFieldDefinitionView
from crmdesk.services.customer_forms import (
    AddressDraft,
    ContactPersonDraft,
    CustomerDetails,
    CustomerDraft,
    LabelledValue,
)
from crmdesk.ui.i18n import tr

ADDRESS_PARTS = (
    ("line1", tr("Street")),
    ("line2", tr("Line 2")),
    ("postal_code", tr("Postal code")),
    ("city", tr("City")),
    ("region", tr("Region")),
    ("country", tr("Country (LV, SE…)")),
)


@dataclass(frozen=True)
class EditorData:
    """What the editor needs, read in the background before it opens."""

    details: CustomerDetails | None
    """``None`` for a new customer."""
    definitions: tuple[CustomFieldDefinitionView, ...]
    owner_country: str | None


def load_editor_data(services: Services, customer_id: int | None) -> EditorData:
    """Background function: the customer (if any), the custom field definitions, the owner's country."""
    editor = services.customer_editor
    details = editor.get(customer_id) if customer_id is not None else None
    return EditorData(details, editor.custom_fields(), editor.owner_country())


def build_draft(value: dict[str, str], details: CustomerDetails | None) -> CustomerDraft:
    """The draft for the inputs' texts by field key; what the editor does not show is kept from ``details``."""
    custom = {k.removeprefix("custom_fields."): v for k, v in value.items() if k.startswith("custom_fields.")}
    draft = CustomerDraft(
        name=value["name"],
        kind=CustomerKind(value["kind"] or CustomerKind.PERSON.value),
        vat_id=value["vat_id"],
        language=value["language"],
        currency=value["currency"],
        payment_terms_days=int(value["payment_terms_days"] or 0),
        notes=value["notes"],
        emails=_listed(value, "emails"),
        phones=_listed(value, "phones"),
        billing_address=_address(value, "billing_address"),
        shipping_address=_address(value, "shipping_address"),
        tags=tuple(t.strip() for t in value["tags"].split(",") if t.strip()),
        custom_fields=custom,
    )
    draft = replace(draft, contact_persons=_persons(value, details))
    if details is None:
        return draft
    return replace(draft, registration_no=details.registration_no, channel=details.channel)


def _persons(value: dict[str, str], details: CustomerDetails | None) -> tuple[ContactPersonDraft, ...]:
    # A person whose inputs are all empty is left out (an "Add" pressed by mistake); notes are not shown
    # in the editor and are kept from the stored person at the same position.
    count = sum(1 for key in value if key.startswith("contact_persons[") and key.endswith("].name"))
    stored = details.contact_persons if details is not None else ()
    persons = []
    for i in range(count):
        parts = {part: value[f"contact_persons[{i}].{part}"] for part in ("name", "role", "email", "phone")}
        if not any(text.strip() for text in parts.values()):
            continue
        notes = stored[i].notes if i < len(stored) else ""
        persons.append(ContactPersonDraft(**parts, notes=notes))
    return tuple(persons)


def _listed(value: dict[str, str], prefix: str) -> tuple[LabelledValue, ...]:
    # Empty lines are sent too: the service skips them, and the indexes stay those of the inputs.
    count = sum(1 for key in value if key.startswith(f"{prefix}["))
    return tuple(LabelledValue(value[f"{prefix}[{i}]"]) for i in range(count))


def _address(value: dict[str, str], prefix: str) -> AddressDraft | None:
    parts = {part: value[f"{prefix}.{part}"] for part, _label in ADDRESS_PARTS}
    return AddressDraft(**parts) if any(v.strip() for v in parts.values()) else None


def phone_text(e164: str, national: str, region: str | None) -> str:
    """National format when it reads back as the same number in the customer's region, else international."""
    try:
        if region and normalize_phone(national, region=region) == e164:
            return national
    except ValidationError:
        pass
    return international_format(e164)
