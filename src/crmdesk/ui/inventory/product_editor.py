"""The product editor: every catalogue field, inline validation, undo/redo of field edits.

The pattern of :class:`crmdesk.ui.customers.editor.CustomerEditor`: each input has a key equal to the
``field`` the service names in a :class:`ValidationError` (``sku``, ``sale_price``, ``supplier``…), so
the as-you-type checks and the service's own refusal show beside the same input; one
:class:`QUndoStack` covers every field (Ctrl+Z / Ctrl+Shift+Z).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import ProductKind
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import PRICE_SCALE, QUANTITY_SCALE, ZERO, parse_decimal
from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput, ProductView, SupplierView, TaxRateChoice
from crmdesk.ui.customers.field_undo import FieldEdit, UndoKeys
from crmdesk.ui.customers.fields import (
    ERROR_STYLE,
    FieldBinding,
    combo_binding,
    error_label,
    line_binding,
    text_binding,
    with_error,
)
from crmdesk.ui.errors import show_error
from crmdesk.ui.i18n import tr
from crmdesk.ui.inventory.display import quantity
from crmdesk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class ProductEditorData:
    """What the editor shows besides the product: the choices of its combo boxes."""

    product: ProductView | None
    suppliers: tuple[SupplierView, ...]
    tax_rates: tuple[TaxRateChoice, ...]
    categories: tuple[str, ...]


def load_product_editor_data(services: Services, product_id: int | None) -> ProductEditorData:
    """Read in the background: the product (``None`` for a new one) and the editor's choices."""
    product = services.products.get(product_id) if product_id is not None else None
    suppliers = services.suppliers.list()
    supplier_id = product.preferred_supplier_id if product is not None else None
    if supplier_id is not None and all(s.id != supplier_id for s in suppliers):
        suppliers.append(services.suppliers.get(supplier_id))  # archived since
    return ProductEditorData(
        product, tuple(suppliers), tuple(services.products.tax_rates()), tuple(services.products.categories())
    )


def _decimal_message(text: str, *, scale: int, what: str) -> str | None:
    try:
        value = parse_decimal(text or "0")
    except ValidationError:
        return tr("Enter {what} as a number, e.g. 12.50.").format(what=what)
    if value < ZERO:
        return tr("{upper}{what} cannot be negative.").format(upper=what[0].upper(), what=what[1:])
    if value != value.quantize(Decimal(1).scaleb(-scale)):
        return tr("At most {scale} decimal places.").format(scale=scale)
    return None


def check_product_field(key: str, value: str, values: dict[str, str]) -> str | None:
    """The message for one field's value, or ``None`` when it is fine; no database needed."""
    text = value.strip()
    match key:
        case "sku":
            if not text:
                return tr("Enter a SKU (the product's short code).")
            if len(text) > 60 or any(ch.isspace() for ch in text):
                return tr("A SKU is one word of at most 60 characters.")
        case "name":
            if not text:
                return tr("Enter the product's name.")
        case "unit":
            if not text:
                return tr("Enter a unit (pcs, kg, h…).")
        case "sale_price":
            return _decimal_message(text, scale=PRICE_SCALE, what=tr("the sale price"))
        case "cost_price":
            return _decimal_message(text, scale=PRICE_SCALE, what=tr("the cost price"))
        case "reorder_level":
            message = _decimal_message(text, scale=QUANTITY_SCALE, what=tr("the reorder level"))
            service = values.get("kind") == ProductKind.SERVICE.value
            if message is None and service and parse_decimal(text or "0") != ZERO:
                return tr("A service is not kept in stock: leave the reorder level at 0.")
            return message
        case "barcode":
            if text and (len(text) > 64 or not text.isalnum()):
                return tr("A barcode is letters and digits only, at most 64.")
    return None


def checkbox_binding(key: str, box: QCheckBox) -> FieldBinding:
    """A check box read and written as ``"1"`` / ``""``."""
    return FieldBinding(
        key, box, lambda: "1" if box.isChecked() else "", lambda v: box.setChecked(bool(v)), error_label()
    )


class ProductEditor(QDialog):
    """Create or edit one product; Save runs the service in the background and closes on success."""

    saved = Signal(object)
    """The product was saved (its :class:`ProductView`)."""

    def __init__(
        self,
        *,
        services: Services,
        runner: TaskRunner,
        data: ProductEditorData,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product-editor")
        self._services, self._runner, self._data = services, runner, data
        product = data.product
        self.setWindowTitle(
            tr("Product — {sku} {name}").format(sku=product.sku, name=product.name)
            if product
            else tr("New product")
        )
        self.fields: dict[str, FieldBinding] = {}
        self._values: dict[str, str] = {}
        self._touched: set[str] = set()
        self._service_errors: dict[str, str] = {}
        self._applying = False
        self._saving = False
        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeys(self.undo_stack, self)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind = QComboBox()
        kind.addItem(tr("Product (kept in stock)"), ProductKind.PRODUCT.value)
        kind.addItem(tr("Service (no stock)"), ProductKind.SERVICE.value)
        self._add_row(form, tr("Kind"), combo_binding("kind", kind))
        sku = QLineEdit()
        sku.setPlaceholderText(tr("e.g. CHAIN-9"))
        self._add_row(form, "SKU", line_binding("sku", sku))
        self._add_row(form, tr("Name"), line_binding("name", QLineEdit()))
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        description.setFixedHeight(description.fontMetrics().height() * 4)
        self._add_row(form, tr("Description"), text_binding("description", description))
        category = QLineEdit()
        completer = QCompleter(list(data.categories), category)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        category.setCompleter(completer)
        self._add_row(form, tr("Category"), line_binding("category", category))
        self._add_row(form, tr("Unit"), line_binding("unit", QLineEdit()))
        for key, label in (("sale_price", tr("Sale price")), ("cost_price", tr("Cost price"))):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._add_row(form, label, line_binding(key, edit))
        tax = QComboBox()
        tax.addItem(tr("No tax rate"), "")
        for rate in data.tax_rates:
            tax.addItem(f"{rate.name} ({quantity(rate.rate)} %)", str(rate.id))
        self._add_row(form, tr("Tax rate"), combo_binding("tax_rate", tax))
        self._add_row(form, tr("Barcode"), line_binding("barcode", QLineEdit()))
        reorder = QLineEdit()
        reorder.setAlignment(Qt.AlignmentFlag.AlignRight)
        reorder.setToolTip(tr("Warn when stock falls to this quantity (0: never)"))
        self._add_row(form, tr("Reorder level"), line_binding("reorder_level", reorder))
        supplier = QComboBox()
        supplier.addItem(tr("No preferred supplier"), "")
        for s in data.suppliers:
            supplier.addItem(s.name, str(s.id))
        self._add_row(form, tr("Preferred supplier"), combo_binding("supplier", supplier))
        self._add_row(
            form, "", checkbox_binding("active", QCheckBox(tr("Active (offered on new documents)")))
        )
        if product is not None and product.kind is ProductKind.PRODUCT:
            form.addRow(
                tr("Stock"),
                QLabel(
                    tr("{quantity} {unit} on hand, average cost {price_text}").format(
                        quantity=quantity(product.on_hand),
                        unit=product.unit,
                        price_text=_price_text(product.average_cost),
                    )
                ),
            )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill(product)
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self)
        redo_keys = {
            QKeySequence("Ctrl+Shift+Z").toString(),
            *(k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)),
        }
        redo_action.setShortcuts([QKeySequence(k) for k in sorted(redo_keys)])
        self.addActions([undo_action, redo_action])
        self.undo_stack.clear()
        self.validate()
        self.resize(520, 600)

    def _add_row(self, form: QFormLayout, label: str, binding: FieldBinding) -> None:
        form.addRow(label, with_error(binding.widget, binding.error))
        self.fields[binding.key] = binding
        widget = binding.widget
        widget.installEventFilter(self._undo_keys)
        key = binding.key
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: self._edited(key))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._edited(key))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self._edited(key))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on: self._edited(key))

    def _fill(self, product: ProductView | None) -> None:
        self._applying = True
        try:
            if product is None:
                values = {"kind": ProductKind.PRODUCT.value, "unit": "pcs", "sale_price": "0.00"}
                values |= {"cost_price": "0.00", "reorder_level": "0", "active": "1"}
                default = next((t for t in self._data.tax_rates if t.is_default), None)
                values["tax_rate"] = str(default.id) if default else ""
            else:
                values = {
                    "kind": product.kind.value,
                    "sku": product.sku,
                    "name": product.name,
                    "description": product.description,
                    "category": product.category,
                    "unit": product.unit,
                    "sale_price": _price_text(product.sale_price),
                    "cost_price": _price_text(product.cost_price),
                    "tax_rate": str(product.tax_rate_id or ""),
                    "barcode": product.barcode or "",
                    "reorder_level": quantity(product.reorder_level),
                    "supplier": str(product.preferred_supplier_id or ""),
                    "active": "1" if product.active else "",
                }
            for key, value in values.items():
                self.fields[key].set(value)
            self._values = {key: binding.get() for key, binding in self.fields.items()}
        finally:
            self._applying = False

    # --- edits, undo, validation -----------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._applying:
            return
        old, new = self._values.get(key, ""), self.fields[key].get()
        if old == new:
            return
        self._values[key] = new
        self._touched.add(key)
        self._service_errors.pop(key, None)
        self.undo_stack.push(FieldEdit(self, key, old, new))
        self.validate()

    def apply_value(self, key: str, value: str) -> None:
        """Undo/redo: put ``value`` in the field without recording a new step."""
        self._applying = True
        try:
            self.fields[key].set(value)
            self._values[key] = value
        finally:
            self._applying = False
        self._touched.add(key)
        self.validate()

    def validate(self) -> bool:
        """Check every field; show messages on touched fields; Save only when all are fine."""
        values = {key: binding.get() for key, binding in self.fields.items()}
        invalid = False
        for key, binding in self.fields.items():
            message = self._service_errors.get(key) or check_product_field(key, values[key], values)
            invalid = invalid or message is not None
            shown = message if message and (key in self._touched or key in self._service_errors) else ""
            binding.error.setText(shown)
            binding.error.setVisible(bool(shown))
        self.save_button.setEnabled(not invalid and not self._saving)
        return not invalid

    def error_for(self, key: str) -> str:
        binding = self.fields.get(key)
        return binding.error.text() if binding and not binding.error.isHidden() else ""

    # --- saving ----------------------------------------------------------------------------------

    def product_input(self) -> ProductInput:
        """What the inputs say, as the service's input (valid only after :meth:`validate`)."""
        v = {key: binding.get() for key, binding in self.fields.items()}
        product = self._data.product
        return ProductInput(
            sku=v["sku"].strip(),
            name=v["name"].strip(),
            kind=ProductKind(v["kind"]),
            description=v["description"],
            category=v["category"].strip(),
            unit=v["unit"].strip(),
            currency=product.currency if product else None,
            sale_price=parse_decimal(v["sale_price"] or "0"),
            cost_price=parse_decimal(v["cost_price"] or "0"),
            tax_rate_id=int(v["tax_rate"]) if v["tax_rate"] else None,
            barcode=v["barcode"].strip() or None,
            reorder_level=parse_decimal(v["reorder_level"] or "0"),
            preferred_supplier_id=int(v["supplier"]) if v["supplier"] else None,
            active=bool(v["active"]),
        )

    def save(self) -> None:
        if not self.validate():
            return
        data, product, products = self.product_input(), self._data.product, self._services.products
        self._saving = True
        self.save_button.setEnabled(False)
        work = (
            (lambda: products.create(data))
            if product is None
            else (lambda: products.update(product.id, data))
        )
        self._runner.run(work, on_done=self._saved, on_error=self._save_failed, writes=True)

    def _saved(self, view: ProductView) -> None:
        self._saving = False
        self.undo_stack.setClean()
        self.saved.emit(view)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            key = error.field or ""
            if key in self.fields:
                self._service_errors[key] = str(error)
            else:
                self.general_error.setText(str(error))
                self.general_error.show()
            self.validate()
            return
        self.validate()
        show_error(self, error, doing=tr("Saving the product"))


def _price_text(value: Decimal) -> str:
    """A price with at least two decimals ("12.50", "0.1234")."""
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"
