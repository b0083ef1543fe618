"""The inventory screenshots: a product's movement history and a purchase order being received.

Called by :mod:`crmdesk.ui.screenshots` after the page shots (``inventory.png`` is one of those).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crmdesk.domain.enums import PurchaseOrderStatus
from crmdesk.ui.inventory.page import TAB_ORDERS, TAB_PRODUCTS, InventoryPage
from crmdesk.ui.inventory.purchase_orders import PurchaseOrderDialog
from crmdesk.ui.inventory.stock_dialogs import HistoryDialog
from crmdesk.ui.main_window import MainWindow

HISTORY_SHOT = "inventory-history.png"
ORDER_SHOT = "purchase-order.png"
HISTORY_SIZE = (900, 600)
ORDER_SIZE = (900, 420)
INVENTORY_SHOTS = (HISTORY_SHOT, ORDER_SHOT)


def inventory_shots(
    window: MainWindow,
    out_dir: Path,
    *,
    settle: Callable[[], None],
    save: Callable[[QWidget, Path], Path],
) -> list[Path]:
    """The history of the product that moved most, and the newest purchase order (open ones first)."""
    page = next(p for p in window.pages if isinstance(p, InventoryPage))
    services = page.services
    if services is None:
        return []
    shots: list[Path] = []
    window.show_page("inventory")
    page.tabs.setCurrentIndex(TAB_PRODUCTS)
    settle()
    levels = services.stock.levels()
    busiest = max(levels, key=lambda level: level.sold_in_window, default=None)
    if busiest is not None and page.select_product(busiest.product_id):
        dialog = page.open_history()
        if dialog is not None:
            dialog.resize(*HISTORY_SIZE)
            settle()
            shots.append(save(dialog, out_dir / HISTORY_SHOT))
            dialog.close()

    orders = services.purchase_orders.list(status=PurchaseOrderStatus.PARTIALLY_RECEIVED, limit=1)
    orders = orders or services.purchase_orders.list(status=PurchaseOrderStatus.SENT, limit=1)
    orders = orders or services.purchase_orders.list(limit=1)
    if orders:
        page.tabs.setCurrentIndex(TAB_ORDERS)
        opened: list[PurchaseOrderDialog] = []
        page.orders_tab.dialog_opened.connect(opened.append)
        page.orders_tab.open_order(orders[0].id)
        settle()
        if opened:
            order_dialog = opened[0]
            order_dialog.resize(*ORDER_SIZE)
            settle()
            shots.append(save(order_dialog, out_dir / ORDER_SHOT))
            order_dialog.close()
        page.orders_tab.dialog_opened.disconnect(opened.append)
    page.tabs.setCurrentIndex(TAB_PRODUCTS)
    for dialog in page.findChildren(HistoryDialog):
        dialog.close()
    settle()
    return shots
