"""Exports: CSV in a chosen encoding, XLSX, vCard; formula cells neutralised; safe writes; audited."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.services.exporting import headers, neutralise, restore
from crmdesk.services.sales import InvoiceDraft, LineInput


def _shop(services: Services) -> tuple[int, int]:
    anna = services.customer_editor.create(
        CustomerDraft(
            name='=HYPERLINK("http://x")',
            notes="-5 and @home",
            emails=(LabelledValue("anna@example.lv"),),
            phones=(LabelledValue("+37129111222"),),
            billing_address=AddressDraft(line1="Brīvības iela 1", city="Rīga", country="LV"),
            tags=("vip",),
        )
    ).id
    ivan = services.customer_editor.create(CustomerDraft(name="Иван Петров")).id
    return anna, ivan


def _csv(path: Path, encoding: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def test_export_customers_csv_neutralises_formulas(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    with Services.open(db_file) as services:
        _shop(services)
        result = services.exports.export("customers", out)
        audit = services.audit.recent(limit=1)[0]
    assert result.rows == 2 and result.encoding == "utf-8-sig"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _csv(out, "utf-8-sig")
    assert rows[0]["Name"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["Notes"] == "'-5 and @home"
    assert rows[0]["Phone"] == "'+37129111222"
    assert rows[0]["City"] == "Rīga" and rows[0]["Tags"] == "vip"
    assert rows[1]["Name"] == "Иван Петров"
    assert restore(rows[0]["Name"]) == '=HYPERLINK("http://x")'
    assert audit.action == "export" and audit.entity_type == "customers" and audit.details["rows"] == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_export_csv_legacy_encoding_and_clear_error(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        services.customer_editor.create(CustomerDraft(name="Jānis Bērziņš"))
        services.exports.export("customers", tmp_path / "lv.csv", encoding="cp1257")
        assert _csv(tmp_path / "lv.csv", "cp1257")[0]["Name"] == "Jānis Bērziņš"
        (tmp_path / "west.csv").write_text("old content")
        with pytest.raises(ValidationError, match=r"row 1, column Name: 'ā' cannot be written in cp1252"):
            services.exports.export("customers", tmp_path / "west.csv", encoding="cp1252")
        with pytest.raises(ValidationError, match="unknown encoding"):
            services.exports.export("customers", tmp_path / "x.csv", encoding="klingon")
    assert (tmp_path / "west.csv").read_text() == "old content"  # a failed export leaves the old file alone
    assert not [
        p.name
        for p in tmp_path.iterdir()
        if p.suffix in (".part", ".csv") and p.name not in ("lv.csv", "west.csv")
    ]


def test_export_xlsx_and_invoices_with_lines(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        anna, _ivan = _shop(services)
        lines = [
            LineInput(description="=cmd|' /C calc'!A0", quantity=D(2), unit_price=D("10.00"), tax_rate=D(21)),
            LineInput(description="Map", quantity=D(1), unit_price=D("4.35"), tax_rate=D(12)),
        ]
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=anna, lines=lines))
        services.invoices.issue(draft.id, issue_date=date(2026, 3, 2), today=date(2026, 3, 2))
        services.exports.export("customers", tmp_path / "c.xlsx")
        result = services.exports.export("invoices", tmp_path / "inv.xlsx")
        services.exports.export("payments", tmp_path / "pay.csv")
        services.exports.export("products", tmp_path / "prod.csv")
        services.exports.export("interactions", tmp_path / "int.csv")
    assert result.rows == 2
    sheet = load_workbook(tmp_path / "inv.xlsx", read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == headers("invoices")
    assert rows[1][headers("invoices").index("Description")] == "'=cmd|' /C calc'!A0"
    assert rows[1][headers("invoices").index("Quantity")] == 2  # numbers stay numbers
    assert rows[2][headers("invoices").index("Description")] == "Map"
    customers = list(load_workbook(tmp_path / "c.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert customers[1][2] == '\'=HYPERLINK("http://x")' and customers[2][2] == "Иван Петров"
    assert _csv(tmp_path / "prod.csv", "utf-8-sig") == []


def test_export_vcard(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        _shop(services)
        result = services.exports.export("customers", tmp_path / "all.vcf")
        with pytest.raises(ValidationError):
            services.exports.export("invoices", tmp_path / "inv.vcf")
    cards = list(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))
    assert result.rows == 2 and len(cards) == 2
    assert cards[1].fn.value == "Иван Петров"
    assert cards[0].email.value == "anna@example.lv" and cards[0].tel.value == "+37129111222"
    assert cards[0].adr.value.city == "Rīga"


def test_export_format_from_suffix_or_refused(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services, pytest.raises(ValidationError, match="--format"):
        services.exports.export("customers", tmp_path / "customers.txt")


@given(st.text(max_size=12))
def test_export_neutralise_round_trips(text: str) -> None:
    cell = neutralise(text)
    assert restore(cell) == text
    assert not cell or cell[0] not in "=+-@\t\r"
