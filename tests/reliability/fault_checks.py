"""Shared steps of the fault-injection tests: a fresh shop file, the forkserver, the checks after a kill."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

from fault_child import PRELOAD

from crmdesk.services.database import check_database
from crmdesk.services.verification import verify_file
from crmdesk.storage.engine import open_database
from crmdesk.storage.models import Customer

SOAK = int(os.environ.get("CRMDESK_SOAK", "1"))
"""``make soak`` multiplies every round count by this."""

_CONTEXT: ForkServerContext | None = None
SUMMARY: dict[str, str] = {}
"""One line per fault test with its round counts, printed at the end of the run (see conftest)."""


def summary(text: str, *, key: str | None = None) -> None:
    """Record a line for the end-of-run section; ``key`` lets a later call replace an earlier line."""
    SUMMARY[key or text] = text
    if key is None:
        print(text)


def context() -> ForkServerContext:
    """Children are forked from a server that imported crmdesk but never opened a database.

    Spawning a fresh interpreter costs ~1 s of imports per round; forking *this* process would carry
    open SQLite connections across ``fork()`` (the stack notes: that hangs). The forkserver is the
    spawn-clean process with the imports done, so 200+ kills stay cheap.
    """
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(PRELOAD)
    return _CONTEXT


def new_shop(template: Path, path: Path) -> int:
    """A fresh migrated file with one customer; returns the customer's id."""
    for suffix in ("", "-wal", "-shm", ".numbering.json"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    with open_database(path) as db, db.write() as session:
        customer = Customer(name="Jānis Kļaviņš", sort_name="janis klavins", payment_terms_days=14)
        session.add(customer)
        session.flush()
        return customer.id


def run_and_kill(target: Callable[..., None], args: tuple[Any, ...], *, after: float) -> None:
    """Start ``target`` in a child, kill -9 it ``after`` seconds later (or when it ends by itself)."""
    process = context().Process(target=target, args=args, daemon=True)
    process.start()
    process.join(after)
    if process.is_alive():
        process.kill()
    process.join(10)
    assert process.exitcode is not None, "the child did not die"


def reported(report: Path) -> list[list[str]]:
    if not report.exists():
        return []
    return [line.split(" ") for line in report.read_text().splitlines() if line]


def assert_issued_survived(path: Path, report: Path) -> tuple[int, int]:
    """The file opens and checks, chains verify, every reported invoice and payment is there unchanged."""
    check = check_database(path)
    assert check.ok, check.problems
    chain = verify_file(path)
    assert chain.ok, chain.problems
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        invoices = {
            row[0]: (row[1], row[2])
            for row in conn.execute("SELECT id, number, content_hash FROM invoices WHERE status = 'issued'")
        }
        payments = {row[0]: row[1] for row in conn.execute("SELECT id, invoice_id FROM payments")}
    finally:
        conn.close()
    lines = reported(report)
    issued = [line for line in lines if line[0] == "issued"]
    for _, invoice_id, number, content_hash in issued:
        assert invoices.get(int(invoice_id)) == (number, content_hash), f"invoice {number} lost or changed"
    paid = [line for line in lines if line[0] == "paid"]
    for _, payment_id, invoice_id in paid:
        assert payments.get(int(payment_id)) == int(invoice_id), f"payment {payment_id} lost"
    return len(issued), len(paid)


def jitter(rng: random.Random, low: float, high: float) -> float:
    return rng.uniform(low, high)


def timed() -> Callable[[], float]:
    start = time.perf_counter()
    return lambda: time.perf_counter() - start
