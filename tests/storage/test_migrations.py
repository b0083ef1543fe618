"""The Alembic history builds exactly the models' schema, round-trips, and backs up before upgrading."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import crmdesk.storage.migrate as migrate_module
from crmdesk.domain.errors import CrmError
from crmdesk.paths import migrations_dir
from crmdesk.storage.backup import integrity_problem
from crmdesk.storage.engine import Database, open_database
from crmdesk.storage.guards import GUARD_TRIGGERS
from crmdesk.storage.migrate import downgrade, head_revision, upgrade
from crmdesk.storage.models import Base


def objects(path: Path, kind: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}
    finally:
        conn.close()


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """As migrations/env.py: FTS5 tables (hand-written DDL) and SQLite's own are not the models'."""
    return not (type_ == "table" and name is not None and name.startswith(("fts_", "sqlite_")))


def test_head_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_guard_triggers_exist_at_head(db_file: Path) -> None:
    assert set(GUARD_TRIGGERS) <= objects(db_file, "trigger")


def test_downgrade_to_base_and_upgrade_again(db: Database) -> None:
    downgrade(db, "base")
    assert objects(db.path, "table") == {"alembic_version"}
    assert objects(db.path, "trigger") == set()
    upgrade(db, "head")
    assert set(Base.metadata.tables) <= objects(db.path, "table")
    assert set(GUARD_TRIGGERS) <= objects(db.path, "trigger")


@pytest.fixture
def scripts_with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of migrations/ with one more revision after head; the runner is pointed at it."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate_module, "migrations_dir", lambda: scripts)
    return scripts


def write_revision(scripts: Path, body: str) -> None:
    (scripts / "versions" / "9999_test.py").write_text(
        f"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = {head_revision()!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
""",
        encoding="utf-8",
    )


def test_pending_migration_is_preceded_by_a_verified_backup(
    db_file: Path, scripts_with_next_revision: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("INSERT INTO tags (name, color) VALUES ('vip', '')")
    conn.commit()
    conn.close()
    old_head = head_revision()
    write_revision(
        scripts_with_next_revision,
        '    with op.batch_alter_table("tags") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.String(50), nullable=True))',
    )
    backups = tmp_path / "backups"
    with open_database(db_file, backup_dir=backups) as db:
        assert db.migration is not None
        assert (db.migration.from_revision, db.migration.to_revision) == (old_head, "9999")
        backup = db.migration.backup
    assert backup is not None and backup.parent == backups
    assert integrity_problem(backup) is None
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert copy.execute("SELECT name FROM tags").fetchall() == [("vip",)]
    finally:
        copy.close()
    assert "note" in {r[1] for r in sqlite3.connect(db_file).execute("PRAGMA table_info(tags)")}


def test_failed_migration_rolls_back_whole(
    db_file: Path, scripts_with_next_revision: Path, tmp_path: Path
) -> None:
    old_head = head_revision()
    write_revision(
        scripts_with_next_revision,
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    with op.batch_alter_table("tags") as batch:\n'
        '        batch.add_column(sa.Column("note", sa.String(50), nullable=True))\n'
        '    raise RuntimeError("migration bug")',
    )
    with pytest.raises(RuntimeError, match="migration bug"):
        open_database(db_file, backup_dir=tmp_path / "backups")
    tables = objects(db_file, "table")
    assert "half_done" not in tables
    assert not any(name.startswith("_alembic_tmp") for name in tables)
    assert sqlite3.connect(db_file).execute("SELECT version_num FROM alembic_version").fetchone() == (
        old_head,
    )
    assert set(GUARD_TRIGGERS) <= objects(db_file, "trigger")


def test_migrate_false_refuses_to_upgrade(db_file: Path, scripts_with_next_revision: Path) -> None:
    write_revision(scripts_with_next_revision, "    pass")
    with pytest.raises(CrmError, match="needs a schema upgrade"):
        open_database(db_file, migrate=False)
