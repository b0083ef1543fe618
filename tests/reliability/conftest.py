"""The fault-injection suite prints its round counts at the end of every run (also under ``make test``)."""

from __future__ import annotations

import fault_checks
import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if fault_checks.SUMMARY:
        terminalreporter.section("fault injection")
        for line in fault_checks.SUMMARY.values():
            terminalreporter.write_line(line)
