"""Inventory commands: stock levels (and low stock), stock adjustments, the product list, stock valuation.

``crmdesk stock`` alone lists stock; ``crmdesk stock adjust SKU QTY --reason TEXT`` corrects it.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from crmdesk.cli.registry import Commands, database_path
from crmdesk.domain.errors import ValidationError
from crmdesk.domain.money import parse_decimal
from crmdesk.services import Services
from crmdesk.services.inventory import ProductListQuery, StockLevel

EXIT_OK = 0


def register(commands: Commands) -> None:
    stock = commands.add("stock", _stock, "stock on hand per product (from the ledger of movements)")
    stock.add_argument("--low", action="store_true", help="only products at or below their reorder level")
    stock.add_argument("--json", action="store_true", help="print JSON instead of a table")
    # `crmdesk stock` is a command and a group: its subcommands override the handler above.
    below = stock.add_subparsers(title="commands", metavar="COMMAND")
    adjust = below.add_parser(
        "adjust",
        help="correct a product's stock (after a count, breakage, loss) with a reason",
        description="correct a product's stock by QTY (negative to take out) with a reason",
    )
    adjust.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    adjust.add_argument("sku", metavar="SKU", help="the product's SKU")
    adjust.add_argument("quantity", metavar="QTY", help="signed quantity, e.g. 5 or -2 or 1.5")
    adjust.add_argument("--reason", required=True, help="why (counted, broken, lost…)")
    adjust.set_defaults(handler=_adjust)
    valuation = below.add_parser(
        "valuation",
        help="stock valuation: quantity on hand × average cost, by product and category",
        description="stock valuation: quantity on hand × average cost, by product and category",
    )
    valuation.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    valuation.add_argument("--json", action="store_true", help="print JSON instead of a table")
    valuation.set_defaults(handler=_valuation)

    products = commands.group("products", "the product and service catalogue")
    listing = products.add("list", _products_list, "list products and services with their stock")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--inactive", action="store_true", help="include inactive products")
    listing.add_argument("--category", help="only this category")


def _stock(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        rows = services.stock.levels(low_only=args.low)
    if args.json:
        _print_json([_level_json(row) for row in rows])
        return EXIT_OK
    for row in rows:
        flag = "LOW" if row.low else "   "
        order = f"order {row.suggested_order}" if row.suggested_order else ""
        print(
            f"{row.sku:<16} {_qty(row.on_hand):>10} {row.unit:<5} {flag} reorder at {_qty(row.reorder_level):<7}"
            f" on order {_qty(row.on_order):<7} {order:<10} {row.name}"
        )
    print(f"{len(rows)} product(s)", file=sys.stderr)
    return EXIT_OK


def _adjust(args: argparse.Namespace) -> int:
    quantity = parse_decimal(args.quantity, field="quantity")
    with Services.open(database_path(args), create=False) as services:
        product = services.products.find(args.sku)
        change = services.stock.adjust(product.id, quantity=quantity, reason=args.reason)
    for shortage in change.shortages:
        print(f"crmdesk: warning: below zero: {shortage}", file=sys.stderr)
    print(
        f"{product.sku}: {_signed(quantity)} {product.unit}, now {_qty(change.on_hand)} on hand ({args.reason.strip()})"
    )
    return EXIT_OK


def _valuation(args: argparse.Namespace) -> int:
    with Services.open(database_path(args), create=False) as services:
        report = services.inventory_reports.valuation()
    if args.json:
        _print_json([asdict(report)])
        return EXIT_OK
    for category in report.categories:
        print(
            f"{category.category or '(no category)':<30} {category.products:>6} product(s) {category.value:>14}"
        )
    print(f"{'total':<30} {'':>17} {report.total:>14} {report.currency}")
    return EXIT_OK


def _products_list(args: argparse.Namespace) -> int:
    query = ProductListQuery(category=args.category, include_inactive=args.inactive)
    with Services.open(database_path(args), create=False) as services:
        rows = services.products.list(query)
    if args.json:
        data = []
        for row in rows:
            item = asdict(row)
            item["low"] = row.low
            data.append(item)
        _print_json(data)
        return EXIT_OK
    for row in rows:
        stock = f"{_qty(row.on_hand)} {row.unit}" if row.kind.value == "product" else "service"
        active = "" if row.active else " (inactive)"
        print(
            f"{row.sku:<16} {row.sale_price:>12} {row.currency}  {stock:<14} {row.category:<20} {row.name}{active}"
        )
    print(f"{len(rows)} product(s)", file=sys.stderr)
    return EXIT_OK


def _qty(value: Decimal) -> str:
    """``2.000`` → ``2``, ``1.500`` → ``1.5``: quantities as the owner writes them."""
    return format(value.normalize(), "f")


def _signed(value: Decimal) -> str:
    return f"+{_qty(value)}" if value > 0 else _qty(value)


def _level_json(row: StockLevel) -> dict[str, Any]:
    data = asdict(row)
    data["low"] = row.low
    data["suggested_order"] = row.suggested_order
    return data


def _print_json(rows: list[dict[str, Any]]) -> None:
    json.dump(rows, sys.stdout, default=_plain, ensure_ascii=False, indent=1)
    print()


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    raise ValidationError(f"cannot write {type(value).__name__} as JSON")


__all__ = ["register"]
