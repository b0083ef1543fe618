"""How dates, instants and plain numbers look on screen, in the language chosen for crmdesk.

In English (no translation installed) crmdesk keeps ISO dates (``2026-03-05``, ``2026-03-05 09:05``)
and English digit grouping (``1,234``): unambiguous whatever the system locale says. In the other
languages the default ``QLocale`` (set by :func:`crmdesk.ui.i18n.install_language`) decides: its short
date format (always with a four-digit year), 24-hour or local time, its group separator, decimal sign
and digits (Persian digits in Persian).

Screen only: whatever is parsed back, exported (CSV, PDF) or written to a file stays ISO and plain.
Money is formatted by :func:`crmdesk.ui.sales.display.money` (babel, ``QLocale().name()``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale, QTime

from crmdesk.ui.i18n import current_language

_SHORT = QLocale.FormatType.ShortFormat


def _english() -> bool:
    return current_language() == "en"


def _date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yy`` → ``dd.MM.yyyy``)."""
    pattern = locale.dateFormat(_SHORT)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_text(day: date | None) -> str:
    """``day`` on screen: ISO in English, else the locale's short date ("" for none)."""
    if day is None:
        return ""
    if _english():
        return day.isoformat()
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _date_format(locale))


def instant_text(instant: datetime | None) -> str:
    """``instant`` in the computer's time zone, to the minute ("" for none)."""
    if instant is None:
        return ""
    local = instant.astimezone()
    if _english():
        return local.strftime("%Y-%m-%d %H:%M")
    clock = QLocale().toString(QTime(local.hour, local.minute), _SHORT)
    return f"{day_text(local.date())} {clock}"


def count_text(count: int) -> str:
    """A whole number with the locale's digit grouping (``1,234``; ``1 234`` in Latvian)."""
    if _english():
        return f"{count:,}"
    return QLocale().toString(count)


def decimal_text(value: Decimal, places: int | None = None) -> str:
    """``value`` (rounded half up to ``places`` decimals when given) with the locale's grouping,
    decimal sign and digits. Exact: the ``Decimal`` never passes through a binary float."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if _english():
        return f"{value:,}"
    locale = QLocale()
    whole, _, fraction = format(abs(value), "f").partition(".")
    text = locale.toString(int(whole))
    if fraction:
        zero = ord(locale.zeroDigit())
        text += locale.decimalPoint() + "".join(chr(zero + int(digit)) for digit in fraction)
    return locale.negativeSign() + text if value < 0 else text
