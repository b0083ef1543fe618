"""A small shop for the sales service tests: customers, tax rates, products (written with the ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from crmdesk.domain.enums import AddressKind, ProductKind
from crmdesk.services.sales import InvoiceDraft, InvoiceService, LineInput
from crmdesk.services.sales.views import InvoiceView
from crmdesk.storage.engine import Database, make_engine
from crmdesk.storage.lock import DatabaseLock
from crmdesk.storage.models import Address, Customer, Product, TaxRate

ISSUED_ON = date(2026, 3, 2)


@dataclass(frozen=True)
class Shop:
    ann: int
    """A person in Rīga, EUR, 14 days to pay."""
    nordic: int
    """A company in Stockholm, billed in SEK."""
    bike: int
    """Product at 21 %: 450.00 EUR."""
    book: int
    """Product at 12 %: 18.50 EUR."""
    bread: int
    """Product at 5 %: 2.35 EUR."""


def make_shop(db: Database) -> Shop:
    with db.write() as session:
        rates = {rate: TaxRate(name=f"VAT {rate} %", rate=D(rate), country="LV") for rate in (21, 12, 5)}
        session.add_all(rates.values())
        ann = Customer(name="Anna Bērziņa", sort_name="anna bērziņa", language="lv", currency="EUR")
        nordic = Customer(
            name="Nordic Cykel AB",
            sort_name="nordic cykel ab",
            language="sv",
            currency="SEK",
            vat_id="SE556677889901",
        )
        session.add_all([ann, nordic])
        session.flush()
        session.add_all(
            [
                Address(customer_id=ann.id, kind=AddressKind.BILLING, line1="Brīvības iela 1", postal_code="LV-1010", city="Rīga", country="LV"),
                Address(customer_id=nordic.id, kind=AddressKind.BILLING, line1="Storgatan 5", postal_code="111 22", city="Stockholm", country="SE"),
            ]
        )  # fmt: skip
        session.flush()
        products = [
            Product(sku="BIKE-1", name="City bike", sale_price=D("450.00"), average_cost=D("300.00"), tax_rate_id=rates[21].id),
            Product(sku="BOOK-1", name="Repair manual", sale_price=D("18.50"), tax_rate_id=rates[12].id),
            Product(sku="BREAD", name="Rye bread", sale_price=D("2.35"), tax_rate_id=rates[5].id, kind=ProductKind.PRODUCT),
        ]  # fmt: skip
        session.add_all(products)
        session.flush()
        return Shop(
            ann=ann.id, nordic=nordic.id, bike=products[0].id, book=products[1].id, bread=products[2].id
        )


def three_rate_lines(shop: Shop) -> list[LineInput]:
    """The three-rate worked example: 3 × 19.99 @ 21 %, 2 × 4.35 @ 12 %, 1 × 12.50 @ 5 % (gross 95.43)."""
    return [
        LineInput(description="Bell", quantity=D(3), unit_price=D("19.99"), tax_rate=D(21)),
        LineInput(description="Map", quantity=D(2), unit_price=D("4.35"), tax_rate=D(12)),
        LineInput(description="Cake", quantity=D(1), unit_price=D("12.50"), tax_rate=D(5)),
    ]


def issued_invoice(
    db: Database, shop: Shop, lines: list[LineInput] | None = None, *, day: date = ISSUED_ON
) -> InvoiceView:
    service = InvoiceService(db)
    draft = service.create_draft(InvoiceDraft(customer_id=shop.ann, lines=lines or three_rate_lines(shop)))
    return service.issue(draft.id, issue_date=day, today=day).invoice


def issue_in_own_process(path: str, invoice_id: int, barrier: Any, hold_seconds: float) -> str:
    """Child-process body of the two-writers test: issue one draft through the real service.

    The one-writer lock file exists to stop a second crmdesk from opening the file at all, so each child
    builds its :class:`Database` on :func:`make_engine` without taking that lock; everything below it
    (``BEGIN IMMEDIATE``, the number counter, the hash chain) is the production path. ``hold_seconds``
    keeps the transaction open through the issue hook, so the two transactions surely overlap in time.
    """
    import time

    db_path = Path(path)
    db = Database(path=db_path, engine=make_engine(db_path), lock=DatabaseLock(db_path, app="test child"))
    service = InvoiceService(db, after_issue=[lambda _session, _id: time.sleep(hold_seconds)])
    barrier.wait()
    try:
        number = service.issue(invoice_id, issue_date=ISSUED_ON, today=ISSUED_ON).invoice.number
    finally:
        db.engine.dispose()
    assert number is not None
    return number


def child_main(path: str, invoice_id: int, barrier: Any, results: Any) -> None:
    try:
        results.put((invoice_id, issue_in_own_process(path, invoice_id, barrier, 0.4)))
    except BaseException as exc:  # reported to the parent test, not lost in the child
        results.put((invoice_id, f"error: {type(exc).__name__}: {exc}"))
