"""The bulk write path converts exactly like the ORM, refuses what the ORM refuses, and hands out safe ids."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from crmdesk.domain.enums import Channel, CustomerKind, InvoiceKind, InvoiceStatus, ProductKind
from crmdesk.storage import bulk
from crmdesk.storage.bulk import BulkWriter, IdSequence, table_of
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Invoice, InvoiceLine, Product, Tag

WHEN = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
PRODUCT_COLUMNS = (
    "id",
    "sku",
    "name",
    "kind",
    "sale_price",
    "cost_price",
    "reorder_level",
    "active",
    "created_at",
)


def raw(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_rows_are_stored_exactly_as_the_orm_stores_them(db: Database) -> None:
    values = dict(
        sku="CHAIN", name="Chain 9-speed", kind=ProductKind.PRODUCT, sale_price=Decimal("22.9"),
        cost_price=Decimal("11.4567"), reorder_level=Decimal("2.5"), active=True,
        created_at=WHEN.astimezone(timezone(timedelta(hours=3))),
    )  # fmt: skip
    with db.write() as session:
        session.add(Product(id=1, **values))
    with db.write() as session:
        writer = BulkWriter.of(session)
        row = (2, "CHAIN-2", *(values[c] for c in PRODUCT_COLUMNS[2:]))
        assert writer.insert(Product, PRODUCT_COLUMNS, [row]) == 1
    stored = raw(
        db, f"SELECT {', '.join(PRODUCT_COLUMNS[1:])}, updated_at, currency, unit FROM products ORDER BY id"
    )
    orm, fast = stored
    assert orm[1:-3] == fast[1:-3]
    assert fast[:8] == (
        "CHAIN-2",
        "Chain 9-speed",
        "product",
        229000,
        114567,
        2500,
        1,
        "2026-03-01T12:30:00.000000+00:00",
    )
    # Left-out columns get the model's Python-side defaults, as with the ORM.
    assert fast[-2:] == ("EUR", "pcs") and fast[-3] is not None
    with db.read_session() as session:
        product = session.get(Product, 2)
        assert product is not None
        assert product.sale_price == Decimal("22.9") and product.created_at == WHEN


def test_dates_enums_and_nulls(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter.of(session)
        customers = [
            (1, "Anna", CustomerKind.PERSON, None, WHEN),
            (2, "Ritenis", "company", Channel.WEB, WHEN),
        ]
        writer.insert(Customer, ("id", "name", "kind", "channel", "created_at"), customers)
        writer.insert(
            Invoice,
            ("id", "customer_id", "kind", "status", "issue_date", "due_date", "gross_total"),
            [(1, 1, InvoiceKind.INVOICE, InvoiceStatus.DRAFT, date(2026, 3, 1), None, Decimal("12.10"))],
        )
    assert raw(db, "SELECT kind, channel FROM customers ORDER BY id") == [
        ("person", None),
        ("company", "web"),
    ]
    assert raw(db, "SELECT issue_date, due_date, gross_total FROM invoices") == [("2026-03-01", None, 1210)]


@pytest.mark.parametrize(
    ("bad_value", "error"),
    [(0.1, TypeError), (Decimal("0.00001"), ValueError), ("12.5", TypeError)],
)
def test_refuses_what_the_column_type_refuses_and_writes_nothing(
    db: Database, bad_value: object, error: type[Exception]
) -> None:
    rows = [(i, f"SKU-{i}", f"Product {i}", Decimal("1.5")) for i in range(1, bulk.BATCH_SIZE + 10)]
    rows.append((bulk.BATCH_SIZE + 10, "BAD", "Bad", bad_value))
    with pytest.raises(error), db.write() as session:
        BulkWriter.of(session).insert(Product, ("id", "sku", "name", "sale_price"), rows)
    assert raw(db, "SELECT count(*) FROM products") == [(0,)]  # the whole transaction rolled back


def test_a_float_is_refused_even_after_an_equal_decimal_was_memoised(db: Database) -> None:
    with pytest.raises(TypeError, match="float"), db.write() as session:
        BulkWriter.of(session).insert(
            Product, ("id", "sku", "name", "sale_price"), [(1, "A", "A", Decimal(1)), (2, "B", "B", 1.0)]
        )


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"), db.write() as session:
        BulkWriter.of(session).insert(Tag, ("id", "name"), [(1, "VIP")])
        BulkWriter.of(session).insert(
            Customer, ("id", "name", "created_at"), [(1, "A", datetime(2026, 1, 1))]
        )


def test_memoised_columns_give_the_same_values_as_direct_conversion(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MEMO_LIMIT", 3)  # the price column overflows the memo and goes direct
    prices = [
        Decimal("9.90"),
        Decimal("9.9"),
        Decimal("10"),
        Decimal("11.25"),
        Decimal("12"),
        Decimal("9.90"),
    ]
    with db.write() as session:
        BulkWriter.of(session).insert(
            Product, ("id", "sku", "name", "kind", "sale_price"),
            [(i, f"S{i}", "x", ProductKind.SERVICE, p) for i, p in enumerate(prices, 1)],
        )  # fmt: skip
    assert raw(db, "SELECT kind, sale_price FROM products ORDER BY id") == [
        ("service", 99000), ("service", 99000), ("service", 100000), ("service", 112500), ("service", 120000),
        ("service", 99000),
    ]  # fmt: skip


def test_reserved_ids_start_above_existing_rows_and_never_overlap(db: Database) -> None:
    with db.write() as session:
        session.add_all([Tag(id=7, name="a"), Tag(id=3, name="b")])
    with db.write() as session:
        writer = BulkWriter.of(session)
        first = writer.reserve_ids(Tag, 3)
        second = writer.reserve_ids(Tag, 2)
        assert (first, second) == (range(8, 11), range(11, 13))
        sequence = IdSequence(writer, Tag, block=2)
        assert [sequence.next() for _ in range(5)] == [13, 14, 15, 16, 17]
        writer.insert(Tag, ("id", "name"), [(i, f"t{i}") for i in [*first, *second]])
        assert writer.reserve_ids(Tag, 1) == range(19, 20)  # 18 went with the sequence's last block
    assert raw(db, "SELECT max(id), count(*) FROM tags") == [(12, 7)]


def test_update_by_key_converts_values(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter.of(session)
        writer.insert(Customer, ("id", "name", "created_at"), [(1, "A", WHEN), (2, "B", WHEN)])
        writer.insert(
            Invoice, ("id", "customer_id", "issue_date"), [(1, 1, date(2026, 3, 1)), (2, 2, date(2026, 3, 2))]
        )
        writer.insert(InvoiceLine, ("id", "invoice_id", "description", "quantity", "unit_price"),
                      [(1, 1, "Chain", Decimal(1), Decimal("22.90"))])  # fmt: skip
        issued = [
            (InvoiceStatus.ISSUED, f"2026-000{n}", n, WHEN + timedelta(days=n), invoice_id)
            for n, invoice_id in enumerate((2, 1), 1)
        ]
        assert (
            writer.update(
                Invoice, columns=("status", "number", "sequence", "issued_at"), key=("id",), rows=issued
            )
            == 2
        )
    assert raw(db, "SELECT id, status, number, sequence, issued_at FROM invoices ORDER BY id") == [
        (1, "issued", "2026-0002", 2, "2026-03-03T12:30:00.000000+00:00"),
        (2, "issued", "2026-0001", 1, "2026-03-02T12:30:00.000000+00:00"),
    ]
    with pytest.raises(Exception, match="frozen"), db.write() as session:
        session.execute(text("UPDATE invoices SET notes = 'x' WHERE id = 1"))


def test_insert_dicts_and_many_batches(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter.of(session)
        assert writer.insert_dicts(Tag, [{"id": 1, "name": "VIP", "color": "#fff"}]) == 1
        assert writer.insert_dicts(Tag, []) == 0
        count = 2 * bulk.BATCH_SIZE + 1
        assert writer.insert(Tag, ("name",), ((f"tag {i}",) for i in range(count))) == count
    assert raw(db, "SELECT count(*), max(id) FROM tags") == [(count + 1, count + 1)]


def test_misuse_is_reported(db: Database) -> None:
    with db.engine.connect() as conn, pytest.raises(RuntimeError, match="write transaction"):
        BulkWriter(conn)
    with db.write() as session:
        writer = BulkWriter.of(session)
        with pytest.raises(ValueError, match="expected 2"):
            writer.insert(Tag, ("id", "name"), [(1, "a", "b")])
        with pytest.raises(KeyError, match="colour"):
            writer.insert(Tag, ("id", "colour"), [(1, "a")])
        with pytest.raises(ValueError, match="negative"):
            writer.reserve_ids(Tag, -1)


def test_the_portable_core_path_stores_the_same(db: Database) -> None:
    rows = [(1, "A", "product", Decimal("1.25"), WHEN), (2, "B", ProductKind.SERVICE, Decimal(3), WHEN)]
    with db.write() as session:
        conn = session.connection()
        table = table_of(Product)
        named = [(i, s, s, k, p, w) for i, s, k, p, w in rows]
        assert (
            bulk._insert_core(conn, table, ("id", "sku", "name", "kind", "sale_price", "created_at"), named)
            == 2
        )
        assert bulk._update_core(conn, table, ("cost_price",), ("id",), [(Decimal("0.5"), 2)]) == 1
        product = session.execute(select(Product).where(Product.id == 2)).scalar_one()
        assert product.cost_price == Decimal("0.5") and product.kind is ProductKind.SERVICE
    assert raw(db, "SELECT sale_price, created_at FROM products ORDER BY id")[0] == (
        12500,
        "2026-03-01T12:30:00.000000+00:00",
    )
