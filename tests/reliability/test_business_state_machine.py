"""Hypothesis stateful test: business operations mixed with backups and restores, invariants after each step.

Invariants: ``check`` and ``verify`` (invoice chains, numbering, audit chain) pass; an invoice number,
once issued, always names the same document (same content hash) or, after a restore to an older
backup, no document at all: never a different one.
"""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal as D
from pathlib import Path

import fault_checks
import fault_child
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from crmdesk.domain.enums import InvoiceKind
from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft
from crmdesk.services.database import check_database
from crmdesk.services.restore import restore_backup
from crmdesk.services.sales import InvoiceDraft
from crmdesk.services.verification import verify_database
from crmdesk.storage.engine import open_database
from crmdesk.storage.models import Customer, Invoice, Payment

_TEMPLATE: list[Path] = []
_COUNTS = {"runs": 0, "steps": 0, "backups": 0, "restores": 0}


def template() -> Path:
    if not _TEMPLATE:
        path = Path(tempfile.mkdtemp(prefix="crmdesk-sm-")) / "template.sqlite3"
        open_database(path).close()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


class BusinessWithBackups(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="crmdesk-sm-"))
        self.path = self.folder / "crm.sqlite3"
        shutil.copyfile(template(), self.path)
        self.services = Services.open(self.path, create=False)
        self.customers: list[int] = []
        self.open_invoices: list[int] = []
        self.backups: list[Path] = []
        self.ever_issued: dict[str, str | None] = {}

    @rule(name=st.text(min_size=1, max_size=20))
    def create_customer(self, name: str) -> None:
        # Through the editor's checks: a name it refuses (blank, a NUL) writes nothing, with a reason.
        try:
            details = self.services.customer_editor.create(CustomerDraft(name=name))
        except ValidationError:
            return
        self.customers.append(details.id)

    @precondition(lambda self: self.customers)
    @rule(data=st.data(), seed=st.integers(0, 10_000))
    def issue_invoice(self, data: st.DataObject, seed: int) -> None:
        customer = data.draw(st.sampled_from(self.customers))
        draft = self.services.invoices.create_draft(
            InvoiceDraft(customer_id=customer, lines=fault_child.line_input(seed))
        )
        invoice = self.services.invoices.issue(draft.id).invoice
        assert invoice.number is not None and invoice.number not in self.ever_issued
        self.ever_issued[invoice.number] = invoice.content_hash
        self.open_invoices.append(invoice.id)

    @precondition(lambda self: self.open_invoices)
    @rule(data=st.data())
    def pay_or_credit(self, data: st.DataObject) -> None:
        invoice_id = data.draw(st.sampled_from(self.open_invoices))
        self.open_invoices.remove(invoice_id)
        if data.draw(st.booleans()):
            self.services.payments.record(invoice_id, amount=D("1.00"))
        else:
            note = self.services.credit_notes.create_draft(invoice_id)
            issued = self.services.invoices.issue(note.id).invoice
            assert issued.number is not None and issued.number not in self.ever_issued
            self.ever_issued[issued.number] = issued.content_hash

    @rule()
    def back_up(self) -> None:
        self.backups.append(self.services.backups.backup_now(self.folder / "backups").path)
        _COUNTS["backups"] += 1

    @precondition(lambda self: self.backups)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        backup = data.draw(st.sampled_from(self.backups))
        event("restore")
        _COUNTS["restores"] += 1
        self.services.close()
        try:
            restore_backup(backup, self.path)
        finally:
            self.services = Services.open(self.path, create=False)
        # From now on only what the backup held exists.
        with self.services._db.read_session() as session:
            self.customers = list(session.scalars(select(Customer.id)))
            credited = select(Invoice.credited_invoice_id).where(Invoice.credited_invoice_id.is_not(None))
            # Neither paid nor credited yet, as the rules above leave them (each is used once).
            self.open_invoices = list(
                session.scalars(
                    select(Invoice.id).where(
                        Invoice.kind == InvoiceKind.INVOICE,
                        Invoice.number.is_not(None),
                        Invoice.id.not_in(credited),
                        Invoice.id.not_in(select(Payment.invoice_id)),
                    )
                )
            )

    @invariant()
    def file_checks_and_chains_verify(self) -> None:
        _COUNTS["steps"] += 1
        report = verify_database(self.services._db)
        assert report.ok, report.problems
        with self.services._db.read_session() as session:
            stored = session.execute(
                select(Invoice.number, Invoice.content_hash).where(Invoice.number.is_not(None))
            ).all()
        for number, content_hash in stored:
            # The same number always names the same document: never reissued to another one.
            assert self.ever_issued[number] == content_hash
        assert check_database(self.path).ok

    def teardown(self) -> None:
        self.services.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        _COUNTS["runs"] += 1
        fault_checks.summary(
            f"stateful business test: {_COUNTS['runs']} runs, {_COUNTS['steps']} checked states,"
            f" {_COUNTS['backups']} backups, {_COUNTS['restores']} restores; invariants held",
            key="stateful",
        )


BusinessWithBackups.TestCase.settings = settings(
    max_examples=12 * fault_checks.SOAK,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestBusinessWithBackups = BusinessWithBackups.TestCase
