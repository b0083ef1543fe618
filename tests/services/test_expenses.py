"""Expenses: validation, a receipt kept in the attachments table, totals by month and category in SQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from inventory_setup import Stockroom, make_stockroom

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.inventory import ExpenseInput, ExpenseQuery, ExpenseTotal, ReceiptFile
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def room(db: Database, services: Services) -> Stockroom:
    return make_stockroom(db, services)


def test_record_with_receipt_list_and_totals(services: Services, room: Stockroom) -> None:
    rent = services.expenses.record(
        ExpenseInput(
            spent_on=date(2026, 1, 5), category="Rent", net_amount=D("1450.00"), tax_amount=D("304.50")
        ),
        receipt=ReceiptFile(filename="C:\\scans\\rent-jan.pdf", content=b"%PDF-1.4 rent"),
    )
    assert rent.currency == "EUR" and rent.gross_amount == D("1754.50") and rent.attachment_id is not None
    stored = services.attachments.open(rent.attachment_id)
    assert (stored.info.filename, stored.info.mime_type, stored.content) == (
        "rent-jan.pdf",
        "application/pdf",
        b"%PDF-1.4 rent",
    )
    services.expenses.record(
        ExpenseInput(
            spent_on=date(2026, 1, 20), category="Fuel", net_amount=D("40.00"), tax_amount=D("8.40"),
            supplier_id=room.supplier, customer_id=room.customer, product_id=room.chain,
        )
    )  # fmt: skip
    services.expenses.record(ExpenseInput(spent_on=date(2026, 1, 27), category="Fuel", net_amount=D("60.00")))
    services.expenses.record(
        ExpenseInput(spent_on=date(2026, 2, 3), category="Rent", net_amount=D("1450.00"))
    )
    assert services.expenses.totals() == [
        ExpenseTotal("2026-01", "Fuel", "EUR", D("100.00"), D("8.40"), 2),
        ExpenseTotal("2026-01", "Rent", "EUR", D("1450.00"), D("304.50"), 1),
        ExpenseTotal("2026-02", "Rent", "EUR", D("1450.00"), D("0.00"), 1),
    ]
    february = services.expenses.totals(ExpenseQuery(date_from=date(2026, 2, 1)))
    assert [(t.month, t.category) for t in february] == [("2026-02", "Rent")]
    listed = services.expenses.list(ExpenseQuery(category="Fuel"))
    assert [(e.spent_on.day, e.supplier_name) for e in listed] == [(27, None), (20, "Baltic Parts SIA")]
    assert services.expenses.categories() == ["Fuel", "Rent"]


def test_replace_receipt_and_delete(services: Services, room: Stockroom) -> None:
    expense = services.expenses.record(
        ExpenseInput(spent_on=date(2026, 1, 5), category="Tools", net_amount=D(25))
    )
    first = services.expenses.attach_receipt(expense.id, ReceiptFile("a.png", b"png1"))
    second = services.expenses.attach_receipt(expense.id, ReceiptFile("b.png", b"png2"))
    assert first.attachment_id != second.attachment_id
    assert first.attachment_id is not None and second.attachment_id is not None
    with pytest.raises(NotFoundError):
        services.attachments.open(first.attachment_id)  # the replaced receipt is gone
    assert services.expenses.delete(expense.id) == expense.id
    with pytest.raises(NotFoundError):
        services.attachments.open(second.attachment_id)
    with pytest.raises(NotFoundError, match="expense"):
        services.expenses.get(expense.id)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"category": " "}, "needs a category"),
        ({"net_amount": D("-1")}, "cannot be negative"),
        ({"net_amount": D("0"), "tax_amount": D("0")}, "needs an amount"),
        ({"net_amount": D("1.001")}, "more than 2 decimal places"),
        ({"tax_amount": 0.5}, "must be a decimal number"),
        ({"supplier_id": 999}, "supplier 999 does not exist"),
        ({"currency": "EURO"}, "unknown currency"),
    ],
)
def test_validation(services: Services, room: Stockroom, changes: dict[str, object], message: str) -> None:
    data = {"spent_on": date(2026, 1, 5), "category": "Tools", "net_amount": D(10), **changes}
    with pytest.raises(ValidationError, match=message):
        services.expenses.record(ExpenseInput(**data))  # type: ignore[arg-type]
