"""Inventory and purchasing: products, the stock ledger, suppliers, purchase orders, deliveries, expenses."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crmdesk.domain.enums import DeliveryNoteStatus, MovementKind, ProductKind, PurchaseOrderStatus
from crmdesk.storage.models.base import Base, Timestamped, one_of
from crmdesk.storage.types import EnumText, Money, Percent, Quantity, UnitPrice, UtcDateTime


class Supplier(Timestamped, Base):
    __tablename__ = "suppliers"
    __table_args__ = (Index("ix_suppliers_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    vat_id: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Product(Timestamped, Base):
    """A product (kept in stock) or a service (never in stock)."""

    __tablename__ = "products"
    __table_args__ = (
        one_of("kind", ProductKind),
        UniqueConstraint("sku"),
        CheckConstraint("sale_price >= 0", name="sale_price_not_negative"),
        CheckConstraint("cost_price >= 0", name="cost_price_not_negative"),
        Index("ix_products_name", "name"),
        Index("ix_products_category", "category"),
        Index("ix_products_barcode", "barcode"),
        Index("ix_products_preferred_supplier_id", "preferred_supplier_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ProductKind] = mapped_column(EnumText(ProductKind), default=ProductKind.PRODUCT)
    category: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    sale_price: Mapped[Decimal] = mapped_column(UnitPrice(), default=Decimal(0))
    cost_price: Mapped[Decimal] = mapped_column(UnitPrice(), default=Decimal(0))
    average_cost: Mapped[Decimal] = mapped_column(UnitPrice(), default=Decimal(0))
    """Moving average of receipts: what margin reports use."""
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id", ondelete="RESTRICT"))
    barcode: Mapped[str | None] = mapped_column(String(64))
    reorder_level: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    preferred_supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(default=True)

    preferred_supplier: Mapped[Supplier | None] = relationship()


class StockMovement(Base):
    """One change of stock. The quantity on hand is the sum of a product's movements."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        one_of("kind", MovementKind),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_product_time", "product_id", "occurred_at"),
        Index("ix_stock_movements_invoice_id", "invoice_id"),
        Index("ix_stock_movements_purchase_order_id", "purchase_order_id"),
        Index("ix_stock_movements_delivery_note_id", "delivery_note_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[MovementKind] = mapped_column(EnumText(MovementKind))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    """Signed: receipts are positive, sales and deliveries negative."""
    unit_cost: Mapped[Decimal | None] = mapped_column(UnitPrice())
    reason: Mapped[str] = mapped_column(Text, default="")
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    purchase_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchase_orders.id", ondelete="RESTRICT")
    )
    delivery_note_id: Mapped[int | None] = mapped_column(ForeignKey("delivery_notes.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class PurchaseOrder(Timestamped, Base):
    __tablename__ = "purchase_orders"
    __table_args__ = (
        one_of("status", PurchaseOrderStatus),
        UniqueConstraint("number"),
        Index("ix_purchase_orders_supplier_id", "supplier_id"),
        Index("ix_purchase_orders_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="RESTRICT"))
    number: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[PurchaseOrderStatus] = mapped_column(
        EnumText(PurchaseOrderStatus), default=PurchaseOrderStatus.DRAFT
    )
    ordered_on: Mapped[date | None] = mapped_column()
    expected_on: Mapped[date | None] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    notes: Mapped[str] = mapped_column(Text, default="")

    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="purchase_order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.position"
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("received_quantity >= 0", name="received_not_negative"),
        Index("ix_purchase_order_lines_purchase_order_id", "purchase_order_id"),
        Index("ix_purchase_order_lines_product_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    received_quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    unit_cost: Mapped[Decimal] = mapped_column(UnitPrice())
    tax_rate: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class DeliveryNote(Timestamped, Base):
    """A shipping notice; moves stock out when shipping is separate from invoicing."""

    __tablename__ = "delivery_notes"
    __table_args__ = (
        one_of("status", DeliveryNoteStatus),
        UniqueConstraint("number"),
        Index("ix_delivery_notes_customer_id", "customer_id"),
        Index("ix_delivery_notes_invoice_id", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    number: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[DeliveryNoteStatus] = mapped_column(
        EnumText(DeliveryNoteStatus), default=DeliveryNoteStatus.DRAFT
    )
    shipped_on: Mapped[date | None] = mapped_column()
    carrier: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(100), default="")
    shipping_snapshot: Mapped[str] = mapped_column(Text, default="{}")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[DeliveryNoteLine]] = relationship(
        back_populates="delivery_note", cascade="all, delete-orphan", order_by="DeliveryNoteLine.position"
    )


class DeliveryNoteLine(Base):
    __tablename__ = "delivery_note_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_delivery_note_lines_delivery_note_id", "delivery_note_id"),
        Index("ix_delivery_note_lines_product_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_note_id: Mapped[int] = mapped_column(ForeignKey("delivery_notes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())

    delivery_note: Mapped[DeliveryNote] = relationship(back_populates="lines")


class Expense(Timestamped, Base):
    __tablename__ = "expenses"
    __table_args__ = (
        CheckConstraint("net_amount >= 0", name="net_amount_not_negative"),
        CheckConstraint("tax_amount >= 0", name="tax_amount_not_negative"),
        Index("ix_expenses_spent_on", "spent_on"),
        Index("ix_expenses_category", "category"),
        Index("ix_expenses_supplier_id", "supplier_id"),
        Index("ix_expenses_customer_id", "customer_id"),
        Index("ix_expenses_product_id", "product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[date] = mapped_column()
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id", ondelete="SET NULL"))
    net_amount: Mapped[Decimal] = mapped_column(Money())
    tax_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
