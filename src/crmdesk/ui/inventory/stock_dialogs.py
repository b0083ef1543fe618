"""A product's movement history (the ledger with its running balance) and the stock adjustment dialog.

Both read and write through the task runner. The adjustment dialog knows the negative-stock setting:
with ``warn`` it says what the stock will be and lets the owner go on; with ``block`` Save stays
disabled while the change would take stock below zero (the service refuses it anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import MovementKind, ProductKind
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import QUANTITY_SCALE, ZERO, parse_decimal
from crmdesk.domain.stock import NegativeStockPolicy
from crmdesk.services import Services
from crmdesk.services.inventory import MovementView, ProductView, StockChange
from crmdesk.ui.customers.fields import ERROR_STYLE
from crmdesk.ui.errors import show_error
from crmdesk.ui.formats import instant_text
from crmdesk.ui.i18n import tr
from crmdesk.ui.inventory.display import MOVEMENT_LABELS, quantity, quantity_text, signed
from crmdesk.ui.sales.widgets import fill_table, read_only_table
from crmdesk.ui.tasks import TaskRunner

WARN_STYLE = "color: #a15c00;"
HISTORY_HEADERS = (tr("Date"), tr("Kind"), tr("Quantity"), tr("Balance"), tr("Unit cost"), tr("Reference"))


@dataclass(frozen=True)
class ProductHistory:
    product: ProductView
    movements: tuple[MovementView, ...]


def movement_cells(movement: MovementView) -> list[str]:
    """One ledger row as the history table shows it."""
    reference = movement.document or ""
    if reference and movement.invoice_id is not None:
        what = tr("Credit note") if movement.kind is MovementKind.RETURNED else tr("Invoice")
        reference = f"{what} {reference}"
    elif reference and movement.delivery_note_id is not None:
        reference = tr("Delivery note {reference}").format(reference=reference)
    if movement.reason and movement.reason != reference:
        reference = f"{reference} — {movement.reason}" if reference else movement.reason
    return [
        instant_text(movement.occurred_at),
        MOVEMENT_LABELS.get(movement.kind, str(movement.kind)),
        signed(movement.quantity),
        quantity_text(movement.balance),
        "" if movement.unit_cost is None else format(movement.unit_cost.normalize(), "f"),
        reference,
    ]


class HistoryDialog(QDialog):
    """The movements of one product, newest first, with the balance after each; "Adjust stock…"."""

    changed = Signal()
    """Stock was adjusted from here (the list re-reads)."""
    loaded = Signal()

    def __init__(
        self, *, services: Services, runner: TaskRunner, product_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product-history")
        self.setWindowTitle(tr("Stock history"))
        self._services, self._runner, self.product_id = services, runner, product_id
        self.history: ProductHistory | None = None
        self.adjust_dialog: AdjustStockDialog | None = None
        self.title = QLabel(tr("Loading…"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 12)
        self.title.setFont(font)
        self.summary = QLabel()
        self.table = read_only_table(HISTORY_HEADERS, right_aligned=(2, 3, 4), stretch=5)
        self.adjust_button = QPushButton(tr("Adjust stock…"))
        self.adjust_button.setEnabled(False)
        self.adjust_button.clicked.connect(lambda _checked=False: self.open_adjust())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.adjust_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        services, product_id = self._services, self.product_id

        def read() -> ProductHistory:
            return ProductHistory(
                services.products.get(product_id), tuple(services.stock.history(product_id))
            )

        self._runner.run(
            read, on_done=self._show, on_error=lambda e: show_error(self, e, doing=tr("Reading the history"))
        )

    def _show(self, history: ProductHistory) -> None:
        self.history = history
        product = history.product
        self.setWindowTitle(tr("Stock history — {sku}").format(sku=product.sku))
        self.title.setText(f"{product.sku}  {product.name}")
        if product.kind is ProductKind.SERVICE:
            self.summary.setText(tr("A service is not kept in stock."))
        else:
            self.summary.setText(
                f"On hand: {quantity(product.on_hand)} {product.unit}    "
                f"Reorder level: {quantity(product.reorder_level)}    "
                f"Average cost: {format(product.average_cost.normalize(), 'f')} {product.currency}    "
                f"{len(history.movements)} movements"
            )
        fill_table(self.table, [movement_cells(m) for m in history.movements])
        self.adjust_button.setEnabled(product.kind is ProductKind.PRODUCT)
        self.loaded.emit()

    def open_adjust(self) -> AdjustStockDialog | None:
        if self.history is None:
            return None
        dialog = AdjustStockDialog(
            services=self._services, runner=self._runner, product=self.history.product, parent=self
        )
        dialog.adjusted.connect(lambda _change: self.reload())
        dialog.adjusted.connect(lambda _change: self.changed.emit())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.adjust_dialog = dialog
        dialog.open()
        return dialog


class AdjustStockDialog(QDialog):
    """Correct stock by a signed quantity, with the owner's reason (a count, breakage, loss)."""

    adjusted = Signal(object)
    """The adjustment was written (its :class:`StockChange`)."""
    policy_loaded = Signal()

    def __init__(
        self, *, services: Services, runner: TaskRunner, product: ProductView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adjust-stock")
        self.setWindowTitle(tr("Adjust stock — {sku}").format(sku=product.sku))
        self._services, self._runner, self.product = services, runner, product
        self.policy: NegativeStockPolicy | None = None
        self._saving = False
        self.quantity_field = QLineEdit()
        self.quantity_field.setPlaceholderText(tr("+5 or -2"))
        self.quantity_field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText(tr("Counted, broken, lost…"))
        self.after_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Product"), QLabel(f"{product.sku}  {product.name}"))
        form.addRow(tr("On hand now"), QLabel(f"{quantity(product.on_hand)} {product.unit}"))
        form.addRow(tr("Change by"), self.quantity_field)
        form.addRow(tr("Reason"), self.reason_field)
        form.addRow(tr("On hand after"), self.after_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.quantity_field.textChanged.connect(lambda _t: self.validate())
        self.reason_field.textChanged.connect(lambda _t: self.validate())
        self.validate()
        self.resize(440, 240)
        runner.run(services.stock.negative_stock_policy, on_done=self._policy, on_error=lambda _e: None)

    def _policy(self, policy: NegativeStockPolicy) -> None:
        self.policy = policy
        self.validate()
        self.policy_loaded.emit()

    def change(self) -> Decimal | None:
        try:
            value = parse_decimal(self.quantity_field.text())
        except ValidationError:
            return None
        return value if value == value.quantize(Decimal(1).scaleb(-QUANTITY_SCALE)) else None

    def validate(self) -> bool:
        change = self.change()
        text, style, ok = "", ERROR_STYLE, True
        if not self.quantity_field.text().strip():
            ok = False
        elif change is None:
            text, ok = tr("Enter a number such as 5 or -2 (at most 3 decimals)."), False
        elif change == ZERO:
            text, ok = tr("An adjustment changes stock by more or less than 0."), False
        elif not self.reason_field.text().strip():
            text, ok = tr("Say why stock is adjusted."), False
        after = self.product.on_hand + change if change is not None else None
        self.after_label.setText("" if after is None else f"{quantity(after)} {self.product.unit}")
        if ok and after is not None and after < ZERO:
            if self.policy is NegativeStockPolicy.BLOCK:
                text, ok = tr("Stock cannot go below zero (Settings: negative stock is blocked)."), False
            else:
                text, style = (
                    tr("Warning: this takes stock below zero ({quantity}).").format(quantity=quantity(after)),
                    WARN_STYLE,
                )
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))
        self.save_button.setEnabled(ok and not self._saving)
        return ok

    def save(self) -> None:
        change = self.change()
        if not self.validate() or change is None:
            return
        stock, product_id, reason = self._services.stock, self.product.id, self.reason_field.text()
        self._saving = True
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda: stock.adjust(product_id, quantity=change, reason=reason),
            on_done=self._done,
            on_error=self._failed,
            writes=True,
        )

    def _done(self, change: StockChange) -> None:
        self._saving = False
        self.adjusted.emit(change)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.validate()
        show_error(self, error, doing=tr("Adjusting stock"))
