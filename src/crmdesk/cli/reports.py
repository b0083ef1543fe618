"""Analytics reports: ``crmdesk report rfm|clv|churn|profit|sales`` as a table, CSV (``--csv``) or JSON.

Amounts are in the base currency; ``--from``/``--to`` limit the documents counted (default: the whole
history until today). The rules behind each report are in ``docs/analytics.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, SalesBy
from crmdesk.services.sales.common import local_today

EXIT_OK = 0
Table = tuple[list[str], list[list[Any]]]

PROFIT_BY = ("customer", "product")


def register(commands: Commands) -> None:
    report = commands.add("report", _report, "analytics reports: rfm, clv, churn, profit, sales")
    report.add_argument("kind", choices=("rfm", "clv", "churn", "profit", "sales"), help="which report")
    report.add_argument("--from", dest="start", type=_iso_date, default=None, help="first day YYYY-MM-DD")
    report.add_argument(
        "--to", dest="end", type=_iso_date, default=None, help="last day YYYY-MM-DD (default today)"
    )
    report.add_argument(
        "--by",
        choices=[by.value for by in SalesBy],
        default=None,
        help="sales: month (default), quarter, year, product, category, customer, country, city, channel;"
        " profit: customer (default) or product",
    )
    report.add_argument("--limit", type=positive_int, default=None, help="at most this many rows")
    report.add_argument(
        "--csv", type=Path, default=None, metavar="FILE", help="write the report to a CSV file"
    )
    report.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _report(args: argparse.Namespace) -> int:
    end = args.end or local_today()
    period = DateRange(start=args.start, end=end)
    if args.kind == "profit" and args.by not in (None, *PROFIT_BY):
        raise ValidationError(f"profit is by customer or product, not {args.by}")
    if args.kind not in ("sales", "profit") and args.by is not None:
        raise ValidationError(f"--by applies to sales and profit, not to {args.kind}")
    with Services.open(database_path(args), create=False) as services:
        header, body = _BUILDERS[args.kind](services, period, args)
    if args.csv is not None:
        _write_csv(args.csv, header, body)
        print(f"{len(body)} row(s) written to {args.csv}", file=sys.stderr)
        return EXIT_OK
    if args.json:
        json.dump(
            [dict(zip(header, row, strict=True)) for row in body],
            sys.stdout,
            default=_plain,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return EXIT_OK
    _print_table(header, body)
    print(f"{len(body)} row(s)", file=sys.stderr)
    return EXIT_OK


def _rfm(services: Services, period: DateRange, args: argparse.Namespace) -> Table:
    rows = services.analytics.rfm(period, limit=args.limit)
    header = ["customer_id", "name", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"]
    return header, [
        [r.customer_id, r.name, r.recency_days, r.frequency, r.monetary, r.r, r.f, r.m, r.segment.value]
        for r in rows
    ]


def _clv(services: Services, period: DateRange, args: argparse.Namespace) -> Table:
    report = services.analytics.clv(period, limit=args.limit)
    print(
        f"expected remaining lifetime {report.expected_lifetime_years} years"
        f" ({report.customers_lapsed} of {report.customers_observed} customers observed for a year lapsed);"
        f" amounts in {report.currency}",
        file=sys.stderr,
    )
    header = [
        "customer_id",
        "name",
        "orders",
        "revenue",
        "historic_clv",
        "predicted_clv",
        "first_purchase",
        "last_purchase",
    ]
    return header, [
        [
            r.customer_id,
            r.name,
            r.orders,
            r.revenue,
            r.historic,
            r.predicted,
            r.first_purchase,
            r.last_purchase,
        ]
        for r in report.rows
    ]


def _churn(services: Services, period: DateRange, args: argparse.Namespace) -> Table:
    rows = services.analytics.churn(period, limit=args.limit)
    header = [
        "rank",
        "customer_id",
        "name",
        "last_purchase",
        "days_since",
        "usual_gap_days",
        "ratio",
        "at_risk",
    ]
    return header, [
        [
            r.rank,
            r.customer_id,
            r.name,
            r.last_purchase,
            r.days_since,
            r.usual_gap_days,
            r.ratio,
            "yes" if r.at_risk else "",
        ]
        for r in rows
    ]


def _profit(services: Services, period: DateRange, args: argparse.Namespace) -> Table:
    by_product = args.by == "product"
    if by_product:
        rows = services.analytics.product_profit(period, limit=args.limit)
    else:
        rows = services.analytics.customer_profit(period, limit=args.limit)
    header = [
        "id",
        "sku" if by_product else "orders",
        "name",
        "revenue",
        "credit_notes",
        "cost_of_goods",
        "expenses",
        "profit",
        "unprofitable",
    ]
    return header, [
        [
            r.id,
            r.sku if by_product else r.orders,
            r.name,
            r.revenue,
            r.credited,
            r.cost_of_goods,
            r.expenses,
            r.profit,
            "yes" if r.unprofitable else "",
        ]
        for r in rows
    ]


def _sales(services: Services, period: DateRange, args: argparse.Namespace) -> Table:
    report = services.analytics.sales(period, by=SalesBy(args.by or "month"), limit=args.limit)
    header = [report.by.value, "label", "invoices", "credit_notes", "net_sales", "year_before", "change_pct"]
    return header, [
        [r.key, r.label, r.invoices, r.credit_notes, r.net_sales, r.previous, r.change] for r in report.rows
    ]


_BUILDERS: dict[str, Callable[[Services, DateRange, argparse.Namespace], Table]] = {
    "rfm": _rfm,
    "clv": _clv,
    "churn": _churn,
    "profit": _profit,
    "sales": _sales,
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _print_table(header: list[str], body: Sequence[list[Any]]) -> None:
    cells = [[_text(v) for v in row] for row in body]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _write_csv(path: Path, header: list[str], body: Sequence[list[Any]]) -> None:
    try:
        with path.expanduser().open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([_text(v) for v in row] for row in body)
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}") from None


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    raise ValidationError(f"cannot write {type(value).__name__} as JSON")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


__all__ = ["register"]
