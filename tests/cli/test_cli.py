"""The command line, run as the owner runs it: real processes, real files, exit codes and messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_process import crmdesk

from crmdesk import __version__
from crmdesk.storage.engine import open_database


def assert_one_line_reason(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_version(tmp_path: Path) -> None:
    result = crmdesk("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"crmdesk {__version__}"


@pytest.mark.parametrize("command", ["demo", "check", "migrate"])
def test_every_command_has_help_with_db(tmp_path: Path, command: str) -> None:
    result = crmdesk(command, "--help", home=tmp_path)
    assert result.returncode == 0
    assert "--db" in result.stdout


def test_demo_then_check(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    result = crmdesk("demo", "--db", db, "--customers", "40", "--seed", "3", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    check = crmdesk("check", "--db", db, home=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("ok:")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (40,)
    finally:
        conn.close()


def test_demo_refuses_a_file_with_data(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert crmdesk("demo", "--db", db, "--customers", "5", home=tmp_path).returncode == 0
    assert_one_line_reason(crmdesk("demo", "--db", db, home=tmp_path), "already has data")


def test_demo_refuses_bad_numbers(tmp_path: Path) -> None:
    result = crmdesk("demo", "--db", tmp_path / "d.db", "--customers", "-3", home=tmp_path)
    assert result.returncode == 2
    assert "must be at least 1" in result.stderr
    assert not (tmp_path / "d.db").exists()


def test_check_refuses_a_text_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n", encoding="utf-8")
    assert_one_line_reason(crmdesk("check", "--db", notes, home=tmp_path), "not a crmdesk database")
    assert notes.read_text(encoding="utf-8") == "not a database\n"


def test_check_reports_a_missing_guard(db_file: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("DROP TRIGGER trg_invoices_frozen_update")
    conn.commit()
    conn.close()
    result = crmdesk("check", "--db", db_file, home=tmp_path)
    assert result.returncode == 1
    assert "guard trigger missing: trg_invoices_frozen_update" in result.stdout


def test_check_works_while_the_file_is_open_elsewhere(db_file: Path, tmp_path: Path) -> None:
    with open_database(db_file):
        result = crmdesk("--db", db_file, "check", home=tmp_path)
    assert result.returncode == 0, result.stderr


def test_migrate_a_missing_file_fails_cleanly(tmp_path: Path) -> None:
    assert_one_line_reason(crmdesk("migrate", "--db", tmp_path / "nope.db", home=tmp_path), "does not exist")
    assert not (tmp_path / "nope.db").exists()


def test_migrate_at_head_says_so(db_file: Path, tmp_path: Path) -> None:
    result = crmdesk("migrate", "--db", db_file, home=tmp_path)
    assert result.returncode == 0
    assert "already at schema" in result.stdout


def test_locked_file_gets_the_lock_message(db_file: Path, tmp_path: Path) -> None:
    with open_database(db_file):
        result = crmdesk("demo", "--db", db_file, home=tmp_path)
    assert_one_line_reason(result, "already open in another crmdesk window")


def test_default_database_lives_in_the_user_data_dir(tmp_path: Path) -> None:
    result = crmdesk("--help", home=tmp_path)
    assert str(tmp_path / "data" / "crmdesk" / "crmdesk.sqlite3") in " ".join(result.stdout.split())


def test_output_piped_into_a_reader_that_leaves_early(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    # Enough customers that the list overflows the pipe's buffer (64 KiB) after `head` has gone.
    assert crmdesk("demo", "--db", db, "--customers", "1500", home=tmp_path).returncode == 0
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    pipeline = subprocess.run(
        f"'{sys.executable}' -m crmdesk customers list --db '{db}' | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert len(pipeline.stdout.splitlines()) == 1
    assert "Traceback" not in pipeline.stderr
    assert "internal error" not in pipeline.stderr
