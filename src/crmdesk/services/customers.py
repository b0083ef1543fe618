"""Customer use cases. Reads return frozen row views, never live ORM objects."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from crmdesk.domain.enums import AddressKind, CustomerKind
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Address, Customer, CustomerEmail, CustomerPhone


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
    """What the Customers page shows: a search text, archived or not, and the sort order."""

    search: str = ""
    include_archived: bool = False
    sort: CustomerSort = CustomerSort.NAME
    descending: bool = False


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


class CustomerService:
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
        if not query.include_archived:
            stmt = stmt.where(Customer.archived_at.is_(None))
        text = query.search.strip()
        if text:
            pattern = f"%{_escape_like(text.casefold())}%"
            stmt = stmt.where(
                or_(
                    Customer.sort_name.like(pattern, escape="\\"),
                    Customer.id.in_(
                        select(CustomerEmail.customer_id).where(
                            CustomerEmail.email.like(pattern, escape="\\")
                        )
                    ),
                )
            )
        if query.descending:
            stmt = stmt.order_by(key.desc(), Customer.id.desc())
        else:
            stmt = stmt.order_by(key.asc(), Customer.id.asc())
        with self._db.read_session() as session:
            return array("q", session.scalars(stmt))

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


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
