"""Import: one transaction after a backup, duplicates (skip/merge/create), dry run, undo, audit, mappings."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.services.importing import write_report

ROWS = (
    "Name,Email,Phone,City,Country,Tags\n"
    "Jānis Bērziņš,janis@berzini.lv,+371 29 123 456,Rīga,LV,VIP\n"
    "Anna Svensson,anna@acme.se,+46 70 123 45 67,Göteborg,SE,\n"
    "Broken,not-an-email,,,,\n"
    "Olga Ivanova,olga@example.ru,+7 912 345 67 89,Москва,RU,\n"
)


def found(services: Services, text: str) -> int:
    """The customer the search finds first for ``text``."""
    customer_id = services.search.search(text).groups[0].hits[0].customer_id
    assert customer_id is not None
    return customer_id


def write(tmp_path: Path, text: str = ROWS, name: str = "customers.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def existing(services: Services) -> int:
    return services.customer_editor.create(
        CustomerDraft(
            name="Janis Berzins",
            emails=(LabelledValue("JANIS@berzini.lv"),),
            billing_address=AddressDraft(city="Rīga", country="LV"),
            notes="",
        )
    ).id


def names(services: Services) -> list[str]:
    from crmdesk.services.customers import CustomerListQuery

    return sorted(services.customer_editor.get(i).name for i in services.customers.ids(CustomerListQuery()))


def test_run_imports_valid_rows_in_one_batch_after_a_backup(db_file: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Services.open(db_file) as services:
        result = services.imports.run(
            write(tmp_path), progress=lambda done, total: seen.append((done, total))
        )
        assert (result.created, result.merged, result.skipped, result.invalid) == (3, 0, 0, 1)
        assert [(i.row, i.column) for i in result.report] == [(4, "Email")]
        assert result.batch_id is not None and result.backup is not None
        assert services.backups.verify(result.backup).ok
        assert result.backup.name in {b.path.name for b in services.backups.list()}
        assert names(services) == ["Anna Svensson", "Jānis Bērziņš", "Olga Ivanova"]
        actions = [e.action for e in services.audit.recent(limit=5)]
        assert actions[:2] == ["import", "backup"]
        entry = services.audit.recent(action="import")[0]
        assert entry.entity_id == result.batch_id and entry.details["created"] == 3
        assert services.audit.verify() == []
    assert seen and seen[-1][0] == seen[-1][1]


def test_dry_run_writes_nothing(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        before = services.audit.recent()
        result = services.imports.run(write(tmp_path), dry_run=True)
        assert (result.created, result.invalid, result.batch_id, result.dry_run) == (3, 1, None, True)
        assert names(services) == []
        assert services.audit.recent() == before
        assert services.backups.list() == []
        assert services.imports.batches() == []


def test_undo_removes_the_batch_and_is_audited(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        keep = existing(services)
        result = services.imports.run(write(tmp_path), on_duplicate="skip", backup=False)
        assert result.created == 2 and result.skipped == 1
        assert result.batch_id is not None
        assert services.imports.undo(result.batch_id) == 2
        assert names(services) == ["Janis Berzins"]
        assert services.customer_editor.get(keep).name == "Janis Berzins"
        assert services.audit.recent(limit=1)[0].action == "import.undo"
        with pytest.raises(ConflictError, match="already undone"):
            services.imports.undo(result.batch_id)
        with pytest.raises(NotFoundError):
            services.imports.undo(999)


def test_undo_is_refused_once_a_customer_was_edited(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        result = services.imports.run(write(tmp_path), backup=False)
        assert result.batch_id is not None
        hit = found(services, "Olga")
        details = services.customer_editor.get(hit)
        services.customer_editor.update(
            details.id, CustomerDraft(name="Olga Ivanova-Petrova", emails=(LabelledValue("olga@example.ru"),))
        )
        with pytest.raises(ConflictError, match="1 of its customers were edited since"):
            services.imports.undo(result.batch_id)
        assert len(names(services)) == 3


def test_duplicates_are_shown_in_the_preview(db_file: Path, tmp_path: Path) -> None:
    text = ROWS + "Anna Svenson,,,Göteborg,SE,\nO. Ivanova,other@example.ru,+79123456789,,,\n"
    with Services.open(db_file) as services:
        keep = existing(services)
        preview = services.imports.preview(write(tmp_path, text))
    found = {(d.row, d.customer_id, d.earlier_row, d.reason) for d in preview.duplicates}
    assert found == {
        (2, keep, None, "same email janis@berzini.lv"),
        (6, None, 3, "similar name in Göteborg"),
        (7, None, 5, "same phone +79123456789"),
    }


def test_merge_fills_empty_fields_and_adds_emails_phones_and_tags(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        keep = existing(services)
        result = services.imports.run(write(tmp_path), on_duplicate="merge", backup=False)
        assert (result.created, result.merged) == (2, 1)
        merged = services.customer_editor.get(keep)
        assert merged.name == "Janis Berzins"  # the stored name stays
        assert [e.email for e in merged.emails] == ["JANIS@berzini.lv"]  # same address, not doubled
        assert [p.e164 for p in merged.phones] == ["+37129123456"]
        assert merged.tags == ("VIP",)
        # The merged customer was edited by the import, so an undo of this batch leaves it alone.
        assert result.batch_id is not None
        assert services.imports.undo(result.batch_id) == 2
        assert services.customer_editor.get(keep).tags == ("VIP",)


def test_create_keeps_both(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        existing(services)
        result = services.imports.run(write(tmp_path), on_duplicate="create", backup=False)
        assert (result.created, result.merged, result.skipped) == (3, 0, 0)
        assert names(services).count("Janis Berzins") == 1 and "Jānis Bērziņš" in names(services)
        with pytest.raises(ValidationError, match="on_duplicate"):
            services.imports.run(write(tmp_path), on_duplicate="ask", backup=False)


def test_rows_repeating_an_earlier_row_merge_into_it(db_file: Path, tmp_path: Path) -> None:
    text = (
        "Name,Email,Phone\nEva Berg,eva@example.se,+46701112233\nEva Berg,eva.berg@example.se,+46701112233\n"
    )
    with Services.open(db_file) as services:
        result = services.imports.run(write(tmp_path, text), on_duplicate="merge", backup=False)
        assert (result.created, result.merged) == (1, 1)
        hit = found(services, "Eva")
        emails = [e.email for e in services.customer_editor.get(hit).emails]
        assert emails == ["eva@example.se", "eva.berg@example.se"]
        again = services.imports.run(write(tmp_path, text), backup=False)
        assert (again.created, again.skipped, again.batch_id) == (0, 2, None)


def test_explicit_and_saved_mappings(db_file: Path, tmp_path: Path) -> None:
    text = "Who,Reach,Extra\nEva Berg,eva@example.se,=1+1\n"
    path = write(tmp_path, text)
    mapping = {"Who": "name", "Reach": "email", "Extra": ""}
    with Services.open(db_file) as services:
        with pytest.raises(ValidationError, match="map the columns first"):
            services.imports.preview(path)
        services.imports.save_mapping("Old CRM", mapping)
        assert services.imports.mapping_names() == ["Old CRM"]
        loaded = services.imports.load_mapping("Old CRM")
        assert loaded == mapping
        preview = services.imports.preview(path, mapping=loaded)
        assert preview.valid_rows == 1
        with pytest.raises(ValidationError, match="no column 'Nope'"):
            services.imports.preview(path, mapping={"Nope": "name"})
        with pytest.raises(ValidationError, match="not a field"):
            services.imports.save_mapping("Bad", {"Who": "shoe_size"})
        with pytest.raises(NotFoundError):
            services.imports.load_mapping("Missing")


def test_spreadsheet_formula_guard_is_taken_off(db_file: Path, tmp_path: Path) -> None:
    text = "Name,Email,Notes\n'=Equals Ltd,eq@example.com,'+1 note\n"
    with Services.open(db_file) as services:
        services.imports.run(write(tmp_path, text), backup=False)
        hit = found(services, "eq@example.com")
        details = services.customer_editor.get(hit)
    assert (details.name, details.notes) == ("=Equals Ltd", "+1 note")


def test_report_is_saved_as_csv(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        preview = services.imports.preview(write(tmp_path))
    out = write_report(preview.issues, tmp_path / "report.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["row", "column", "reason"]
    assert rows[1][:2] == ["4", "Email"] and "not-an-email" in rows[1][2]


def test_custom_fields_are_recognised_and_checked(db_file: Path, tmp_path: Path) -> None:
    from crmdesk.domain.enums import CustomFieldType

    text = 'Name,Email,Shoe size\nEva Berg,eva@example.se,"38,5"\nPer Olsson,per@example.se,big\n'
    with Services.open(db_file) as services:
        services.customer_editor.define_custom_field(label="Shoe size", field_type=CustomFieldType.NUMBER)
        preview = services.imports.preview(write(tmp_path, text))
        assert preview.mapping["Shoe size"] == "custom.shoe_size"
        assert ("custom.shoe_size", "Shoe size") in preview.targets
        assert [(i.row, i.column) for i in preview.issues] == [(3, "Shoe size")]
        services.imports.run(write(tmp_path, text), backup=False)
        details = services.customer_editor.get(found(services, "Eva"))
    assert [(f.key, f.value) for f in details.custom_fields] == [("shoe_size", "38.5")]
