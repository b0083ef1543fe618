"""Turning what the owner types into a safe SQLite FTS5 query.

Every word becomes a quoted FTS5 string with a prefix star (``"bērz"*``; none after a word that ends
in punctuation, whose last token is then complete: ``c13@`` is not ``c130``), so quotes, ``AND``/``OR``/
``NOT``/``NEAR``, ``-``, ``*``, ``^``, ``:`` and parentheses typed by the owner are plain text and can
never be a syntax error. Inside a quoted string FTS5 applies the table's tokenizer, so ``anna.berz``
becomes the phrase ``anna berz*`` and finds ``anna.berzina@example.lv``.

A query that looks like a phone number ("+371 2912 3456", "29123456", "(0)20 7946-0958") also asks
for its digits run together, which the phone index stores as every suffix of the E.164 digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_TERMS = 12
"""More words than this only slow the query down; the rest are ignored."""
MIN_PHONE_DIGITS = 3

_PHONE_CHARS = re.compile(r"^[\d\s+\-()./]+$")


@dataclass(frozen=True)
class SearchQuery:
    """The FTS5 ``MATCH`` expressions for what was typed."""

    text: str
    words: str
    """Every word as a prefix, ANDed; empty when there is nothing to search for (blank, punctuation)."""
    phone_digits: tuple[str, ...] = ()
    """Digit strings to prefix-match among phone numbers (when the text looks like one)."""
    longest_term: int = 0
    """Characters in the longest word: very short prefixes are too broad for free text."""

    @property
    def is_empty(self) -> bool:
        return not self.words

    @property
    def match(self) -> str:
        """For text columns: the words, or the digits run together (a document number typed with spaces)."""
        if not self.phone_digits or self.words == self.digits:
            return self.words
        return f"({self.words}) OR {self.digits}"

    @property
    def digits(self) -> str:
        return " OR ".join(f"{_quote(d)}*" for d in self.phone_digits)

    def phone_match(self) -> str:
        """For a column of phone digit suffixes: only the digits (each word alone matches any suffix)."""
        return self.digits if self.phone_digits else self.words

    def columns_match(self, text_columns: str, phone_column: str) -> str:
        """Words in ``text_columns`` (``{name details}``) or the digits in ``phone_column``."""
        words = f"{text_columns} : ({self.words})"
        if not self.phone_digits:
            return words
        return f"{words} OR {phone_column} : ({self.digits})"


_PERSIAN_FORMS = {"\u064a": "\u06cc", "\u0643": "\u06a9"}
"""Arabic yeh and kaf → Persian; the index folds them the same way (crmdesk.storage.search_index)."""


def _clean_char(ch: str) -> str:
    if unicodedata.category(ch) in ("Cc", "Cs"):
        # Control characters and lone surrogates (pasted binary junk) cannot be bound or tokenized.
        return " "
    if ch.isdigit() and not ch.isascii():
        # Persian, Arabic-Indic, full-width digits typed in a phone number.
        return str(unicodedata.digit(ch, 0)) if unicodedata.digit(ch, None) is not None else ch
    return _PERSIAN_FORMS.get(ch, ch)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _star(term: str) -> str:
    """A prefix query unless the word ends in punctuation ("c13@", "Ltd."): then its last token is complete."""
    return "*" if unicodedata.category(term[-1])[0] in "LNM" else ""


def _has_word_character(term: str) -> bool:
    return any(ch.isalnum() for ch in term)


def looks_like_phone(text: str) -> bool:
    """Digits with the usual phone punctuation only, and enough digits to mean something."""
    stripped = text.strip()
    return bool(_PHONE_CHARS.match(stripped)) and sum(ch.isdigit() for ch in stripped) >= MIN_PHONE_DIGITS


def phone_search_digits(text: str, *, national_digits: str | None = None) -> tuple[str, ...]:
    """The digit strings to prefix-match in the phone index.

    Leading zeros are dropped: they are a trunk prefix ("020 …") or an international call prefix
    ("00371 …"), and the index holds E.164 digits (which never carry them) and all their suffixes.
    ``national_digits`` is the national significant number when the text parsed as a valid number
    (e.g. a Russian "8 912 …" whose trunk prefix is 8).
    """
    digits = "".join(ch for ch in text if ch.isdigit()).lstrip("0")
    found = [d for d in (digits, national_digits or "") if len(d) >= MIN_PHONE_DIGITS]
    return tuple(dict.fromkeys(found))


def build_search_query(text: str, *, national_digits: str | None = None) -> SearchQuery:
    """A safe prefix query: every word must match (AND); a phone-like text may also match its digits."""
    cleaned = "".join(_clean_char(ch) for ch in text)
    terms = [t for t in cleaned.split() if _has_word_character(t)][:MAX_TERMS]
    if not terms:
        return SearchQuery(text=text, words="")
    words = " AND ".join(f"{_quote(term)}{_star(term)}" for term in terms)
    phone_digits: tuple[str, ...] = ()
    if looks_like_phone(cleaned):
        phone_digits = phone_search_digits(cleaned, national_digits=national_digits)
    return SearchQuery(
        text=text, words=words, phone_digits=phone_digits, longest_term=max(len(t) for t in terms)
    )
