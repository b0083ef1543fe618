"""The child process that the import kill test kills: one import of a file, reported when it returned."""

from __future__ import annotations

from pathlib import Path

from fault_child import report

from crmdesk.services import Services


def import_once(db_path: str, report_path: str, source: str) -> None:
    with Services.open(Path(db_path), create=False) as services:
        result = services.imports.run(Path(source), backup=False)
        report(report_path, f"imported {result.batch_id} {result.created} {result.skipped}")


def warm_up() -> None:
    """Nothing: the first child starts the forkserver, which must not count in the measured import."""
