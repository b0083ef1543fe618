"""Sending document PDFs by email: ``.eml`` drafts for the owner's mail program, or SMTP.

The one entry point is :class:`SendingService` (``Services.sending``). It takes a
:class:`~crmdesk.services.documents.RenderedDocument` (it never renders), builds the email from the
document language's template, writes or sends it, and logs it in the customer's contact log. The SMTP
password lives only in the OS keyring (service ``crmdesk-smtp``).
"""

from __future__ import annotations

from crmdesk.services.sending.service import OUTBOX_SETTING, SendingService, SendResult
from crmdesk.services.sending.smtp import KEYRING_SERVICE, SMTP_SETTING, Security, SendingError, SmtpSettings
from crmdesk.services.sending.templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    TEMPLATES_SETTING,
    EmailTemplate,
)

__all__ = [
    "DEFAULT_TEMPLATES",
    "KEYRING_SERVICE",
    "OUTBOX_SETTING",
    "PLACEHOLDERS",
    "SMTP_SETTING",
    "TEMPLATES_SETTING",
    "EmailTemplate",
    "Security",
    "SendResult",
    "SendingError",
    "SendingService",
    "SmtpSettings",
]
