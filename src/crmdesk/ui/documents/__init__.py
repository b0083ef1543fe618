"""Document PDFs in the app: the preview dialog (save, open folder, send) and the SMTP settings widget."""

from __future__ import annotations

from crmdesk.ui.documents.preview import PdfPreviewDialog, show_document_pdf
from crmdesk.ui.documents.smtp_settings import SmtpSettingsWidget

__all__ = ["PdfPreviewDialog", "SmtpSettingsWidget", "show_document_pdf"]
