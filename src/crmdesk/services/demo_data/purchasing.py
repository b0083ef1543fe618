"""Opening stock, purchase orders with goods received, and the running costs of the business.

Written after every customer's sales are known: per product and week the shop knows how many units
it sold, so it can have ordered them in time. Goods arrive on Monday 06:00 UTC, before the shop opens,
for the week ahead: stock is topped up whenever it would fall below the reorder level during the
week, and each March before the season. So the ledger never goes below zero, by construction.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from crmdesk.domain.enums import MovementKind, PurchaseOrderStatus
from crmdesk.domain.numbering import format_number, period_of
from crmdesk.services.demo_data.catalogue import Catalogue, CatalogueProduct
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.models import Expense, PurchaseOrder, PurchaseOrderLine, StockMovement

PURCHASE_ORDER_PATTERN = "PO-{year}-{seq:04d}"
CENT = Decimal("0.01")
STANDARD_RATE = Decimal(21)


@dataclass(slots=True)
class _Order:
    supplier: str
    week: int
    lines: list[tuple[CatalogueProduct, int]]
    ordered_on: date = date.min
    status: PurchaseOrderStatus = PurchaseOrderStatus.RECEIVED


def _round_up(quantity: int, pack: int) -> int:
    return -(-quantity // pack) * pack


def write_purchasing(
    rng: random.Random,
    buffer: RowBuffer,
    catalogue: Catalogue,
    demand: list[list[int]],
    *,
    week0: date,
    today: date,
) -> dict[str, int]:
    """Opening balances, purchase orders and receipts; returns the last PO sequence per period."""
    weeks = len(demand[0]) if demand else 0
    opening_at = datetime(week0.year, week0.month, week0.day, 6, tzinfo=UTC) - timedelta(days=1)
    season_weeks = {
        (date(year, 3, 1) - week0).days // 7
        for year in range(week0.year, today.year + 1)
        if date(year, 3, 1) >= week0
    }
    orders: dict[tuple[str, int], _Order] = {}
    add_movement = buffer.appender(StockMovement)
    for product in catalogue.products:
        if not product.is_stock or product.spec.supplier is None:
            continue
        sold = demand[product.index]
        pack = product.spec.pack
        reorder = pack
        # Keep about six weeks of this product's average sales on the shelf (at least one pack).
        cover = max(pack, -(-sum(sold) * 6 // max(weeks, 1)))
        stock = _round_up(reorder + cover, pack)
        add_movement(
            (
                buffer.next_id(StockMovement), product.id, opening_at, MovementKind.OPENING_BALANCE,
                Decimal(stock), product.spec.cost, "Opening stock", None, None, opening_at,
            )
        )  # fmt: skip
        for week, need in enumerate(sold):
            short = stock - need < reorder
            if short or (week in season_weeks and stock < reorder + cover):
                quantity = _round_up(max(reorder + cover + need - stock, pack), pack)
                key = (product.spec.supplier, week)
                orders.setdefault(key, _Order(product.spec.supplier, week, [])).lines.append(
                    (product, quantity)
                )
                stock += quantity
            stock -= need
    return _write_orders(rng, buffer, catalogue, list(orders.values()), week0=week0, today=today)


def _write_orders(
    rng: random.Random,
    buffer: RowBuffer,
    catalogue: Catalogue,
    orders: list[_Order],
    *,
    week0: date,
    today: date,
) -> dict[str, int]:
    for order in orders:
        order.ordered_on = week0 + timedelta(days=7 * order.week - rng.randint(3, 10))
    # Two orders still on their way and one being prepared, so the purchasing page has work in it.
    stock_products = [p for p in catalogue.products if p.is_stock]
    for status, days_ago in (
        (PurchaseOrderStatus.SENT, 2),
        (PurchaseOrderStatus.SENT, 5),
        (PurchaseOrderStatus.DRAFT, 0),
    ):
        supplier = rng.choice(("parts", "drivetrain", "accessories"))
        candidates = [p for p in stock_products if p.spec.supplier == supplier]
        lines = [
            (p, p.spec.pack * rng.randint(1, 3)) for p in rng.sample(candidates, min(4, len(candidates)))
        ]
        orders.append(_Order(supplier, -1, lines, today - timedelta(days=days_ago), status))
    orders.sort(key=lambda o: (o.ordered_on, o.supplier))
    # The last received order of the drivetrain supplier came incomplete: one line is still owed.
    partial = next(
        (
            o
            for o in reversed(orders)
            if o.supplier == "drivetrain" and o.status is PurchaseOrderStatus.RECEIVED
        ),
        None,
    )
    if partial is not None:
        partial.status = PurchaseOrderStatus.PARTIALLY_RECEIVED
    sequences: dict[str, int] = defaultdict(int)
    add_order = buffer.appender(PurchaseOrder)
    add_line = buffer.appender(PurchaseOrderLine)
    add_movement = buffer.appender(StockMovement)
    for order in orders:
        order_id = buffer.next_id(PurchaseOrder)
        supplier_spec = catalogue.suppliers[order.supplier]
        number = None
        if order.status is not PurchaseOrderStatus.DRAFT:
            period = period_of(PURCHASE_ORDER_PATTERN, order.ordered_on)
            sequences[period] += 1
            number = format_number(
                PURCHASE_ORDER_PATTERN, issued_on=order.ordered_on, sequence=sequences[period]
            )
        received_on = week0 + timedelta(days=7 * order.week)
        arrived = order.status in (PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.PARTIALLY_RECEIVED)
        expected = received_on if arrived else order.ordered_on + timedelta(days=rng.randint(5, 10))
        created = datetime(order.ordered_on.year, order.ordered_on.month, order.ordered_on.day, 8, tzinfo=UTC)
        received_at = datetime(received_on.year, received_on.month, received_on.day, 6, tzinfo=UTC)
        add_order(
            (
                order_id, catalogue.supplier_ids[order.supplier], number, order.status, order.ordered_on,
                expected, "EUR", "", created, received_at if arrived else created,
            )
        )  # fmt: skip
        rate = Decimal(0) if supplier_spec.in_eu_abroad else STANDARD_RATE
        for position, (product, quantity) in enumerate(order.lines):
            ordered = quantity
            if order.status is PurchaseOrderStatus.PARTIALLY_RECEIVED and position == 0:
                ordered = quantity + product.spec.pack
            received = quantity if arrived else 0
            add_line(
                (
                    buffer.next_id(PurchaseOrderLine), order_id, position, product.id, product.spec.name,
                    Decimal(ordered), Decimal(received), product.spec.cost, rate,
                )
            )  # fmt: skip
            if received:
                add_movement(
                    (
                        buffer.next_id(StockMovement), product.id, received_at, MovementKind.RECEIVED,
                        Decimal(received), product.spec.cost, "", None, order_id, received_at,
                    )
                )  # fmt: skip
    return dict(sequences)


# (category, description, supplier key or None, net in cents low…high, tax percent, times a month in 100ths)
RUNNING_COSTS = (
    ("Rent", "Shop and workshop rent", "landlord", (145000, 145000), 21, 100),
    ("Utilities", "Electricity", "energy", (6000, 19000), 21, 100),
    ("Telecom", "Internet and phone", "telecom", (3900, 3900), 21, 100),
    ("Accounting", "Bookkeeping services", None, (15000, 15000), 21, 100),
    ("Bank fees", "Account and card terminal fees", None, (750, 2900), 0, 100),
    ("Marketing", "Social media ads", None, (5000, 30000), 0, 50),
    ("Vehicle", "Fuel for the service van", None, (4000, 9000), 21, 300),
    ("Workshop supplies", "Rags, gloves, small parts", "parts", (2000, 40000), 21, 30),
    ("Training", "Mechanic course", None, (25000, 60000), 21, 4),
)


def write_expenses(
    rng: random.Random, buffer: RowBuffer, catalogue: Catalogue, *, start: date, today: date
) -> None:
    """Monthly running costs from ``start`` until yesterday."""
    add = buffer.appender(Expense)
    month = date(start.year, start.month, 1)
    yesterday = today - timedelta(days=1)
    while month <= yesterday:
        for category, description, supplier, (low, high), tax_percent, per_hundred in RUNNING_COSTS:
            times = per_hundred // 100 + int(rng.randrange(100) < per_hundred % 100)
            for _ in range(times):
                day = month + timedelta(days=rng.randint(0, 27))
                if day > yesterday or day < start:
                    continue
                cents = rng.randint(low, high)
                if category == "Utilities" and month.month in (11, 12, 1, 2):
                    cents += 8000  # heating the workshop
                net = Decimal(cents).scaleb(-2)
                tax = (net * tax_percent / 100).quantize(CENT)
                at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
                add(
                    (
                        buffer.next_id(Expense), day, category, description,
                        catalogue.supplier_ids[supplier] if supplier else None, net, tax, "EUR", None, None,
                        at, at,
                    )
                )  # fmt: skip
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
