"""From reorder suggestions to purchase orders: one draft per preferred supplier, for the owner to check."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from crmdesk.services.inventory.purchasing import (
    PurchaseLineInput,
    PurchaseOrderDraft,
    PurchaseOrderView,
    order_view,
    write_order_draft,
)
from crmdesk.services.inventory.stock import StockLevel, StockService
from crmdesk.services.sales.common import base_currency
from crmdesk.storage.engine import Database
from crmdesk.storage.models import PurchaseOrder


@dataclass(frozen=True)
class ReorderDrafts:
    orders: tuple[PurchaseOrderView, ...]
    """New draft purchase orders, one per supplier, at each product's cost price."""
    without_supplier: tuple[StockLevel, ...]
    """Suggested products with no preferred supplier: the owner orders these by hand."""


class ReorderService:
    def __init__(self, db: Database, stock: StockService) -> None:
        self._db = db
        self._stock = stock

    def draft_orders(self, *, now: datetime | None = None) -> ReorderDrafts:
        """Turn today's reorder suggestions into draft purchase orders (in one transaction)."""
        by_supplier: dict[int, list[StockLevel]] = defaultdict(list)
        orphans: list[StockLevel] = []
        for level in self._stock.reorder_suggestions(now=now):
            if level.preferred_supplier_id is None:
                orphans.append(level)
            else:
                by_supplier[level.preferred_supplier_id].append(level)
        orders = []
        with self._db.write() as session:
            for supplier_id, levels in sorted(by_supplier.items()):
                order = PurchaseOrder(currency=base_currency(session))
                draft = PurchaseOrderDraft(
                    supplier_id=supplier_id,
                    lines=[PurchaseLineInput(level.product_id, level.suggested_order) for level in levels],
                    notes="Drafted from the reorder suggestions",
                )
                write_order_draft(session, order, draft)
                session.add(order)
                session.flush()
                orders.append(order_view(session, order))
        return ReorderDrafts(tuple(orders), tuple(orphans))


__all__ = ["ReorderDrafts", "ReorderService"]
