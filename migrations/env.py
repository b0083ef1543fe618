"""Alembic environment for crmdesk.

Run through :mod:`crmdesk.storage.migrate`, which hands over a connection of crmdesk's own engine
(PRAGMAs, ``BEGIN IMMEDIATE``); with ``transactional_ddl`` a failed migration rolls back whole and
leaves no ``_alembic_tmp_*`` table behind. ``alembic -x db=PATH …`` works too, for developers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from crmdesk.storage.models import Base

# FTS5 virtual tables and their shadow tables are created by hand-written DDL; autogenerate would
# otherwise propose to drop them.
FTS_PREFIX = "fts_"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table" and name is not None:
        return not name.startswith(FTS_PREFIX) and not name.startswith("sqlite_")
    return True


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render crmdesk's column types as their storage types, so that revisions never import app code."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return repr(obj.impl_instance).replace("BigInteger", "sa.BigInteger").replace("String", "sa.String")
    return False


def run_migrations() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        from crmdesk.storage.engine import make_engine

        db_path = context.get_x_argument(as_dictionary=True).get("db")
        if not db_path:
            raise SystemExit("pass the database: alembic -x db=PATH upgrade head")
        engine = make_engine(Path(db_path))
        try:
            with engine.execution_options(crmdesk_write=True).connect() as conn:
                _configure_and_run(conn)
                conn.commit()
        finally:
            engine.dispose()
        return
    _configure_and_run(connection)


def _configure_and_run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        include_name=include_name,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
