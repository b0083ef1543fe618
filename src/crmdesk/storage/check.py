"""Health checks of a database file, read-only: safe to run while the app has the file open."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.domain.errors import DatabaseError
from crmdesk.storage.engine import APPLICATION_ID, FileState, inspect_file
from crmdesk.storage.guards import GUARD_TRIGGERS
from crmdesk.storage.migrate import head_revision
from crmdesk.storage.search_index import SEARCH_TRIGGERS


@dataclass(frozen=True)
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    schema_revision: str | None = None
    head_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Integrity, foreign keys, schema revision, guard triggers. Never writes."""
    state = inspect_file(path)  # raises DatabaseError for folders, foreign or damaged files
    head = head_revision()
    if state is FileState.MISSING:
        raise DatabaseError(f"{path} does not exist")
    if state is not FileState.CRMDESK:
        return CheckReport(path, [f"{path} is not an initialised crmdesk database"], None, head)
    problems: list[str] = []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(20)")]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {line}" for line in integrity)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(20):
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            problems.append("application id is not crmdesk's")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            row = None
        revision = str(row[0]) if row else None
        if revision != head:
            problems.append(f"schema is at {revision or 'nothing'}, this crmdesk expects {head}")
        triggers = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        problems.extend(f"guard trigger missing: {name}" for name in GUARD_TRIGGERS if name not in triggers)
        if revision == head:
            problems.extend(
                f"search index trigger missing: {name}" for name in SEARCH_TRIGGERS if name not in triggers
            )
    finally:
        conn.close()
    return CheckReport(path, problems, revision, head)
