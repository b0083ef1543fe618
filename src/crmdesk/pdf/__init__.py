"""PDF rendering of prepared document views (ReportLab). It lays out; it never computes a total.

:func:`render_document` takes a :class:`~crmdesk.pdf.model.PdfDocument` (plain dataclasses filled in by
``crmdesk.services.documents``) and returns PDF/A-3b bytes; invoices and credit notes can carry their
Factur-X (EN 16931) XML. Nothing here reads the database.
"""

from __future__ import annotations

from crmdesk.pdf.model import (
    KINDS,
    BankAccount,
    EpcPayment,
    Party,
    PdfDocument,
    PdfLine,
    ReminderFacts,
    TaxRow,
)
from crmdesk.pdf.render import render_document

__all__ = [
    "KINDS",
    "BankAccount",
    "EpcPayment",
    "Party",
    "PdfDocument",
    "PdfLine",
    "ReminderFacts",
    "TaxRow",
    "render_document",
]
