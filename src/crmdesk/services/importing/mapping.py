"""Which column holds what: the import's target fields and the header names recognised for each.

A mapping is ``{column header: field}``; a column mapped to ``""`` (or missing) is ignored. Several
columns may map to ``email``, ``phone`` or ``tags`` (all their values are kept); for any other field
the first non-empty column wins (Outlook's business address before its home address).

Recognised without the owner's help: Google Contacts and Outlook CSV exports, crmdesk's own export
and plain "Name/Email/Phone/Company/Address" headers in English, Latvian, Spanish, Russian, Swedish
and Persian (and a few more spellings each).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from babel import Locale

FIELDS: dict[str, str] = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "kind": "Kind (person/company)",
    "email": "Email",
    "phone": "Phone",
    "line1": "Street address",
    "line2": "Address line 2",
    "postal_code": "Postal code",
    "city": "City",
    "region": "Region / state",
    "country": "Country",
    "vat_id": "VAT / tax id",
    "registration_no": "Registration no.",
    "language": "Language",
    "currency": "Currency",
    "payment_terms_days": "Payment terms (days)",
    "channel": "Channel (how they found you)",
    "tags": "Tags",
    "notes": "Notes",
}
"""Target field → what the wizard shows. ``custom.KEY`` targets a custom field as well."""
MULTI_FIELDS = frozenset({"email", "phone", "tags", "notes"})

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "display name",
        "customer",
        "customer name",
        "contact",
        "contact name",
        "fn",
        "formatted name",
        "vārds, uzvārds",
        "vārds uzvārds",
        "klients",
        "klienta nosaukums",
        "nosaukums",
        "pilns vārds",
        "nombre",
        "nombre completo",
        "cliente",
        "nombre y apellidos",
        "имя",
        "фио",
        "полное имя",
        "клиент",
        "наименование",
        "контакт",
        "namn",
        "fullständigt namn",
        "kund",
        "kontakt",
        "نام",
        "نام کامل",
        "نام و نام خانوادگی",
        "مشتری",
    ),
    "first_name": (
        "first name",
        "given name",
        "firstname",
        "forename",
        "vārds",
        "nombre de pila",
        "имя собственное",
        "förnamn",
        "نام کوچک",
    ),
    "last_name": (
        "last name",
        "family name",
        "surname",
        "lastname",
        "uzvārds",
        "apellido",
        "apellidos",
        "фамилия",
        "efternamn",
        "نام خانوادگی",
    ),
    "company": (
        "company",
        "organization",
        "organisation",
        "organization 1 - name",
        "organization name",
        "business",
        "firm",
        "company name",
        "uzņēmums",
        "firma",
        "kompānija",
        "organizācija",
        "empresa",
        "compañía",
        "organización",
        "компания",
        "организация",
        "фирма",
        "företag",
        "organisation namn",
        "bolag",
        "شرکت",
        "سازمان",
    ),
    "kind": ("kind", "type of customer", "customer type", "tips", "tipo", "тип", "typ", "نوع"),
    "email": (
        "email",
        "e-mail",
        "e mail",
        "mail",
        "email address",
        "e-mail address",
        "email 1",
        "email 2",
        "email 3",
        "e-mail 1 - value",
        "e-mail 2 - value",
        "e-mail 3 - value",
        "e-mail 2 address",
        "e-mail 3 address",
        "emails",
        "e-pasts",
        "epasts",
        "e-pasta adrese",
        "correo",
        "correo electrónico",
        "email/correo",
        "эл. почта",
        "электронная почта",
        "почта",
        "емейл",
        "e-post",
        "epost",
        "e-postadress",
        "ایمیل",
        "پست الکترونیک",
        "رایانامه",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "cell",
        "phone number",
        "phone 1",
        "phone 2",
        "phone 3",
        "phone 1 - value",
        "phone 2 - value",
        "phone 3 - value",
        "business phone",
        "business phone 2",
        "home phone",
        "home phone 2",
        "primary phone",
        "other phone",
        "company main phone",
        "phones",
        "tālrunis",
        "telefons",
        "mobilais",
        "tālr.",
        "tel.",
        "teléfono",
        "móvil",
        "celular",
        "телефон",
        "тел.",
        "мобильный",
        "мобильный телефон",
        "telefon",
        "mobil",
        "mobiltelefon",
        "telefonnummer",
        "تلفن",
        "شماره تلفن",
        "موبایل",
        "همراه",
    ),
    "line1": (
        "address",
        "street",
        "street address",
        "address 1 - street",
        "address 1 - formatted",
        "business street",
        "home street",
        "address line 1",
        "billing address",
        "billing line1",
        "adrese",
        "iela",
        "juridiskā adrese",
        "dirección",
        "calle",
        "domicilio",
        "адрес",
        "улица",
        "adress",
        "gatuadress",
        "gata",
        "postadress",
        "آدرس",
        "نشانی",
        "خیابان",
    ),
    "line2": ("street 2", "address line 2", "address 2", "billing line2", "business street 2", "adrese 2"),
    "postal_code": (
        "postal code",
        "postcode",
        "post code",
        "zip",
        "zip code",
        "address 1 - postal code",
        "business postal code",
        "home postal code",
        "billing postal code",
        "pasta indekss",
        "indekss",
        "código postal",
        "cp",
        "почтовый индекс",
        "индекс",
        "postnummer",
        "کد پستی",
    ),
    "city": (
        "city",
        "town",
        "address 1 - city",
        "business city",
        "home city",
        "billing city",
        "pilsēta",
        "ciudad",
        "localidad",
        "город",
        "stad",
        "ort",
        "postort",
        "شهر",
    ),
    "region": (
        "region",
        "state",
        "province",
        "county",
        "address 1 - region",
        "business state",
        "home state",
        "billing region",
        "novads",
        "reģions",
        "provincia",
        "región",
        "регион",
        "область",
        "län",
        "استان",
    ),
    "country": (
        "country",
        "country/region",
        "address 1 - country",
        "business country/region",
        "home country/region",
        "billing country",
        "country code",
        "valsts",
        "país",
        "страна",
        "land",
        "کشور",
    ),
    "vat_id": (
        "vat",
        "vat id",
        "vat number",
        "vat no",
        "tax id",
        "vat_id",
        "pvn numurs",
        "pvn reģ. nr.",
        "nif",
        "cif",
        "инн",
        "momsnummer",
        "momsreg.nr",
        "کد اقتصادی",
    ),
    "registration_no": (
        "registration no",
        "registration no.",
        "registration number",
        "company number",
        "reg. nr.",
        "reģistrācijas numurs",
        "reģ. nr.",
        "огрн",
        "organisationsnummer",
        "org.nr",
        "شناسه ملی",
    ),
    "language": ("language", "valoda", "idioma", "язык", "språk", "زبان"),
    "currency": ("currency", "valūta", "moneda", "валюта", "valuta", "ارز"),
    "payment_terms_days": (
        "payment terms",
        "payment terms (days)",
        "payment terms days",
        "payment_terms_days",
        "apmaksas termiņš",
    ),
    "channel": ("channel", "source", "lead source", "kanāls", "canal", "канал", "kanal", "کانال"),
    "tags": (
        "tags",
        "tag",
        "labels",
        "group membership",
        "categories",
        "category",
        "groups",
        "birkas",
        "grupas",
        "etiquetas",
        "grupos",
        "теги",
        "метки",
        "группы",
        "taggar",
        "grupper",
        "برچسب",
        "برچسب‌ها",
        "گروه",
    ),
    "notes": (
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
        "description",
        "piezīmes",
        "komentārs",
        "notas",
        "comentarios",
        "observaciones",
        "заметки",
        "примечание",
        "комментарий",
        "anteckningar",
        "kommentar",
        "یادداشت",
        "توضیحات",
    ),
}

# Google's newer export numbers its repeated columns; Outlook spells them its own way.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^e-?mail \d+ - value$"), "email"),
    (re.compile(r"^e-?mail( \d+)? address$"), "email"),
    (re.compile(r"^phone \d+ - value$"), "phone"),
    (re.compile(r"^address \d+ - street$"), "line1"),
    (re.compile(r"^address \d+ - city$"), "city"),
    (re.compile(r"^address \d+ - region$"), "region"),
    (re.compile(r"^address \d+ - postal code$"), "postal_code"),
    (re.compile(r"^address \d+ - country$"), "country"),
    (re.compile(r"^organization \d+ - name$"), "company"),
    (re.compile(r"^(email|phone) \(\d+\)$"), r"\1"),
    (re.compile(r"^emails?\[\d+\]$"), "email"),
    (re.compile(r"^phones?\[\d+\]$"), "phone"),
)
# Address 1 - Formatted repeats the street, city and code in one cell: used only without a street.
_FALLBACK_ONLY = {"address 1 - formatted"}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("_", " ").replace("ـ", "")
    text = text.replace("ي", "ی").replace("ك", "ک")
    return " ".join(text.replace(":", " ").split()).strip(" *")


_LOOKUP: dict[str, str] = {_key(s): target for target, names in _SYNONYMS.items() for s in names}
_LOOKUP.update({_key(field): field for field in FIELDS})


def guess_field(header: str) -> str:
    """The field a header names, or ``""`` when it is not recognised."""
    key = _key(header)
    key_plain = re.sub(r"\s*\(\d+\)$", "", key)
    for candidate in (key, key_plain):
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
        for pattern, target in _PATTERNS:
            if pattern.match(candidate):
                return pattern.sub(target, candidate) if "\\" in target else target
    return ""


def propose_mapping(headers: Iterable[str], custom_keys: Iterable[str] = ()) -> dict[str, str]:
    """A mapping for every header (``""`` for those not recognised)."""
    custom = {_key(k): f"custom.{k}" for k in custom_keys}
    headers = list(headers)
    mapping = {h: guess_field(h) or custom.get(_key(h), "") for h in headers}
    streets = [h for h, t in mapping.items() if t == "line1"]
    for header in headers:
        if _key(header) in _FALLBACK_ONLY and len(streets) > 1:
            mapping[header] = ""
    # "Vārds" / "Имя" / "Nombre" alone is the whole name; beside "Uzvārds" / "Фамилия" it is the first name.
    targets = set(mapping.values())
    if "first_name" in targets and not targets & {"name", "last_name"}:
        mapping = {h: ("name" if t == "first_name" else t) for h, t in mapping.items()}
    elif "last_name" in targets and "name" in targets and "first_name" not in targets:
        mapping = {h: ("first_name" if t == "name" else t) for h, t in mapping.items()}
    # "Name" plus first/last name columns (Google): the full name wins, the parts serve rows without it.
    return mapping


def check_mapping(
    mapping: Mapping[str, str], headers: Iterable[str], custom_keys: Iterable[str] = ()
) -> list[str]:
    """What is wrong with a mapping (unknown fields or columns); empty when it can be used."""
    problems = []
    known = set(headers)
    customs = {f"custom.{k}" for k in custom_keys}
    for header, target in mapping.items():
        if header not in known:
            problems.append(f"the file has no column {header!r}")
        if target and target not in FIELDS and target not in customs:
            problems.append(f"{header!r} is mapped to {target!r}, which is not a field")
    return problems


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in ("en", "lv", "es", "ru", "sv", "fa", "de", "lt", "et", "fi", "fr"):
        for code, name in Locale(lang).territories.items():
            code = str(code)
            if len(code) == 2 and code.isalpha():
                names.setdefault(_key(str(name)), code)
    for extra, code in (("usa", "US"), ("uk", "GB"), ("england", "GB"), ("russia", "RU"), ("latvija", "LV")):
        names.setdefault(extra, code)
    return names


_COUNTRIES: dict[str, str] | None = None


def country_code(text: str) -> str:
    """An ISO code for a country given by code or by name in a usual language; the text if unknown."""
    global _COUNTRIES
    cleaned = text.strip()
    if len(cleaned) == 2 and cleaned.isalpha():
        return cleaned.upper()
    if not cleaned:
        return ""
    if _COUNTRIES is None:
        _COUNTRIES = _country_names()
    return _COUNTRIES.get(_key(cleaned), cleaned)


_LANGUAGES: dict[str, str] | None = None


def language_code(text: str) -> str:
    """A language code for a code or a language's name ("English", "latviešu", "Русский"); else the text."""
    global _LANGUAGES
    cleaned = text.strip()
    if not cleaned or re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", cleaned):
        return cleaned
    if _LANGUAGES is None:
        _LANGUAGES = {}
        for lang in ("en", "lv", "es", "ru", "sv", "fa"):
            for code, name in Locale(lang).languages.items():
                if "_" not in str(code):
                    _LANGUAGES.setdefault(_key(str(name)), str(code))
    return _LANGUAGES.get(_key(cleaned), cleaned)
