"""The restore dialog and the status bar's backup indicator."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from crmdesk.services import Services
from crmdesk.services.backups import list_backups
from crmdesk.ui.backup_status import BackupIndicator
from crmdesk.ui.restore_dialog import COL_CUSTOMERS, COL_FILE, RestoreDialog


def two_backups(db_file: Path, folder: Path) -> list[Path]:
    with Services.open(db_file, create=False) as services:
        first = services.backups.backup_now(folder).path
        second = services.backups.backup_now(folder).path
    return [first, second]


def test_restore_dialog_lists_backups_newest_first(qtbot: QtBot, db_file: Path, tmp_path: Path) -> None:
    first, second = two_backups(db_file, tmp_path / "b")
    dialog = RestoreDialog(tmp_path / "b", database_name="crm.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, COL_FILE).text() == second.name
    assert dialog.table.item(1, COL_CUSTOMERS).text() == "0"
    assert dialog.chosen() == second
    dialog.table.selectRow(1)
    assert dialog.chosen() == first


def test_restore_dialog_without_backups_cannot_restore(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "none", database_name="crm.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None
    assert not dialog.buttons.buttons()[0].isEnabled() or not dialog.buttons.buttons()[1].isEnabled()


def test_backup_indicator_age_and_warning(qtbot: QtBot, db_file: Path, tmp_path: Path) -> None:
    indicator = BackupIndicator()
    qtbot.addWidget(indicator)
    folder = tmp_path / "b"
    indicator.refresh(folder, stem=db_file.stem, every_hours=4)
    assert indicator.text() == "⚠ no backup yet"
    two_backups(db_file, folder)
    taken = list_backups(folder)[0].taken_at
    assert taken is not None
    indicator.refresh(folder, stem=db_file.stem, every_hours=4, now=taken + timedelta(minutes=30))
    assert indicator.text() == "Backup: 30 min ago"
    indicator.refresh(folder, stem=db_file.stem, every_hours=4, now=taken + timedelta(days=3))
    assert indicator.text() == "⚠ last backup 3 days ago"
    indicator.refresh(folder, stem="another-file", every_hours=4)
    assert indicator.text() == "⚠ no backup yet"
