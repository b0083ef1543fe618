"""The customer list as a windowed, lazy table model.

The model holds every matching customer id, in display order, in one ``array('q')`` (8 bytes a row: 0.8 MB
for 100,000 customers), so ``rowCount`` is the true count and the scroll bar tells the truth. The rows
themselves are fetched a page at a time (one ``CustomerService.rows`` query for ~250 ids) when the view first
asks for a cell of that page, and kept in a small LRU cache of pages: never one query per ``data()`` call,
never all rows. Sorting and filtering happen in SQL: :meth:`CustomerTableModel.sort` only announces the
wanted order through :attr:`~CustomerTableModel.sort_requested`; the page re-asks the ids in the background
and hands them back with :meth:`~CustomerTableModel.set_ids`.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from crmdesk.domain.contact_details import international_format, national_format, normalize_phone
from crmdesk.domain.enums import CustomerKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services.customers import CustomerListRow, CustomerSort
from crmdesk.ui.formats import day_text
from crmdesk.ui.i18n import tr
from crmdesk.ui.models.row_window import RowWindow


class CustomerColumn(IntEnum):
    """The columns of the customer list, in display order."""

    NAME = 0
    TYPE = 1
    EMAIL = 2
    PHONE = 3
    CITY = 4
    COUNTRY = 5
    CREATED = 6


COLUMN_TITLES: dict[CustomerColumn, str] = {
    CustomerColumn.NAME: tr("Name"),
    CustomerColumn.TYPE: tr("Type"),
    CustomerColumn.EMAIL: tr("Email"),
    CustomerColumn.PHONE: tr("Phone"),
    CustomerColumn.CITY: tr("City"),
    CustomerColumn.COUNTRY: tr("Country"),
    CustomerColumn.CREATED: tr("Created"),
}

COLUMN_SORT_KEYS: dict[CustomerColumn, CustomerSort] = {
    CustomerColumn.NAME: CustomerSort.NAME,
    CustomerColumn.TYPE: CustomerSort.KIND,
    CustomerColumn.EMAIL: CustomerSort.EMAIL,
    CustomerColumn.PHONE: CustomerSort.PHONE,
    CustomerColumn.CITY: CustomerSort.CITY,
    CustomerColumn.COUNTRY: CustomerSort.COUNTRY,
    CustomerColumn.CREATED: CustomerSort.CREATED,
}

KIND_LABELS: dict[CustomerKind, str] = {
    CustomerKind.PERSON: tr("Person"),
    CustomerKind.COMPANY: tr("Company"),
}

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, CUSTOMER_ID_ROLE)``: the customer's id (known without fetching the row)."""
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""``headerData(column, Horizontal, SORT_KEY_ROLE)``: the :class:`CustomerSort` the column sorts by in SQL."""

DEFAULT_PAGE_SIZE = 250
DEFAULT_MAX_PAGES = 32

RowSource = Callable[[Sequence[int]], Mapping[int, CustomerListRow]]
"""``CustomerService.rows``: the rows of some ids, in one query."""

_ELIDABLE = frozenset({CustomerColumn.NAME, CustomerColumn.EMAIL, CustomerColumn.CITY})
_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class CustomerTableModel(QAbstractTableModel):
    """Customers by id in display order; rows fetched a page at a time into an LRU cache."""

    sort_requested = Signal(object, bool)
    """``(CustomerSort, descending)``: the owner clicked a header; new ids are needed in that order."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._rows: RowWindow[CustomerListRow] = RowWindow(page_size=page_size, max_pages=max_pages)
        self._sort = CustomerSort.NAME
        self._descending = False

    # --- what the page drives -------------------------------------------------------------------

    def set_row_source(self, source: RowSource | None) -> None:
        """Where rows come from (the open database's ``customers.rows``); forgets every row shown."""
        self.beginResetModel()
        self._rows.set_source(source)
        self.endResetModel()

    def set_ids(self, ids: array[int]) -> None:
        """Show these customers, in this order (the result of ``CustomerService.ids``)."""
        self.beginResetModel()
        self._rows.set_ids(ids)
        self.endResetModel()

    def forget_rows(self) -> None:
        """Drop the cached rows (they changed in the database); visible cells are fetched again."""
        self._rows.forget_rows()
        if self._rows.ids:
            last = self.index(len(self._rows.ids) - 1, len(CustomerColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def sort_key(self) -> CustomerSort:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def page_size(self) -> int:
        return self._rows.page_size

    def cached_pages(self) -> list[int]:
        """Numbers of the pages in the cache, least recently used first (for tests and diagnostics)."""
        return self._rows.cached_pages()

    def customer_id(self, row: int) -> int:
        """The id of the customer shown in ``row``."""
        return self._rows.ids[row]

    def row_of(self, customer_id: int) -> int | None:
        """The row showing ``customer_id``, if the current list has it (a linear scan of ids: ~ms at 1M)."""
        try:
            return self._rows.ids.index(customer_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> CustomerListRow | None:
        """The list row shown in ``row`` (``None`` if the customer was deleted since the ids were read)."""
        return self._rows.row_at(row)

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(CustomerColumn)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        if role == CUSTOMER_ID_ROLE:
            return self._rows.ids[index.row()]
        if role not in _ROW_ROLES:
            return None  # never fetch a page for a role the table does not use
        row = self.row_at(index.row())
        if row is None:
            return None
        column = CustomerColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _archived_brush() if row.archived else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.archived:
                return tr("{name} is archived").format(name=row.name)
            if column is CustomerColumn.COUNTRY and row.country:
                return country_name(row.country)
            if column in _ELIDABLE:
                return _display(row, column) or None  # the full text of a cell cut short with "…"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CustomerColumn):
            return None
        column = CustomerColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMN_TITLES[column]
        if role == SORT_KEY_ROLE:
            return COLUMN_SORT_KEYS[column].value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the ids in a new order; the rows shown change when :meth:`set_ids` brings them."""
        if not 0 <= column < len(CustomerColumn):
            return
        key = COLUMN_SORT_KEYS[CustomerColumn(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.sort_requested.emit(key, descending)


def _display(row: CustomerListRow, column: CustomerColumn) -> str:
    match column:
        case CustomerColumn.NAME:
            return row.name
        case CustomerColumn.TYPE:
            return KIND_LABELS.get(row.kind, str(row.kind))
        case CustomerColumn.EMAIL:
            return row.email
        case CustomerColumn.PHONE:
            text = phone_text(row.phone, row.country)
            # Digits and spaces have no direction of their own: in a right-to-left window the groups
            # of "27 919 709" would be shown in reverse order; a left-to-right run keeps them.
            if text and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                return f"\u2066{text}\u2069"
            return text
        case CustomerColumn.CITY:
            return row.city
        case CustomerColumn.COUNTRY:
            return row.country
        case CustomerColumn.CREATED:
            # ISO dates: unambiguous whatever the owner's locale; the day is the owner's local day.
            return day_text(row.created_at.astimezone().date())


def _archived_brush() -> QBrush:
    return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:  # PySide6 names the enum Country
        return code
    return QLocale.territoryToString(territory)


@lru_cache(maxsize=4096)
def phone_text(e164: str, country: str) -> str:
    """National format for a number of the customer's own country ("20 000 007"), else international
    ("+49 30 1234567"), so a list that mixes countries stays unambiguous. Cached: ``data()`` is called on
    every repaint and parsing a number costs tens of microseconds."""
    if not e164:
        return ""
    national = national_format(e164)
    try:
        if country and normalize_phone(national, region=country) == e164:
            return national
    except ValidationError:
        pass
    return international_format(e164)
