"""Commands about customers and the global search: ``crmdesk search``, ``crmdesk customers list``.

They print what the GUI shows (the same service calls); ``--json`` gives the same data for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from crmdesk.cli.registry import Commands, database_path, positive_int
from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.customers import CustomerListQuery, CustomerListRow, CustomerSort
from crmdesk.services.search import DEFAULT_PER_KIND, SearchKind

EXIT_OK = 0


def register(commands: Commands) -> None:
    search = commands.add(
        "search", _search, "search customers, contacts, emails, phones, the contact log, documents"
    )
    search.add_argument("query", help="what to look for (any words; phone numbers in any format)")
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.add_argument(
        "--limit",
        type=positive_int,
        default=DEFAULT_PER_KIND,
        help=f"hits per kind (default {DEFAULT_PER_KIND})",
    )
    search.add_argument(
        "--kind", action="append", choices=[k.value for k in SearchKind], help="only this kind (repeatable)"
    )

    customers = commands.group("customers", "customers: list them")
    listing = customers.add("list", _list, "list customers, filtered and sorted like the Customers page")
    listing.add_argument("--tag", default="", help="only customers with this tag")
    listing.add_argument("--city", default="", help="only customers with an address in this city")
    listing.add_argument(
        "--country", default="", help="only customers with an address in this country (ISO code)"
    )
    listing.add_argument("--search", default="", help="name or email contains this text")
    listing.add_argument(
        "--open-complaint", action="store_true", help="only customers with an open complaint"
    )
    listing.add_argument("--overdue", action="store_true", help="only customers with an overdue follow-up")
    archived = listing.add_mutually_exclusive_group()
    archived.add_argument("--include-archived", action="store_true", help="archived customers too")
    archived.add_argument("--archived", action="store_true", help="only archived customers")
    listing.add_argument("--sort", choices=[s.value for s in CustomerSort], default=CustomerSort.NAME.value)
    listing.add_argument("--descending", action="store_true")
    listing.add_argument("--limit", type=positive_int, default=None, help="at most this many rows")
    listing.add_argument("--json", action="store_true", help="print the rows as JSON")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _print_json(data: Any) -> None:
    json.dump(_plain(data), sys.stdout, ensure_ascii=False, indent=2)
    print()


def _open(args: argparse.Namespace) -> Services:
    path = database_path(args)
    if not path.exists():
        raise CrmError(f"{path} does not exist")
    return Services.open(path, create=False)


def _search(args: argparse.Namespace) -> int:
    kinds = tuple(SearchKind(k) for k in args.kind) if args.kind else tuple(SearchKind)
    with _open(args) as services:
        results = services.search.search(args.query, per_kind=args.limit, kinds=kinds)
    if args.json:
        _print_json(asdict(results))
        return EXIT_OK
    if not results.groups:
        print(f"nothing found for {args.query!r}")
        return EXIT_OK
    for group in results.groups:
        print(f"{group.label}:")
        for hit in group.hits:
            archived = " (archived)" if hit.archived else ""
            detail = f"  — {hit.detail}" if hit.detail else ""
            print(f"  {hit.title}{archived}{detail}  [{hit.kind.value} {hit.id}]")
        if group.has_more:
            print("  …")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    query = CustomerListQuery(
        search=args.search,
        include_archived=args.include_archived,
        archived_only=args.archived,
        sort=CustomerSort(args.sort),
        descending=args.descending,
        tag=args.tag,
        city=args.city,
        country=args.country,
        has_open_complaint=args.open_complaint,
        has_overdue_follow_up=args.overdue,
    )
    with _open(args) as services:
        ids = services.customers.ids(query)
        if args.limit is not None:
            ids = ids[: args.limit]
        rows: list[CustomerListRow] = []
        for start in range(0, len(ids), 500):
            page = ids[start : start + 500]
            found = services.customers.rows(page)
            rows.extend(found[i] for i in page if i in found)
    if args.json:
        _print_json([asdict(row) for row in rows])
        return EXIT_OK
    for row in rows:
        archived = " (archived)" if row.archived else ""
        place = ", ".join(p for p in (row.city, row.country) if p)
        print("\t".join((str(row.id), row.name + archived, row.email, row.phone, place)))
    print(f"{len(rows)} customer(s)", file=sys.stderr)
    return EXIT_OK
