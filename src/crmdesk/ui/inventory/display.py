"""How inventory values look on screen: quantities, statuses and movement kinds in words."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor

from crmdesk.domain.enums import MovementKind, PurchaseOrderStatus
from crmdesk.ui.formats import decimal_text
from crmdesk.ui.i18n import current_language, tr

LOW_COLOUR = QColor("#b3261e")
MOVEMENT_LABELS: dict[MovementKind, str] = {
    MovementKind.OPENING_BALANCE: tr("Opening balance"),
    MovementKind.RECEIVED: tr("Goods received"),
    MovementKind.SOLD: tr("Sold"),
    MovementKind.RETURNED: tr("Returned"),
    MovementKind.DELIVERY: tr("Delivery"),
    MovementKind.ADJUSTMENT: tr("Adjustment"),
}
ORDER_LABELS: dict[PurchaseOrderStatus, str] = {
    PurchaseOrderStatus.DRAFT: tr("Draft"),
    PurchaseOrderStatus.SENT: tr("Sent"),
    PurchaseOrderStatus.PARTIALLY_RECEIVED: tr("Partially received"),
    PurchaseOrderStatus.RECEIVED: tr("Received"),
    PurchaseOrderStatus.CANCELLED: tr("Cancelled"),
}


def quantity(value: Decimal) -> str:
    """A quantity without trailing zeros ("12", "2.5", "-3")."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def quantity_text(value: Decimal) -> str:
    """A quantity in a table cell (never parsed back): :func:`quantity` in English, else the chosen
    language's digits, grouping and decimal sign ("2,5" in Latvian)."""
    return quantity(value) if current_language() == "en" else decimal_text(value.normalize())


def signed(value: Decimal) -> str:
    """A change of stock with its sign ("+12", "−3"), for table cells."""
    text = quantity_text(abs(value))
    return f"+{text}" if value > 0 else (f"\u2212{text}" if value < 0 else text)
