"""The lines table of the document editor: its model, its undo commands, its product autocomplete.

Every change goes through the editor's :class:`QUndoStack` (one :class:`LineCommand` per edit), so
Ctrl+Z undoes it. The model computes nothing about money: the editor hands it the line amounts that
:func:`crmdesk.domain.totals.document_totals` gave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import ZERO, parse_decimal
from crmdesk.services.sales.choices import ProductChoice
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import money

Index = QModelIndex | QPersistentModelIndex


class LineColumn(IntEnum):
    DESCRIPTION = 0
    QUANTITY = 1
    UNIT = 2
    PRICE = 3
    DISCOUNT = 4
    TAX = 5
    AMOUNT = 6


HEADERS = {
    LineColumn.DESCRIPTION: tr("Product or description"),
    LineColumn.QUANTITY: tr("Quantity"),
    LineColumn.UNIT: tr("Unit"),
    LineColumn.PRICE: tr("Unit price"),
    LineColumn.DISCOUNT: tr("Discount"),
    LineColumn.TAX: tr("Tax %"),
    LineColumn.AMOUNT: tr("Amount"),
}
NUMERIC = frozenset(
    {LineColumn.QUANTITY, LineColumn.PRICE, LineColumn.DISCOUNT, LineColumn.TAX, LineColumn.AMOUNT}
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class EditorLine:
    """One line as the owner typed it. ``unit_price`` ``None``: not entered yet."""

    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    tax_rate: Decimal = ZERO
    product_id: int | None = None

    @property
    def price_or_zero(self) -> Decimal:
        return self.unit_price if self.unit_price is not None else ZERO

    @property
    def blank(self) -> bool:
        """Nothing typed: left out when saving (the empty line Enter added last)."""
        return not self.description.strip() and self.product_id is None and self.unit_price is None


def plain(value: Decimal) -> str:
    """A decimal as typed back: ``2``, ``19.99``, ``0.125`` (no exponent, no trailing zeros)."""
    text = f"{value.normalize():f}"
    return text


def price_text(value: Decimal | None) -> str:
    """A unit price with at least two decimals (``45.00``), more when it has them (``0.1250`` → ``0.125``)."""
    if value is None:
        return ""
    cents = value.quantize(Decimal("0.01"))
    return f"{cents:f}" if cents == value else plain(value)


def from_product(line: EditorLine, product: ProductChoice, *, prices_include_tax: bool) -> EditorLine:
    """``line`` filled from the catalogue: description, unit, price (net or gross), tax rate."""
    return replace(
        line,
        product_id=product.id,
        description=product.name,
        unit=product.unit,
        unit_price=product.price(prices_include_tax=prices_include_tax),
        tax_rate=product.tax_rate,
    )


class LinesModel(QAbstractTableModel):
    """The lines of the document being edited; edits become undo commands on ``undo_stack``."""

    invalid = Signal(str)
    """A typed value was refused (the message says why); the line is unchanged."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.lines: list[EditorLine] = []
        self.amounts: list[Decimal | None] = []
        self.currency = "EUR"
        self.read_only = False
        self.products: dict[str, ProductChoice] = {}
        """Autocomplete label → product (a description typed equal to a label picks the product)."""
        self.prices_include_tax = False

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(LineColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation is Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[LineColumn(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
                return int(RIGHT)
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() == LineColumn.AMOUNT:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = LineColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT) if column in NUMERIC else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column is LineColumn.DESCRIPTION:
            return line.description
        if column is LineColumn.QUANTITY:
            return plain(line.quantity)
        if column is LineColumn.UNIT:
            return line.unit
        if column is LineColumn.PRICE:
            return price_text(line.unit_price)
        if column is LineColumn.DISCOUNT:
            if role == Qt.ItemDataRole.DisplayRole and not line.discount:
                return ""
            return price_text(line.discount)
        if column is LineColumn.TAX:
            return plain(line.tax_rate)
        amount = self.amounts[index.row()] if index.row() < len(self.amounts) else None
        return money(amount, self.currency) if amount is not None else ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row, column = index.row(), LineColumn(index.column())
        old = self.lines[row]
        try:
            new = self._edited(old, column, str(value))
        except ValidationError as error:
            self.invalid.emit(tr("Line {value1}: {error}").format(value1=row + 1, error=error))
            return False
        if new != old:
            self.undo_stack.push(
                ReplaceLine(self, row, old, new, tr("Edit line {value1}").format(value1=row + 1))
            )
        return True

    def _edited(self, line: EditorLine, column: LineColumn, text: str) -> EditorLine:
        text = text.strip()
        if column is LineColumn.DESCRIPTION:
            product = self.products.get(text)
            if product is not None:
                return from_product(line, product, prices_include_tax=self.prices_include_tax)
            return replace(line, description=text)
        if column is LineColumn.UNIT:
            return replace(line, unit=text)
        field = {
            LineColumn.QUANTITY: "quantity",
            LineColumn.PRICE: "unit_price",
            LineColumn.DISCOUNT: "discount",
            LineColumn.TAX: "tax_rate",
        }[column]
        if not text:
            if column is LineColumn.PRICE:
                return replace(line, unit_price=None)
            if column in (LineColumn.DISCOUNT, LineColumn.TAX):
                return replace(line, **_one(field, ZERO))
            raise ValidationError("enter a quantity", field=field)
        number = parse_decimal(text, field=field)
        if number < ZERO:
            raise ValidationError(f"{HEADERS[column].lower()} cannot be negative", field=field)
        return replace(line, **_one(field, number))

    # --- changes (called by the undo commands) ---------------------------------------------------

    def set_line(self, row: int, line: EditorLine) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LineColumn) - 1))

    def insert_line(self, row: int, line: EditorLine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.insert(row, line)
        self.amounts.insert(row, None)
        self.endInsertRows()

    def remove_line(self, row: int) -> EditorLine:
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self.lines.pop(row)
        if row < len(self.amounts):
            self.amounts.pop(row)
        self.endRemoveRows()
        return line

    def reset_lines(self, lines: Sequence[EditorLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.amounts = [None] * len(self.lines)
        self.endResetModel()

    def set_amounts(self, amounts: Sequence[Decimal | None], currency: str) -> None:
        """Show the line amounts the editor computed (one per line; ``None`` for blank lines)."""
        self.amounts = list(amounts)
        self.currency = currency
        if self.lines:
            column = LineColumn.AMOUNT
            self.dataChanged.emit(self.index(0, column), self.index(len(self.lines) - 1, column))


def _one(field: str, value: Decimal) -> dict[str, Any]:
    return {field: value}


class ReplaceLine(QUndoCommand):
    def __init__(self, model: LinesModel, row: int, old: EditorLine, new: EditorLine, text: str) -> None:
        super().__init__(text)
        self._model, self._row, self._old, self._new = model, row, old, new

    def redo(self) -> None:
        self._model.set_line(self._row, self._new)

    def undo(self) -> None:
        self._model.set_line(self._row, self._old)


class InsertLine(QUndoCommand):
    def __init__(self, model: LinesModel, row: int, line: EditorLine) -> None:
        super().__init__(tr("Add line {value1}").format(value1=row + 1))
        self._model, self._row, self._line = model, row, line

    def redo(self) -> None:
        self._model.insert_line(self._row, self._line)

    def undo(self) -> None:
        self._model.remove_line(self._row)


class RemoveLine(QUndoCommand):
    def __init__(self, model: LinesModel, row: int) -> None:
        super().__init__(tr("Remove line {value1}").format(value1=row + 1))
        self._model, self._row = model, row
        self._line = model.lines[row]

    def redo(self) -> None:
        self._model.remove_line(self._row)

    def undo(self) -> None:
        self._model.insert_line(self._row, self._line)


class LineDelegate(QStyledItemDelegate):
    """Plain line edits; the description column completes product SKUs and names."""

    def __init__(self, completions: QStringListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completions = completions

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == LineColumn.DESCRIPTION:
            completer = QCompleter(self._completions, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            editor.setCompleter(completer)
        elif index.column() in NUMERIC:
            editor.setAlignment(RIGHT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class LinesTable(QTableView):
    """Tab moves across the line (and on to the next); Enter on the last line adds a line."""

    add_line_requested = Signal()
    remove_line_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter while typing on the last line commits and adds the next line (a blank one is not repeated)."""
        row = self.currentIndex().row()
        super().closeEditor(editor, hint)
        model = self.model()
        if (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
            and isinstance(model, LinesModel)
            and not model.read_only
            and row == model.rowCount() - 1
            and not model.lines[row].blank
        ):
            self.add_line_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            model = self.model()
            if isinstance(model, LinesModel) and not model.read_only:
                if not index.isValid() or index.row() == model.rowCount() - 1:
                    self.add_line_requested.emit()
                else:
                    self.setCurrentIndex(model.index(index.row() + 1, 0))
                return
        if (
            key == Qt.Key.Key_Delete
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and index.isValid()
        ):
            self.remove_line_requested.emit(index.row())
            return
        super().keyPressEvent(event)


def on_product_labels(
    model: QStringListModel,
) -> Callable[[Sequence[ProductChoice]], dict[str, ProductChoice]]:
    """A callback that fills ``model`` with product labels and returns label → product."""

    def fill(products: Sequence[ProductChoice]) -> dict[str, ProductChoice]:
        by_label = {product.label: product for product in products}
        model.setStringList(list(by_label))
        return by_label

    return fill


__all__ = [
    "EditorLine",
    "InsertLine",
    "LineColumn",
    "LineDelegate",
    "LinesModel",
    "LinesTable",
    "RemoveLine",
    "ReplaceLine",
    "from_product",
    "on_product_labels",
    "plain",
    "price_text",
]
