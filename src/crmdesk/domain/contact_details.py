"""Phone numbers and email addresses: parsed, checked and normalised, with a plain message per field.

Phones are stored in E.164 (``+37129123456``) and shown in the national format of their country.
A number typed without ``+`` is read in ``region`` (the customer's billing country, else the owner's
country); without a region it must be typed in international form.
"""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crmdesk.domain.errors import ValidationError


def normalize_phone(text: str, *, region: str | None, field: str = "phone") -> str:
    """The E.164 form of ``text``; :class:`ValidationError` naming ``field`` if it is not a valid number."""
    raw = text.strip()
    if not raw:
        raise ValidationError("Enter a phone number.", field=field)
    region_code = region.upper() if region else None
    if not raw.startswith("+") and not raw.startswith("00") and not region_code:
        raise ValidationError(
            f"{raw!r}: type the number in international form (+country code …), "
            "or set the customer's billing country",
            field=field,
        )
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region_code)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"{text.strip()!r} is not a phone number", field=field) from None
    if not phonenumbers.is_valid_number(number):
        where = f" in {region_code}" if region_code and not raw.startswith("+") else ""
        raise ValidationError(f"{text.strip()!r} is not a valid phone number{where}", field=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_format(e164: str) -> str:
    """How the owner sees a stored number: the national format of its country ("29 123 456")."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def international_format(e164: str) -> str:
    """ "+371 29 123 456": for a number of another country than the owner's."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def national_significant_digits(text: str, *, region: str | None) -> str | None:
    """The national significant number of ``text`` if it parses as a valid number, else ``None``."""
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.national_significant_number(number)


def normalize_email(text: str, *, field: str = "email") -> str:
    """The normalised address (domain lower-cased, IDN kept readable); offline: no DNS lookup."""
    raw = text.strip()
    if not raw:
        raise ValidationError("Enter an email address.", field=field)
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(f"{raw!r} is not a valid email address: {exc}", field=field) from None
    return str(result.normalized)
