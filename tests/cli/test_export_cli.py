"""``crmdesk export`` as the owner runs it: a real process on a real file."""

from __future__ import annotations

from pathlib import Path

from cli_process import crmdesk

from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft


def test_export_cli_writes_files_and_refuses_clearly(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        services.customer_editor.create(CustomerDraft(name="=1+1 Jānis"))
    out = tmp_path / "customers.csv"
    done = crmdesk("export", "customers", "--db", db_file, "--out", out, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 customers written" in done.stderr
    assert "'=1+1 Jānis" in out.read_text(encoding="utf-8-sig")

    xlsx = crmdesk(
        "export",
        "invoices",
        "--db",
        db_file,
        "--out",
        tmp_path / "inv.data",
        "--format",
        "xlsx",
        home=tmp_path,
    )
    assert xlsx.returncode == 0, xlsx.stderr
    assert (tmp_path / "inv.data").read_bytes().startswith(b"PK")

    bad = crmdesk(
        "export",
        "customers",
        "--db",
        db_file,
        "--out",
        tmp_path / "w.csv",
        "--encoding",
        "cp1252",
        home=tmp_path,
    )
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "crmdesk: row 1, column Name: 'ā' cannot be written in cp1252; choose utf-8-sig (or an encoding that has it)"
    ]
    assert not (tmp_path / "w.csv").exists()

    unknown = crmdesk("export", "customers", "--db", db_file, "--out", tmp_path / "c.txt", home=tmp_path)
    assert unknown.returncode == 1 and "--format" in unknown.stderr
    usage = crmdesk("export", "suppliers", "--db", db_file, "--out", out, home=tmp_path)
    assert usage.returncode == 2
