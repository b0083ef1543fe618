"""``crmdesk privacy export|erase`` as the owner runs them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cli_process import crmdesk

from crmdesk.services import Services
from crmdesk.services.customer_forms import CustomerDraft, LabelledValue


def test_privacy_cli_export_then_erase(db_file: Path, tmp_path: Path) -> None:
    with Services.open(db_file) as services:
        customer_id = services.customer_editor.create(
            CustomerDraft(name="Qwertz Ābele", emails=(LabelledValue("qwertz@example.lv"),))
        ).id
    out = tmp_path / "out"
    out.mkdir()
    done = crmdesk("privacy", "export", str(customer_id), "--db", db_file, "--out", out, home=tmp_path)
    assert done.returncode == 0, done.stderr
    zip_path = Path(done.stdout.strip())
    with zipfile.ZipFile(zip_path) as archive:
        assert "Qwertz Ābele" in archive.read("customer.json").decode()

    refused = crmdesk("privacy", "erase", str(customer_id), "--db", db_file, home=tmp_path)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    erased = crmdesk("privacy", "erase", str(customer_id), "--db", db_file, "--yes", home=tmp_path)
    assert erased.returncode == 0, erased.stderr
    assert f"customer {customer_id} erased" in erased.stdout
    data = db_file.read_bytes()
    assert b"Qwertz" not in data and b"qwertz@example.lv" not in data
    missing = crmdesk("privacy", "erase", "999", "--db", db_file, "--yes", home=tmp_path)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
