"""The database file as a whole: facts about it, health check, backup copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.services.backups import rotate, take_backup
from crmdesk.storage.check import CheckReport, check_file
from crmdesk.storage.engine import Database
from crmdesk.storage.migrate import current_revision
from crmdesk.storage.models import Customer, Interaction, Invoice, Product


@dataclass(frozen=True)
class DatabaseSummary:
    path: Path
    size_bytes: int
    schema_revision: str | None
    customers: int
    interactions: int
    invoices: int
    products: int

    @property
    def is_empty(self) -> bool:
        """Nothing the owner entered yet: the moment to offer demo data."""
        return not (self.customers or self.interactions or self.invoices or self.products)


class DatabaseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path:
        return self._db.path

    def summary(self) -> DatabaseSummary:
        with self._db.read_session() as session:

            def count(model: type[object]) -> int:
                return int(session.execute(select(func.count()).select_from(model)).scalar_one())

            return DatabaseSummary(
                path=self._db.path,
                size_bytes=_size_with_wal(self._db.path),
                schema_revision=current_revision(self._db),
                customers=count(Customer),
                interactions=count(Interaction),
                invoices=count(Invoice),
                products=count(Product),
            )

    def backup_now(self, folder: Path) -> Path:
        """A verified copy in ``folder`` with its manifest, named after the file and the time; rotates."""
        info = take_backup(self._db, folder, reason="manual")
        rotate(folder, stem=self._db.path.stem)
        return info.path


def _size_with_wal(path: Path) -> int:
    """The file's size including what is still in its write-ahead log (recent writes live there)."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def check_database(path: Path) -> CheckReport:
    """Read-only health check of a file (works while another window has it open)."""
    return check_file(path)


__all__ = ["CheckReport", "DatabaseService", "DatabaseSummary", "check_database"]
