"""Suppliers: who the business buys from (purchase orders, expenses, a product's preferred supplier)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Supplier
from crmdesk.storage.types import utc_now


@dataclass(frozen=True)
class SupplierInput:
    name: str
    email: str | None = None
    phone: str | None = None
    vat_id: str | None = None
    address: str = ""
    country: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SupplierView:
    id: int
    name: str
    email: str | None
    phone: str | None
    vat_id: str | None
    address: str
    country: str
    notes: str
    archived_at: datetime | None


def _view(s: Supplier) -> SupplierView:
    return SupplierView(
        s.id, s.name, s.email, s.phone, s.vat_id, s.address, s.country, s.notes, s.archived_at
    )


def _apply(supplier: Supplier, data: SupplierInput) -> None:
    name = data.name.strip()
    if not name:
        raise ValidationError("a supplier needs a name", field="name")
    if len(name) > 200:
        raise ValidationError("a supplier's name is at most 200 characters", field="name")
    email = (data.email or "").strip() or None
    if email is not None and ("@" not in email or " " in email):
        raise ValidationError(f"not an email address: {email}", field="email")
    country = data.country.strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        raise ValidationError("a country is a two-letter code (LV, SE…)", field="country")
    supplier.name = name
    supplier.email = email
    supplier.phone = (data.phone or "").strip() or None
    supplier.vat_id = (data.vat_id or "").strip() or None
    supplier.address = data.address.strip()
    supplier.country = country
    supplier.notes = data.notes.strip()


class SupplierService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, data: SupplierInput) -> SupplierView:
        with self._db.write() as session:
            supplier = Supplier()
            _apply(supplier, data)
            session.add(supplier)
            session.flush()
            return _view(supplier)

    def update(self, supplier_id: int, data: SupplierInput) -> SupplierView:
        with self._db.write() as session:
            supplier = _require(session.get(Supplier, supplier_id), supplier_id)
            _apply(supplier, data)
            session.flush()
            return _view(supplier)

    def archive(self, supplier_id: int, *, archived: bool = True) -> SupplierView:
        """Hide a supplier from new orders; its orders and expenses keep it."""
        with self._db.write() as session:
            supplier = _require(session.get(Supplier, supplier_id), supplier_id)
            supplier.archived_at = utc_now() if archived else None
            session.flush()
            return _view(supplier)

    def get(self, supplier_id: int) -> SupplierView:
        with self._db.read_session() as session:
            return _view(_require(session.get(Supplier, supplier_id), supplier_id))

    def list(self, *, include_archived: bool = False) -> list[SupplierView]:
        stmt = select(Supplier).order_by(func.lower(Supplier.name), Supplier.id)
        if not include_archived:
            stmt = stmt.where(Supplier.archived_at.is_(None))
        with self._db.read_session() as session:
            return [_view(s) for s in session.scalars(stmt)]


def _require(supplier: Supplier | None, supplier_id: int) -> Supplier:
    if supplier is None:
        raise NotFoundError(f"supplier {supplier_id} does not exist")
    return supplier


__all__ = ["SupplierInput", "SupplierService", "SupplierView"]
