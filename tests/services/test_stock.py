"""The stock ledger: on hand is the sum of movements; invoices, credit notes and adjustments move it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from inventory_setup import DAY, Stockroom, draft_invoice, make_stockroom, receive, sell
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InvoiceStatus, MovementKind
from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.domain.stock import NegativeStockPolicy
from crmdesk.services import Services
from crmdesk.services.sales import CreditLine
from crmdesk.storage.engine import Database, open_database
from crmdesk.storage.models import InvoiceLine
from crmdesk.storage.types import utc_now


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def room(db: Database, services: Services) -> Stockroom:
    return make_stockroom(db, services)


def ledger_sum(path: Path, product_id: int) -> D:
    """The raw ledger, read with sqlite3: quantities are stored in thousandths."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        units = conn.execute(
            "SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE product_id = ?", (product_id,)
        ).fetchone()[0]
    finally:
        conn.close()
    return D(units).scaleb(-3)


def test_invoice_sells_and_credit_note_returns(services: Services, room: Stockroom, db: Database) -> None:
    receive(services, room, room.chain, D(10), D("5.00"))
    invoice = sell(services, room, (room.chain, D(3)), (room.repair, D(2)), (room.chain, D(1)))
    assert services.stock.on_hand(room.chain) == D(6)
    assert services.stock.on_hand(room.repair) == D(0)  # a service never moves
    history = services.stock.history(room.chain)
    assert [(m.kind, m.quantity, m.balance, m.document) for m in history] == [
        (MovementKind.SOLD, D(-4), D(6), invoice.number),
        (MovementKind.RECEIVED, D(10), D(10), "PO-2026-0001"),
    ]
    assert history[0].unit_cost == D("5.00")
    note = services.credit_notes.create_draft(invoice.id)
    issued = services.invoices.issue(note.id, issue_date=DAY, today=DAY).invoice
    assert services.stock.on_hand(room.chain) == D(10) == ledger_sum(db.path, room.chain)
    returned = services.stock.history(room.chain)[0]
    assert (returned.kind, returned.quantity, returned.document) == (
        MovementKind.RETURNED,
        D(4),
        issued.number,
    )


def test_a_failed_issue_leaves_stock_untouched(services: Services, room: Stockroom, db: Database) -> None:
    receive(services, room, room.chain, D(10), D("5.00"))

    def refuse(_session: Session, _invoice_id: int) -> None:
        raise ValidationError("the printer is on fire")

    services.invoices.add_issue_hook(refuse)  # runs after the stock hook: its movements must roll back
    draft = draft_invoice(services, room, (room.chain, D(4)))
    with pytest.raises(ValidationError, match="printer"):
        services.invoices.issue(draft.id, issue_date=DAY, today=DAY)
    assert services.stock.on_hand(room.chain) == D(10) == ledger_sum(db.path, room.chain)
    assert [m.kind for m in services.stock.history(room.chain)] == [MovementKind.RECEIVED]
    assert services.invoices.get(draft.id).status is InvoiceStatus.DRAFT


def test_negative_stock_warn_and_block(services: Services, room: Stockroom, db: Database) -> None:
    receive(services, room, room.chain, D(2), D("5.00"))
    assert services.stock.negative_stock_policy() is NegativeStockPolicy.WARN
    draft = draft_invoice(services, room, (room.chain, D(3)))
    [shortage] = services.stock.invoice_shortages(draft.id)
    assert (shortage.sku, shortage.on_hand, shortage.after) == ("CHAIN-9", D(2), D(-1))
    services.invoices.issue(draft.id, issue_date=DAY, today=DAY)  # warn: written
    assert services.stock.on_hand(room.chain) == D(-1)

    services.stock.set_negative_stock_policy(NegativeStockPolicy.BLOCK)
    blocked = draft_invoice(services, room, (room.chain, D(1)))
    with pytest.raises(ConflictError, match="not enough stock: CHAIN-9"):
        services.invoices.issue(blocked.id, issue_date=DAY, today=DAY)
    assert services.invoices.get(blocked.id).number is None
    with pytest.raises(ConflictError, match="not enough stock"):
        services.stock.adjust(room.chain, quantity=D(-1), reason="broken")
    change = services.stock.adjust(room.chain, quantity=D(5), reason="found a box")
    assert (change.on_hand, change.shortages) == (D(4), ())
    assert services.stock.on_hand(room.chain) == ledger_sum(db.path, room.chain) == D(4)


def test_adjustments_need_a_reason_and_a_stock_product(services: Services, room: Stockroom) -> None:
    with pytest.raises(ValidationError, match="say why"):
        services.stock.adjust(room.chain, quantity=D(1), reason="  ")
    with pytest.raises(ValidationError, match="more or less than 0"):
        services.stock.adjust(room.chain, quantity=D(0), reason="x")
    with pytest.raises(ValidationError, match="decimal number"):
        services.stock.adjust(room.chain, quantity=1.5, reason="x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="service and has no stock"):
        services.stock.adjust(room.repair, quantity=D(1), reason="x")
    change = services.stock.adjust(room.chain, quantity=D("-0.5"), reason="cut to length")
    assert change.movement.reason == "cut to length" and change.shortages[0].after == D("-0.5")


def test_opening_balance_only_first_and_sets_average_cost(services: Services, room: Stockroom) -> None:
    services.stock.opening_balance(room.tyre, quantity=D(4), unit_cost=D("17.50"))
    assert services.products.get(room.tyre).average_cost == D("17.50")
    with pytest.raises(ValidationError, match="already has stock movements"):
        services.stock.opening_balance(room.tyre, quantity=D(1), unit_cost=D(1))


def test_low_stock_and_reorder_suggestion(services: Services, room: Stockroom) -> None:
    receive(services, room, room.chain, D(20), D("5.00"))
    receive(services, room, room.tyre, D(3), D("18.00"))
    sell(services, room, (room.chain, D(18)))  # 18 sold in the last 90 days; 2 left, level 5
    [low] = services.stock.low_stock()
    assert (low.sku, low.on_hand, low.sold_in_window, low.low) == ("CHAIN-9", D(2), D(18), True)
    # Up to the level (5) plus 30 days at 18/90 a day (6) = 11, minus the 2 on hand = 9.
    assert low.suggested_order == D(9)
    assert low.supplier_name == "Baltic Parts SIA"
    assert [s.sku for s in services.stock.reorder_suggestions()] == ["CHAIN-9"]
    # Sales older than the window do not count.
    later = services.stock.low_stock(now=utc_now() + timedelta(days=120))
    assert later[0].sold_in_window == D(0) and later[0].suggested_order == D(4)  # one over the level
    # What is already on order counts as coming.
    from crmdesk.services.inventory import PurchaseLineInput, PurchaseOrderDraft

    order = services.purchase_orders.create_draft(
        PurchaseOrderDraft(
            supplier_id=room.supplier, lines=[PurchaseLineInput(product_id=room.chain, quantity=D(9))]
        )
    )
    services.purchase_orders.send(order.id, ordered_on=DAY)
    assert services.stock.reorder_suggestions() == []
    assert services.stock.low_stock()[0].on_order == D(9)


# -- the ledger under a random mix of operations -------------------------------------------------


def test_stock_always_equals_the_ledger(
    migrated_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Receipts, invoices (some failing), credit notes and adjustments in any order: on hand = Σ ledger."""

    class Ledger(RuleBasedStateMachine):
        invoices = Bundle("invoices")

        def __init__(self) -> None:
            super().__init__()
            path = tmp_path_factory.mktemp("ledger") / "crm.sqlite3"
            shutil.copyfile(migrated_template, path)
            self.db = open_database(path)
            self.services = Services(self.db)
            self.room = make_stockroom(self.db, self.services)
            self.products = (self.room.chain, self.room.tyre)
            self.expected = {product: D(0) for product in self.products}
            self.credited: set[int] = set()
            self.fail_next = False
            self.services.invoices.add_issue_hook(self._maybe_fail)
            self.policy = NegativeStockPolicy.WARN

        def _maybe_fail(self, _session: Session, _invoice_id: int) -> None:
            if self.fail_next:
                raise ValidationError("simulated failure after the stock hook")

        @initialize(policy=st.sampled_from(NegativeStockPolicy))
        def choose_policy(self, policy: NegativeStockPolicy) -> None:
            self.policy = self.services.stock.set_negative_stock_policy(policy)

        @rule(index=st.integers(0, 1), quantity=st.integers(1, 8), cents=st.integers(100, 3000))
        def receive_goods(self, index: int, quantity: int, cents: int) -> None:
            product = self.products[index]
            receive(self.services, self.room, product, D(quantity), D(cents).scaleb(-2))
            self.expected[product] += quantity

        @rule(target=invoices, chain=st.integers(0, 4), tyre=st.integers(0, 4), fail=st.booleans())
        def issue_invoice(self, chain: int, tyre: int, fail: bool) -> int:
            wanted = {self.room.chain: D(chain), self.room.tyre: D(tyre)}
            lines = [(p, q) for p, q in wanted.items() if q > 0] or [(self.room.repair, D(1))]
            draft = draft_invoice(self.services, self.room, *lines)
            short = any(self.expected[p] - q < 0 for p, q in wanted.items() if q > 0)
            self.fail_next = fail
            try:
                self.services.invoices.issue(draft.id, issue_date=DAY, today=DAY)
            except ValidationError:
                assert fail
                return -1
            except ConflictError:
                assert short and self.policy is NegativeStockPolicy.BLOCK
                return -1
            finally:
                self.fail_next = False
            assert not fail
            for product, quantity in wanted.items():
                self.expected[product] -= quantity
            return draft.id

        @rule(invoice_id=invoices, whole=st.booleans())
        def credit(self, invoice_id: int, whole: bool) -> None:
            """A credit note for the whole invoice, or for one unit of its first line (once per invoice)."""
            if invoice_id < 0 or invoice_id in self.credited:
                return
            with self.db.read_session() as session:  # line ids are not on the service's view
                first = session.scalars(
                    select(InvoiceLine.id)
                    .where(InvoiceLine.invoice_id == invoice_id)
                    .order_by(InvoiceLine.position)
                ).first()
            assert first is not None
            parts = None if whole else [CreditLine(first, D(1))]
            note = self.services.credit_notes.create_draft(invoice_id, lines=parts)
            self.services.invoices.issue(note.id, issue_date=DAY, today=DAY)
            self.credited.add(invoice_id)
            for line in self.services.invoices.get(note.id).lines:
                if line.product_id in self.expected:
                    self.expected[line.product_id] += line.quantity

        @rule(index=st.integers(0, 1), quantity=st.integers(-5, 5).filter(bool))
        def adjust(self, index: int, quantity: int) -> None:
            product = self.products[index]
            try:
                self.services.stock.adjust(product, quantity=D(quantity), reason="counted")
            except ConflictError:
                assert self.policy is NegativeStockPolicy.BLOCK and self.expected[product] + quantity < 0
                return
            self.expected[product] += quantity

        @invariant()
        def on_hand_is_the_sum_of_the_ledger(self) -> None:
            levels = {level.product_id: level.on_hand for level in self.services.stock.levels()}
            for product in self.products:
                on_hand = self.services.stock.on_hand(product)
                assert on_hand == self.expected[product] == levels[product]
                assert ledger_sum(self.db.path, product) == on_hand
                if self.policy is NegativeStockPolicy.BLOCK:
                    assert on_hand >= 0

        def teardown(self) -> None:
            self.db.close()

    run_state_machine_as_test(
        Ledger,
        settings=settings(
            max_examples=20,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


def test_valuation_by_product_and_category(services: Services, room: Stockroom) -> None:
    receive(services, room, room.chain, D(10), D("4.00"))
    receive(services, room, room.chain, D(5), D("7.00"))  # average 5.00
    receive(services, room, room.tyre, D(3), D("18.3333"))
    report = services.inventory_reports.valuation()
    assert [(p.sku, p.on_hand, p.average_cost, p.value) for p in report.products] == [
        ("CHAIN-9", D(15), D("5.00"), D("75.00")),
        ("TYRE-28", D(3), D("18.3333"), D("55.00")),  # 54.9999 rounded once
    ]
    assert [(c.category, c.products, c.value) for c in report.categories] == [
        ("Drivetrain", 1, D("75.00")),
        ("Wheels", 1, D("55.00")),
    ]
    assert (report.total, report.currency) == (D("130.00"), "EUR")
    services.stock.adjust(room.tyre, quantity=D(-5), reason="counted")  # below zero: worth nothing
    assert services.inventory_reports.valuation().total == D("75.00")


def test_demo_data_follows_the_stock_rules(tmp_path: Path) -> None:
    """The demo writes its ledger in bulk; the services must read it as they would have written it."""
    path = tmp_path / "demo.sqlite3"
    with Services.open(path) as services:
        services.demo.populate(customers=40, seed=3, today=DAY)
        levels = services.stock.levels(include_inactive=True)
        report = services.inventory_reports.valuation()
    conn = sqlite3.connect(path)
    try:
        # Σ sold = Σ issued invoice lines, Σ returned = Σ issued credit-note lines (stock products only).
        document_units = dict(
            conn.execute(
                "SELECT i.kind, sum(l.quantity) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                " JOIN products p ON p.id = l.product_id"
                " WHERE i.status = 'issued' AND p.kind = 'product' GROUP BY i.kind"
            ).fetchall()
        )
        movement_units = dict(
            conn.execute("SELECT kind, sum(quantity) FROM stock_movements GROUP BY kind").fetchall()
        )
        received = conn.execute(
            "SELECT coalesce(sum(received_quantity), 0) FROM purchase_order_lines"
        ).fetchone()[0]
    finally:
        conn.close()
    assert levels and all(level.on_hand == ledger_sum(path, level.product_id) for level in levels)
    assert all(level.on_hand >= 0 for level in levels)
    assert -movement_units["sold"] == document_units["invoice"]
    assert movement_units.get("returned", 0) == document_units.get("credit_note", 0)
    assert movement_units["received"] == received
    assert report.total == sum((c.value for c in report.categories), D(0)) > 0
