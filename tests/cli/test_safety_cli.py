"""backup, backups, restore and verify as the owner runs them: real processes on real files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from cli_process import crmdesk as run_crmdesk

from crmdesk.services import Services
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.storage.engine import open_database
from crmdesk.storage.models import Customer

LINES = [LineInput(description="Service", quantity=D(1), unit_price=D("100.00"), tax_rate=D(21))]


def issue_one(path: Path) -> str:
    with Services.open(path, create=False) as services:
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=1, lines=LINES))
        number = services.invoices.issue(draft.id).invoice.number
    assert number is not None
    return number


@pytest.fixture
def shop_file(db_file: Path) -> Path:
    with open_database(db_file) as db, db.write() as session:
        session.add(Customer(name="Ilze Ozola", sort_name="ilze ozola"))
    issue_one(db_file)
    return db_file


def test_backup_list_restore_verify(shop_file: Path, tmp_path: Path) -> None:
    year = date.today().year
    taken = run_crmdesk("backup", "--db", shop_file, "--to", tmp_path / "usb", home=tmp_path)
    assert taken.returncode == 0, taken.stderr
    assert "backup written:" in taken.stdout and "1 issued invoices" in taken.stdout
    backup = Path(taken.stdout.splitlines()[0].split(": ", 1)[1])
    assert issue_one(shop_file) == f"{year}-0002"

    listed = run_crmdesk("backups", "--db", shop_file, "--dir", tmp_path / "usb", home=tmp_path)
    assert listed.returncode == 0 and backup.name in listed.stdout and "[ok]" in listed.stdout
    assert "1 backup(s)" in listed.stderr

    restored = run_crmdesk("restore", backup, "--db", shop_file, home=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "the previous file was kept as" in restored.stdout
    assert f"invoice {year} continues after 2" in restored.stdout
    assert issue_one(shop_file) == f"{year}-0003"

    verified = run_crmdesk("verify", "--db", shop_file, home=tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    checked = run_crmdesk("check", "--db", shop_file, home=tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_restore_refusals_are_one_line(shop_file: Path, tmp_path: Path) -> None:
    missing = run_crmdesk("restore", tmp_path / "nope.sqlite3", "--db", shop_file, home=tmp_path)
    assert (missing.returncode, "Traceback" in missing.stderr) == (1, False)
    assert missing.stderr.strip().endswith("nope.sqlite3 does not exist")
    taken = run_crmdesk("backup", "--db", shop_file, home=tmp_path)
    backup = Path(taken.stdout.splitlines()[0].split(": ", 1)[1])
    assert backup.parent == shop_file.parent / "backups"
    with open_database(shop_file):
        busy = run_crmdesk("restore", backup, "--db", shop_file, home=tmp_path)
    assert busy.returncode == 1 and len(busy.stderr.strip().splitlines()) == 1
    assert "already open" in busy.stderr


@pytest.mark.parametrize("command", ["backup", "backups", "restore"])
def test_safety_commands_have_help(command: str, tmp_path: Path) -> None:
    result = run_crmdesk(command, "--help", home=tmp_path)
    assert result.returncode == 0 and "--db" in result.stdout
