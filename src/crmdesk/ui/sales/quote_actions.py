"""The actions a quote's status allows, shared by the quote list and the document editor."""

from __future__ import annotations

from collections.abc import Callable

from crmdesk.domain.enums import QuoteStatus
from crmdesk.services import Services
from crmdesk.ui.i18n import tr

# Which action each status offers; the service still checks the transition (the table of allowed moves).
ACTION_STATUSES: dict[str, frozenset[QuoteStatus]] = {
    "send": frozenset({QuoteStatus.DRAFT}),
    "accept": frozenset({QuoteStatus.SENT}),
    "decline": frozenset({QuoteStatus.SENT}),
    "convert": frozenset({QuoteStatus.ACCEPTED}),
    "revise": frozenset({QuoteStatus.SENT, QuoteStatus.DECLINED, QuoteStatus.EXPIRED}),
}
ACTION_TITLES: dict[str, str] = {
    "send": tr("Send"),
    "accept": tr("Accept"),
    "decline": tr("Decline"),
    "convert": tr("Convert to invoice"),
    "revise": tr("New revision"),
}
DONE_TEXTS: dict[str, str] = {
    "send": tr("Quote {label} sent."),
    "accept": tr("Quote {label} accepted."),
    "decline": tr("Quote {label} declined."),
    "convert": tr("Draft invoice made from {label}: check it and issue it (Invoices page, Drafts)."),
    "revise": tr("New draft revision of {label} made."),
}


def quote_action(services: Services, action: str, quote_id: int) -> Callable[[], object]:
    """The service call of ``action`` on ``quote_id`` (to run on the task runner's write queue)."""
    quotes = services.quotes
    calls: dict[str, Callable[[], object]] = {
        "send": lambda: quotes.send(quote_id),
        "accept": lambda: quotes.accept(quote_id),
        "decline": lambda: quotes.decline(quote_id),
        "convert": lambda: quotes.convert_to_invoice(quote_id),
        "revise": lambda: quotes.revise(quote_id),
    }
    return calls[action]


__all__ = ["ACTION_STATUSES", "ACTION_TITLES", "DONE_TEXTS", "quote_action"]
