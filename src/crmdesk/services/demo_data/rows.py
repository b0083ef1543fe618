"""Rows waiting to be written: one list of tuples per table, flushed in foreign-key order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table

from crmdesk.storage.bulk import BulkWriter, IdSequence, table_of
from crmdesk.storage.models import (
    Address,
    CompanyProfile,
    ContactPerson,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomFieldDefinition,
    CustomFieldValue,
    Expense,
    Interaction,
    Invoice,
    InvoiceLine,
    NumberSeries,
    Opportunity,
    Payment,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Quote,
    QuoteLine,
    StockMovement,
    Supplier,
    Tag,
    TaxRate,
    customer_tags,
)

Row = tuple[Any, ...]

# The columns each generator fills, in the order of its tuples. The order of this dict is the order
# of the flush: parents before children, so every foreign key points at a row already written.
# fmt: off
COLUMNS: dict[Table, tuple[str, ...]] = {
    table_of(CompanyProfile): (
        "id", "name", "address", "country", "vat_id", "registration_no", "email", "phone", "website",
        "iban", "bic", "bank_name", "base_currency", "language", "created_at", "updated_at",
    ),
    table_of(TaxRate): ("id", "name", "rate", "country", "is_default", "active"),
    table_of(Tag): ("id", "name", "color"),
    table_of(CustomFieldDefinition): ("id", "key", "label", "field_type", "choices", "position", "archived"),
    table_of(Supplier): (
        "id", "name", "email", "phone", "vat_id", "address", "country", "notes", "archived_at",
        "created_at", "updated_at",
    ),
    table_of(Product): (
        "id", "sku", "name", "description", "kind", "category", "unit", "currency", "sale_price",
        "cost_price", "average_cost", "tax_rate_id", "barcode", "reorder_level", "preferred_supplier_id",
        "active", "created_at", "updated_at",
    ),
    table_of(Customer): (
        "id", "kind", "name", "sort_name", "vat_id", "registration_no", "language", "currency",
        "payment_terms_days", "channel", "notes", "archived_at", "created_at", "updated_at",
    ),
    table_of(ContactPerson): ("id", "customer_id", "name", "role", "email", "phone", "notes"),
    table_of(CustomerEmail): ("id", "customer_id", "email", "label", "position"),
    table_of(CustomerPhone): ("id", "customer_id", "e164", "label", "position"),
    table_of(Address): (
        "id", "customer_id", "kind", "line1", "line2", "postal_code", "city", "region", "country",
    ),
    customer_tags: ("customer_id", "tag_id"),
    table_of(CustomFieldValue): ("customer_id", "field_id", "value"),
    table_of(Opportunity): (
        "id", "customer_id", "title", "stage", "value", "currency", "expected_close", "closed_at",
        "lost_reason", "position", "created_at", "updated_at",
    ),
    table_of(Quote): (
        "id", "customer_id", "opportunity_id", "revision", "previous_revision_id", "status", "issue_date",
        "valid_until", "currency", "exchange_rate", "prices_include_tax", "language", "notes", "net_total",
        "tax_total", "gross_total", "created_at", "updated_at",
    ),
    table_of(QuoteLine): (
        "id", "quote_id", "position", "product_id", "description", "quantity", "unit", "unit_price",
        "discount", "tax_rate",
    ),
    table_of(Invoice): (
        "id", "kind", "status", "customer_id", "quote_id", "credited_invoice_id", "series", "issue_date",
        "due_date", "currency", "exchange_rate", "prices_include_tax", "language", "channel",
        "customer_snapshot", "notes", "net_total", "tax_total", "gross_total", "created_at", "updated_at",
    ),
    table_of(InvoiceLine): (
        "id", "invoice_id", "position", "product_id", "description", "quantity", "unit", "unit_price",
        "discount", "tax_rate", "net_amount", "unit_cost",
    ),
    table_of(Payment): (
        "id", "invoice_id", "paid_on", "amount", "currency", "method", "reference", "notes", "created_at",
        "updated_at",
    ),
    table_of(PurchaseOrder): (
        "id", "supplier_id", "number", "status", "ordered_on", "expected_on", "currency", "notes",
        "created_at", "updated_at",
    ),
    table_of(PurchaseOrderLine): (
        "id", "purchase_order_id", "position", "product_id", "description", "quantity",
        "received_quantity", "unit_cost", "tax_rate",
    ),
    table_of(StockMovement): (
        "id", "product_id", "occurred_at", "kind", "quantity", "unit_cost", "reason", "invoice_id",
        "purchase_order_id", "created_at",
    ),
    table_of(Interaction): (
        "id", "customer_id", "contact_person_id", "kind", "direction", "subject", "body", "occurred_at",
        "follow_up_due", "follow_up_done_at", "complaint_status", "resolution", "satisfaction",
        "reminder_level", "quote_id", "invoice_id", "opportunity_id", "created_at", "updated_at",
    ),
    table_of(Expense): (
        "id", "spent_on", "category", "description", "supplier_id", "net_amount", "tax_amount", "currency",
        "customer_id", "product_id", "created_at", "updated_at",
    ),
    table_of(NumberSeries): ("id", "code", "period", "pattern", "last_sequence"),
}
# fmt: on


class RowBuffer:
    """Collects generated rows per table and writes them with one ``executemany`` per table."""

    def __init__(self, writer: BulkWriter) -> None:
        self._writer = writer
        self._rows: dict[Table, list[Row]] = {table: [] for table in COLUMNS}
        self._ids: dict[Table, IdSequence] = {}
        self.written: dict[str, int] = {table.name: 0 for table in COLUMNS}

    def rows(self, target: Table | type[Any]) -> list[Row]:
        """The pending rows of a table: generators append tuples in the order of :data:`COLUMNS`."""
        return self._rows[table_of(target)]

    def appender(self, target: Table | type[Any]) -> Callable[[Row], None]:
        """``rows(target).append``, looked up once by a hot loop."""
        return self.rows(target).append

    def next_id(self, target: Table | type[Any]) -> int:
        table = table_of(target)
        sequence = self._ids.get(table)
        if sequence is None:
            sequence = self._ids[table] = IdSequence(self._writer, table)
        return sequence.next()

    def pending(self) -> int:
        return sum(len(rows) for rows in self._rows.values())

    def flush(self) -> None:
        """Write every pending row, parents first."""
        for table, rows in self._rows.items():
            if rows:
                self.written[table.name] += self._writer.insert(table, COLUMNS[table], rows)
                rows.clear()
