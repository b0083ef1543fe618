from __future__ import annotations

from pathlib import Path

from crmdesk.domain.enums import CustomerKind
from crmdesk.services import Services
from crmdesk.storage.backup import integrity_problem
from crmdesk.storage.models import Customer


def test_summary_of_an_empty_file_offers_demo(db_file: Path) -> None:
    with Services.open(db_file) as services:
        summary = services.database.summary()
    assert summary.is_empty
    assert summary.schema_revision is not None


def test_summary_counts_what_is_still_in_the_wal(db_file: Path) -> None:
    with Services.open(db_file) as services:
        before = services.database.summary().size_bytes
        with services._db.write() as session:
            session.add_all(
                Customer(kind=CustomerKind.PERSON, name=f"Kunde {i}", sort_name=f"kunde {i}", notes="x" * 500)
                for i in range(300)
            )
        after = services.database.summary()
    assert after.customers == 300
    assert not after.is_empty
    assert after.size_bytes > before + 300 * 500


def test_backup_now_writes_a_verified_copy(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        with services._db.write() as session:
            session.add(Customer(name="Ēriks", sort_name="ēriks"))
        copy = services.database.backup_now(tmp_path / "backups")
    assert copy.parent == tmp_path / "backups"
    assert integrity_problem(copy) is None
    with Services.open(copy) as restored:
        assert restored.database.summary().customers == 1
