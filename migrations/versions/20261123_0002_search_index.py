"""search index: FTS5 tables for global search, the fts_queue and the triggers that fill it

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:00:00

FTS5 cannot be used from triggers under ``PRAGMA trusted_schema=OFF``, so the triggers queue the
changed rows and crmdesk.storage.search_index indexes them before every commit (see there).
A batch migration that recreates an indexed table drops its triggers: recreate them with
``create_search_triggers(op)`` and keep tests/storage/test_fts.py green.
"""

from collections.abc import Sequence

from alembic import op

from crmdesk.storage.search_index import create_search_index, drop_search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Hand-written DDL: autogenerate knows nothing of virtual tables (env.py skips every fts_* name).
    create_search_index(op)


def downgrade() -> None:
    drop_search_index(op)
