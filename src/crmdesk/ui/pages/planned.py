"""Pages of areas that are not built yet: each says so plainly and lists what it will hold (no fake data)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crmdesk.ui.pages.base import Page, heading, not_built_notice, page_layout
from crmdesk.ui.tasks import TaskRunner

COMING: dict[str, list[str]] = {
    "contact-log": [
        "Every call, email, meeting, visit, note, complaint and feedback with a customer, on one timeline",
        "Follow-ups with a due date, and a list of those due today or overdue",
        "Complaints with their status (open, resolved) and the customer's satisfaction",
    ],
    "inventory": [
        "Products and services with prices, tax rates and average cost",
        "Stock on hand from a ledger of stock movements (received, sold, returned, adjusted)",
        "Suppliers, purchase orders, delivery notes and expenses",
        "Low-stock warnings",
    ],
    "reports": [
        "Sales by month, customer and product, with margins",
        "Customer segments by recency, frequency and money spent (RFM)",
        "Unpaid and overdue invoices",
        "Export to CSV and PDF",
    ],
}


class PlannedPage(Page):
    """A sidebar entry whose area is not built yet."""

    def __init__(self, *, key: str, title: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key=key, title=title, runner=runner, parent=parent)
        layout = page_layout(self)
        layout.addWidget(heading(title))
        layout.addWidget(not_built_notice(title, COMING[key]))
        layout.addStretch(1)
