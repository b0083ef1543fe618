"""The migration runner: refuse a newer schema, back up and verify before upgrading an older one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from crmdesk.domain.errors import DatabaseError, DatabaseTooNew
from crmdesk.paths import migrations_dir
from crmdesk.storage.backup import backup_database

if TYPE_CHECKING:
    from crmdesk.storage.engine import Database


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/ holds no revision"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    """What opening did to the schema: nothing, created it, or upgraded it after a backup."""

    from_revision: str | None
    to_revision: str | None
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def ensure_schema(db: Database, *, backup_dir: Path, migrate: bool) -> MigrationResult:
    """Bring the file to head; a pending migration on a file with data is preceded by a verified backup."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(db)
    if current == head:
        return MigrationResult(current, head)
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNew(
            f"{db.path} was written by a newer crmdesk (schema {current}); update crmdesk to open it"
        )
    if not migrate:
        raise DatabaseError(f"{db.path} needs a schema upgrade (run: crmdesk migrate --db {db.path})")
    backup = None
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_database(
            db.path, backup_dir / f"{db.path.stem}-before-migration-{current}-{stamp}.sqlite3"
        )
    upgrade(db, "head")
    return MigrationResult(current, head, backup)


def upgrade(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.write_engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()


def downgrade(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.write_engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
