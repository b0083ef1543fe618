"""Reading an import file into a table of text cells: CSV (any usual encoding), XLSX, vCard.

Every reader returns a :class:`SourceTable`: the header names, the data rows as lists of text and,
for each row, the number the owner sees (the spreadsheet row, header = row 1; for vCards the card).
Nothing here knows about customers; :mod:`crmdesk.services.importing.mapping` maps the columns.
"""

from __future__ import annotations

import csv
import io
import numbers
import quopri
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.domain.errors import ValidationError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Largest file read (64 MiB, ~500,000 customer rows); larger files are refused with a clear message."""
MAX_FIELD_CHARS = 20_000
"""Longest cell; a longer one is almost always a broken quote that swallowed the rest of the file."""
MAX_ROWS = 1_000_000
LEGACY_CODE_PAGES = ("cp1252", "cp1257", "cp1251")
"""Tried in this order when the file is not Unicode; the most plausible decoding wins (ties: the first)."""
SAMPLE_BYTES = 256 * 1024

_BALTIC = set("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽąęėįųĄĘĖĮŲõÕäÄöÖüÜ")
_WESTERN = set("áéíóúñüäöåàèâêôëïîûçßøæœÁÉÍÓÚÑÜÄÖÅÀÈÂÊÔËÏÎÛÇØÆŒ")


@dataclass(frozen=True)
class SourceTable:
    """A file read into text cells, before any mapping."""

    format: str
    """``csv``, ``xlsx`` or ``vcard``."""
    headers: tuple[str, ...]
    rows: list[list[str]]
    row_numbers: list[int]
    """What the owner calls each row (spreadsheet row number, header = 1; vCard: the card's number)."""
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 1
    """1-based row of the header (0: none, as for vCards)."""
    notes: tuple[str, ...] = ()
    """Things worth telling the owner about the file (photos left out, …)."""
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    """Rows (or cards) that could not be read at all: (row number, reason)."""


def read_source(path: Path) -> SourceTable:
    """Read ``path`` by its content (and name): XLSX, vCard or CSV/TSV."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            f"{path.name} is {size // 1024 // 1024} MB; the largest file crmdesk imports is"
            f" {MAX_FILE_BYTES // 1024 // 1024} MB (split it into smaller files)"
        )
    data = path.read_bytes()
    if not data.strip():
        raise ValidationError(f"{path.name} is empty")
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(path)
    text = decode(data)[0]
    if re.match(r"\s*BEGIN:VCARD", text[:2000], re.IGNORECASE):
        return read_vcards(text, encoding=decode(data)[1])
    return read_csv_bytes(data, name=path.name)


# --- encodings ---------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read with.

    BOMs first (UTF-8, UTF-16), then UTF-16 without BOM (every other byte zero), then strict UTF-8,
    then the legacy code pages scored by how plausible their letters are; charset-normalizer last.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4:
        # Percent of zero bytes at even and odd offsets: ASCII text in UTF-16 has one in every pair.
        even_zero = 100 * sample[0::2].count(0) // len(sample[0::2])
        odd_zero = 100 * sample[1::2].count(0) // len(sample[1::2])
        if odd_zero > 30 and even_zero < 5:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even_zero > 30 and odd_zero < 5:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for encoding in LEGACY_CODE_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text[:SAMPLE_BYTES])
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is not None and best[0] >= 0:
        return best[2], best[1]
    from charset_normalizer import from_bytes  # only for the rare file none of the above reads

    match = from_bytes(data[:SAMPLE_BYTES]).best()
    encoding = match.encoding if match is not None else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def plausibility(text: str) -> int:
    """How much ``text`` looks like words of the languages crmdesk's owners write (higher is better)."""
    score = 0
    for word in re.findall(r"\w+", text):
        if word.isascii():
            continue
        scripts = {_script(ch) for ch in word if ch.isalpha()}
        if len(scripts - {"ascii"}) > 1 or ("cyrillic" in scripts and "ascii" in scripts):
            score -= 5  # Latin and Cyrillic letters in one word: a wrong code page
            continue
        for ch in word:
            if ch.isascii():
                continue
            if ch in _BALTIC or ch in _WESTERN or _script(ch) == "cyrillic":
                score += 2
            elif ch.isalpha():
                score -= 1
            else:
                score -= 3
    for ch in text:
        if not ch.isascii() and not ch.isalnum() and not ch.isspace() and ch not in "€–—„“”‘’«»·°§©®…":
            score -= 3
    return score


def _script(ch: str) -> str:
    if ch.isascii():
        return "ascii"
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("LATIN"):
        return "latin"
    return name.split(" ", 1)[0].lower()


# --- CSV ---------------------------------------------------------------------------------------


def read_csv_bytes(data: bytes, *, name: str = "the file") -> SourceTable:
    text, encoding = decode(data)
    return read_csv_text(text, encoding=encoding, name=name)


def read_csv_text(text: str, *, encoding: str = "utf-8", name: str = "the file") -> SourceTable:
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    records = list(_records(text, delimiter, name))
    records = [(n, r) for n, r in records if any(c.strip() for c in r)]
    if not records:
        raise ValidationError(f"{name} has no rows")
    header_index = find_header(records)
    header_number, header = records[header_index]
    headers = unique_headers(header)
    rows: list[list[str]] = []
    numbers: list[int] = []
    bad: list[tuple[int, str]] = []
    width = len(headers)
    for number, record in records[header_index + 1 :]:
        if len(record) > width and any(c.strip() for c in record[width:]):
            bad.append((number, f"has {len(record)} cells but the header has {width} (a stray delimiter?)"))
            continue
        rows.append((record + [""] * width)[:width])
        numbers.append(number)
    return SourceTable(
        format="csv",
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        encoding=encoding,
        delimiter=delimiter,
        header_row=header_number,
        bad_rows=bad,
    )


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on the first lines, else the one that splits lines evenly."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    sample = "\n".join(lines)
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        found = ""
    if found:
        return found
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t"):
        counts = [line.count(delimiter) for line in lines]
        if not counts or max(counts) == 0:
            continue
        # Lines split like the first one, times the cells it has: steady and many wins.
        score = sum(1 for c in counts if c == counts[0]) * counts[0]
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells); a quoted newline stays inside its cell, so records ≠ lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        number = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = reader.line_num
                if "field larger than field limit" in str(exc):
                    raise ValidationError(
                        f"{name}: a cell near line {line} is longer than {MAX_FIELD_CHARS:,} characters"
                        " (an unclosed quote?); nothing was imported"
                    ) from None
                raise ValidationError(f"{name}: cannot read line {line}: {exc}") from None
            number += 1
            if number > MAX_ROWS:
                raise ValidationError(f"{name} has more than {MAX_ROWS:,} rows; split it into smaller files")
            yield number, record
    finally:
        csv.field_size_limit(previous)


def find_header(records: list[tuple[int, list[str]]]) -> int:
    """Index of the header: the first of the first 10 rows whose cells are all short distinct labels."""
    widest = max(len([c for c in r if c.strip()]) for _, r in records[:10])
    for index, (_, record) in enumerate(records[:10]):
        cells = [c.strip() for c in record if c.strip()]
        if len(cells) < max(1, widest // 2):
            continue  # a title line above the table ("Customers 2024")
        labels = all(len(c) <= 60 and "@" not in c and not re.fullmatch(r"[\d\s+().-]+", c) for c in cells)
        if labels and len(set(cells)) == len(cells):
            return index
    return 0


def unique_headers(cells: list[str] | tuple[Any, ...]) -> tuple[str, ...]:
    """Header names made unique ("Phone", "Phone (2)"); an empty one becomes "Column N"."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for index, cell in enumerate(cells):
        name = " ".join(str(cell if cell is not None else "").split()) or f"Column {index + 1}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return tuple(out)


# --- XLSX --------------------------------------------------------------------------------------


def read_xlsx(path: Path) -> SourceTable:
    """The first worksheet of an Excel workbook (read-only mode: rows stream, memory stays flat)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValidationError(f"{path.name} is not a readable Excel workbook ({exc})") from None
    try:
        sheet = book.worksheets[0]
        records: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise ValidationError(f"{path.name} has more than {MAX_ROWS:,} rows; split it")
            cells = [_cell_text(v) for v in values]
            if any(len(c) > MAX_FIELD_CHARS for c in cells):
                raise ValidationError(
                    f"{path.name}: a cell in row {number} is longer than {MAX_FIELD_CHARS:,} characters"
                )
            if any(c.strip() for c in cells):
                records.append((number, cells))
    finally:
        book.close()
    if not records:
        raise ValidationError(f"{path.name} has no rows")
    header_index = find_header(records)
    header_number, header = records[header_index]
    while header and not header[-1].strip():
        header = header[:-1]
    headers = unique_headers(header)
    width = len(headers)
    rows = [(r + [""] * width)[:width] for _, r in records[header_index + 1 :]]
    numbers = [n for n, _ in records[header_index + 1 :]]
    return SourceTable("xlsx", headers, rows, numbers, header_row=header_number)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, numbers.Real) and not isinstance(value, int):
        # A phone typed as a number comes back as 37129123456.0: read as a Decimal, digits out.
        number = Decimal(repr(value))
        return format(number.quantize(Decimal(1)) if number == number.to_integral_value() else number, "f")
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)


# --- vCard -------------------------------------------------------------------------------------

VCARD_COLUMNS = (
    "Full name",
    "Given name",
    "Family name",
    "Organization",
    "Email 1",
    "Email 2",
    "Email 3",
    "Phone 1",
    "Phone 2",
    "Phone 3",
    "Street",
    "City",
    "Region",
    "Postal code",
    "Country",
    "Categories",
    "Notes",
)
_CARD = re.compile(r"^BEGIN:VCARD\s*$(.*?)^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL)


def read_vcards(text: str, *, encoding: str = "utf-8") -> SourceTable:
    """vCard 2.1, 3.0 and 4.0 (folded lines, quoted-printable); photos are left out and counted."""
    import vobject

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows: list[list[str]] = []
    numbers: list[int] = []
    bad: list[tuple[int, str]] = []
    photos = 0
    for number, match in enumerate(_CARD.finditer(text), start=1):
        body, dropped = _without_photos(_join_qp_soft_breaks(match.group(1)))
        photos += dropped
        try:
            card = vobject.readOne(f"BEGIN:VCARD\n{body.strip()}\nEND:VCARD\n", ignoreUnreadable=True)
        except Exception as exc:
            bad.append((number, f"card {number} cannot be read ({exc})"))
            continue
        rows.append(_card_row(card))
        numbers.append(number)
    if not rows and not bad:
        raise ValidationError("the file holds no vCard (BEGIN:VCARD … END:VCARD)")
    notes = (f"{photos} photo(s) in the cards were left out",) if photos else ()
    return SourceTable(
        "vcard", VCARD_COLUMNS, rows, numbers, encoding=encoding, header_row=0, notes=notes, bad_rows=bad
    )


def _join_qp_soft_breaks(body: str) -> str:
    """vCard 2.1 quoted-printable values: joined across soft breaks (a trailing ``=``) and decoded here.

    The decoded value is written back as a plain 3.0-style value (commas and newlines escaped), which
    vobject reads without its own, lossy, 2.1 handling (it cut a NOTE at its first comma).
    """
    out: list[str] = []
    joining = False
    for line in body.split("\n"):
        if joining:
            out[-1] = out[-1][:-1] + line.lstrip()
        else:
            out.append(line)
        current = out[-1]
        joining = "QUOTED-PRINTABLE" in current.split(":", 1)[0].upper() and current.endswith("=")
    return "\n".join(_decode_qp_line(line) for line in out)


def _decode_qp_line(line: str) -> str:
    head, sep, value = line.partition(":")
    if not sep or "QUOTED-PRINTABLE" not in head.upper():
        return line
    params = head.split(";")
    charset = next((p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8")
    try:
        text = quopri.decodestring(value.encode("ascii", errors="replace")).decode(charset, errors="replace")
    except LookupError:
        text = quopri.decodestring(value.encode("ascii", errors="replace")).decode("utf-8", errors="replace")
    kept = [
        p
        for p in params
        if not p.upper().startswith(("ENCODING=", "CHARSET=")) and p.upper() != "QUOTED-PRINTABLE"
    ]
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
    if params[0].upper() not in ("N", "ADR", "CATEGORIES", "ORG"):
        text = text.replace(",", "\\,").replace(";", "\\;")
    return ";".join(kept) + ":" + text


def _without_photos(body: str) -> tuple[str, int]:
    """Drop PHOTO/LOGO properties with their folded (3.0/4.0) or blank-line-ended (2.1) base64 lines."""
    out: list[str] = []
    dropping = False
    count = 0
    for line in body.split("\n"):
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if dropping:
            if line.startswith((" ", "\t")) or (line.strip() and ":" not in line):
                continue
            dropping = False
            if not line.strip():
                continue
        if name in ("PHOTO", "LOGO") and not line.startswith((" ", "\t")):
            dropping = True
            count += name == "PHOTO"
            continue
        out.append(line)
    return "\n".join(out), count


def _card_row(card: Any) -> list[str]:
    def values(key: str) -> list[Any]:
        return [c.value for c in card.contents.get(key, [])]

    def text(value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(str(v) for v in value if v)
        return str(value or "").strip()

    full = text(values("fn")[0]) if values("fn") else ""
    given = family = ""
    if values("n"):
        n = values("n")[0]
        given = text(getattr(n, "given", ""))
        family = text(getattr(n, "family", ""))
    org = text(values("org")[0]) if values("org") else ""
    emails = [text(v) for v in values("email")][:3]
    phones = [re.sub(r"^tel:", "", text(v), flags=re.IGNORECASE) for v in values("tel")][:3]
    street = city = region = code = country = ""
    if values("adr"):
        adr = values("adr")[0]
        street = " ".join(p for p in (text(getattr(adr, "box", "")), text(getattr(adr, "street", ""))) if p)
        city = text(getattr(adr, "city", ""))
        region = text(getattr(adr, "region", ""))
        code = text(getattr(adr, "code", ""))
        country = text(getattr(adr, "country", ""))
    categories = "; ".join(text(v).replace(", ", "; ") for v in values("categories"))
    notes = "\n".join(text(v) for v in values("note")).replace("\r\n", "\n")

    def pad(items: list[str]) -> list[str]:
        return [*items, "", "", ""][:3]

    return [
        full,
        given,
        family,
        org,
        *pad(emails),
        *pad(phones),
        street,
        city,
        region,
        code,
        country,
        categories,
        notes,
    ]
