"""Document PDFs: quotes, invoices, credit notes, payment reminders and delivery notes.

The one entry point for the UI and the CLI is :class:`DocumentPdfService` (``Services.documents``):

- :meth:`~DocumentPdfService.render` reads a document through the sales/inventory services, turns it
  into the plain dataclasses of :mod:`crmdesk.pdf` and returns a :class:`RenderedDocument` (the bytes
  and a suggested file name);
- :meth:`~DocumentPdfService.save` writes it atomically (temporary file in the target folder, flush,
  fsync, rename) and re-opens the result with pikepdf before returning;
- :meth:`~DocumentPdfService.find` maps a printed number to a document id.
"""

from __future__ import annotations

from crmdesk.services.documents.rendered import KINDS, RenderedDocument
from crmdesk.services.documents.service import DocumentPdfService

__all__ = ["KINDS", "DocumentPdfService", "RenderedDocument"]
