"""Bodies of the child processes the fault-injection tests kill: each reports what it finished, line by line.

A child appends one line per finished action to a report file with a single ``write()`` *after* the
action returned (so after its commit): whatever the parent finds there was promised to the owner
as saved. A kill -9 loses at most the line of an action that was committed but not yet reported,
never reports an action that was not committed.
"""

from __future__ import annotations

import os
import random
import resource
import signal
from decimal import Decimal as D
from pathlib import Path

from crmdesk.domain.errors import CrmError
from crmdesk.services import Services
from crmdesk.services.backups import take_backup
from crmdesk.services.restore import restore_backup
from crmdesk.services.sales import InvoiceDraft, LineInput

PRELOAD = ["crmdesk.services", "crmdesk.services.backups", "crmdesk.services.restore", "fault_child"]


def line_input(seed: int) -> list[LineInput]:
    return [
        LineInput(
            description=f"Repair {seed}",
            quantity=D(1 + seed % 3),
            unit_price=D(f"{10 + seed % 90}.{seed % 100:02d}"),
            tax_rate=D(21),
        )
    ]


def report(path: str, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (text + "\n").encode())
    finally:
        os.close(fd)


def issue_and_pay(db_path: str, report_path: str, customer_id: int, seed: int) -> None:
    """Issue invoices and record payments in a loop until killed."""
    rng = random.Random(seed)
    with Services.open(Path(db_path), create=False) as services:
        n = 0
        while True:
            n += 1
            draft = services.invoices.create_draft(
                InvoiceDraft(customer_id=customer_id, lines=line_input(seed * 1000 + n))
            )
            invoice = services.invoices.issue(draft.id).invoice
            report(report_path, f"issued {invoice.id} {invoice.number} {invoice.content_hash}")
            if rng.random() < 0.5:
                paid = services.payments.record(invoice.id, amount=D("5.00"))
                report(report_path, f"paid {paid.payment.id} {invoice.id}")


def back_up_in_a_loop(db_path: str, report_path: str, folder: str) -> None:
    with Services.open(Path(db_path), create=False) as services:
        while True:
            info = take_backup(services._db, Path(folder))
            report(report_path, f"backup {info.path.name} {info.sha256}")


def restore_in_a_loop(db_path: str, report_path: str, backups: list[str]) -> None:
    n = 0
    while True:
        backup = backups[n % len(backups)]
        restore_backup(Path(backup), Path(db_path))
        report(report_path, f"restored {Path(backup).name}")
        n += 1


def issue_until_the_disk_is_full(db_path: str, report_path: str, customer_id: int, headroom: int) -> None:
    """Issue under a file-size limit until a write fails; then lift the limit and issue once more."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    with Services.open(Path(db_path), create=False) as services:
        size = os.path.getsize(db_path) + sum(
            os.path.getsize(db_path + s) for s in ("-wal",) if os.path.exists(db_path + s)
        )
        resource.setrlimit(resource.RLIMIT_FSIZE, (size + headroom, hard))
        n = 0
        try:
            while n < 100_000:
                n += 1
                draft = services.invoices.create_draft(
                    InvoiceDraft(customer_id=customer_id, lines=line_input(n))
                )
                invoice = services.invoices.issue(draft.id).invoice
                report(report_path, f"issued {invoice.id} {invoice.number} {invoice.content_hash}")
        except CrmError as exc:
            report(report_path, f"error {type(exc).__name__}: {exc}")
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space freed: work continues, no restart
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=customer_id, lines=line_input(0)))
        invoice = services.invoices.issue(draft.id).invoice
        report(report_path, f"issued {invoice.id} {invoice.number} {invoice.content_hash}")
