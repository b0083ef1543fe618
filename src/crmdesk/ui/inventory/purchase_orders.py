"""Purchase orders: the list (status filter, newest first) and the order dialog.

The dialog follows the order's status: a **draft** is edited (supplier, lines from the catalogue,
expected date, notes) and can be sent; a **sent** or **partially received** order shows what is still
outstanding with a "Receive now" quantity per line, and "Receive goods" writes the movements at the
order's costs; a received or cancelled order is read-only. Every read and write runs on the task runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import ProductKind, PurchaseOrderStatus
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import PRICE_SCALE, QUANTITY_SCALE, ZERO, parse_decimal
from crmdesk.services import Services
from crmdesk.services.inventory import (
    ProductListQuery,
    ProductView,
    PurchaseLineInput,
    PurchaseOrderDraft,
    PurchaseOrderRow,
    PurchaseOrderView,
    Receipt,
    SupplierView,
)
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import plural, tr
from crmdesk.ui.inventory.display import ORDER_LABELS, quantity, quantity_text
from crmdesk.ui.sales.display import iso, money, to_date
from crmdesk.ui.sales.widgets import RIGHT, OpenableTable, fill_table, read_only_table, setup_read_only_table
from crmdesk.ui.tasks import TaskRunner

ORDER_HEADERS = (tr("Number"), tr("Supplier"), tr("Status"), tr("Ordered"), tr("Expected"), tr("Net total"))
STATUS_FILTERS: dict[str, PurchaseOrderStatus | None] = {
    tr("All"): None,
    **{label: status for status, label in ORDER_LABELS.items()},
}
_OPEN = (PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED)


@dataclass(frozen=True)
class OrderData:
    order: PurchaseOrderView | None
    suppliers: tuple[SupplierView, ...]
    products: tuple[ProductView, ...]


def load_order_data(services: Services, order_id: int | None) -> OrderData:
    order = services.purchase_orders.get(order_id) if order_id is not None else None
    editable = order is None or order.status is PurchaseOrderStatus.DRAFT
    suppliers = services.suppliers.list() if editable else []
    products = (
        services.products.list(ProductListQuery(kind=ProductKind.PRODUCT, limit=100_000)) if editable else []
    )
    return OrderData(order, tuple(suppliers), tuple(products))


def order_cells(row: PurchaseOrderRow) -> list[str]:
    return [
        row.number or "—",
        row.supplier_name,
        ORDER_LABELS[row.status],
        iso(row.ordered_on),
        iso(row.expected_on),
        money(row.net_total, row.currency),
    ]


class PurchaseOrdersTab(QWidget):
    """Status filter, "New purchase order…", "Draft from reorder suggestions", the list."""

    loaded = Signal()
    changed = Signal()
    """Orders were written (stock may have changed: the products list re-reads)."""
    dialog_opened = Signal(object)

    def __init__(self, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.services: Services | None = None
        self.rows: list[PurchaseOrderRow] = []
        self._generation = 0
        self.status_box = QComboBox()
        self.status_box.addItems(list(STATUS_FILTERS))
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(tr("New purchase order…"))
        self.new_button.clicked.connect(lambda _checked=False: self.open_order(None))
        self.reorder_button = QPushButton(tr("Draft orders from reorder suggestions"))
        self.reorder_button.clicked.connect(lambda _checked=False: self.draft_from_suggestions())
        self.count_label = QLabel()
        self.table = OpenableTable(0, len(ORDER_HEADERS))
        setup_read_only_table(self.table, ORDER_HEADERS, right_aligned=(5,), stretch=1, single_selection=True)
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show")))
        bar.addWidget(self.status_box)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        bar.addWidget(self.reorder_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        services, generation = self.services, self._generation
        if services is None:
            self.rows = []
            self.table.setRowCount(0)
            return
        status = STATUS_FILTERS[self.status_box.currentText()]
        self._runner.run(
            lambda: services.purchase_orders.list(status=status, limit=2000),
            on_done=lambda rows: self._show(generation, rows),
            on_error=lambda e: show_error(self, e, doing=tr("Listing purchase orders")),
        )

    def _show(self, generation: int, rows: list[PurchaseOrderRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        fill_table(self.table, [order_cells(r) for r in rows])
        self.count_label.setText(
            plural(len(rows), tr("{count:,} order"), tr("{count:,} orders")).format(count=len(rows))
        )
        self.loaded.emit()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_order(self.rows[row].id)

    def open_order(self, order_id: int | None) -> None:
        services = self.services
        if services is None:
            return
        self._runner.run(
            lambda: load_order_data(services, order_id),
            on_done=lambda data: self._show_dialog(services, data),
            on_error=lambda e: show_error(self, e, doing=tr("Opening the purchase order")),
        )

    def _show_dialog(self, services: Services, data: OrderData) -> None:
        if services is not self.services:
            return
        dialog = PurchaseOrderDialog(services=services, runner=self._runner, data=data, parent=self)
        dialog.changed.connect(self.refresh)
        dialog.changed.connect(self.changed.emit)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        self.dialog_opened.emit(dialog)

    def draft_from_suggestions(self) -> None:
        services = self.services
        if services is None:
            return

        def done(_result: object) -> None:
            self.status_box.setCurrentText(tr("Draft"))
            self.refresh()

        self._runner.run(
            services.reordering.draft_orders,
            on_done=done,
            on_error=lambda e: show_error(self, e, doing=tr("Drafting purchase orders")),
            writes=True,
        )


class PurchaseOrderDialog(QDialog):
    """One purchase order: edit a draft, send it, receive goods, cancel."""

    changed = Signal()
    """The order was written (saved, sent, received, cancelled)."""
    shown = Signal()
    """A view of the order (or the empty new draft) is on screen."""

    def __init__(
        self, *, services: Services, runner: TaskRunner, data: OrderData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purchase-order")
        self._services, self._runner, self._data = services, runner, data
        self.order = data.order
        self._busy = False
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 13)
        self.title.setFont(font)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QVBoxLayout()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        # Draft inputs (built when the order is a draft).
        self.supplier_box: QComboBox | None = None
        self.expected_box: QCheckBox | None = None
        self.expected_field: QDateEdit | None = None
        self.notes_field: QLineEdit | None = None
        self.lines: QTableWidget | None = None
        self.receive_fields: list[tuple[int, QLineEdit]] = []
        self.action_buttons: dict[str, QPushButton] = {}
        self.total_label = QLabel()
        self._render()
        self.resize(860, 520)

    # --- building ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        for container in (self.body, self.buttons):
            while container.count():
                item = container.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
                elif item is not None and item.layout() is not None:
                    _delete_layout(item.layout())
        self.action_buttons.clear()
        self.receive_fields = []
        self.lines = None
        self.supplier_box = None

    def _render(self) -> None:
        self._clear()
        order = self.order
        if order is None or order.status is PurchaseOrderStatus.DRAFT:
            self._render_draft(order)
        else:
            self._render_order(order)
        self.message.hide()
        self.shown.emit()

    def _button(self, key: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.action_buttons[key] = button
        return button

    def _render_draft(self, order: PurchaseOrderView | None) -> None:
        self.setWindowTitle(tr("New purchase order") if order is None else tr("Purchase order — draft"))
        self.title.setText(
            tr("New purchase order")
            if order is None
            else tr("Draft purchase order #{id}").format(id=order.id)
        )
        self.info.setText(
            tr("Choose the supplier and the products to order; Send gives the order its number.")
        )
        form = QFormLayout()
        supplier = QComboBox()
        supplier.addItem(tr("Choose a supplier…"), None)
        for s in self._data.suppliers:
            supplier.addItem(s.name, s.id)
        if order is not None:
            index = supplier.findData(order.supplier_id)
            if index < 0:
                supplier.addItem(order.supplier_name, order.supplier_id)
                index = supplier.count() - 1
            supplier.setCurrentIndex(index)
        supplier.currentIndexChanged.connect(lambda _i: self.validate())
        self.supplier_box = supplier
        form.addRow(tr("Supplier"), supplier)
        expected_row = QHBoxLayout()
        self.expected_box = QCheckBox(tr("Expected on"))
        self.expected_field = QDateEdit(QDate.currentDate().addDays(7))
        self.expected_field.setCalendarPopup(True)
        self.expected_field.setDisplayFormat("yyyy-MM-dd")
        if order is not None and order.expected_on is not None:
            self.expected_box.setChecked(True)
            day = order.expected_on
            self.expected_field.setDate(QDate(day.year, day.month, day.day))
        self.expected_field.setEnabled(self.expected_box.isChecked())
        self.expected_box.toggled.connect(self.expected_field.setEnabled)
        expected_row.addWidget(self.expected_box)
        expected_row.addWidget(self.expected_field)
        expected_row.addStretch(1)
        form.addRow("", _wrap(expected_row))
        self.notes_field = QLineEdit(order.notes if order else "")
        form.addRow(tr("Notes"), self.notes_field)
        self.body.addLayout(form)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [tr("Product"), tr("Quantity"), tr("Unit cost"), tr("Line total")]
        )
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.lines, 1)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self._button("add_line", tr("Add line"), lambda: self.add_line()))
        line_buttons.addWidget(self._button("remove_line", tr("Remove line"), self.remove_line))
        line_buttons.addStretch(1)
        self.total_label = QLabel()  # a new one each time: the previous view's widgets are deleted
        line_buttons.addWidget(self.total_label)
        self.body.addLayout(line_buttons)
        for line in order.lines if order else ():
            self.add_line(line.product_id, line.quantity, line.unit_cost)
        if order is None:
            self.add_line()
        if order is not None:
            self.buttons.addWidget(self._button("delete", tr("Delete draft"), self.delete_draft))
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._button("close", tr("Close"), self.reject))
        self.buttons.addWidget(self._button("save", tr("Save draft"), lambda: self.save_draft(send=False)))
        self.buttons.addWidget(self._button("send", tr("Save and send"), lambda: self.save_draft(send=True)))
        self.validate()

    def add_line(
        self, product_id: int | None = None, qty: Decimal | None = None, cost: Decimal | None = None
    ) -> int:
        """A new line (a product from the catalogue, quantity, unit cost); returns its row."""
        table = self.lines
        assert table is not None
        row = table.rowCount()
        table.insertRow(row)
        product = QComboBox()
        product.addItem(tr("Choose a product…"), None)
        for p in self._data.products:
            product.addItem(f"{p.sku} — {p.name}", p.id)
        product.setEditable(False)
        if product_id is not None:
            product.setCurrentIndex(max(0, product.findData(product_id)))
        quantity_field = QLineEdit(quantity(qty) if qty is not None else "1")
        quantity_field.setAlignment(Qt.AlignmentFlag.AlignRight)
        cost_field = QLineEdit(_cost_text(cost) if cost is not None else "")
        cost_field.setAlignment(Qt.AlignmentFlag.AlignRight)
        cost_field.setPlaceholderText(tr("cost price"))

        def product_chosen(_index: int) -> None:
            chosen = self._product(product.currentData())
            if chosen is not None and not cost_field.text().strip():
                cost_field.setText(_cost_text(chosen.cost_price))
            self.validate()

        product.currentIndexChanged.connect(product_chosen)
        quantity_field.textChanged.connect(lambda _t: self.validate())
        cost_field.textChanged.connect(lambda _t: self.validate())
        table.setCellWidget(row, 0, product)
        table.setCellWidget(row, 1, quantity_field)
        table.setCellWidget(row, 2, cost_field)
        total = QTableWidgetItem("")
        total.setTextAlignment(RIGHT)
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.setItem(row, 3, total)
        self.validate()
        return row

    def remove_line(self) -> None:
        if self.lines is not None and self.lines.currentRow() >= 0:
            self.lines.removeRow(self.lines.currentRow())
            self.validate()

    def _product(self, product_id: object) -> ProductView | None:
        return next((p for p in self._data.products if p.id == product_id), None)

    def _render_order(self, order: PurchaseOrderView) -> None:
        label = order.number or f"#{order.id}"
        self.setWindowTitle(tr("Purchase order {label}").format(label=label))
        self.title.setText(
            tr("Purchase order {label} — {ORDER_LABELS}").format(
                label=label, ORDER_LABELS=ORDER_LABELS[order.status]
            )
        )
        details = [
            tr("Supplier: {supplier_name}").format(supplier_name=order.supplier_name),
            tr("Ordered: {value1}").format(value1=iso(order.ordered_on) or "—"),
        ]
        if order.expected_on:
            details.append(tr("Expected: {iso}").format(iso=iso(order.expected_on)))
        details.append(tr("Net total: {money}").format(money=money(order.net_total, order.currency)))
        if order.notes:
            details.append(tr("Notes: {notes}").format(notes=order.notes))
        self.info.setText("    ".join(details))
        receiving = order.status in _OPEN
        headers = [
            tr("Product"),
            tr("Ordered"),
            tr("Received"),
            tr("Outstanding"),
            tr("Unit cost"),
            tr("Line total"),
        ]
        if receiving:
            headers.append(tr("Receive now"))
        table = read_only_table(headers, right_aligned=(1, 2, 3, 4, 5), stretch=0)
        fill_table(
            table,
            [
                [
                    line.description,
                    quantity_text(line.quantity),
                    quantity_text(line.received_quantity),
                    quantity_text(line.outstanding),
                    _cost_text(line.unit_cost),
                    money(line.quantity * line.unit_cost, order.currency),
                    *([""] if receiving else []),
                ]
                for line in order.lines
            ],
        )
        if receiving:
            for row, line in enumerate(order.lines):
                field = QLineEdit(quantity(line.outstanding) if line.outstanding > ZERO else "0")
                field.setAlignment(Qt.AlignmentFlag.AlignRight)
                field.setEnabled(line.outstanding > ZERO)
                field.textChanged.connect(lambda _t: self.validate())
                table.setCellWidget(row, 6, field)
                self.receive_fields.append((line.id, field))
        self.lines = table
        self.body.addWidget(table, 1)
        if order.status is PurchaseOrderStatus.SENT:
            self.buttons.addWidget(self._button("cancel_order", tr("Cancel order"), self.cancel_order))
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._button("close", tr("Close"), self.reject))
        if receiving:
            self.buttons.addWidget(self._button("receive", tr("Receive goods"), self.receive))
        self.validate()

    # --- validation -------------------------------------------------------------------------------

    def draft_lines(self) -> tuple[list[PurchaseLineInput], str | None]:
        """The draft's lines as the service's input, and the first problem (``None`` when fine)."""
        table = self.lines
        lines: list[PurchaseLineInput] = []
        problem: str | None = None
        if table is None:
            return lines, tr("no lines")
        total = ZERO
        for row in range(table.rowCount()):
            product = table.cellWidget(row, 0)
            quantity_field = table.cellWidget(row, 1)
            cost_field = table.cellWidget(row, 2)
            assert isinstance(product, QComboBox)
            assert isinstance(quantity_field, QLineEdit)
            assert isinstance(cost_field, QLineEdit)
            chosen = self._product(product.currentData())
            qty = _number(quantity_field.text(), QUANTITY_SCALE)
            cost = _number(cost_field.text(), PRICE_SCALE) if cost_field.text().strip() else None
            if cost is None and chosen is not None and not cost_field.text().strip():
                cost = chosen.cost_price
            item = table.item(row, 3)
            if chosen is None:
                pass  # an empty line (just added) is left out, not an error
            elif qty is None or qty <= ZERO:
                problem = problem or tr("Line {value1}: the quantity must be a number more than 0.").format(
                    value1=row + 1
                )
            elif cost is None or cost < ZERO:
                problem = problem or tr("Line {value1}: the unit cost must be a number of 0 or more.").format(
                    value1=row + 1
                )
            else:
                lines.append(PurchaseLineInput(chosen.id, qty, unit_cost=cost))
                total += qty * cost
            if item is not None:
                ok = chosen is not None and qty is not None and cost is not None
                item.setText(quantity((qty or ZERO) * (cost or ZERO)) if ok else "")
        if not lines and problem is None:
            problem = tr("Choose at least one product to order.")
        self.total_label.setText(
            tr("Net total: {format}").format(format=format(total.normalize(), "f")) if lines else ""
        )
        return lines, problem

    def receipts(self) -> tuple[list[Receipt], str | None]:
        receipts: list[Receipt] = []
        problem: str | None = None
        order = self.order
        outstanding = {line.id: line.outstanding for line in order.lines} if order else {}
        for line_id, field in self.receive_fields:
            if not field.isEnabled():
                continue
            qty = _number(field.text() or "0", QUANTITY_SCALE)
            if qty is None or qty < ZERO:
                problem = problem or tr("Enter the quantities received as numbers of 0 or more.")
            elif qty > outstanding.get(line_id, ZERO):
                problem = problem or tr("Only {quantity} left to receive on a line.").format(
                    quantity=quantity(outstanding[line_id])
                )
            elif qty > ZERO:
                receipts.append(Receipt(line_id, qty))
        if not receipts and problem is None:
            problem = tr("Enter a quantity to receive.")
        return receipts, problem

    def validate(self) -> bool:
        problem: str | None = None
        if self.supplier_box is not None:
            _lines, problem = self.draft_lines()
            if self.supplier_box.currentData() is None:
                problem = problem or tr("Choose a supplier.")
            for key in ("save", "send"):
                if key in self.action_buttons:
                    self.action_buttons[key].setEnabled(problem is None and not self._busy)
        elif self.receive_fields:
            _receipts, problem = self.receipts()
            self.action_buttons["receive"].setEnabled(problem is None and not self._busy)
        self.problem = problem
        if problem and self.supplier_box is not None and not _is_pristine(self):
            self.message.setText(problem)
            self.message.show()
        else:
            self.message.hide()
        return problem is None

    # --- actions ----------------------------------------------------------------------------------

    def _write(self, work: object, doing: str, *, close: bool = False) -> None:
        self._busy = True
        self.validate()

        def done(result: object) -> None:
            self._busy = False
            self.changed.emit()
            if close or result is None:
                self.accept()
                return
            assert isinstance(result, PurchaseOrderView)
            self.order = result
            self._render()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.validate()
            if isinstance(error, ValidationError):
                self.message.setText(str(error))
                self.message.show()
            else:
                show_error(self, error, doing=doing)

        self._runner.run(work, on_done=done, on_error=failed, writes=True)  # type: ignore[arg-type]

    def save_draft(self, *, send: bool) -> None:
        if not self.validate() or self.supplier_box is None:
            return
        lines, _problem = self.draft_lines()
        expected = (
            to_date(self.expected_field.date())
            if self.expected_box is not None and self.expected_box.isChecked() and self.expected_field
            else None
        )
        draft = PurchaseOrderDraft(
            supplier_id=int(self.supplier_box.currentData()),
            lines=lines,
            expected_on=expected,
            notes=self.notes_field.text() if self.notes_field is not None else "",
        )
        orders, order = self._services.purchase_orders, self.order

        def work() -> PurchaseOrderView:
            saved = orders.create_draft(draft) if order is None else orders.update_draft(order.id, draft)
            return orders.send(saved.id) if send else saved

        self._write(work, tr("Sending the purchase order") if send else tr("Saving the purchase order"))

    def receive(self) -> None:
        receipts, problem = self.receipts()
        if problem is not None or self.order is None:
            return
        orders, order_id = self._services.purchase_orders, self.order.id
        self._write(lambda: orders.receive(order_id, receipts=receipts), tr("Receiving goods"))

    def cancel_order(self) -> None:
        if self.order is not None:
            orders, order_id = self._services.purchase_orders, self.order.id
            self._write(lambda: orders.cancel(order_id), tr("Cancelling the purchase order"))

    def delete_draft(self) -> None:
        if self.order is not None:
            orders, order_id = self._services.purchase_orders, self.order.id

            def work() -> None:
                orders.delete_draft(order_id)

            self._write(work, tr("Deleting the draft"), close=True)


def _is_pristine(dialog: PurchaseOrderDialog) -> bool:
    """A new order nobody has typed in yet: no red message before the owner starts."""
    if dialog.order is not None or dialog.lines is None or dialog.supplier_box is None:
        return False
    if dialog.supplier_box.currentData() is not None or dialog.lines.rowCount() != 1:
        return False
    product = dialog.lines.cellWidget(0, 0)
    return isinstance(product, QComboBox) and product.currentData() is None


def _number(text: str, scale: int) -> Decimal | None:
    try:
        value = parse_decimal(text)
    except ValidationError:
        return None
    return value if value == value.quantize(Decimal(1).scaleb(-scale)) else None


def _cost_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"


def _wrap(layout: QHBoxLayout) -> QWidget:
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


def _delete_layout(layout: object) -> None:
    if not isinstance(layout, QLayout):
        return
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            _delete_layout(item.layout())
    layout.deleteLater()
