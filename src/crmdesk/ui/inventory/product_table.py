"""The product list as a windowed, lazy table model (the pattern of :mod:`crmdesk.ui.models.customer_table`).

Every matching id is held in display order; rows come a page at a time from ``ProductService.rows``.
Filtering and sorting happen in SQL (``ProductService.ids``, on the task runner): :meth:`sort` only
announces the wanted order through :attr:`sort_requested` and the page asks for the ids again.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from crmdesk.domain.enums import ProductKind
from crmdesk.services.inventory import ProductRow, ProductSort
from crmdesk.ui.i18n import tr
from crmdesk.ui.inventory.display import LOW_COLOUR, quantity, quantity_text
from crmdesk.ui.models.row_window import RowWindow
from crmdesk.ui.sales.display import money


class ProductColumn(IntEnum):
    SKU = 0
    NAME = 1
    CATEGORY = 2
    UNIT = 3
    PRICE = 4
    ON_HAND = 5
    REORDER_LEVEL = 6
    SUPPLIER = 7
    ACTIVE = 8


COLUMN_TITLES: dict[ProductColumn, str] = {
    ProductColumn.SKU: "SKU",
    ProductColumn.NAME: tr("Name"),
    ProductColumn.CATEGORY: tr("Category"),
    ProductColumn.UNIT: tr("Unit"),
    ProductColumn.PRICE: tr("Price"),
    ProductColumn.ON_HAND: tr("On hand"),
    ProductColumn.REORDER_LEVEL: tr("Reorder at"),
    ProductColumn.SUPPLIER: tr("Supplier"),
    ProductColumn.ACTIVE: tr("Active"),
}
COLUMN_SORT_KEYS: dict[ProductColumn, ProductSort] = {
    ProductColumn.SKU: ProductSort.SKU,
    ProductColumn.NAME: ProductSort.NAME,
    ProductColumn.CATEGORY: ProductSort.CATEGORY,
    ProductColumn.UNIT: ProductSort.UNIT,
    ProductColumn.PRICE: ProductSort.PRICE,
    ProductColumn.ON_HAND: ProductSort.ON_HAND,
    ProductColumn.REORDER_LEVEL: ProductSort.REORDER_LEVEL,
    ProductColumn.SUPPLIER: ProductSort.SUPPLIER,
    ProductColumn.ACTIVE: ProductSort.ACTIVE,
}
_NUMBER_COLUMNS = frozenset({ProductColumn.PRICE, ProductColumn.ON_HAND, ProductColumn.REORDER_LEVEL})
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RowSource = Callable[[Sequence[int]], Mapping[int, ProductRow]]
_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


class ProductTableModel(QAbstractTableModel):
    """Products by id in display order; rows fetched a page at a time."""

    sort_requested = Signal(object, bool)
    """``(ProductSort, descending)``: a header was clicked; new ids are needed in that order."""

    def __init__(self, parent: QObject | None = None, *, page_size: int = 250, max_pages: int = 16) -> None:
        super().__init__(parent)
        self._rows: RowWindow[ProductRow] = RowWindow(page_size=page_size, max_pages=max_pages)
        self.sort_key = ProductSort.NAME
        self.descending = False

    def set_row_source(self, source: RowSource | None) -> None:
        self.beginResetModel()
        self._rows.set_source(source)
        self.endResetModel()

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self._rows.set_ids(ids)
        self.endResetModel()

    def product_id(self, row: int) -> int:
        return self._rows.ids[row]

    def row_of(self, product_id: int) -> int | None:
        try:
            return self._rows.ids.index(product_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> ProductRow | None:
        return self._rows.row_at(row)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(ProductColumn)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        if role == PRODUCT_ID_ROLE:
            return self._rows.ids[index.row()]
        if role not in _ROW_ROLES:
            return None
        column = ProductColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in _NUMBER_COLUMNS else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return QBrush(
                    QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                )
            if row.low and column in (ProductColumn.ON_HAND, ProductColumn.NAME):
                return LOW_COLOUR
            return None
        # ToolTipRole
        if row.low and column is ProductColumn.ON_HAND:
            return tr("At or below the reorder level ({quantity} {unit})").format(
                quantity=quantity(row.reorder_level), unit=row.unit
            )
        if column in (ProductColumn.NAME, ProductColumn.SUPPLIER):
            return display(row, column) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ProductColumn):
            return None
        column = ProductColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMN_TITLES[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(ProductColumn):
            return
        key = COLUMN_SORT_KEYS[ProductColumn(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)


def display(row: ProductRow, column: ProductColumn) -> str:
    service = row.kind is ProductKind.SERVICE
    match column:
        case ProductColumn.SKU:
            return row.sku
        case ProductColumn.NAME:
            return row.name
        case ProductColumn.CATEGORY:
            return row.category
        case ProductColumn.UNIT:
            return row.unit
        case ProductColumn.PRICE:
            return money(row.sale_price, row.currency)
        case ProductColumn.ON_HAND:
            return "service" if service else quantity_text(row.on_hand)
        case ProductColumn.REORDER_LEVEL:
            return "" if service or not row.reorder_level else quantity_text(row.reorder_level)
        case ProductColumn.SUPPLIER:
            return row.supplier_name or ""
        case ProductColumn.ACTIVE:
            return tr("Yes") if row.active else tr("No")
