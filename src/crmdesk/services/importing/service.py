"""Importing customers: preview (what would happen), run (one transaction after a verified backup), undo.

Each row becomes a :class:`CustomerDraft` checked by the customer editor's own rules
(:func:`check_customer`: names, E.164 phones, email addresses, countries, custom fields); a row that
breaks a rule is reported (row, column, reason) and left out. Valid rows are written in one
transaction: new customers through the bulk path (:class:`BulkWriter`, the search index follows in the
same commit), merges through the editor's own save. The batch is recorded in ``import_batches`` and
the audit log, and can be undone as a whole while its customers are untouched.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import AddressKind, Channel, CustomerKind
from crmdesk.domain.errors import ConflictError, DatabaseError, NotFoundError, ValidationError
from crmdesk.services.audit import record
from crmdesk.services.backups import BackupService, verify_backup
from crmdesk.services.customer_editor import _apply, _details, _load, _owner_country, _rules
from crmdesk.services.customer_forms import (
    AddressDraft,
    CleanCustomer,
    ContactPersonDraft,
    CustomerDetails,
    CustomerDraft,
    CustomFieldRule,
    LabelledValue,
    check_customer,
)
from crmdesk.services.importing.mapping import (
    FIELDS,
    check_mapping,
    country_code,
    language_code,
    propose_mapping,
)
from crmdesk.services.importing.sources import SourceTable, read_source
from crmdesk.storage.bulk import BulkWriter
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    Address,
    Base,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldValue,
    ImportBatch,
    Setting,
    Tag,
)
from crmdesk.storage.models.customers import customer_tags
from crmdesk.storage.types import utc_now

Progress = Callable[[int, int], None]
ON_DUPLICATE = ("skip", "merge", "create")
PREVIEW_ROWS = 20
NAME_SIMILARITY = 90
"""rapidfuzz token-sort ratio (0–100) from which two names in the same city count as one customer."""
SETTING_PREFIX = "import.mapping."
_KIND_WORDS = {
    "company": CustomerKind.COMPANY,
    "business": CustomerKind.COMPANY,
    "organization": CustomerKind.COMPANY,
    "uzņēmums": CustomerKind.COMPANY,
    "empresa": CustomerKind.COMPANY,
    "компания": CustomerKind.COMPANY,
    "företag": CustomerKind.COMPANY,
    "شرکت": CustomerKind.COMPANY,
    "person": CustomerKind.PERSON,
    "private": CustomerKind.PERSON,
    "persona": CustomerKind.PERSON,
    "privātpersona": CustomerKind.PERSON,
    "частное лицо": CustomerKind.PERSON,
    "privatperson": CustomerKind.PERSON,
    "شخص": CustomerKind.PERSON,
}
_FORMULA_ESCAPE = re.compile(r"^'(?='*[=+\-@\t\r])")
"""A spreadsheet export's guard against formulas (``'=SUM…``): the quote is taken off again."""


@dataclass(frozen=True)
class RowIssue:
    """Why a row is left out: the row number the owner sees, the column, the reason."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class DuplicateCandidate:
    """A row that looks like a customer already in the file (or an earlier row of the same import)."""

    row: int
    reason: str
    """``same email …``, ``same phone …``, ``similar name in …``."""
    customer_id: int | None = None
    customer_name: str = ""
    earlier_row: int | None = None
    """Set when the match is an earlier row of the same file rather than a stored customer."""


@dataclass(frozen=True)
class ImportPreview:
    source_name: str
    format: str
    encoding: str
    delimiter: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    """The first rows as read (for the mapping table)."""
    row_numbers: tuple[int, ...]
    total_rows: int
    mapping: dict[str, str]
    issues: tuple[RowIssue, ...]
    duplicates: tuple[DuplicateCandidate, ...]
    valid_rows: int
    notes: tuple[str, ...] = ()
    targets: tuple[tuple[str, str], ...] = ()
    """Every field a column can be mapped to, (key, label): the built-in ones, then ``custom.KEY`` fields."""

    @property
    def invalid_rows(self) -> int:
        return len({issue.row for issue in self.issues})


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    """``None`` for a dry run or when nothing was written."""
    created: int
    merged: int
    skipped: int
    invalid: int
    report: tuple[RowIssue, ...]
    duplicates: tuple[DuplicateCandidate, ...] = ()
    dry_run: bool = False
    backup: Path | None = None


@dataclass
class _Row:
    number: int
    draft: CustomerDraft
    clean: CleanCustomer
    city: str
    duplicate: DuplicateCandidate | None = None


@dataclass
class _Sources:
    """Which column each draft field came from, to name the column in a report."""

    fields: dict[str, str] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)

    def column_for(self, name: str | None) -> str:
        name = name or ""
        index = re.search(r"\[(\d+)\]", name)
        if name.startswith("emails") and index and int(index.group(1)) < len(self.emails):
            return self.emails[int(index.group(1))]
        if name.startswith("phones") and index and int(index.group(1)) < len(self.phones):
            return self.phones[int(index.group(1))]
        key = name.split(".")[-1] if name.startswith(("billing_address", "custom_fields")) else name
        if name.startswith("custom_fields"):
            key = f"custom.{key}"
        return self.fields.get(key, self.fields.get("name", "") if key == "name" else "")


class ImportService:
    """``preview`` a file, ``run`` the import, ``undo`` it; named column mappings in the settings."""

    def __init__(self, db: Database, *, backups: BackupService | None = None) -> None:
        self._db = db
        self._backups = backups or BackupService(db)

    # --- reading ---------------------------------------------------------------------------

    def preview(self, path: Path, *, mapping: Mapping[str, str] | None = None) -> ImportPreview:
        """What importing ``path`` would do: format, encoding, mapping, per-row issues, duplicates."""
        table = read_source(Path(path))
        with self._db.read_session() as session:
            used, rows, issues = self._analyse(session, table, mapping, None)
            customs = tuple((f"custom.{r.key}", r.label) for r in _rules(session).values())
        return ImportPreview(
            source_name=Path(path).name,
            format=table.format,
            encoding=table.encoding,
            delimiter=table.delimiter,
            header_row=table.header_row,
            headers=table.headers,
            rows=tuple(tuple(r) for r in table.rows[:PREVIEW_ROWS]),
            row_numbers=tuple(table.row_numbers[:PREVIEW_ROWS]),
            total_rows=len(table.rows) + len(table.bad_rows),
            mapping=used,
            issues=tuple(issues),
            duplicates=tuple(r.duplicate for r in rows if r.duplicate is not None),
            valid_rows=len(rows),
            notes=table.notes,
            targets=tuple(FIELDS.items()) + customs,
        )

    def custom_field_keys(self) -> tuple[str, ...]:
        with self._db.read_session() as session:
            return tuple(_rules(session))

    # --- writing ---------------------------------------------------------------------------

    def run(
        self,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        on_duplicate: str = "skip",
        dry_run: bool = False,
        progress: Progress | None = None,
        backup: bool = True,
    ) -> ImportResult:
        """Import the valid rows of ``path`` in one transaction (after a verified backup unless ``dry_run``).

        ``on_duplicate``: ``skip`` leaves rows that match a customer out, ``merge`` fills the customer's
        empty fields and adds new emails, phones and tags to it, ``create`` adds them as new customers.
        """
        if on_duplicate not in ON_DUPLICATE:
            raise ValidationError(
                f"on_duplicate must be one of {', '.join(ON_DUPLICATE)}, not {on_duplicate!r}"
            )
        path = Path(path)
        table = read_source(path)
        total = len(table.rows)
        report = progress or (lambda _done, _total: None)
        if dry_run:
            with self._db.read_session() as session:
                _used, rows, issues = self._analyse(session, table, mapping, report)
                created, merged, in_file, skipped = _plan(rows, on_duplicate)
            return ImportResult(
                None,
                len(created),
                len(merged) + in_file,
                skipped,
                len({i.row for i in issues}),
                tuple(issues),
                tuple(r.duplicate for r in rows if r.duplicate),
                dry_run=True,
            )
        # The rows are checked before the write lock is taken (checking is most of the time); the
        # duplicates are found again inside the transaction, against what is stored at that moment.
        with self._db.read_session() as session:
            used, rows, issues = self._analyse(session, table, mapping, report)
        backup_path: Path | None = None
        if backup and rows:
            info = self._backups.backup_now(reason="import")
            check = verify_backup(info.path)
            if not check.ok:
                raise DatabaseError(
                    f"the backup before the import did not verify ({'; '.join(check.problems)}): nothing was imported"
                )
            backup_path = info.path
        with self._db.write() as session:
            index = _DuplicateIndex(session)
            for row in rows:
                row.duplicate = index.match(row)
                index.add(row)
            created, merged, in_file, skipped = _plan(rows, on_duplicate)
            invalid = len({i.row for i in issues})
            if not created and not merged:
                batch_id = None
            else:
                now = utc_now()
                batch = ImportBatch(
                    source_name=path.name[:255], kind="customers", imported_at=now, row_count=0
                )
                session.add(batch)
                session.flush()
                batch_id = batch.id
                _insert_customers(
                    session, [r.clean for r in created], batch_id, now, lambda n: report(total + n, 2 * total)
                )
                merged_ids = _merge_existing(session, merged)
                batch.row_count = len(created)
                record(
                    session,
                    action="import",
                    entity_type="import_batch",
                    entity_id=batch_id,
                    details={
                        "file": path.name,
                        "format": table.format,
                        "created": len(created),
                        "merged": len(merged_ids),
                        "merged_customers": merged_ids[:1000],
                        "skipped": skipped,
                        "invalid": invalid,
                        "mapping": used,
                        "backup": backup_path.name if backup_path else None,
                    },
                )
            report(2 * total, 2 * total)
        return ImportResult(
            batch_id,
            len(created),
            len(merged) + in_file,
            skipped,
            invalid,
            tuple(issues),
            tuple(r.duplicate for r in rows if r.duplicate),
            backup=backup_path,
        )

    def undo(self, batch_id: int) -> int:
        """Delete the customers an import created; refused once any of them was edited or used since.

        Returns how many customers were removed. Merges into existing customers are not reverted
        (the backup taken before the import has the state before them).
        """
        with self._db.write() as session:
            batch = session.get(ImportBatch, batch_id)
            if batch is None:
                raise NotFoundError(f"import {batch_id} does not exist")
            if batch.undone_at is not None:
                raise ConflictError(f"import {batch_id} ({batch.source_name}) was already undone")
            ids = select(Customer.id).where(Customer.import_batch_id == batch_id)
            edited = session.scalar(
                select(func.count()).where(
                    Customer.import_batch_id == batch_id, Customer.updated_at > Customer.created_at
                )
            )
            if edited:
                raise ConflictError(
                    f"import {batch_id} cannot be undone: {edited} of its customers were edited since"
                    " (delete them one by one, or restore the backup taken before the import)"
                )
            for table_name, column in _customer_references():
                used = session.scalar(select(exists().where(column.in_(ids))))
                if used:
                    raise ConflictError(
                        f"import {batch_id} cannot be undone: its customers have {table_name.replace('_', ' ')}"
                        " recorded since (restore the backup taken before the import instead)"
                    )
            removed = session.scalar(select(func.count()).where(Customer.import_batch_id == batch_id)) or 0
            session.execute(delete(Customer).where(Customer.import_batch_id == batch_id))
            batch.undone_at = utc_now()
            record(
                session,
                action="import.undo",
                entity_type="import_batch",
                entity_id=batch_id,
                details={"file": batch.source_name, "removed": int(removed)},
            )
            return int(removed)

    def batches(self) -> list[tuple[int, str, datetime, int, datetime | None]]:
        """(id, file, imported at, customers created, undone at), newest first."""
        with self._db.read_session() as session:
            return [
                (b.id, b.source_name, b.imported_at, b.row_count, b.undone_at)
                for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
            ]

    # --- saved mappings ----------------------------------------------------------------------

    def save_mapping(self, name: str, mapping: Mapping[str, str]) -> None:
        """Keep ``mapping`` under ``name`` (in the database's settings) for the next file of that layout."""
        name = " ".join(name.split())
        if not name or len(name) > 60:
            raise ValidationError("A mapping needs a name of 1 to 60 characters.", field="name")
        for target in mapping.values():
            if target and target not in FIELDS and not target.startswith("custom."):
                raise ValidationError(f"{target!r} is not a field to import into", field="mapping")
        with self._db.write() as session:
            session.merge(
                Setting(key=SETTING_PREFIX + name, value=json.dumps(dict(mapping), ensure_ascii=False))
            )

    def load_mapping(self, name: str) -> dict[str, str]:
        with self._db.read_session() as session:
            stored = session.get(Setting, SETTING_PREFIX + " ".join(name.split()))
        if stored is None:
            raise NotFoundError(f"there is no saved mapping called {name!r}")
        loaded = json.loads(stored.value)
        return {str(k): str(v) for k, v in loaded.items()}

    def mapping_names(self) -> list[str]:
        with self._db.read_session() as session:
            keys = session.scalars(select(Setting.key).where(Setting.key.startswith(SETTING_PREFIX)))
            return sorted((k[len(SETTING_PREFIX) :] for k in keys), key=str.casefold)

    # --- internals -----------------------------------------------------------------------------

    def _analyse(
        self,
        session: Session,
        table: SourceTable,
        mapping: Mapping[str, str] | None,
        progress: Progress | None,
    ) -> tuple[dict[str, str], list[_Row], list[RowIssue]]:
        rules = _rules(session)
        owner_country = _owner_country(session)
        used = propose_mapping(table.headers, rules)
        if mapping is not None:
            problems = check_mapping(mapping, table.headers, rules)
            if problems:
                raise ValidationError("the mapping does not fit this file: " + "; ".join(problems))
            used = {h: mapping.get(h, "") for h in table.headers}
        if not any(
            t in ("name", "first_name", "last_name", "company", "email", "phone") for t in used.values()
        ):
            raise ValidationError(
                "no column of this file is mapped to a name, company, email or phone: map the columns first"
            )
        issues = [RowIssue(n, "", reason) for n, reason in table.bad_rows]
        rows: list[_Row] = []
        index = _DuplicateIndex(session)
        total = len(table.rows)
        for position, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
            if progress is not None and position % 500 == 0:
                progress(position, 2 * total)
            values = dict(zip(table.headers, cells, strict=True))
            if not any(values.values()):
                continue
            draft, sources, problem = _draft(values, used)
            if problem is not None:
                issues.append(RowIssue(number, *problem))
                continue
            clean, issue = _check(draft, sources, rules, owner_country, number)
            if issue is not None:
                issues.append(issue)
                continue
            assert clean is not None
            city = clean.billing_address.city if clean.billing_address else ""
            row = _Row(number, clean.draft, clean, city)
            row.duplicate = index.match(row)
            index.add(row)
            rows.append(row)
        issues.sort(key=lambda i: i.row)
        return used, rows, issues


def _draft(
    values: Mapping[str, str], mapping: Mapping[str, str]
) -> tuple[CustomerDraft, _Sources, tuple[str, str] | None]:
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[str, str]]] = {"email": [], "phone": [], "tags": [], "notes": []}
    sources = _Sources()
    customs: dict[str, str] = {}
    for header, target in mapping.items():
        if not target:
            continue
        raw = values.get(header, "")
        value = _FORMULA_ESCAPE.sub("", raw if target == "notes" else raw.strip())
        if not value.strip():
            continue
        if target in multi:
            multi[target].append((header, value))
        elif target.startswith("custom."):
            customs[target[7:]] = value
            sources.fields.setdefault(target, header)
        elif target not in single:
            single[target] = value
            sources.fields[target] = header
    emails: list[LabelledValue] = []
    for header, cell in multi["email"]:
        for part in re.split(r":::|[;,\s]+", cell):
            part = part.strip()
            if part and part.casefold() not in {e.value.casefold() for e in emails}:
                emails.append(LabelledValue(part))
                sources.emails.append(header)
    phones: list[LabelledValue] = []
    for header, cell in multi["phone"]:
        for part in re.split(r":::|[;\n]+", cell):
            part = part.strip()
            if part and part not in {p.value for p in phones}:
                phones.append(LabelledValue(part))
                sources.phones.append(header)
    tags: list[str] = []
    for _header, cell in multi["tags"]:
        for part in re.split(r":::|[;\n]+" if ";" in cell or ":::" in cell else r"[,\n]+", cell):
            part = part.strip().lstrip("*").strip()
            if part and part.casefold() not in ("mycontacts", "starred"):
                tags.append(part)
    person = " ".join(p for p in (single.get("first_name", ""), single.get("last_name", "")) if p)
    company = single.get("company", "")
    name = (
        single.get("name")
        or person
        or company
        or (emails[0].value if emails else "")
        or (phones[0].value if phones else "")
    )
    if not single.get("name"):
        sources.fields["name"] = (
            sources.fields.get("first_name")
            or sources.fields.get("last_name")
            or sources.fields.get("company", "")
        )
    kind_text = single.get("kind", "").casefold()
    if kind_text:
        kind = _KIND_WORDS.get(kind_text)
        if kind is None:
            kind = next((k for k in CustomerKind if k.value == kind_text), None)
        if kind is None:
            draft = CustomerDraft(name=name or "?")
            return draft, sources, (sources.fields["kind"], f"{single['kind']!r} is not person or company")
    else:
        # Only a company, or a vCard whose ORG is its name (how companies are exported): a company.
        only_company = company and (not (single.get("name") or person) or company == single.get("name"))
        kind = CustomerKind.COMPANY if only_company else CustomerKind.PERSON
    channel = None
    if single.get("channel"):
        channel = next((c for c in Channel if c.value == single["channel"].casefold()), None)
        if channel is None:
            allowed = ", ".join(c.value for c in Channel)
            return (
                CustomerDraft(name=name or "?"),
                sources,
                (sources.fields["channel"], f"the channel must be one of {allowed}"),
            )
    terms = 14
    if single.get("payment_terms_days"):
        try:
            terms = int(single["payment_terms_days"])
        except ValueError:
            draft = CustomerDraft(name=name or "?")
            return (
                draft,
                sources,
                (sources.fields["payment_terms_days"], "payment terms must be a whole number of days"),
            )
    address = AddressDraft(
        line1=single.get("line1", ""),
        line2=single.get("line2", ""),
        postal_code=single.get("postal_code", ""),
        city=single.get("city", ""),
        region=single.get("region", ""),
        country=country_code(single.get("country", "")),
    )
    notes = "\n".join(v for _h, v in multi["notes"])
    if company and kind is CustomerKind.PERSON and company != name:
        notes = f"{notes}\nCompany: {company}".strip()
    draft = CustomerDraft(
        name=name,
        kind=kind,
        vat_id=single.get("vat_id", ""),
        registration_no=single.get("registration_no", ""),
        language=language_code(single.get("language", "")) or "en",
        currency=single.get("currency", "EUR").upper(),
        payment_terms_days=terms,
        channel=channel,
        notes=notes,
        emails=tuple(emails),
        phones=tuple(phones),
        billing_address=None if address == AddressDraft() else address,
        tags=tuple(tags),
        custom_fields=customs,
    )
    return draft, sources, None


def _check(
    draft: CustomerDraft,
    sources: _Sources,
    rules: Mapping[str, CustomFieldRule],
    owner_country: str | None,
    number: int,
) -> tuple[CleanCustomer | None, RowIssue | None]:
    """The editor's checks; a phone that repeats another of the same row in E.164 is dropped, not reported."""
    for _attempt in range(10):
        try:
            return check_customer(draft, rules=rules, owner_country=owner_country), None
        except ValidationError as exc:
            name = exc.field or ""
            if name.startswith("phones[") and "already in the list" in str(exc):
                position = int(name[7:-1])
                draft = replace(draft, phones=draft.phones[:position] + draft.phones[position + 1 :])
                sources.phones = sources.phones[:position] + sources.phones[position + 1 :]
                continue
            return None, RowIssue(number, sources.column_for(name) or name, str(exc))
    return None, RowIssue(number, "", "too many repeated phone numbers")


class _DuplicateIndex:
    """Emails, phones and (city, name) of the stored customers and of the rows read so far."""

    def __init__(self, session: Session) -> None:
        self.emails: dict[str, tuple[int | None, int | None, str]] = {}
        self.phones: dict[str, tuple[int | None, int | None, str]] = {}
        self.cities: dict[tuple[str, str], tuple[list[str], list[tuple[int | None, int | None, str]]]] = {}
        live = Customer.erased_at.is_(None)
        names = dict(session.execute(select(Customer.id, Customer.name).where(live)).all())
        for email, customer_id in session.execute(select(CustomerEmail.email, CustomerEmail.customer_id)):
            if customer_id in names:
                self.emails.setdefault(email.casefold(), (customer_id, None, names[customer_id]))
        for e164, customer_id in session.execute(select(CustomerPhone.e164, CustomerPhone.customer_id)):
            if customer_id in names:
                self.phones.setdefault(e164, (customer_id, None, names[customer_id]))
        for city, customer_id in session.execute(
            select(Address.city, Address.customer_id).where(
                Address.city != "", Address.kind == AddressKind.BILLING
            )
        ):
            if customer_id in names:
                self._add_name(city, names[customer_id], (customer_id, None, names[customer_id]))

    def _add_name(self, city: str, name: str, entry: tuple[int | None, int | None, str]) -> None:
        processed = utils.default_process(name)
        keys, entries = self.cities.setdefault(_block(city, processed), ([], []))
        keys.append(processed)
        entries.append(entry)

    def match(self, row: _Row) -> DuplicateCandidate | None:
        for email in row.clean.emails:
            found = self.emails.get(email.value.casefold())
            if found:
                return _candidate(row.number, f"same email {email.value}", found)
        for phone in row.clean.phones:
            found = self.phones.get(phone.value)
            if found:
                return _candidate(row.number, f"same phone {phone.value}", found)
        if row.city:
            processed = utils.default_process(row.clean.name)
            keys, entries = self.cities.get(_block(row.city, processed), ([], []))
            if keys:
                best = process.extractOne(
                    processed, keys, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_SIMILARITY
                )
                if best is not None:
                    found = entries[best[2]]
                    return _candidate(row.number, f"similar name in {row.city}", found)
        return None

    def add(self, row: _Row) -> None:
        entry = (None, row.number, row.clean.name)
        for email in row.clean.emails:
            self.emails.setdefault(email.value.casefold(), entry)
        for phone in row.clean.phones:
            self.phones.setdefault(phone.value, entry)
        if row.city:
            self._add_name(row.city, row.clean.name, entry)


def _block(city: str, processed_name: str) -> tuple[str, str]:
    """Names are compared only within (city, first letters of the sorted words): similar names share them,
    and an import of 100,000 customers in one city is not 10¹⁰ comparisons."""
    return " ".join(city.casefold().split()), "".join(sorted(processed_name.split()))[:2]


def _candidate(row: int, reason: str, found: tuple[int | None, int | None, str]) -> DuplicateCandidate:
    customer_id, earlier, name = found
    return DuplicateCandidate(row, reason, customer_id, name, earlier)


def _plan(
    rows: Sequence[_Row], on_duplicate: str
) -> tuple[list[_Row], list[tuple[int, CustomerDraft]], int, int]:
    """(rows to create, (customer id, draft) merged into stored customers, rows merged into earlier rows, skipped)."""
    created: list[_Row] = []
    by_number: dict[int, _Row] = {}
    merged: list[tuple[int, CustomerDraft]] = []
    merged_in_file = skipped = 0
    for row in rows:
        dup = row.duplicate
        target = by_number.get(dup.earlier_row) if dup is not None and dup.earlier_row is not None else None
        if dup is None or on_duplicate == "create":
            created.append(row)
            by_number[row.number] = row
        elif on_duplicate == "skip":
            skipped += 1
        elif dup.customer_id is not None:
            merged.append((dup.customer_id, _normalised(row.clean)))
        elif target is not None:
            target.clean = merge_clean(target.clean, row.clean)
            by_number[row.number] = target
            merged_in_file += 1
        else:
            skipped += 1  # its earlier row was itself merged into a stored customer
    return created, merged, merged_in_file, skipped


def merge_clean(base: CleanCustomer, new: CleanCustomer) -> CleanCustomer:
    """Two checked rows of one file as one customer: ``base`` filled and extended from ``new``."""
    emails = base.emails + tuple(
        e for e in new.emails if e.value.casefold() not in {b.value.casefold() for b in base.emails}
    )
    phones = base.phones + tuple(p for p in new.phones if p.value not in {b.value for b in base.phones})
    tags = base.tags + tuple(t for t in new.tags if t.casefold() not in {b.casefold() for b in base.tags})
    custom: dict[int, str | None] = {
        **{k: v for k, v in new.custom_values.items() if v is not None},
        **{k: v for k, v in base.custom_values.items() if v is not None},
    }
    return replace(
        base,
        draft=replace(base.draft, notes=base.draft.notes or new.draft.notes),
        vat_id=base.vat_id or new.vat_id,
        registration_no=base.registration_no or new.registration_no,
        emails=emails,
        phones=phones,
        billing_address=base.billing_address or new.billing_address,
        tags=tags,
        custom_values=custom,
    )


def merge_drafts(base: CustomerDraft, new: CustomerDraft) -> CustomerDraft:
    """``base`` with its empty fields filled from ``new`` and ``new``'s emails, phones and tags added."""
    emails = list(base.emails) + [
        e for e in new.emails if e.value.casefold() not in {b.value.casefold() for b in base.emails}
    ]
    phones = list(base.phones) + [p for p in new.phones if p.value not in {b.value for b in base.phones}]
    tags = list(base.tags) + [t for t in new.tags if t.casefold() not in {b.casefold() for b in base.tags}]
    return replace(
        base,
        vat_id=base.vat_id or new.vat_id,
        registration_no=base.registration_no or new.registration_no,
        notes=base.notes or new.notes,
        emails=tuple(emails),
        phones=tuple(phones),
        billing_address=base.billing_address or new.billing_address,
        tags=tuple(tags),
        custom_fields={
            **{k: v for k, v in new.custom_fields.items()},
            **{k: v for k, v in base.custom_fields.items() if v},
        },
    )


def _normalised(clean: CleanCustomer) -> CustomerDraft:
    """A checked row as a draft of normalised values (E.164 phones), so merging compares like with like."""
    return replace(
        clean.draft,
        name=clean.name,
        vat_id=clean.vat_id or "",
        registration_no=clean.registration_no or "",
        emails=clean.emails,
        phones=clean.phones,
        billing_address=clean.billing_address,
        tags=clean.tags,
    )


def _draft_of(details: CustomerDetails) -> CustomerDraft:
    return CustomerDraft(
        name=details.name,
        kind=details.kind,
        vat_id=details.vat_id,
        registration_no=details.registration_no,
        language=details.language,
        currency=details.currency,
        payment_terms_days=details.payment_terms_days,
        channel=details.channel,
        notes=details.notes,
        emails=tuple(LabelledValue(e.email, e.label) for e in details.emails),
        phones=tuple(LabelledValue(p.e164, p.label) for p in details.phones),
        billing_address=details.billing_address,
        shipping_address=details.shipping_address,
        contact_persons=tuple(
            ContactPersonDraft(c.name, c.role, c.email, c.phone, c.notes) for c in details.contact_persons
        ),
        tags=details.tags,
        custom_fields={c.key: c.value for c in details.custom_fields if c.value},
    )


def _merge_existing(session: Session, merges: Sequence[tuple[int, CustomerDraft]]) -> list[int]:
    """Merge each draft into its stored customer with the editor's own save; return the ids."""
    rules = _rules(session)
    owner_country = _owner_country(session)
    done: list[int] = []
    for customer_id, draft in merges:
        base = _draft_of(_details(session, customer_id))
        combined = merge_drafts(base, draft)
        combined = replace(
            combined, custom_fields={k: v for k, v in combined.custom_fields.items() if k in rules}
        )
        try:
            clean = check_customer(combined, rules=rules, owner_country=owner_country)
        except ValidationError:
            clean = check_customer(
                replace(combined, phones=base.phones, emails=base.emails),
                rules=rules,
                owner_country=owner_country,
            )
        customer = _load(session, customer_id)
        _apply(session, customer, clean)
        customer.updated_at = utc_now()  # a merge is an edit, also when only tags or emails changed
        session.flush()
        done.append(customer_id)
    return done


def _insert_customers(
    session: Session,
    customers: Sequence[CleanCustomer],
    batch_id: int,
    now: datetime,
    progress: Callable[[int], None],
) -> None:
    """New customers and their emails, phones, address, tags and custom values through the bulk path."""
    if not customers:
        return
    writer = BulkWriter.of(session)
    ids = writer.reserve_ids(Customer, len(customers))
    tags = {name.casefold(): tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
    new_tags: list[tuple[int, str]] = []
    customer_rows: list[tuple[Any, ...]] = []
    email_rows: list[tuple[Any, ...]] = []
    phone_rows: list[tuple[Any, ...]] = []
    address_rows: list[tuple[Any, ...]] = []
    tag_rows: list[tuple[int, int]] = []
    custom_rows: list[tuple[int, int, str]] = []
    for customer_id, clean in zip(ids, customers, strict=True):
        draft = clean.draft
        customer_rows.append(
            (
                customer_id,
                draft.kind,
                clean.name,
                clean.name.casefold(),
                clean.vat_id,
                clean.registration_no,
                clean.language,
                clean.currency,
                draft.payment_terms_days,
                draft.channel,
                draft.notes,
                batch_id,
                now,
                now,
            )
        )
        email_rows.extend((customer_id, e.value, e.label, i) for i, e in enumerate(clean.emails))
        phone_rows.extend((customer_id, p.value, p.label, i) for i, p in enumerate(clean.phones))
        if clean.billing_address is not None:
            a = clean.billing_address
            address_rows.append(
                (
                    customer_id,
                    AddressKind.BILLING,
                    a.line1,
                    a.line2,
                    a.postal_code,
                    a.city,
                    a.region,
                    a.country,
                )
            )
        for name in clean.tags:
            tag_id = tags.get(name.casefold())
            if tag_id is None:
                tag_id = writer.reserve_ids(Tag, 1)[0]
                tags[name.casefold()] = tag_id
                new_tags.append((tag_id, name))
            tag_rows.append((customer_id, tag_id))
        custom_rows.extend(
            (customer_id, fid, value) for fid, value in clean.custom_values.items() if value is not None
        )
    if new_tags:
        writer.insert(Tag, ("id", "name"), new_tags)
    columns = (
        "id", "kind", "name", "sort_name", "vat_id", "registration_no", "language", "currency",
        "payment_terms_days", "channel", "notes", "import_batch_id", "created_at", "updated_at",
    )  # fmt: skip
    step = 5000
    for start in range(0, len(customer_rows), step):
        writer.insert(Customer, columns, customer_rows[start : start + step])
        progress(min(start + step, len(customer_rows)))
    writer.insert(CustomerEmail, ("customer_id", "email", "label", "position"), email_rows)
    writer.insert(CustomerPhone, ("customer_id", "e164", "label", "position"), phone_rows)
    writer.insert(
        Address,
        ("customer_id", "kind", "line1", "line2", "postal_code", "city", "region", "country"),
        address_rows,
    )
    writer.insert(customer_tags, ("customer_id", "tag_id"), tag_rows)
    writer.insert(CustomFieldValue, ("customer_id", "field_id", "value"), custom_rows)


def _customer_references() -> Iterable[tuple[str, Any]]:
    """Every column outside the customer's own details that points at a customer (invoices, notes…)."""
    own = {
        "customer_emails",
        "customer_phones",
        "addresses",
        "customer_tags",
        "custom_field_values",
        "contact_persons",
    }
    for table in Base.metadata.sorted_tables:
        if table.name in own:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id":
                yield table.name, fk.parent


def write_report(issues: Iterable[RowIssue], path: Path) -> Path:
    """The validation report as CSV (row, column, reason), UTF-8 with BOM so spreadsheets read it."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("row", "column", "reason"))
        for issue in issues:
            writer.writerow((issue.row, issue.column, issue.reason))
    return Path(path)
