"""The customers list and its multi-select actions. Reads return frozen row views, never live ORM objects.

Filtering and sorting happen in SQL; the table model asks for the ordered ids once (``ids``) and then
for the rows of the visible pages (``rows``). The editor's use cases are in ``customer_editor``.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, column, func, or_, select, text
from sqlalchemy.orm import Session

from crmdesk.domain.enums import AddressKind, ComplaintStatus, CustomerKind
from crmdesk.domain.search_query import build_search_query
from crmdesk.services.customer_actions import ArchiveChange, CustomerActions, TagChange
from crmdesk.services.search import sync_if_pending
from crmdesk.storage.engine import Database
from crmdesk.storage.models import (
    Address,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Interaction,
    Tag,
    customer_tags,
)
from crmdesk.storage.types import utc_now


class CustomerSort(StrEnum):
    NAME = "name"
    KIND = "kind"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    COUNTRY = "country"
    CREATED = "created"


@dataclass(frozen=True)
class CustomerListQuery:
    """What the Customers page shows: a search text, filters, archived or not, and the sort order."""

    search: str = ""
    include_archived: bool = False
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False
    tag: str = ""
    """Only customers with this tag (by name, any case)."""
    city: str = ""
    """Only customers with an address in this city (any case, any script: "rīga" finds "Rīga")."""
    country: str = ""
    """Only customers with an address in this country (ISO code)."""
    has_open_complaint: bool = False
    has_overdue_follow_up: bool = False
    """A follow-up due before now and not done."""
    archived_only: bool = False
    rfm_segment: str = ""
    """Only customers in this RFM segment ("Champions", "At risk" …), scored over the whole history up to
    today, as the Dashboard's segment sizes (:func:`rfm_segment_condition`)."""


@dataclass(frozen=True)
class FilterChoices:
    """What the Customers page's filter lists offer: the values that occur in the file."""

    tags: tuple[str, ...]
    countries: tuple[str, ...]
    """ISO codes of the countries in customers' addresses, most customers first."""
    cities: tuple[str, ...]
    """The most frequent cities (at most :data:`MAX_CITY_CHOICES`), for completion; any city can be typed."""


MAX_CITY_CHOICES = 500


@dataclass(frozen=True)
class CustomerListRow:
    id: int
    kind: CustomerKind
    name: str
    email: str
    phone: str
    city: str
    country: str
    created_at: datetime
    archived: bool


def _primary_email() -> ColumnElement[str]:
    return (
        select(CustomerEmail.email)
        .where(CustomerEmail.customer_id == Customer.id)
        .order_by(CustomerEmail.position)
        .limit(1)
        .scalar_subquery()
    )


def _primary_phone() -> ColumnElement[str]:
    return (
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == Customer.id)
        .order_by(CustomerPhone.position)
        .limit(1)
        .scalar_subquery()
    )


class _CustomerList:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, *, include_archived: bool = True) -> int:
        stmt = select(func.count()).select_from(Customer)
        if not include_archived:
            stmt = stmt.where(Customer.archived_at.is_(None))
        with self._db.read_session() as session:
            return int(session.execute(stmt).scalar_one())

    def ids(self, query: CustomerListQuery) -> array[int]:
        """Every matching customer id, in display order (sorted and filtered by SQLite, not Python)."""
        billing = Address.__table__.alias("billing")
        sort_columns: dict[CustomerSort, ColumnElement[Any]] = {
            CustomerSort.NAME: Customer.sort_name.expression,
            CustomerSort.KIND: Customer.kind.expression,
            CustomerSort.EMAIL: func.coalesce(_primary_email(), ""),
            CustomerSort.PHONE: func.coalesce(_primary_phone(), ""),
            CustomerSort.CITY: func.coalesce(billing.c.city, ""),
            CustomerSort.COUNTRY: func.coalesce(billing.c.country, ""),
            CustomerSort.CREATED: Customer.created_at.expression,
        }
        key = sort_columns[query.sort]
        stmt: Select[tuple[int]] = select(Customer.id)
        if query.sort in (CustomerSort.CITY, CustomerSort.COUNTRY):
            stmt = stmt.outerjoin(
                billing,
                (billing.c.customer_id == Customer.id) & (billing.c.kind == AddressKind.BILLING.value),
            )
        if query.archived_only:
            stmt = stmt.where(Customer.archived_at.is_not(None))
        elif not query.include_archived:
            stmt = stmt.where(Customer.archived_at.is_(None))
        matching = _search_condition(query.search)
        if matching is not None:
            sync_if_pending(self._db)
            stmt = stmt.where(matching)
        if query.descending:
            stmt = stmt.order_by(key.desc(), Customer.id.desc())
        else:
            stmt = stmt.order_by(key.asc(), Customer.id.asc())
        with self._db.read_session() as session:
            cities = _spellings_of_city(session, query.city) if query.city.strip() else ()
            for condition in _filters(query, cities):
                stmt = stmt.where(condition)
            return array("q", session.scalars(stmt))

    def filter_choices(self) -> FilterChoices:
        """Tags, countries and frequent cities, each one grouped query (never a scan in Python)."""
        with self._db.read_session() as session:
            tags = tuple(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))
            per_country = func.count(func.distinct(Address.customer_id))
            countries = tuple(
                session.scalars(
                    select(Address.country)
                    .where(Address.country != "")
                    .group_by(Address.country)
                    .order_by(per_country.desc(), Address.country)
                )
            )
            per_city = func.count(func.distinct(Address.customer_id))
            cities = tuple(
                session.scalars(
                    select(func.min(Address.city))
                    .where(Address.city != "")
                    .group_by(Address.city.collate("NOCASE"))
                    .order_by(per_city.desc(), func.min(Address.city))
                    .limit(MAX_CITY_CHOICES)
                )
            )
        return FilterChoices(tags=tags, countries=countries, cities=cities)

    def rows(self, ids: Sequence[int]) -> dict[int, CustomerListRow]:
        """The list rows of ``ids`` in one query (the table model asks page by page)."""
        if not ids:
            return {}
        stmt = (
            select(
                Customer.id,
                Customer.kind,
                Customer.name,
                _primary_email().label("email"),
                _primary_phone().label("phone"),
                Address.city,
                Address.country,
                Customer.created_at,
                Customer.archived_at,
            )
            .outerjoin(Address, (Address.customer_id == Customer.id) & (Address.kind == AddressKind.BILLING))
            .where(Customer.id.in_(list(ids)))
        )
        with self._db.read_session() as session:
            return {
                row.id: CustomerListRow(
                    id=row.id,
                    kind=row.kind,
                    name=row.name,
                    email=row.email or "",
                    phone=row.phone or "",
                    city=row.city or "",
                    country=row.country or "",
                    created_at=row.created_at,
                    archived=row.archived_at is not None,
                )
                for row in session.execute(stmt)
            }


def _search_condition(typed: str) -> ColumnElement[bool] | None:
    """Customers whose name, details, email, phone or contact person match, through the FTS5 index:
    "berzins" finds "Bērziņš", "жуков" finds "Жуков", "29123456" finds "+371 29 123 456"."""
    query = build_search_query(typed)
    if query.is_empty:
        return None

    def ids(sql: str, **params: str) -> Any:
        return text(sql).bindparams(**params).columns(column("id", Integer))

    return or_(
        Customer.id.in_(
            ids("SELECT rowid FROM fts_customers WHERE fts_customers MATCH :list_q", list_q=query.match)
        ),
        Customer.id.in_(
            ids(
                "SELECT customer_id FROM customer_emails WHERE id IN"
                " (SELECT rowid FROM fts_emails WHERE fts_emails MATCH :list_email_q)",
                list_email_q=query.match,
            )
        ),
        Customer.id.in_(
            ids(
                "SELECT customer_id FROM customer_phones WHERE id IN"
                " (SELECT rowid FROM fts_phones WHERE fts_phones MATCH :list_phone_q)",
                list_phone_q=query.phone_match(),
            )
        ),
        Customer.id.in_(
            ids(
                "SELECT customer_id FROM contact_persons WHERE id IN"
                " (SELECT rowid FROM fts_contacts WHERE fts_contacts MATCH :list_contact_q)",
                list_contact_q=query.columns_match("{name details}", "phone"),
            )
        ),
    )


def _spellings_of_city(session: Session, typed: str) -> tuple[str, ...]:
    """Every stored spelling of the city ``typed`` names, in any case of any script ("rīga" → "Rīga").

    SQLite's NOCASE folds ASCII letters only, so the fold is done here over the distinct city names (an
    index scan of a few thousand names at most), and the list is then filtered by ``city IN (…)``.
    """
    wanted = " ".join(typed.split()).casefold()
    names = session.scalars(select(Address.city).where(Address.city != "").distinct())
    return tuple(name for name in names if " ".join(name.split()).casefold() == wanted)


def _filters(query: CustomerListQuery, cities: Sequence[str] = ()) -> list[ColumnElement[bool]]:
    # Uncorrelated IN (…) subqueries: each is computed once through its own index. Correlated EXISTS
    # let the planner probe e.g. the country index once per customer (minutes on 100k customers).
    conditions: list[ColumnElement[bool]] = []
    if query.tag.strip():
        tagged = (
            select(customer_tags.c.customer_id)
            .join(Tag, Tag.id == customer_tags.c.tag_id)
            .where(func.lower(Tag.name) == query.tag.strip().lower())
        )
        conditions.append(Customer.id.in_(tagged))
    if query.city.strip() or query.country.strip():
        located = select(Address.customer_id)
        if query.city.strip():
            located = located.where(Address.city.in_(cities))
        if query.country.strip():
            located = located.where(Address.country == query.country.strip().upper())
        conditions.append(Customer.id.in_(located))
    if query.has_open_complaint:
        complaining = select(Interaction.customer_id).where(
            Interaction.complaint_status == ComplaintStatus.OPEN
        )
        conditions.append(Customer.id.in_(complaining))
    if query.has_overdue_follow_up:
        overdue = select(Interaction.customer_id).where(
            Interaction.follow_up_due.is_not(None),
            Interaction.follow_up_done_at.is_(None),
            Interaction.follow_up_due < utc_now(),
        )
        conditions.append(Customer.id.in_(overdue))
    if query.rfm_segment.strip():
        conditions.append(rfm_segment_condition(query.rfm_segment.strip()))
    return conditions


def rfm_segment_condition(segment: str, today: date | None = None) -> ColumnElement[bool]:
    """``Customer.id IN (…)`` the customers of an RFM segment: the analytics' own SQL (one statement)."""
    from crmdesk.services.analytics.customers import segment_members_sql
    from crmdesk.services.sales.common import local_today

    members = (
        text(segment_members_sql())
        .bindparams(rfm_segment=segment, rfm_start="1900-01-01", rfm_end=(today or local_today()).isoformat())
        .columns(column("cid", Integer))
    )
    return Customer.id.in_(members)


class CustomerService(_CustomerList, CustomerActions):
    """The customers list (``count``, ``ids``, ``rows``) and its multi-select actions."""


__all__ = [
    "ArchiveChange",
    "CustomerListQuery",
    "CustomerListRow",
    "CustomerService",
    "CustomerSort",
    "FilterChoices",
    "TagChange",
]
