"""Saving a PDF: atomic (temporary file, fsync, rename), verified, never a half file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pdf_setup import invoice_for, shop

from crmdesk.domain.errors import ValidationError


def test_pdf_save_writes_the_whole_file_and_leaves_no_temporary(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "Invoice.pdf"
    target.write_bytes(b"an older file")
    with shop(db_file) as services:
        rendered = services.documents.render("invoice", invoice_for(services, "en"))
        saved = services.documents.save(rendered, target)
        assert saved == target
        assert target.read_bytes() == rendered.pdf
        assert sorted(p.name for p in out.iterdir()) == ["Invoice.pdf"]
        broken = dataclasses.replace(rendered, pdf=b"%PDF-1.7 not really")
        with pytest.raises(ValidationError):
            services.documents.save(broken, target)
        assert target.read_bytes() == rendered.pdf  # the good file is untouched
        with pytest.raises(ValidationError, match="does not exist"):
            services.documents.save(rendered, tmp_path / "missing" / "x.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["Invoice.pdf"]
