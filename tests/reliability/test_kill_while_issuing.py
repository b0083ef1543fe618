"""kill -9 a process that issues invoices and records payments, at random moments, ≥ 200 times."""

from __future__ import annotations

import random
from pathlib import Path

import fault_checks as fc
import fault_child

ROUNDS = 200 * fc.SOAK
ROUNDS_PER_FILE = 50
"""A fresh file every 50 rounds keeps the per-round verify cheap (the chain is re-read every round)."""


def test_kill_while_issuing_and_paying(migrated_template: Path, tmp_path: Path) -> None:
    rng = random.Random(20261123)
    path = tmp_path / "crm.sqlite3"
    report = tmp_path / "report.txt"
    elapsed = fc.timed()
    issued_total = paid_total = issued = paid = 0
    customer = 0
    for round_no in range(ROUNDS):
        if round_no % ROUNDS_PER_FILE == 0:
            issued_total, paid_total = issued_total + issued, paid_total + paid
            customer = fc.new_shop(migrated_template, path)
            report.unlink(missing_ok=True)
        fc.run_and_kill(
            fault_child.issue_and_pay,
            (str(path), str(report), customer, round_no),
            after=rng.uniform(0.03, 0.3),
        )
        issued, paid = fc.assert_issued_survived(path, report)
    issued_total, paid_total = issued_total + issued, paid_total + paid
    fc.summary(
        f"kill -9 while issuing: {ROUNDS} rounds in {elapsed():.1f} s; all {issued_total} reported"
        f" invoices and {paid_total} payments survived unchanged, chains and numbering verified each round"
    )
    assert ROUNDS >= 200
