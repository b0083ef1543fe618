"""Bank details as printed on invoices: IBAN and BIC, checked with schwifty (check digits, lengths,
country formats, known bank codes)."""

from __future__ import annotations

from crmdesk.domain.errors import ValidationError

# schwifty is imported on first use: loading its bank registry costs ~75 ms of start-up.


def normalize_iban(text: str, *, field: str = "iban") -> str:
    """The IBAN in compact form ("LV80BANK0000435195001"), or ``""`` for empty input."""
    raw = "".join(text.split()).upper()
    if not raw:
        return ""
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    try:
        return str(IBAN(raw).compact)
    except (SchwiftyException, ValueError) as error:
        raise ValidationError(
            f"{text.strip()!r} is not a valid IBAN ({_reason(error)})", field=field
        ) from None


def format_iban(iban: str) -> str:
    """Groups of four, as people write and read an IBAN ("LV80 BANK 0000 4351 9500 1")."""
    compact = "".join(iban.split())
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def normalize_bic(text: str, *, field: str = "bic") -> str:
    """The BIC (8 or 11 characters, upper case), or ``""`` for empty input."""
    raw = "".join(text.split()).upper()
    if not raw:
        return ""
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    try:
        return str(BIC(raw, allow_invalid=False).compact)
    except (SchwiftyException, ValueError) as error:
        raise ValidationError(
            f"{text.strip()!r} is not a valid BIC ({_reason(error)})", field=field
        ) from None


def _reason(error: Exception) -> str:
    text = str(error).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else "unknown format"
