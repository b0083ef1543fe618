from __future__ import annotations

from datetime import date

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.numbering import DEFAULT_INVOICE_PATTERN, check_pattern, format_number, period_of


def test_default_pattern() -> None:
    assert format_number(DEFAULT_INVOICE_PATTERN, issued_on=date(2026, 1, 5), sequence=7) == "2026-0007"
    assert period_of(DEFAULT_INVOICE_PATTERN, date(2026, 1, 5)) == "2026"


def test_pattern_without_year_never_restarts() -> None:
    assert period_of("INV{seq:05d}", date(2026, 1, 5)) == ""
    assert format_number("INV{seq:05d}", issued_on=date(2026, 1, 5), sequence=12) == "INV00012"


@pytest.mark.parametrize("pattern", ["{year}", "{year}-{customer}-{seq}", "{seq", "{seq:q}"])
def test_bad_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(ValidationError, match="pattern"):
        check_pattern(pattern)
