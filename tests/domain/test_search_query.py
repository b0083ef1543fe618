"""What the owner types → a safe FTS5 query (pure Python; the FTS5 side is in tests/storage/test_fts.py)."""

from __future__ import annotations

import pytest

from crmdesk.domain.contact_details import national_format, normalize_email, normalize_phone
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.search_query import build_search_query, looks_like_phone


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("berzins", '"berzins"*'),
        ("Jānis  Bērz", '"Jānis"* AND "Bērz"*'),
        ('say "hi"', '"say"* AND """hi"""'),
        ("NEAR(a b)", '"NEAR(a"* AND "b)"'),
        ("c13@", '"c13@"'),
        ("- * ^ :", ""),
        ("", ""),
        ("a\x00b", '"a"* AND "b"*'),
        ("علي", '"علی"*'),
    ],
)
def test_words(typed: str, words: str) -> None:
    assert build_search_query(typed).words == words


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+371 2912 3456", ("37129123456",)),
        ("00371 29123456", ("37129123456",)),
        ("020 7946-0958", ("2079460958",)),
        ("(29) 12", ("2912",)),
        ("۲۹۱۲۳۴۵۶", ("29123456",)),
        ("12", ()),
        ("Ltd 2912", ()),
    ],
)
def test_phone_digits(typed: str, digits: tuple[str, ...]) -> None:
    assert build_search_query(typed).phone_digits == digits
    assert looks_like_phone(typed) == bool(digits) or typed == "12"


def test_national_digits_are_an_alternative() -> None:
    query = build_search_query("8 912 345-67-89", national_digits="9123456789")
    assert query.phone_digits == ("89123456789", "9123456789")
    assert query.phone_match() == '"89123456789"* OR "9123456789"*'


def test_phones_and_emails() -> None:
    assert normalize_phone("29 123 456", region="lv") == "+37129123456"
    assert normalize_phone("+46 70-123 45 67", region=None) == "+46701234567"
    assert national_format("+37129123456") == "29 123 456"
    with pytest.raises(ValidationError, match="international form") as caught:
        normalize_phone("29123456", region=None, field="phones[2]")
    assert caught.value.field == "phones[2]"
    with pytest.raises(ValidationError, match="not a valid phone number in LV"):
        normalize_phone("123", region="LV")
    assert normalize_email(" Anna@Example.LV ") == "Anna@example.lv"
    with pytest.raises(ValidationError, match="not a valid email"):
        normalize_email("anna@")
