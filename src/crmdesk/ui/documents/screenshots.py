"""The PDF preview screenshot (``pdf-preview.png``): an issued invoice rendered and shown in the dialog.

Called by :mod:`crmdesk.ui.screenshots` after the page shots, like ``crm_shots``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.domain.enums import InvoiceKind
from crmdesk.services.sales.invoices import InvoiceListQuery
from crmdesk.ui.documents.preview import PdfPreviewDialog, show_document_pdf
from crmdesk.ui.main_window import MainWindow

PREVIEW_SHOT = "pdf-preview.png"
PREVIEW_SIZE = (900, 860)


def document_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """The preview of the largest issued EUR invoice (its customer's language and script)."""
    services = window.services
    if services is None:
        return []
    rows = services.invoices.list(InvoiceListQuery(status="issued", kind=InvoiceKind.INVOICE, limit=200))
    if not rows:
        return []
    invoice = max(rows, key=lambda row: (row.currency == "EUR", row.gross_total))
    show_document_pdf(window, window.runner, services, "invoice", invoice.id)
    settle()
    dialog = window.findChild(PdfPreviewDialog)
    if dialog is None:
        return []
    dialog.resize(*PREVIEW_SIZE)
    settle()
    settle()  # QPdfView paints its pages after the layout has settled
    shot = save(dialog, out_dir / PREVIEW_SHOT)
    dialog.close()
    settle()
    return [shot]
