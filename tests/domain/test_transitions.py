from __future__ import annotations

import pytest

from crmdesk.domain.enums import InvoiceStatus, OpportunityStage, QuoteStatus
from crmdesk.domain.errors import ConflictError
from crmdesk.domain.transitions import (
    INVOICE_TRANSITIONS,
    OPPORTUNITY_TRANSITIONS,
    PURCHASE_ORDER_TRANSITIONS,
    QUOTE_TRANSITIONS,
    check_transition,
)


@pytest.mark.parametrize(
    "table", [QUOTE_TRANSITIONS, INVOICE_TRANSITIONS, OPPORTUNITY_TRANSITIONS, PURCHASE_ORDER_TRANSITIONS]
)
def test_every_state_has_a_row(table: dict) -> None:  # type: ignore[type-arg]
    enum = type(next(iter(table)))
    assert set(table) == set(enum)
    assert all(target in set(enum) for targets in table.values() for target in targets)


def test_allowed_move_passes() -> None:
    check_transition(QUOTE_TRANSITIONS, QuoteStatus.SENT, QuoteStatus.ACCEPTED, what="quote")


def test_issued_invoice_is_final() -> None:
    with pytest.raises(ConflictError, match=r"an issued invoice cannot become draft; it can become: nothing"):
        check_transition(INVOICE_TRANSITIONS, InvoiceStatus.ISSUED, InvoiceStatus.DRAFT, what="invoice")


def test_message_lists_what_is_allowed() -> None:
    with pytest.raises(ConflictError, match="it can become: lost, qualified"):
        check_transition(
            OPPORTUNITY_TRANSITIONS, OpportunityStage.LEAD, OpportunityStage.WON, what="opportunity"
        )
