"""Document number patterns: ``{year}-{seq:04d}`` → ``2026-0001``."""

from __future__ import annotations

import string
from datetime import date

from crmdesk.domain.errors import ValidationError

DEFAULT_INVOICE_PATTERN = "{year}-{seq:04d}"
ALLOWED_FIELDS = frozenset({"year", "seq", "month"})


def check_pattern(pattern: str) -> str:
    """Refuse a pattern that names unknown fields or lacks ``{seq}``."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise ValidationError(f"invalid number pattern {pattern!r}: {exc}", field="pattern") from exc
    unknown = fields - ALLOWED_FIELDS
    if unknown:
        raise ValidationError(
            f"invalid number pattern {pattern!r}: unknown field(s) {', '.join(sorted(unknown))}",
            field="pattern",
        )
    if "seq" not in fields:
        raise ValidationError(f"number pattern {pattern!r} must contain {{seq}}", field="pattern")
    format_number(pattern, issued_on=date(2000, 1, 1), sequence=1)
    return pattern


def period_of(pattern: str, issued_on: date) -> str:
    """The counter period: a new sequence starts when the year in the pattern changes."""
    return str(issued_on.year) if "{year" in pattern else ""


def format_number(pattern: str, *, issued_on: date, sequence: int) -> str:
    """Render a number; ``sequence`` starts at 1 in each period."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    try:
        return pattern.format(year=issued_on.year, month=issued_on.month, seq=sequence)
    except (ValueError, KeyError, IndexError) as exc:
        raise ValidationError(f"invalid number pattern {pattern!r}: {exc}", field="pattern") from exc
