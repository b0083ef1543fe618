"""Use cases, one module per area. The UI and the CLI reach the database only through :class:`Services`."""

from __future__ import annotations

from pathlib import Path

from crmdesk.services.customers import CustomerService
from crmdesk.services.database import DatabaseService
from crmdesk.storage.engine import Database, open_database
from crmdesk.storage.migrate import MigrationResult


class Services:
    """Everything the UI and the CLI may call, over one open database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.database = DatabaseService(db)
        self.customers = CustomerService(db)

    @classmethod
    def open(cls, path: Path, *, backup_dir: Path | None = None, create: bool = True) -> Services:
        """Open (and if needed create or migrate) the database at ``path``; see :func:`open_database`."""
        return cls(open_database(path, backup_dir=backup_dir, create=create))

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def migration(self) -> MigrationResult | None:
        """What opening did to the schema (created, upgraded after a backup, or nothing)."""
        return self._db.migration

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
