"""No float near money: not in the schema, not in the code below the UI."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import crmdesk

SOURCE = Path(crmdesk.__file__).parent
# The UI may use floats for geometry and timings; bench/ and tests/ are not product code.
EXEMPT = {"ui"}


def python_files() -> list[Path]:
    return [p for p in SOURCE.rglob("*.py") if p.relative_to(SOURCE).parts[0] not in EXEMPT]


def test_no_real_columns_in_the_schema(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        offenders = [
            f"{table}.{column[1]} {column[2]}"
            for table in tables
            for column in conn.execute(f"PRAGMA table_info({table})")
            if any(word in column[2].upper() for word in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL"))
        ]
    finally:
        conn.close()
    assert offenders == []


def test_no_float_in_domain_storage_services_pdf_cli() -> None:
    offenders: list[str] = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in {"float", "Float", "REAL", "Double"}:
                # `isinstance(x, float)` refusing floats is the one allowed use.
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno} {node.id}")
            elif isinstance(node, ast.Attribute) and node.attr in {"Float", "REAL", "Double", "Numeric"}:
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, float):
                offenders.append(f"{path.relative_to(SOURCE)}:{node.lineno} literal {node.value}")
    allowed = {f"domain/money.py:{line} float" for line in _lines_refusing_floats()}
    assert sorted(set(offenders) - allowed) == []


def _lines_refusing_floats() -> list[int]:
    """The gates that refuse floats (``isinstance(value, float…)``) in the one money module."""
    source = (SOURCE / "domain" / "money.py").read_text(encoding="utf-8").splitlines()
    lines = [i for i, line in enumerate(source, 1) if "isinstance(value, float" in line]
    assert lines, "crmdesk.domain.money no longer refuses floats"
    return lines


def test_the_scanner_finds_a_float(tmp_path: Path) -> None:
    tree = ast.parse("price = float(total) * 1.1")
    names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    assert "float" in names and 1.1 in literals
