"""kill -9 a process in the middle of a 10,000-row customer import, at random moments.

After every kill: the file opens and passes the check, the batch is there whole or not at all, no
customer is doubled; a batch that did land is undone so the next round imports again. At the end a
plain retry imports every row exactly once.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

import fault_checks as fc
import import_kill_child

from crmdesk.services import Services
from crmdesk.services.database import check_database

ROWS = 10_000
ROUNDS = 3 * fc.SOAK


def _source(path: Path) -> Path:
    lines = ["Name,Email"]
    lines += [f"Klients {n:05d},klients{n}@example.lv" for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _state(path: Path) -> tuple[int, int, list[int]]:
    """(customers, distinct emails, live batch ids)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        emails = conn.execute("SELECT count(DISTINCT lower(email)) FROM customer_emails").fetchone()[0]
        batches = [row[0] for row in conn.execute("SELECT id FROM import_batches WHERE undone_at IS NULL")]
    finally:
        conn.close()
    return customers, emails, batches


def test_kill_during_import(migrated_template: Path, tmp_path: Path) -> None:
    rng = random.Random(20261123)
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(migrated_template, path)
    source = _source(tmp_path / "customers.csv")
    report = tmp_path / "report.txt"
    elapsed = fc.timed()
    fc.run_and_kill(import_kill_child.warm_up, (), after=60)
    # Round 0 runs to its end: how long one import takes on this machine sets the kill window.
    start = time.perf_counter()
    fc.run_and_kill(import_kill_child.import_once, (str(path), str(report), str(source)), after=120)
    duration = time.perf_counter() - start
    outcomes = {"landed": 0, "none": 0}
    for round_no in range(ROUNDS + 1):
        if round_no:
            report.unlink(missing_ok=True)
            fc.run_and_kill(
                import_kill_child.import_once,
                (str(path), str(report), str(source)),
                after=duration * rng.uniform(0.3, 1.0),  # most kills land in the checking or the write
            )
        check = check_database(path)
        assert check.ok, check.problems
        customers, emails, batches = _state(path)
        assert customers in (0, ROWS), f"round {round_no}: a partial batch of {customers} customers"
        assert emails == customers
        if fc.reported(report):
            assert customers == ROWS, "the child reported an import that is not in the file"
        if customers:
            outcomes["landed"] += 1
            (batch,) = batches
            if round_no == ROUNDS:
                break  # the last batch stays: the retry below must find every row and add none
            with Services.open(path, create=False) as services:
                assert services.imports.undo(batch) == ROWS
        else:
            outcomes["none"] += 1
            assert batches == []
    # The retry after the last kill: whatever that kill left, the rows end up in the file exactly once.
    with Services.open(path, create=False) as services:
        retries = [services.imports.run(source, backup=False)]
        if retries[0].created:  # the last kill left nothing: retry once more, now over a landed batch
            retries.append(services.imports.run(source, backup=False))
    assert retries[0].created in (0, ROWS)
    assert (retries[-1].created, retries[-1].skipped) == (0, ROWS)
    assert _state(path)[:2] == (ROWS, ROWS)
    fc.summary(
        f"kill -9 during a {ROWS:,}-row import: {ROUNDS} rounds in {elapsed():.1f} s"
        f" (import {duration:.1f} s; {outcomes['landed']} landed whole, {outcomes['none']} left nothing)"
    )
