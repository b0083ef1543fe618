"""Helpers shared by the sales UI tests: a page over the demo database, message boxes that answer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.services import Services
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.services.sales.views import InvoiceView


class Warnings:
    """Stands in for ``QMessageBox.warning``: records the messages instead of opening a modal box."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(
        self, _parent: QWidget | None, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        self.messages.append(text)
        return QMessageBox.StandardButton.Ok


def yes(*_args: object) -> QMessageBox.StandardButton:
    """Stands in for ``QMessageBox.question``: the owner confirms."""
    return QMessageBox.StandardButton.Yes


def make_draft(services: Services) -> InvoiceView:
    """A draft invoice of two lines for the first customer."""
    customer_id = services.invoices.list()[0].customer_id
    return services.invoices.create_draft(
        InvoiceDraft(
            customer_id=customer_id,
            lines=[
                LineInput(
                    description="Workshop labour",
                    quantity=Decimal(2),
                    unit_price=Decimal("45.00"),
                    tax_rate=Decimal(21),
                ),
                LineInput(
                    description="Chain",
                    quantity=Decimal(1),
                    unit_price=Decimal("16.90"),
                    tax_rate=Decimal(21),
                ),
            ],
        )
    )
