"""Import: reading each kind of file (encodings, delimiters, headers, vCards) and recognising its columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.importing import read_source
from crmdesk.services.importing.mapping import country_code, guess_field
from crmdesk.services.importing.sources import decode

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def found(services: Services, text: str) -> int:
    """The customer the search finds first for ``text``."""
    customer_id = services.search.search(text).groups[0].hits[0].customer_id
    assert customer_id is not None
    return customer_id


def test_google_contacts_csv_is_mapped_without_help(db_file: Path) -> None:
    with Services.open(db_file) as services:
        preview = services.imports.preview(FIXTURES / "google_contacts.csv")
    assert (preview.format, preview.encoding, preview.delimiter, preview.header_row) == (
        "csv",
        "utf-8",
        ",",
        1,
    )
    assert preview.mapping["E-mail 1 - Value"] == "email"
    assert preview.mapping["Phone 1 - Value"] == "phone"
    assert preview.mapping["Address 1 - City"] == "city"
    assert preview.mapping["Organization 1 - Name"] == "company"
    assert preview.mapping["E-mail 1 - Type"] == ""
    # The quoted newline in Notes stays inside its cell: three data rows, numbered as a spreadsheet shows them.
    assert preview.total_rows == 3 and preview.row_numbers == (2, 3, 4)
    assert preview.rows[0][preview.headers.index("Notes")] == "Met at the fair,\nlikes tea"
    assert preview.valid_rows == 2
    (issue,) = preview.issues
    assert (issue.row, issue.column) == (4, "E-mail 1 - Value")
    assert "not-an-email" in issue.reason


def test_outlook_csv_with_bom(db_file: Path) -> None:
    table = read_source(FIXTURES / "outlook.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "First Name"  # no BOM glued to the first header
    with Services.open(db_file) as services:
        result = services.imports.run(FIXTURES / "outlook.csv", backup=False)
        assert (result.created, result.invalid) == (2, 0)
        olga = found(services, "Ivanova")
        details = services.customer_editor.get(olga)
    assert [e.email for e in details.emails] == ["olga@example.ru", "olga2@example.ru"]
    assert details.phones[0].e164 == "+79123456789"
    assert details.billing_address is not None and details.billing_address.city == "Москва"
    assert details.billing_address.country == "RU"


def test_latvian_semicolon_cp1257_file(db_file: Path) -> None:
    table = read_source(FIXTURES / "latvian_cp1257.csv")
    assert (table.encoding, table.delimiter) == ("cp1257", ";")
    assert table.headers[:3] == ("Vārds", "Uzvārds", "E-pasts")
    with Services.open(db_file) as services:
        preview = services.imports.preview(FIXTURES / "latvian_cp1257.csv")
        assert preview.mapping["Vārds"] == "first_name" and preview.mapping["Uzvārds"] == "last_name"
        result = services.imports.run(FIXTURES / "latvian_cp1257.csv", backup=False)
        assert result.created == 3
        hit = found(services, "Šķēle")
        details = services.customer_editor.get(hit)
    assert details.name == "Līga Šķēle"
    assert details.billing_address is not None and details.billing_address.country == "LV"
    assert details.phones[0].e164 == "+37126555111"


def test_utf16_tab_separated_file_with_russian_and_persian(db_file: Path) -> None:
    table = read_source(FIXTURES / "tabs_utf16.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    with Services.open(db_file) as services:
        result = services.imports.run(FIXTURES / "tabs_utf16.txt", backup=False)
        assert result.created == 2
        hit = found(services, "رضایی")
        assert services.customer_editor.get(hit).emails[0].email == "maryam@example.ir"


def test_xlsx_first_sheet_with_a_title_row(db_file: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Klientu saraksts 2026"])
    sheet.append(["Nombre", "Correo electrónico", "Teléfono", "Ciudad", "País"])
    sheet.append(["María García", "maria@example.es", 34612345679, "Madrid", "España"])
    sheet.append(["Per Olsson", "per@example.se", "+46 70 111 22 33", "Malmö", "Sverige"])
    path = tmp_path / "clientes.xlsx"
    book.save(path)
    table = read_source(path)
    assert (table.format, table.header_row) == ("xlsx", 2)
    assert table.rows[0][2] == "34612345679"  # a number cell read as digits, never a float
    with Services.open(db_file) as services:
        result = services.imports.run(path, backup=False)
        assert (result.created, result.invalid) == (2, 0), result.report
        hit = found(services, "García")
        details = services.customer_editor.get(hit)
    assert details.billing_address is not None and details.billing_address.country == "ES"


def test_vcards_folded_quoted_printable_and_photos(db_file: Path) -> None:
    table = read_source(FIXTURES / "contacts.vcf")
    assert table.format == "vcard" and len(table.rows) == 3
    assert table.notes == ("3 photo(s) in the cards were left out",)
    janis, anna, ivan = table.rows
    assert janis[0] == "Jānis Bērziņš"  # quoted-printable UTF-8 (vCard 2.1)
    assert (
        janis[-1] == "Pirmais klīents, ilgs teksts kas turpinās nākamajā rindā"
    )  # soft line break, comma kept
    assert anna[0].endswith("folded onto a second line")  # 3.0 folding
    assert ivan[0] == "Иван Петров" and ivan[7] == "+7-912-345-67-81"  # 4.0 tel: URI
    with Services.open(db_file) as services:
        result = services.imports.run(FIXTURES / "contacts.vcf", backup=False)
        assert (result.created, result.invalid) == (3, 0)
        hit = found(services, "annakarin@acme.se")
        details = services.customer_editor.get(hit)
    assert details.tags == ("Friends", "VIP")
    assert details.billing_address is not None and details.billing_address.country == "SE"


def test_malformed_file_is_refused_with_a_clear_message_and_nothing_imported(db_file: Path) -> None:
    with Services.open(db_file) as services:
        with pytest.raises(ValidationError, match=r"longer than 20,000 characters \(an unclosed quote\?\)"):
            services.imports.preview(FIXTURES / "malformed.csv")
        with pytest.raises(ValidationError, match="nothing was imported"):
            services.imports.run(FIXTURES / "malformed.csv", backup=False)
        assert services.imports.batches() == []
        assert services.search.search("Unclosed").groups == ()


def test_file_without_any_known_column_is_refused(db_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with Services.open(db_file) as services, pytest.raises(ValidationError, match="map the columns first"):
        services.imports.preview(path)


def test_too_big_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crmdesk.services.importing import sources

    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.csv"
    path.write_text("Name,Email\nA,a@example.com\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="the largest file crmdesk imports"):
        read_source(path)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Vārds;Pilsēta\nJānis Bērziņš;Rīga\nĻoti Ģirts;Liepāja\n", "cp1257"),
        ("Name,City\nJosé Núñez,Málaga\nBjörn Åström,Göteborg\n", "cp1252"),
        ("Имя,Город\nИван Петров,Москва\n", "cp1251"),
    ],
)
def test_legacy_code_pages_are_told_apart(text: str, encoding: str) -> None:
    decoded, found = decode(text.encode(encoding))
    assert (decoded, found) == (text, encoding)


def test_utf8_is_tried_strictly_first() -> None:
    assert decode("Jānis;Rīga\n".encode())[1] == "utf-8"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-pasts", "email"),
        ("Tālrunis", "phone"),
        ("Correo electrónico", "email"),
        ("Teléfono", "phone"),
        ("Empresa", "company"),
        ("Телефон", "phone"),
        ("Компания", "company"),
        ("Адрес", "line1"),
        ("Företag", "company"),
        ("Postnummer", "postal_code"),
        ("نام", "name"),
        ("ایمیل", "email"),
        ("تلفن", "phone"),
        ("Business Street", "line1"),
        ("E-mail 3 Address", "email"),
        ("Phone 2 - Value", "phone"),
        ("Payment terms (days)", "payment_terms_days"),
        ("Favourite colour", ""),
    ],
)
def test_headers_in_several_languages(header: str, field: str) -> None:
    assert guess_field(header) == field


def test_country_names_become_codes() -> None:
    assert [country_code(c) for c in ("Latvija", "España", "Sweden", "Россия", "lv", "Atlantis")] == [
        "LV",
        "ES",
        "SE",
        "RU",
        "LV",
        "Atlantis",
    ]


def test_language_names_become_codes() -> None:
    from crmdesk.services.importing.mapping import language_code

    assert [language_code(t) for t in ("English", "latviešu", "Русский", "sv-SE", "Klingonish")] == [
        "en",
        "lv",
        "ru",
        "sv-SE",
        "Klingonish",
    ]
