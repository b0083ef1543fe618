"""``crmdesk search`` and ``crmdesk customers list`` as the owner runs them: real processes, real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_process import crmdesk

from crmdesk.services import Services
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue


@pytest.fixture
def crm(db_file: Path) -> Path:
    with Services.open(db_file) as services:
        editor = services.customer_editor
        editor.create(
            CustomerDraft(
                name="Jānis Bērziņš",
                phones=(LabelledValue("+371 2912 3456"),),
                billing_address=AddressDraft(city="Rīga", country="LV"),
                tags=("vip",),
            )
        )
        editor.create(CustomerDraft(name="Дмитрий Жуков", emails=(LabelledValue("zhukov@example.ru"),)))
        archived = editor.create(CustomerDraft(name="Anna Berg", tags=("vip",)))
        services.customers.archive([archived.id])
    return db_file


def test_search_prints_groups_and_json(crm: Path, tmp_path: Path) -> None:
    result = crmdesk("search", "--db", crm, "berzins", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["Customers:", "  Jānis Bērziņš  — Rīga LV  [customer 1]"]
    as_json = crmdesk("search", "--db", crm, "+371 2912 3456", "--json", home=tmp_path)
    data = json.loads(as_json.stdout)
    assert [g["kind"] for g in data["groups"]] == ["phone"]
    assert data["groups"][0]["hits"][0] == {
        "kind": "phone",
        "id": 1,
        "title": "+371 29 123 456",
        "detail": "Jānis Bērziņš",
        "customer_id": 1,
        "archived": False,
        "document_type": "",
    }
    nothing = crmdesk("search", "--db", crm, 'NEAR("', home=tmp_path)
    assert nothing.returncode == 0 and "nothing found" in nothing.stdout


def test_customers_list_with_tag_and_json(crm: Path, tmp_path: Path) -> None:
    result = crmdesk("customers", "list", "--db", crm, "--tag", "VIP", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == ["Jānis Bērziņš"]
    everyone = crmdesk("customers", "list", "--db", crm, "--include-archived", "--json", home=tmp_path)
    rows = json.loads(everyone.stdout)
    assert [(r["name"], r["archived"]) for r in rows] == [
        ("Anna Berg", True),
        ("Jānis Bērziņš", False),
        ("Дмитрий Жуков", False),
    ]
    assert rows[1]["phone"] == "+37129123456"


def test_missing_database_is_a_one_line_reason(tmp_path: Path) -> None:
    result = crmdesk("search", "--db", tmp_path / "nope.db", "x", home=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "nope.db").exists()
