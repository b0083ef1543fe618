"""Duplicate customers: find likely pairs, compare two side by side, merge one into the other, undo.

**Finding** never compares every customer with every other. Same email and same phone are self-joins
on indexed columns in SQL. Similar names are compared only inside blocks of customers who share a
city and a name token (``"anna"`` + ``"rīga"``); blocks larger than :data:`MAX_BLOCK` (a very common
token) are skipped. Each pair gets a score (0–100) and its reasons.

**Merging** ``merge(survivor_id, duplicate_id, field_choices)`` moves onto the survivor, in one
transaction, the duplicate's interactions, attachments, quotes, opportunities, draft invoices,
delivery notes, expenses, contact persons, emails, phones, addresses, tags and custom values (a value
the survivor already has stays with the duplicate: the survivor has it anyway). ``field_choices`` maps a
field (:data:`MERGE_FIELDS`, ``billing_address``, ``shipping_address`` or ``custom:<key>``) to
``"duplicate"`` to take the duplicate's value instead of the survivor's. Issued invoices and credit
notes cannot change (the database freezes them): they stay on the duplicate, which is archived.

Every id moved and every value overwritten is kept as JSON in the settings table under
``merge:<token>``; :meth:`DuplicateService.unmerge` reads it and puts everything back as a whole.
Both are audited.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.domain.enums import Channel, CustomerKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services.audit import record
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    Address,
    Attachment,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldDefinition,
    CustomFieldValue,
    DeliveryNote,
    Expense,
    Interaction,
    Invoice,
    Opportunity,
    Quote,
    Setting,
    Tag,
    customer_tags,
)
from crmdesk.storage.types import utc_now

NAME_THRESHOLD = 85
"""rapidfuzz ``token_sort_ratio`` (0–100) from which two names count as similar."""
MAX_BLOCK = 400
SCORE_EMAIL = 50
SCORE_PHONE = 40
SETTING_PREFIX = "merge:"

MERGE_FIELDS: dict[str, str] = {
    "name": "Name",
    "kind": "Kind",
    "vat_id": "VAT ID",
    "registration_no": "Registration no.",
    "language": "Language",
    "currency": "Currency",
    "payment_terms_days": "Payment terms (days)",
    "channel": "Channel",
    "notes": "Notes",
}
"""Customer columns the owner chooses between when merging (field → label)."""

_ENUMS: dict[str, Any] = {"kind": CustomerKind, "channel": Channel}

_MOVED_TABLES: dict[str, Any] = {
    "interactions": Interaction,
    "attachments": Attachment,
    "quotes": Quote,
    "opportunities": Opportunity,
    "delivery_notes": DeliveryNote,
    "expenses": Expense,
    "contact_persons": ContactPerson,
}


@dataclass(frozen=True)
class DuplicateCandidate:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class FieldComparison:
    field: str
    label: str
    survivor: str
    duplicate: str

    @property
    def differs(self) -> bool:
        return self.survivor != self.duplicate


@dataclass(frozen=True)
class MergePreview:
    survivor_id: int
    duplicate_id: int
    fields: tuple[FieldComparison, ...]
    moves: Mapping[str, int]
    """What moves from the duplicate to the survivor (``interactions``: 3 …)."""
    stays: Mapping[str, int]
    """What cannot move (``issued_invoices``) and stays on the archived duplicate."""


@dataclass(frozen=True)
class MergeResult:
    token: str
    survivor_id: int
    duplicate_id: int
    moved: Mapping[str, int] = field(default_factory=dict)


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- finding ---------------------------------------------------------------------------------------

    def candidates(self, *, limit: int = 500) -> list[DuplicateCandidate]:
        """Likely duplicate pairs among active customers, best first."""
        with self._db.read_session() as session:
            reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
            scores: dict[tuple[int, int], int] = defaultdict(int)
            for pair in _same(session, CustomerEmail, CustomerEmail.email):
                reasons[pair].append("same email")
                scores[pair] += SCORE_EMAIL
            for pair in _same(session, CustomerPhone, CustomerPhone.e164):
                reasons[pair].append("same phone")
                scores[pair] += SCORE_PHONE
            names: dict[int, str] = {}
            cities: dict[int, str] = {}
            for customer_id, name, city in session.execute(
                select(Customer.id, Customer.name, func.lower(func.trim(Address.city)))
                .outerjoin(Address, Address.customer_id == Customer.id)
                .where(Customer.archived_at.is_(None), Customer.erased_at.is_(None))
            ):
                names[customer_id] = name
                if city:
                    cities.setdefault(customer_id, city)
            for pair, ratio in _similar_names(names, cities):
                reasons[pair].append(f"similar name ({ratio} %) in the same city")
                scores[pair] += ratio // 2
            for pair in list(reasons):
                a, b = pair
                if a not in names or b not in names:  # archived or erased
                    del reasons[pair]
                    continue
                if not any(r.startswith("similar name") for r in reasons[pair]):
                    ratio = _ratio(names[a], names[b])
                    if ratio >= NAME_THRESHOLD:
                        reasons[pair].append(f"similar name ({ratio} %)")
                        scores[pair] += ratio // 4
            ranked = sorted(reasons, key=lambda p: (-scores[p], p))[:limit]
            return [
                DuplicateCandidate(a, b, names[a], names[b], min(100, scores[(a, b)]), tuple(reasons[(a, b)]))
                for a, b in ranked
            ]

    # --- comparing -------------------------------------------------------------------------------------

    def preview(self, survivor_id: int, duplicate_id: int) -> MergePreview:
        """The two customers' fields side by side and what a merge would move."""
        _check_pair(survivor_id, duplicate_id)
        with self._db.read_session() as session:
            survivor = _customer(session, survivor_id)
            duplicate = _customer(session, duplicate_id)
            fields = [
                FieldComparison(name, label, _text(getattr(survivor, name)), _text(getattr(duplicate, name)))
                for name, label in MERGE_FIELDS.items()
            ]
            for kind in ("billing", "shipping"):
                fields.append(
                    FieldComparison(
                        f"{kind}_address",
                        f"{kind.capitalize()} address",
                        _address_text(session, survivor_id, kind),
                        _address_text(session, duplicate_id, kind),
                    )
                )
            values = _custom_values(session, survivor_id), _custom_values(session, duplicate_id)
            labels = {
                key: label
                for key, label in session.execute(
                    select(CustomFieldDefinition.key, CustomFieldDefinition.label)
                )
            }
            for key in sorted(set(values[0]) | set(values[1])):
                fields.append(
                    FieldComparison(
                        f"custom:{key}", labels.get(key, key), values[0].get(key, ""), values[1].get(key, "")
                    )
                )
            moves = {name: _count(session, table, duplicate_id) for name, table in _MOVED_TABLES.items()}
            moves["draft_invoices"] = _invoice_count(session, duplicate_id, InvoiceStatus.DRAFT)
            moves["emails"] = len(
                _movable_values(session, CustomerEmail, CustomerEmail.email, survivor_id, duplicate_id)
            )
            moves["phones"] = len(
                _movable_values(session, CustomerPhone, CustomerPhone.e164, survivor_id, duplicate_id)
            )
            moves["tags"] = len(_new_tags(session, survivor_id, duplicate_id))
            stays = {"issued_invoices": _invoice_count(session, duplicate_id, InvoiceStatus.ISSUED)}
            return MergePreview(survivor_id, duplicate_id, tuple(fields), moves, stays)

    # --- merging ---------------------------------------------------------------------------------------

    def merge(
        self, survivor_id: int, duplicate_id: int, field_choices: Mapping[str, str] | None = None
    ) -> MergeResult:
        """Merge ``duplicate_id`` into ``survivor_id`` (see the module's doc); returns the undo token."""
        _check_pair(survivor_id, duplicate_id)
        choices = dict(field_choices or {})
        for key, side in choices.items():
            if side not in ("survivor", "duplicate"):
                raise ValidationError(f"choice for {key} must be 'survivor' or 'duplicate'", field=key)
            if not (
                key in MERGE_FIELDS
                or key in ("billing_address", "shipping_address")
                or key.startswith("custom:")
            ):
                raise ValidationError(f"unknown field to choose: {key}", field=key)
        token = uuid.uuid4().hex
        undo: dict[str, Any] = {"survivor_id": survivor_id, "duplicate_id": duplicate_id, "moved": {}}
        moved_counts: dict[str, int] = {}
        with self._db.write() as session:
            survivor = _customer(session, survivor_id)
            duplicate = _customer(session, duplicate_id)
            if survivor.erased_at is not None or duplicate.erased_at is not None:
                raise ConflictError("an erased customer cannot be merged")
            # Scalar fields the owner took from the duplicate.
            old_fields: dict[str, Any] = {}
            old_sort_name = survivor.sort_name
            for name in MERGE_FIELDS:
                if choices.get(name) == "duplicate" and getattr(survivor, name) != getattr(duplicate, name):
                    old_fields[name] = _jsonable(getattr(survivor, name))
                    setattr(survivor, name, getattr(duplicate, name))
            if "name" in old_fields:
                survivor.sort_name = duplicate.sort_name
                old_fields["sort_name"] = old_sort_name
            undo["fields"] = old_fields
            moved = undo["moved"]
            for name, table in _MOVED_TABLES.items():
                moved[name] = _move(session, table, table.customer_id == duplicate_id, survivor_id)
            draft = (Invoice.customer_id == duplicate_id) & (Invoice.status == InvoiceStatus.DRAFT)
            moved["draft_invoices"] = _move(session, Invoice, draft, survivor_id)
            moved["emails"] = _move_values(
                session, CustomerEmail, CustomerEmail.email, survivor_id, duplicate_id
            )
            moved["phones"] = _move_values(
                session, CustomerPhone, CustomerPhone.e164, survivor_id, duplicate_id
            )
            moved["addresses"], undo["swapped_addresses"] = _move_addresses(
                session, survivor_id, duplicate_id, choices
            )
            tags = _new_tags(session, survivor_id, duplicate_id)
            if tags:
                session.execute(
                    insert(customer_tags), [{"customer_id": survivor_id, "tag_id": t} for t in tags]
                )
            undo["added_tags"] = tags
            undo["custom"] = _move_custom_values(session, survivor_id, duplicate_id, choices)
            undo["duplicate_archived_at"] = _jsonable(duplicate.archived_at)
            if duplicate.archived_at is None:
                duplicate.archived_at = utc_now()
            moved_counts = {name: len(ids) for name, ids in moved.items()}
            moved_counts["tags"] = len(tags)
            moved_counts["custom_values"] = len(undo["custom"]["moved"])
            session.add(Setting(key=SETTING_PREFIX + token, value=json.dumps(undo)))
            session.flush()
            record(
                session,
                action="customer_merge",
                entity_type="customer",
                entity_id=survivor_id,
                details={"duplicate_id": duplicate_id, "token": token, "moved": moved_counts},
            )
        return MergeResult(token, survivor_id, duplicate_id, moved_counts)

    def unmerge(self, token: str) -> MergeResult:
        """Undo a merge as a whole: the duplicate comes back with every row it had."""
        with self._db.write() as session:
            setting = session.get(Setting, SETTING_PREFIX + token)
            if setting is None:
                raise NotFoundError("that merge is unknown or was already undone")
            undo = json.loads(setting.value)
            survivor_id, duplicate_id = int(undo["survivor_id"]), int(undo["duplicate_id"])
            survivor = _customer(session, survivor_id)
            duplicate = _customer(session, duplicate_id)
            moved: dict[str, list[int]] = undo["moved"]
            for name, table in _MOVED_TABLES.items():
                _back(session, table, moved.get(name, []), duplicate_id)
            _back(session, Invoice, moved.get("draft_invoices", []), duplicate_id)
            _back(session, CustomerEmail, moved.get("emails", []), duplicate_id)
            _back(session, CustomerPhone, moved.get("phones", []), duplicate_id)
            _back(session, Address, moved.get("addresses", []), duplicate_id)
            for own_id, other_id in undo.get("swapped_addresses", []):
                own, other = session.get(Address, own_id), session.get(Address, other_id)
                if own is not None and other is not None:
                    _swap_address(own, other)
            if undo.get("added_tags"):
                session.execute(
                    delete(customer_tags).where(
                        customer_tags.c.customer_id == survivor_id,
                        customer_tags.c.tag_id.in_(undo["added_tags"]),
                    )
                )
            custom = undo.get("custom", {})
            for field_id in custom.get("moved", []):
                session.execute(
                    update(CustomFieldValue)
                    .where(CustomFieldValue.customer_id == survivor_id, CustomFieldValue.field_id == field_id)
                    .values(customer_id=duplicate_id)
                )
            for field_id, value in custom.get("overwritten", {}).items():
                session.execute(
                    update(CustomFieldValue)
                    .where(
                        CustomFieldValue.customer_id == survivor_id,
                        CustomFieldValue.field_id == int(field_id),
                    )
                    .values(value=value)
                )
            for name, value in undo.get("fields", {}).items():
                setattr(
                    survivor, name, _ENUMS[name](value) if name in _ENUMS and value is not None else value
                )
            duplicate.archived_at = _parse_instant(undo.get("duplicate_archived_at"))
            session.delete(setting)
            session.flush()
            record(
                session,
                action="customer_unmerge",
                entity_type="customer",
                entity_id=survivor_id,
                details={"duplicate_id": duplicate_id, "token": token},
            )
        return MergeResult(token, survivor_id, duplicate_id, {k: len(v) for k, v in moved.items()})


# --- helpers -------------------------------------------------------------------------------------------


def _check_pair(survivor_id: int, duplicate_id: int) -> None:
    if survivor_id == duplicate_id:
        raise ValidationError("a customer cannot be merged with itself", field="duplicate_id")


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(f"customer {customer_id} not found")
    return customer


def _same(session: Session, table: Any, column: Any) -> Iterable[tuple[int, int]]:
    other = select(table.customer_id.label("cid"), column.label("value")).subquery()
    rows = session.execute(
        select(table.customer_id, other.c.cid)
        .join(other, (other.c.value == column) & (other.c.cid > table.customer_id))
        .distinct()
    )
    return [(int(a), int(b)) for a, b in rows]


def _fold(name: str) -> str:
    """Case and diacritics folded ("Bērziņa" → "berzina"): the same name typed without ā, ē, ņ."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return (
        "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace(",", " ").replace(".", " ")
    )


def _ratio(a: str, b: str) -> int:
    return int(fuzz.token_sort_ratio(_fold(a), _fold(b)))


def _tokens(name: str) -> set[str]:
    return {t for t in _fold(name).split() if len(t) >= 3}


def _similar_names(
    names: Mapping[int, str], cities: Mapping[int, str]
) -> Iterable[tuple[tuple[int, int], int]]:
    """Pairs with similar names inside each (city, name token) block; each block is scored in C++."""
    folded = {customer_id: _fold(names[customer_id]) for customer_id in cities}
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for customer_id, city in cities.items():
        for token in {t for t in folded[customer_id].split() if len(t) >= 3}:
            blocks[(city, token)].append(customer_id)
    found: dict[tuple[int, int], int] = {}
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members.sort()
        texts = [folded[m] for m in members]
        for i, a in enumerate(members[:-1]):
            matches = process.extract(
                texts[i],
                texts[i + 1 :],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=NAME_THRESHOLD,
                limit=None,
            )
            for _text, score, index in matches:
                found[(a, members[i + 1 + index])] = int(score)
    return found.items()


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, int | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _parse_instant(text: str | None) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text) if text else None


def _address_text(session: Session, customer_id: int, kind: str) -> str:
    address = session.scalars(
        select(Address).where(Address.customer_id == customer_id, Address.kind == kind)
    ).first()
    if address is None:
        return ""
    parts = (address.line1, address.line2, address.postal_code, address.city, address.region, address.country)
    return ", ".join(p for p in parts if p)


def _custom_values(session: Session, customer_id: int) -> dict[str, str]:
    rows = session.execute(
        select(CustomFieldDefinition.key, CustomFieldValue.value)
        .join(CustomFieldDefinition, CustomFieldDefinition.id == CustomFieldValue.field_id)
        .where(CustomFieldValue.customer_id == customer_id)
    )
    return {key: value for key, value in rows}


def _count(session: Session, table: Any, customer_id: int) -> int:
    return int(
        session.scalar(select(func.count()).select_from(table).where(table.customer_id == customer_id)) or 0
    )


def _invoice_count(session: Session, customer_id: int, status: InvoiceStatus) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Invoice)
            .where(Invoice.customer_id == customer_id, Invoice.status == status)
        )
        or 0
    )


def _move(session: Session, table: Any, where: Any, survivor_id: int) -> list[int]:
    ids = [int(i) for i in session.scalars(select(table.id).where(where))]
    if ids:
        session.execute(update(table).where(table.id.in_(ids)).values(customer_id=survivor_id))
    return ids


def _back(session: Session, table: Any, ids: Sequence[int], duplicate_id: int) -> None:
    if ids:
        session.execute(update(table).where(table.id.in_(ids)).values(customer_id=duplicate_id))


def _movable_values(
    session: Session, table: Any, column: Any, survivor_id: int, duplicate_id: int
) -> list[int]:
    held = select(column).where(table.customer_id == survivor_id)
    return [
        int(i)
        for i in session.scalars(
            select(table.id)
            .where(table.customer_id == duplicate_id, column.not_in(held))
            .order_by(table.position)
        )
    ]


def _move_values(session: Session, table: Any, column: Any, survivor_id: int, duplicate_id: int) -> list[int]:
    ids = _movable_values(session, table, column, survivor_id, duplicate_id)
    start = (
        int(session.scalar(select(func.max(table.position)).where(table.customer_id == survivor_id)) or 0) + 1
    )
    for offset, row_id in enumerate(ids):
        # The survivor's primary stays primary; the duplicate's follow (their position is not restored).
        session.execute(
            update(table).where(table.id == row_id).values(customer_id=survivor_id, position=start + offset)
        )
    return ids


def _move_addresses(
    session: Session, survivor_id: int, duplicate_id: int, choices: Mapping[str, str]
) -> tuple[list[int], list[list[int]]]:
    moved: list[int] = []
    swapped: list[list[int]] = []
    for address in list(session.scalars(select(Address).where(Address.customer_id == duplicate_id))):
        kind = str(getattr(address.kind, "value", address.kind))
        own = session.scalars(
            select(Address).where(Address.customer_id == survivor_id, Address.kind == address.kind)
        ).first()
        if own is None:
            moved.append(address.id)
            address.customer_id = survivor_id
        elif choices.get(f"{kind}_address") == "duplicate":
            # The owner took the duplicate's address: the two rows swap their contents (unmerge swaps back).
            _swap_address(own, address)
            swapped.append([own.id, address.id])
    session.flush()
    return moved, swapped


_ADDRESS_FIELDS = ("line1", "line2", "postal_code", "city", "region", "country")


def _swap_address(a: Address, b: Address) -> None:
    for name in _ADDRESS_FIELDS:
        first, second = getattr(a, name), getattr(b, name)
        setattr(a, name, second)
        setattr(b, name, first)


def _new_tags(session: Session, survivor_id: int, duplicate_id: int) -> list[int]:
    held = select(customer_tags.c.tag_id).where(customer_tags.c.customer_id == survivor_id)
    return [
        int(t)
        for t in session.scalars(
            select(customer_tags.c.tag_id)
            .join(Tag, Tag.id == customer_tags.c.tag_id)
            .where(customer_tags.c.customer_id == duplicate_id, customer_tags.c.tag_id.not_in(held))
        )
    ]


def _move_custom_values(
    session: Session, survivor_id: int, duplicate_id: int, choices: Mapping[str, str]
) -> dict[str, Any]:
    keys = {
        fid: key for fid, key in session.execute(select(CustomFieldDefinition.id, CustomFieldDefinition.key))
    }
    mine = {
        fid: value
        for fid, value in session.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                CustomFieldValue.customer_id == survivor_id
            )
        )
    }
    moved: list[int] = []
    overwritten: dict[str, str] = {}
    for fid, value in list(
        session.execute(
            select(CustomFieldValue.field_id, CustomFieldValue.value).where(
                CustomFieldValue.customer_id == duplicate_id
            )
        )
    ):
        where = (CustomFieldValue.customer_id == survivor_id) & (CustomFieldValue.field_id == fid)
        if fid not in mine:
            session.execute(
                update(CustomFieldValue)
                .where(CustomFieldValue.customer_id == duplicate_id, CustomFieldValue.field_id == fid)
                .values(customer_id=survivor_id)
            )
            moved.append(fid)
        elif choices.get(f"custom:{keys.get(fid, '')}") == "duplicate" and mine[fid] != value:
            overwritten[str(fid)] = mine[fid]
            session.execute(update(CustomFieldValue).where(where).values(value=value))
    return {"moved": moved, "overwritten": overwritten}
