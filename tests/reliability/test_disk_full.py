"""A full disk (RLIMIT_FSIZE in a child): the failing write says so plainly, nothing committed is lost."""

from __future__ import annotations

from pathlib import Path

import fault_checks as fc
import fault_child
import pytest


@pytest.mark.parametrize("headroom", [4 * 1024, 40 * 1024, 200 * 1024])
def test_disk_full_while_issuing(migrated_template: Path, tmp_path: Path, headroom: int) -> None:
    path = tmp_path / "crm.sqlite3"
    report = tmp_path / "report.txt"
    customer = fc.new_shop(migrated_template, path)
    process = fc.context().Process(
        target=fault_child.issue_until_the_disk_is_full, args=(str(path), str(report), customer, headroom)
    )
    process.start()
    process.join(120)
    assert process.exitcode == 0, f"the child failed (exit code {process.exitcode})"
    lines = fc.reported(report)
    errors = [" ".join(line[1:]) for line in lines if line[0] == "error"]
    assert len(errors) == 1, lines[-3:]
    message = errors[0]
    assert message.startswith(("DiskFullError: ", "DatabaseError: ")), message
    assert "was not saved" in message and "earlier work is safe" in message
    assert "\n" not in message and "OperationalError" not in message and "(sqlite3." not in message
    assert lines[-1][0] == "issued", "work did not continue once space was freed"
    issued, _ = fc.assert_issued_survived(path, report)
    fc.summary(f"disk full after {issued - 1} invoices ({headroom // 1024} KiB headroom): {message[:60]}…")
