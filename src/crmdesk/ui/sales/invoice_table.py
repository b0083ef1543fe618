"""The invoice list as a windowed, lazy table model (the pattern of :mod:`crmdesk.ui.models.customer_table`).

Every matching id is held in display order in one ``array('q')``; rows come a page at a time from
``InvoiceService.rows`` (one query for a page of ids) into a small LRU cache. Filtering and ordering
happen in SQL (``InvoiceService.ids``, on the task runner); the model never sorts.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.services.sales.views import InvoiceListRow
from crmdesk.ui.i18n import tr
from crmdesk.ui.models.row_window import RowWindow
from crmdesk.ui.sales.display import PAYMENT_LABELS, iso, money, payment_colour


class InvoiceColumn(IntEnum):
    """The columns of the invoice list, in display order."""

    NUMBER = 0
    CUSTOMER = 1
    ISSUED = 2
    DUE = 3
    GROSS = 4
    BALANCE = 5
    STATUS = 6


COLUMN_TITLES: dict[InvoiceColumn, str] = {
    InvoiceColumn.NUMBER: tr("Number"),
    InvoiceColumn.CUSTOMER: tr("Customer"),
    InvoiceColumn.ISSUED: tr("Issued"),
    InvoiceColumn.DUE: tr("Due"),
    InvoiceColumn.GROSS: tr("Gross"),
    InvoiceColumn.BALANCE: tr("Balance"),
    InvoiceColumn.STATUS: tr("Status"),
}
_MONEY_COLUMNS = frozenset({InvoiceColumn.GROSS, InvoiceColumn.BALANCE})

INVOICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""``data(index, INVOICE_ID_ROLE)``: the document's id (known without fetching the row)."""

RowSource = Callable[[Sequence[int]], Mapping[int, InvoiceListRow]]
"""``InvoiceService.rows``: the rows of some ids, in one query."""

DEFAULT_PAGE_SIZE = 250
DEFAULT_MAX_PAGES = 16
_ROW_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


class InvoiceTableModel(QAbstractTableModel):
    """Invoices and credit notes by id in display order; rows fetched a page at a time."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._rows: RowWindow[InvoiceListRow] = RowWindow(page_size=page_size, max_pages=max_pages)

    def set_row_source(self, source: RowSource | None) -> None:
        """Where rows come from (the open database's ``invoices.rows``); forgets every row shown."""
        self.beginResetModel()
        self._rows.set_source(source)
        self.endResetModel()

    def set_ids(self, ids: array[int]) -> None:
        """Show these documents, in this order (the result of ``InvoiceService.ids``)."""
        self.beginResetModel()
        self._rows.set_ids(ids)
        self.endResetModel()

    def invoice_id(self, row: int) -> int:
        return self._rows.ids[row]

    def row_at(self, row: int) -> InvoiceListRow | None:
        """The list row shown in ``row`` (``None`` if it was deleted since the ids were read)."""
        return self._rows.row_at(row)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(InvoiceColumn)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        if role == INVOICE_ID_ROLE:
            return self._rows.ids[index.row()]
        if role not in _ROW_ROLES:
            return None  # never fetch a page for a role the table does not use
        column = InvoiceColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Amounts right-aligned so their decimal points line up.
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in _MONEY_COLUMNS else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is InvoiceColumn.STATUS and row.payment_status is not None:
                return payment_colour(row.payment_status)
            return None
        if column is InvoiceColumn.CUSTOMER:  # ToolTipRole: the full name of a cell cut short
            return row.customer_name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(InvoiceColumn):
            return None
        column = InvoiceColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMN_TITLES[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def status_text(row: InvoiceListRow) -> str:
    """What the Status column says: draft, credit note, or the payment status."""
    if row.status is InvoiceStatus.DRAFT:
        return tr("Draft credit note") if row.kind is InvoiceKind.CREDIT_NOTE else tr("Draft")
    if row.kind is InvoiceKind.CREDIT_NOTE:
        return tr("Credit note")
    if row.payment_status is None:
        return ""
    label = PAYMENT_LABELS[row.payment_status]
    if not row.days_late:
        return label
    reminded = (
        tr(", reminder {last_reminder_level}").format(last_reminder_level=row.last_reminder_level)
        if row.last_reminder_level
        else ""
    )
    return tr("{label} ({days_late} d{reminded})").format(
        label=label, days_late=row.days_late, reminded=reminded
    )


def display(row: InvoiceListRow, column: InvoiceColumn) -> str:
    match column:
        case InvoiceColumn.NUMBER:
            return row.number or "—"  # a draft has no number until it is issued
        case InvoiceColumn.CUSTOMER:
            return row.customer_name
        case InvoiceColumn.ISSUED:
            return iso(row.issue_date)
        case InvoiceColumn.DUE:
            return iso(row.due_date)
        case InvoiceColumn.GROSS:
            return money(row.gross_total, row.currency)
        case InvoiceColumn.BALANCE:
            return money(row.amount_due, row.currency) if row.payment_status is not None else ""
        case InvoiceColumn.STATUS:
            return status_text(row)
