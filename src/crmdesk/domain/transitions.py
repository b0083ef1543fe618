"""Allowed moves of documents and opportunities: one table each, checked in one place.

A document moves only along these edges; the services call :func:`check_transition` before
writing, so a status can never be set to something the table does not allow.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from crmdesk.domain.enums import InvoiceStatus, OpportunityStage, PurchaseOrderStatus, QuoteStatus
from crmdesk.domain.errors import ConflictError

QUOTE_TRANSITIONS: Mapping[QuoteStatus, frozenset[QuoteStatus]] = {
    QuoteStatus.DRAFT: frozenset({QuoteStatus.SENT}),
    QuoteStatus.SENT: frozenset({QuoteStatus.ACCEPTED, QuoteStatus.DECLINED, QuoteStatus.EXPIRED}),
    QuoteStatus.ACCEPTED: frozenset(),
    QuoteStatus.DECLINED: frozenset(),
    QuoteStatus.EXPIRED: frozenset(),
}
"""A sent quote that needs changing gets a new revision (a new draft); it is not edited back."""

INVOICE_TRANSITIONS: Mapping[InvoiceStatus, frozenset[InvoiceStatus]] = {
    InvoiceStatus.DRAFT: frozenset({InvoiceStatus.ISSUED}),
    InvoiceStatus.ISSUED: frozenset(),
}
"""Issued is final: corrections are credit notes, payments are rows of their own."""

OPPORTUNITY_TRANSITIONS: Mapping[OpportunityStage, frozenset[OpportunityStage]] = {
    OpportunityStage.LEAD: frozenset({OpportunityStage.QUALIFIED, OpportunityStage.LOST}),
    OpportunityStage.QUALIFIED: frozenset(
        {OpportunityStage.LEAD, OpportunityStage.QUOTED, OpportunityStage.LOST}
    ),
    OpportunityStage.QUOTED: frozenset(
        {OpportunityStage.QUALIFIED, OpportunityStage.WON, OpportunityStage.LOST}
    ),
    OpportunityStage.WON: frozenset(),
    OpportunityStage.LOST: frozenset({OpportunityStage.LEAD}),
}
"""A lost opportunity can be revived as a lead; a won one stays won."""

PURCHASE_ORDER_TRANSITIONS: Mapping[PurchaseOrderStatus, frozenset[PurchaseOrderStatus]] = {
    PurchaseOrderStatus.DRAFT: frozenset({PurchaseOrderStatus.SENT, PurchaseOrderStatus.CANCELLED}),
    PurchaseOrderStatus.SENT: frozenset(
        {PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CANCELLED}
    ),
    PurchaseOrderStatus.PARTIALLY_RECEIVED: frozenset({PurchaseOrderStatus.RECEIVED}),
    PurchaseOrderStatus.RECEIVED: frozenset(),
    PurchaseOrderStatus.CANCELLED: frozenset(),
}


S = TypeVar("S", bound=StrEnum)


def check_transition(table: Mapping[S, frozenset[S]], current: S, target: S, *, what: str) -> None:
    """Raise :class:`ConflictError` naming the move unless ``current → target`` is in ``table``."""
    if target not in table[current]:
        allowed = ", ".join(sorted(s.value for s in table[current])) or "nothing (final)"
        article = "an" if current.value[0] in "aeiou" else "a"
        raise ConflictError(
            f"{article} {current.value} {what} cannot become {target.value}; it can become: {allowed}"
        )
