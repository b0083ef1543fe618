"""``crmdesk import customers FILE`` and ``crmdesk import undo BATCH`` as the owner runs them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cli_process import crmdesk

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def test_import_dry_run_then_real_then_undo(db_file: Path, tmp_path: Path) -> None:
    source = FIXTURES / "google_contacts.csv"
    dry = crmdesk("import", "customers", source, "--db", db_file, "--dry-run", home=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "2 created, 0 merged, 0 skipped as duplicates, 1 invalid — dry run, nothing written" in dry.stdout
    assert "row 4 [E-mail 1 - Value]: 'not-an-email' is not a valid email address" in dry.stderr

    report = tmp_path / "report.csv"
    real = crmdesk("import", "customers", source, "--db", db_file, "--report", report, home=tmp_path)
    assert real.returncode == 0, real.stderr
    assert "2 created, 0 merged, 0 skipped as duplicates, 1 invalid as batch 1" in real.stdout
    with report.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][:2] == ["4", "E-mail 1 - Value"]

    again = crmdesk("import", "customers", source, "--db", db_file, home=tmp_path)
    assert "0 created, 0 merged, 2 skipped as duplicates, 1 invalid" in again.stdout
    assert again.returncode == 0

    undo = crmdesk("import", "undo", "1", "--db", db_file, home=tmp_path)
    assert (undo.returncode, undo.stdout.strip()) == (0, "import 1 undone: 2 customer(s) removed")
    twice = crmdesk("import", "undo", "1", "--db", db_file, home=tmp_path)
    assert twice.returncode == 1 and twice.stderr.startswith(
        "crmdesk: import 1 (google_contacts.csv) was already undone"
    )


def test_nothing_valid_exits_non_zero(db_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Name,Email\nA,nope\nB,also-nope\n", encoding="utf-8")
    result = crmdesk("import", "customers", path, "--db", db_file, home=tmp_path)
    assert result.returncode == 1
    assert "0 created, 0 merged, 0 skipped as duplicates, 2 invalid" in result.stdout
    assert "no row of bad.csv is valid; nothing was imported" in result.stderr


def test_malformed_file_is_one_line_and_exit_1(db_file: Path, tmp_path: Path) -> None:
    result = crmdesk("import", "customers", FIXTURES / "malformed.csv", "--db", db_file, home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr


def test_mapping_json_inline_and_saved(db_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Who,Reach\nEva Berg,eva@example.se\n", encoding="utf-8")
    mapping = json.dumps({"Who": "name", "Reach": "email"})
    first = crmdesk(
        "import", "customers", path, "--db", db_file, "--mapping", mapping, "--save-mapping", "odd", "--dry-run",
        home=tmp_path,
    )  # fmt: skip
    assert first.returncode == 0 and "1 created" in first.stdout, first.stderr
    saved = crmdesk("import", "customers", path, "--db", db_file, "--mapping", "odd", home=tmp_path)
    assert saved.returncode == 0 and "1 created" in saved.stdout, saved.stderr
    unknown = crmdesk("import", "customers", path, "--db", db_file, "--mapping", "nosuch", home=tmp_path)
    assert unknown.returncode == 1 and "no saved mapping called 'nosuch'" in unknown.stderr


def test_help_explains_the_exit_status(tmp_path: Path) -> None:
    result = crmdesk("import", "customers", "--help", home=tmp_path)
    assert result.returncode == 0
    assert "Exit status: 0 when the valid rows were imported" in result.stdout
    assert "--on-duplicate {skip,merge,create}" in result.stdout
