"""How sales values look on screen: money with babel, statuses with words and colours.

Money is formatted with babel because QLocale cannot format a ``Decimal``; amounts are quantized half up
first (babel rounds half-even), so the screen shows what the invoice prints.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from crmdesk.domain.enums import OpportunityStage, QuoteStatus
from crmdesk.domain.money import round_money
from crmdesk.domain.receivables import PaymentStatus
from crmdesk.ui.formats import day_text
from crmdesk.ui.i18n import tr

PAYMENT_LABELS: dict[PaymentStatus, str] = {
    PaymentStatus.OPEN: tr("Open"),
    PaymentStatus.PARTIALLY_PAID: tr("Partially paid"),
    PaymentStatus.PAID: tr("Paid"),
    PaymentStatus.OVERDUE: tr("Overdue"),
    PaymentStatus.CREDITED: tr("Credited"),
}
PAYMENT_COLOURS: dict[PaymentStatus, str] = {
    # Dark enough to read on white and on the alternate row colour.
    PaymentStatus.OPEN: "#1d5fa8",
    PaymentStatus.PARTIALLY_PAID: "#a15c00",
    PaymentStatus.PAID: "#1e7b34",
    PaymentStatus.OVERDUE: "#b3261e",
    PaymentStatus.CREDITED: "#6b6b6b",
}
QUOTE_LABELS: dict[QuoteStatus, str] = {
    QuoteStatus.DRAFT: tr("Draft"),
    QuoteStatus.SENT: tr("Sent"),
    QuoteStatus.ACCEPTED: tr("Accepted"),
    QuoteStatus.DECLINED: tr("Declined"),
    QuoteStatus.EXPIRED: tr("Expired"),
}
STAGE_LABELS: dict[OpportunityStage, str] = {
    OpportunityStage.LEAD: tr("Lead"),
    OpportunityStage.QUALIFIED: tr("Qualified"),
    OpportunityStage.QUOTED: tr("Quoted"),
    OpportunityStage.WON: tr("Won"),
    OpportunityStage.LOST: tr("Lost"),
}


def _babel_locale() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_US")  # the "C" locale has no CLDR data


def money(amount: Decimal, currency: str) -> str:
    """``amount`` in ``currency`` the owner's way (``€1,234.50``), rounded half up first."""
    return format_currency(round_money(amount, currency), currency, locale=_babel_locale())


def payment_colour(status: PaymentStatus) -> QColor:
    return QColor(PAYMENT_COLOURS[status])


def iso(day: date | None) -> str:
    """A date on screen (never parsed back): ISO in English, else the chosen locale's short date
    (:func:`crmdesk.ui.formats.day_text`). Files and exports use ``date.isoformat()`` themselves."""
    return day_text(day)


def to_date(day: QDate) -> date:
    """A ``QDate`` as a ``date`` (``QDate.toPython`` is typed ``object``)."""
    return date(day.year(), day.month(), day.day())
