"""Property: customers exported to CSV and imported into a fresh database come back exactly.

Unicode (Latvian, Russian, Persian, CJK), a leading ``=``/``+``/``-``/``@`` or apostrophe (neutralised on
export, restored on import), multi-line notes, several emails, phones and tags.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.services import Services
from crmdesk.services.customer_forms import AddressDraft, CustomerDetails, CustomerDraft, LabelledValue
from crmdesk.services.customers import CustomerListQuery

LETTERS = "abcxyzĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžЖжЩщЯяفارسیپژ漢字かな"
PREFIXES = ("", "=", "+", "-", "@", "'", "'=", "''+", "=1+", "@SUM(")


def _word() -> st.SearchStrategy[str]:
    return st.text(alphabet=LETTERS, min_size=1, max_size=8)


names = st.builds(
    lambda prefix, words: prefix + " ".join(words),
    st.sampled_from(PREFIXES),
    st.lists(_word(), min_size=1, max_size=3),
)
notes = st.builds(
    lambda prefix, lines: prefix + "\n".join(lines),
    st.sampled_from(PREFIXES),
    st.lists(st.text(alphabet=LETTERS + " =+-@'", max_size=12), max_size=3),
)
customers = st.lists(
    st.fixed_dictionaries(
        {
            "name": names,
            "notes": notes,
            "tags": st.lists(st.sampled_from(["vip", "=tag", "klients", "партнёр"]), unique=True, max_size=2),
            "phones": st.integers(min_value=0, max_value=2),
            "emails": st.integers(min_value=0, max_value=2),
            "city": st.sampled_from(["", "Rīga", "Москва", "=Cēsis"]),
            "currency": st.sampled_from(["EUR", "USD"]),
            "language": st.sampled_from(["en", "lv", "ru", "fa"]),
        }
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda c: c["name"].casefold(),
)


def _draft(index: int, data: dict[str, Any]) -> CustomerDraft:
    return CustomerDraft(
        name=data["name"],
        notes=data["notes"],
        tags=tuple(data["tags"]),
        emails=tuple(LabelledValue(f"c{index}.{n}@example.com") for n in range(data["emails"])),
        phones=tuple(LabelledValue(f"+3712{index}{n}00000") for n in range(data["phones"])),
        billing_address=AddressDraft(line1=f"Iela {index}", city=data["city"], country="LV")
        if data["city"]
        else None,
        currency=data["currency"],
        language=data["language"],
    )


def _shape(details: CustomerDetails) -> tuple[Any, ...]:
    return (
        details.name,
        details.kind,
        details.notes,
        details.language,
        details.currency,
        details.payment_terms_days,
        tuple(e.email for e in details.emails),
        tuple(p.e164 for p in details.phones),
        details.billing_address,
        tuple(sorted(details.tags)),
    )


def _all(services: Services) -> list[tuple[Any, ...]]:
    ids = services.customers.ids(CustomerListQuery(include_archived=True))
    return sorted(_shape(services.customer_editor.get(i)) for i in ids)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=customers)
def test_export_csv_then_import_round_trips_customers(
    rows: list[dict[str, Any]], migrated_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source, target = folder / "source.sqlite3", folder / "target.sqlite3"
    shutil.copyfile(migrated_template, source)
    shutil.copyfile(migrated_template, target)
    with Services.open(source) as services:
        for index, data in enumerate(rows):
            services.customer_editor.create(_draft(index, data))
        expected = _all(services)
        assert len(expected) == len(rows)
        services.exports.export("customers", folder / "customers.csv")
    with Services.open(target, backup_dir=folder / "backups") as services:
        result = services.imports.run(folder / "customers.csv")
        assert result.invalid == 0 and result.skipped == 0, result.report
        assert _all(services) == expected
