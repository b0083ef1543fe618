"""The Inventory page: Products (lazy list, filters, low-stock banner), Purchase orders, Delivery notes,
Suppliers, Expenses.

The products' ids query (filter and sort in SQL) runs on the task runner; only the page fetches of the
windowed model run on the GUI thread. Answers that arrive after a newer question are dropped by a
generation number. Keys on the Products tab: Ctrl+N new product, Enter opens the editor, Ctrl+H the
stock history, Delete deactivates (Ctrl+Z brings it back).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.inventory import ProductIdsQuery, ProductView, StockLevel
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.inventory.deliveries import DeliveriesTab
from crmdesk.ui.inventory.display import quantity
from crmdesk.ui.inventory.expenses import ExpensesTab
from crmdesk.ui.inventory.product_editor import ProductEditor, ProductEditorData, load_product_editor_data
from crmdesk.ui.inventory.product_table import ProductColumn, ProductTableModel
from crmdesk.ui.inventory.purchase_orders import PurchaseOrdersTab
from crmdesk.ui.inventory.stock_dialogs import AdjustStockDialog, HistoryDialog
from crmdesk.ui.inventory.suppliers import SuppliersTab
from crmdesk.ui.pages.base import Page, heading, page_layout
from crmdesk.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
BANNER_STYLE = (
    "background: #fff4e5; color: #6b3d00; border: 1px solid #f0c987; border-radius: 4px; padding: 6px;"
)
BANNER_SUGGESTIONS = 3
COLUMN_CHARS: dict[ProductColumn, int] = {
    ProductColumn.SKU: 10,
    ProductColumn.CATEGORY: 18,
    ProductColumn.UNIT: 5,
    ProductColumn.PRICE: 11,
    ProductColumn.ON_HAND: 8,
    ProductColumn.REORDER_LEVEL: 9,
    ProductColumn.SUPPLIER: 26,
    ProductColumn.ACTIVE: 6,
}
TAB_PRODUCTS, TAB_ORDERS, TAB_DELIVERIES, TAB_SUPPLIERS, TAB_EXPENSES = range(5)


@dataclass(frozen=True)
class LowStock:
    """What the banner says: how many products are low, and what to order."""

    low: tuple[StockLevel, ...]
    suggestions: tuple[StockLevel, ...]
    categories: tuple[str, ...]


class ActiveCommand(QUndoCommand):
    """A product deactivated (or reactivated) and saved; undo saves the opposite."""

    def __init__(self, page: InventoryPage, product: ProductView, active: bool) -> None:
        verb = tr("Reactivate") if active else tr("Deactivate")
        super().__init__(f"{verb} {product.sku}")
        self._page, self.product_id, self.active = page, product.id, active
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._page.write_active(self.product_id, self.active)

    def undo(self) -> None:
        self._page.write_active(self.product_id, not self.active)


class InventoryPage(Page):
    """Tabs over the inventory services; every read and write through the task runner."""

    ids_loaded = Signal()
    """A list of product ids arrived and is shown (tests and screenshots wait on it)."""
    banner_loaded = Signal()
    editor_opened = Signal(object)
    history_opened = Signal(object)
    adjust_opened = Signal(object)
    changed = Signal()
    """Products or stock were written from this page."""

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(key="inventory", title=tr("Inventory"), runner=runner, parent=parent)
        self._generation = 0
        self._banner_generation = 0
        self.loaded = False
        self.low_stock: LowStock | None = None
        self.editor: ProductEditor | None = None
        self._wanted_product: int | None = None
        self._stale: set[int] = set()
        self.undo_stack = QUndoStack(self)

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(tr("Search SKU, name or barcode"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self.category_box = QComboBox()
        self.category_box.addItem(tr("All categories"), None)
        self.category_box.setMinimumContentsLength(14)
        self.low_box = QCheckBox(tr("Low stock only"))
        self.inactive_box = QCheckBox(tr("Show inactive"))
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.banner = QLabel()
        self.banner.setObjectName("low-stock-banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.banner_button = QPushButton(tr("Show low stock"))
        self.banner_button.clicked.connect(lambda _checked=False: self.low_box.setChecked(True))
        self.banner_button.hide()
        self.draft_button = QPushButton(tr("Draft purchase orders"))
        self.draft_button.setToolTip(
            tr("One draft order per preferred supplier, from the reorder suggestions")
        )
        self.draft_button.clicked.connect(lambda _checked=False: self.draft_orders())
        self.draft_button.hide()

        self.model = ProductTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("product-table")
        self.table.setModel(self.model)
        self._configure_table()

        self.new_action = self._action(tr("&New product…"), "Ctrl+N", lambda: self.open_editor(None), self)
        self.edit_action = self._action(tr("&Edit…"), None, self.edit_current, self)
        self.history_action = self._action(tr("Stock &history…"), "Ctrl+H", self.open_history, self)
        self.adjust_action = self._action(tr("&Adjust stock…"), "Ctrl+J", self.open_adjust, self)
        self.deactivate_action = self._action(
            tr("&Deactivate"), tr("Delete"), lambda: self.set_current_active(False), self.table
        )
        self.reactivate_action = self._action(
            tr("&Reactivate"), None, lambda: self.set_current_active(True), self
        )
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_products)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self.refresh_products)
        self.category_box.currentIndexChanged.connect(lambda _i: self.refresh_products())
        self.low_box.toggled.connect(lambda _on: self.refresh_products())
        self.inactive_box.toggled.connect(lambda _on: self.refresh_products())
        self.model.sort_requested.connect(lambda _key, _descending: self.refresh_products())
        self.table.activated.connect(lambda index: self.open_editor(self.model.product_id(index.row())))

        self.orders_tab = PurchaseOrdersTab(runner=runner)
        self.suppliers_tab = SuppliersTab(runner=runner)
        self.expenses_tab = ExpensesTab(runner=runner)
        self.deliveries_tab = DeliveriesTab(runner=runner)
        self.deliveries_tab.changed.connect(self._stock_changed)
        self.orders_tab.changed.connect(self._stock_changed)
        self.suppliers_tab.changed.connect(lambda: self._stale.update({TAB_PRODUCTS, TAB_ORDERS}))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._products_tab(), tr("Products"))
        self.tabs.addTab(self.orders_tab, tr("Purchase orders"))
        self.tabs.addTab(self.deliveries_tab, tr("Delivery notes"))
        self.tabs.addTab(self.suppliers_tab, tr("Suppliers"))
        self.tabs.addTab(self.expenses_tab, tr("Expenses"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = page_layout(self)
        layout.addWidget(heading(tr("Inventory")))
        layout.addWidget(self.tabs, 1)

    def _products_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.category_box)
        bar.addSpacing(8)
        bar.addWidget(self.low_box)
        bar.addWidget(self.inactive_box)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        banner = QHBoxLayout()
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.banner_button)
        banner.addWidget(self.draft_button)
        layout.addLayout(banner)
        buttons = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.history_action,
            self.adjust_action,
            self.deactivate_action,
            self.reactivate_action,
        ):
            button = QPushButton(action.text().replace("&", ""))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')}  ({keys})" if keys else "")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        return tab

    def _action(self, text: str, keys: str | None, slot: object, owner: QWidget) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        owner.addAction(action)
        return action

    def _configure_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setCornerButtonEnabled(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = table.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, chars * char + 16)
        header.setSectionResizeMode(ProductColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(ProductColumn.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    # --- reading ----------------------------------------------------------------------------------

    def set_services(self, services: Services | None) -> None:
        for dialog in self.findChildren(HistoryDialog):
            dialog.close()
        self.loaded = False
        self.undo_stack.clear()
        self.model.set_row_source(services.products.rows if services is not None else None)
        # Every tab knows the database at once; each reads it when it is first shown (see refresh).
        for tab in (self.orders_tab, self.deliveries_tab, self.suppliers_tab, self.expenses_tab):
            tab.services = services
        super().set_services(services)

    def refresh(self) -> None:
        """Re-read the products, the banner and the tab on screen; the other tabs when next shown."""
        self._stale = {TAB_ORDERS, TAB_DELIVERIES, TAB_SUPPLIERS, TAB_EXPENSES}
        self.refresh_products()
        self.refresh_banner()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            tab: dict[int, PurchaseOrdersTab | DeliveriesTab | SuppliersTab | ExpensesTab] = {
                TAB_ORDERS: self.orders_tab,
                TAB_DELIVERIES: self.deliveries_tab,
                TAB_SUPPLIERS: self.suppliers_tab,
                TAB_EXPENSES: self.expenses_tab,
            }
            tab[index].set_services(self.services)
        elif index == TAB_PRODUCTS and TAB_PRODUCTS in self._stale:
            self._stale.discard(TAB_PRODUCTS)
            self.refresh_products()

    def current_query(self) -> ProductIdsQuery:
        return ProductIdsQuery(
            category=self.category_box.currentData(),
            include_inactive=self.inactive_box.isChecked(),
            low_only=self.low_box.isChecked(),
            text=self.search_field.text(),
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def refresh_products(self) -> None:
        self._search_timer.stop()
        self._generation += 1
        services = self.services
        if services is None:
            self.model.set_ids(array("q"))
            self.count_label.setText("")
            return
        if not self.loaded:
            self.count_label.setText(tr("Loading…"))
        generation, query = self._generation, self.current_query()
        self._runner.run(
            lambda: services.products.ids(query),
            on_done=lambda ids: self._ids_arrived(generation, query, ids),
            on_error=lambda error: self._failed(generation, error),
        )

    def _ids_arrived(self, generation: int, query: ProductIdsQuery, ids: array[int]) -> None:
        if generation != self._generation:
            return
        current = self._wanted_product or self.current_product_id()
        self._wanted_product = None
        self.model.set_ids(ids)
        self.loaded = True
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        count = len(ids)
        noun = "product" if count == 1 else "products"
        self.count_label.setText(f"{count:,} {noun}" + (tr(" low on stock") if query.low_only else ""))
        self.ids_loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.count_label.setText("")
            show_error(self, error, doing=tr("Listing products"))

    def refresh_banner(self) -> None:
        self._banner_generation += 1
        services, generation = self.services, self._banner_generation
        if services is None:
            self.banner.hide()
            self.banner_button.hide()
            self.draft_button.hide()
            return

        def read() -> LowStock:
            low = services.stock.low_stock()
            suggestions = [level for level in low if level.suggested_order > 0]
            return LowStock(tuple(low), tuple(suggestions), tuple(services.products.categories()))

        self._runner.run(
            read,
            on_done=lambda low: self._banner_arrived(generation, low),
            on_error=lambda error: show_error(self, error, doing=tr("Checking stock levels")),
        )

    def _banner_arrived(self, generation: int, low: LowStock) -> None:
        if generation != self._banner_generation:
            return
        self.low_stock = low
        chosen = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(tr("All categories"), None)
        for category in low.categories:
            self.category_box.addItem(category, category)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(chosen)))
        self.category_box.blockSignals(False)
        self.banner.setText(banner_text(low))
        self.banner.setVisible(bool(low.low))
        self.banner_button.setVisible(bool(low.low))
        self.draft_button.setVisible(bool(low.suggestions))
        self.banner_loaded.emit()

    def show_low_stock(self, product_id: int | None = None) -> None:
        """The Products tab with only low stock (the Dashboard's "running low"), ``product_id`` selected."""
        self.tabs.setCurrentIndex(TAB_PRODUCTS)
        self._wanted_product = product_id
        for box, checked in ((self.low_box, True), (self.inactive_box, False)):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.category_box.blockSignals(True)
        self.category_box.setCurrentIndex(0)
        self.category_box.blockSignals(False)
        self.refresh_products()

    def draft_orders(self) -> None:
        """Turn the reorder suggestions into draft purchase orders and show them."""
        self.tabs.setCurrentIndex(TAB_ORDERS)
        self.orders_tab.draft_from_suggestions()

    # --- the selected product ---------------------------------------------------------------------

    def current_product_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.product_id(row) if 0 <= row < self.model.rowCount() else None

    def select_product(self, product_id: int) -> bool:
        row = self.model.row_of(product_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def edit_current(self) -> None:
        product_id = self.current_product_id()
        if product_id is not None:
            self.open_editor(product_id)

    def open_editor(self, product_id: int | None) -> None:
        """Read what the editor needs in the background, then open it (``None``: a new product)."""
        services = self.services
        if services is None:
            return
        self._runner.run(
            lambda: load_product_editor_data(services, product_id),
            on_done=lambda data: self._show_editor(services, data),
            on_error=lambda error: show_error(self, error, doing=tr("Opening the product")),
        )

    def _show_editor(self, services: Services, data: ProductEditorData) -> None:
        if services is not self.services:
            return
        editor = ProductEditor(services=services, runner=self._runner, data=data, parent=self)
        editor.saved.connect(lambda view: self._saved(view))
        editor.finished.connect(lambda _result: editor.deleteLater())
        self.editor = editor
        editor.open()
        self.editor_opened.emit(editor)

    def _saved(self, _view: ProductView) -> None:
        self._stock_changed()

    def open_history(self) -> HistoryDialog | None:
        services, product_id = self.services, self.current_product_id()
        if services is None or product_id is None:
            return None
        dialog = HistoryDialog(services=services, runner=self._runner, product_id=product_id, parent=self)
        dialog.changed.connect(self._stock_changed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.show()
        self.history_opened.emit(dialog)
        return dialog

    def open_adjust(self) -> None:
        services, product_id = self.services, self.current_product_id()
        if services is None or product_id is None:
            return
        self._runner.run(
            lambda: services.products.get(product_id),
            on_done=lambda product: self._show_adjust(services, product),
            on_error=lambda error: show_error(self, error, doing=tr("Opening the product")),
        )

    def _show_adjust(self, services: Services, product: ProductView) -> None:
        if services is not self.services:
            return
        if product.kind is not ProductKind.PRODUCT:
            error = ValidationError(tr("{sku} is a service and has no stock").format(sku=product.sku))
            show_error(self, error, doing=tr("Adjusting stock"))
            return
        dialog = AdjustStockDialog(services=services, runner=self._runner, product=product, parent=self)
        dialog.adjusted.connect(lambda _change: self._stock_changed())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        self.adjust_opened.emit(dialog)

    def _stock_changed(self) -> None:
        self.changed.emit()
        self.refresh_products()
        self.refresh_banner()
        self._stale.update({TAB_ORDERS})

    # --- deactivate / reactivate with undo --------------------------------------------------------

    def set_current_active(self, active: bool) -> None:
        services, product_id = self.services, self.current_product_id()
        if services is None or product_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and row.active == active:
            return

        def done(view: ProductView) -> None:
            self.undo_stack.push(ActiveCommand(self, view, active))
            self._stock_changed()

        self._runner.run(
            lambda: services.products.set_active(product_id, active),
            on_done=done,
            on_error=lambda error: show_error(self, error, doing=tr("Deactivating the product")),
            writes=True,
        )

    def write_active(self, product_id: int, active: bool) -> None:
        services = self.services
        if services is None:
            return
        self._runner.run(
            lambda: services.products.set_active(product_id, active),
            on_done=lambda _view: self._stock_changed(),
            on_error=lambda error: show_error(self, error, doing=tr("Undoing")),
            writes=True,
        )


def banner_text(low: LowStock) -> str:
    """What the low-stock banner says: how many are low, and the first reorder suggestions."""
    count = len(low.low)
    if not count:
        return ""
    text = plural(
        count,
        tr("⚠ {count} product is at or below the reorder level."),
        tr("⚠ {count} products are at or below the reorder level."),
    ).format(count=count)
    if low.suggestions:
        parts = [
            f"{s.sku} {quantity(s.suggested_order)} {s.unit}"
            + (f" ({s.supplier_name})" if s.supplier_name else "")
            for s in low.suggestions[:BANNER_SUGGESTIONS]
        ]
        more = len(low.suggestions) - BANNER_SUGGESTIONS
        text += (
            " Reorder: "
            + ", ".join(parts)
            + (tr(" and {more} more").format(more=more) if more > 0 else "")
            + "."
        )
    else:
        text += tr(" Everything low is already on order.")
    return text
