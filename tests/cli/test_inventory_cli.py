"""Inventory commands as the owner runs them: real processes on a real file."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from cli_process import crmdesk

from crmdesk.cli.main import build_parser, run
from crmdesk.domain.enums import ProductKind
from crmdesk.services import Services
from crmdesk.services.inventory import ProductInput


@pytest.fixture
def stock_db(db_file: Path) -> Path:
    with Services.open(db_file) as services:
        chain = services.products.create(
            ProductInput(
                sku="CHAIN-9",
                name="Chain 9-speed",
                category="Drivetrain",
                sale_price=D(12),
                reorder_level=D(5),
            )
        )
        tyre = services.products.create(
            ProductInput(sku="TYRE-28", name="Tyre 28", category="Wheels", sale_price=D(30))
        )
        services.products.create(
            ProductInput(sku="REPAIR-H", name="Repair hour", kind=ProductKind.SERVICE, unit="h")
        )
        services.stock.opening_balance(chain.id, quantity=D(3), unit_cost=D("5.00"))
        services.stock.opening_balance(tyre.id, quantity=D(8), unit_cost=D("18.00"))
    return db_file


@pytest.mark.parametrize(
    "command", [("stock",), ("stock", "adjust"), ("stock", "valuation"), ("products", "list")]
)
def test_inventory_commands_have_help_with_db(
    command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args([*command, "--help"])
    assert exited.value.code == 0
    assert "--db" in capsys.readouterr().out


def test_stock_list_low_and_json(stock_db: Path, tmp_path: Path) -> None:
    table = crmdesk("stock", "--db", stock_db, home=tmp_path)
    assert table.returncode == 0, table.stderr
    assert [line.split()[:2] for line in table.stdout.splitlines()] == [
        ["CHAIN-9", "3"],
        ["TYRE-28", "8"],
    ]
    assert "LOW" in table.stdout.splitlines()[0] and "2 product(s)" in table.stderr
    low = crmdesk("stock", "--low", "--json", "--db", stock_db, home=tmp_path)
    assert low.returncode == 0, low.stderr
    [row] = json.loads(low.stdout)
    assert (row["sku"], row["on_hand"], row["low"], row["suggested_order"]) == ("CHAIN-9", "3.000", True, "3")


def test_adjust_then_products_list(stock_db: Path, tmp_path: Path) -> None:
    adjusted = crmdesk(
        "stock", "adjust", "tyre-28", "-2", "--reason", "two were punctured", "--db", stock_db, home=tmp_path
    )
    assert adjusted.returncode == 0, adjusted.stderr
    assert adjusted.stdout.strip() == "TYRE-28: -2 pcs, now 6 on hand (two were punctured)"
    products = crmdesk("products", "list", "--json", "--db", stock_db, home=tmp_path)
    assert products.returncode == 0, products.stderr
    rows = {row["sku"]: row for row in json.loads(products.stdout)}
    assert (rows["TYRE-28"]["on_hand"], rows["CHAIN-9"]["on_hand"], rows["REPAIR-H"]["kind"]) == (
        "6.000",
        "3.000",
        "service",
    )
    valuation = crmdesk("stock", "valuation", "--db", stock_db, home=tmp_path)
    assert valuation.returncode == 0, valuation.stderr
    assert valuation.stdout.splitlines()[-1].split()[-2:] == ["123.00", "EUR"]  # 6 × 18 + 3 × 5


def test_adjust_errors_are_one_line(
    stock_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = crmdesk("stock", "adjust", "NOPE", "1", "--reason", "x", "--db", stock_db, home=tmp_path)
    assert (unknown.returncode, unknown.stderr.strip()) == (1, "crmdesk: no product has the SKU 'NOPE'")
    # The other refusals in-process (same dispatch, without paying for a process start each).
    for args, message in [
        (("REPAIR-H", "1"), "crmdesk: REPAIR-H is a service and has no stock"),
        (("CHAIN-9", "lots"), "crmdesk: not a number: 'lots'"),
        (("CHAIN-9", "0"), "crmdesk: an adjustment changes stock by more or less than 0"),
    ]:
        assert run(["stock", "adjust", *args, "--reason", "x", "--db", str(stock_db)]) == 1
        assert capsys.readouterr().err.strip() == message
    assert run(["--db", str(stock_db), "stock", "adjust", "CHAIN-9", "-4", "--reason", "counted"]) == 0
    below = capsys.readouterr()
    assert below.out.strip() == "CHAIN-9: -4 pcs, now -1 on hand (counted)"
    assert (
        below.err.strip() == "crmdesk: warning: below zero: CHAIN-9 Chain 9-speed: 3 on hand, -1 after this"
    )
    with pytest.raises(SystemExit) as exited:
        run(["stock", "adjust", "CHAIN-9", "1", "--db", str(stock_db)])
    assert exited.value.code == 2 and "--reason" in capsys.readouterr().err
