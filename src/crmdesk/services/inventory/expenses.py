"""Business expenses: what was spent, on what and with whom, with the receipt kept in the database.

Totals by category and month are grouped in SQL (per currency: amounts in different currencies are
never added together), so that profit reports can subtract them.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.domain.money import MONEY_SCALE, ZERO, check_currency, require_decimal
from crmdesk.services.attachments import MAX_ATTACHMENT_BYTES
from crmdesk.services.sales.common import base_currency, require
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Attachment, Customer, Expense, Product, Supplier


@dataclass(frozen=True)
class ExpenseInput:
    spent_on: date
    category: str
    net_amount: Decimal
    tax_amount: Decimal = ZERO
    description: str = ""
    currency: str | None = None
    """Default: the base currency."""
    supplier_id: int | None = None
    customer_id: int | None = None
    """The customer the cost belongs to (a part bought for their repair), for profitability."""
    product_id: int | None = None


@dataclass(frozen=True)
class ReceiptFile:
    filename: str
    content: bytes
    mime_type: str = ""


@dataclass(frozen=True)
class ExpenseView:
    id: int
    spent_on: date
    category: str
    description: str
    net_amount: Decimal
    tax_amount: Decimal
    currency: str
    supplier_id: int | None
    supplier_name: str | None
    customer_id: int | None
    product_id: int | None
    attachment_id: int | None

    @property
    def gross_amount(self) -> Decimal:
        return self.net_amount + self.tax_amount


@dataclass(frozen=True)
class ExpenseQuery:
    date_from: date | None = None
    date_to: date | None = None
    """Inclusive."""
    category: str | None = None
    supplier_id: int | None = None
    limit: int = 1000


@dataclass(frozen=True)
class ExpenseTotal:
    month: str
    """``YYYY-MM``."""
    category: str
    currency: str
    net_amount: Decimal
    tax_amount: Decimal
    count: int


_COLUMNS = (
    Expense.id,
    Expense.spent_on,
    Expense.category,
    Expense.description,
    Expense.net_amount,
    Expense.tax_amount,
    Expense.currency,
    Expense.supplier_id,
    Supplier.name,
    Expense.customer_id,
    Expense.product_id,
    Expense.attachment_id,
)


class ExpenseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, data: ExpenseInput, *, receipt: ReceiptFile | None = None) -> ExpenseView:
        """A new expense, with its receipt (a scan, a PDF) kept in the same transaction."""
        with self._db.write() as session:
            expense = Expense()
            _apply(session, expense, data)
            if receipt is not None:
                expense.attachment_id = _store_receipt(session, receipt)
            session.add(expense)
            session.flush()
            return _get(session, expense.id)

    def update(self, expense_id: int, data: ExpenseInput) -> ExpenseView:
        with self._db.write() as session:
            expense = require(session, Expense, expense_id, "expense")
            _apply(session, expense, data)
            session.flush()
            return _get(session, expense.id)

    def attach_receipt(self, expense_id: int, receipt: ReceiptFile) -> ExpenseView:
        """Attach (or replace) the receipt of an expense; a replaced receipt is deleted."""
        with self._db.write() as session:
            expense = require(session, Expense, expense_id, "expense")
            old = expense.attachment_id
            expense.attachment_id = _store_receipt(session, receipt)
            session.flush()
            if old is not None and (previous := session.get(Attachment, old)) is not None:
                session.delete(previous)
            session.flush()
            return _get(session, expense.id)

    def delete(self, expense_id: int) -> int:
        """Delete an expense and its receipt."""
        with self._db.write() as session:
            expense = require(session, Expense, expense_id, "expense")
            attachment_id = expense.attachment_id
            session.delete(expense)
            session.flush()
            if attachment_id is not None and (receipt := session.get(Attachment, attachment_id)) is not None:
                session.delete(receipt)
            return expense_id

    def get(self, expense_id: int) -> ExpenseView:
        with self._db.read_session() as session:
            return _get(session, expense_id)

    def categories(self) -> list[str]:
        with self._db.read_session() as session:
            return list(session.scalars(select(Expense.category).distinct().order_by(Expense.category)))

    def totals(self, query: ExpenseQuery | None = None) -> list[ExpenseTotal]:
        """Net and tax by month and category (and currency), oldest month first; grouped in SQL."""
        query = query or ExpenseQuery()
        month = func.strftime("%Y-%m", Expense.spent_on)
        stmt = (
            select(
                month,
                Expense.category,
                Expense.currency,
                func.sum(Expense.net_amount),
                func.sum(Expense.tax_amount),
                func.count(),
            )
            .where(*_filters(query))
            .group_by(month, Expense.category, Expense.currency)
            .order_by(month, Expense.category, Expense.currency)
        )
        with self._db.read_session() as session:
            return [
                ExpenseTotal(m, category, currency, Decimal(net), Decimal(tax), count)
                for m, category, currency, net, tax, count in session.execute(stmt)
            ]

    def list(self, query: ExpenseQuery | None = None) -> list[ExpenseView]:
        """Expenses newest first (filters in SQL)."""
        query = query or ExpenseQuery()
        stmt = (
            select(*_COLUMNS).outerjoin(Supplier, Supplier.id == Expense.supplier_id).where(*_filters(query))
        )
        stmt = stmt.order_by(Expense.spent_on.desc(), Expense.id.desc()).limit(query.limit)
        with self._db.read_session() as session:
            return [_expense(row) for row in session.execute(stmt)]


def _filters(query: ExpenseQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.date_from is not None:
        where.append(Expense.spent_on >= query.date_from)
    if query.date_to is not None:
        where.append(Expense.spent_on <= query.date_to)
    if query.category is not None:
        where.append(Expense.category == query.category)
    if query.supplier_id is not None:
        where.append(Expense.supplier_id == query.supplier_id)
    return where


def _get(session: Session, expense_id: int) -> ExpenseView:
    row = session.execute(
        select(*_COLUMNS)
        .outerjoin(Supplier, Supplier.id == Expense.supplier_id)
        .where(Expense.id == expense_id)
    ).first()
    if row is None:
        raise NotFoundError(f"expense {expense_id} does not exist")
    return _expense(row)


def _expense(row: Any) -> ExpenseView:
    return ExpenseView(*row)


def _apply(session: Session, expense: Expense, data: ExpenseInput) -> None:
    category = data.category.strip()
    if not category:
        raise ValidationError("an expense needs a category (rent, fuel, tools…)", field="category")
    if len(category) > 100:
        raise ValidationError("a category is at most 100 characters", field="category")
    net = require_decimal(data.net_amount, scale=MONEY_SCALE, field="net_amount", label="the net amount")
    tax = require_decimal(data.tax_amount, scale=MONEY_SCALE, field="tax_amount", label="the tax amount")
    if net < ZERO or tax < ZERO:
        raise ValidationError("an expense's amounts cannot be negative", field="net_amount")
    if net == ZERO and tax == ZERO:
        raise ValidationError("an expense needs an amount", field="net_amount")
    for model, key, what in (
        (Supplier, data.supplier_id, "supplier"),
        (Customer, data.customer_id, "customer"),
        (Product, data.product_id, "product"),
    ):
        if key is not None and session.get(model, key) is None:
            raise ValidationError(f"{what} {key} does not exist", field=what)
    expense.spent_on = data.spent_on
    expense.category = category
    expense.description = data.description.strip()
    expense.net_amount = net
    expense.tax_amount = tax
    expense.currency = check_currency(data.currency or base_currency(session))
    expense.supplier_id = data.supplier_id
    expense.customer_id = data.customer_id
    expense.product_id = data.product_id


def _store_receipt(session: Session, receipt: ReceiptFile) -> int:
    name = Path(receipt.filename.replace("\\", "/")).name.strip()
    if not name:
        raise ValidationError("the receipt file needs a name", field="receipt")
    if len(receipt.content) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"{name} is too large; receipts up to {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB can be kept",
            field="receipt",
        )
    attachment = Attachment(
        filename=name,
        mime_type=receipt.mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
        size=len(receipt.content),
        sha256=hashlib.sha256(receipt.content).hexdigest(),
        content=receipt.content,
    )
    session.add(attachment)
    session.flush()
    return attachment.id


__all__ = ["ExpenseInput", "ExpenseQuery", "ExpenseService", "ExpenseTotal", "ExpenseView", "ReceiptFile"]
