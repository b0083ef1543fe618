from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.chain import GENESIS, ChainLink, canonical_json, chained_hash, verify_chain


def make_chain(contents: list[dict[str, object]]) -> list[ChainLink]:
    links, previous = [], GENESIS
    for i, content in enumerate(contents):
        digest = chained_hash(previous, content)
        links.append(ChainLink(f"invoice {i + 1}", content, previous, digest))
        previous = digest
    return links


def invoice(n: int, total: str = "121.00") -> dict[str, object]:
    return {
        "number": f"2026-{n:04d}",
        "gross": Decimal(total),
        "issue_date": date(2026, 1, n),
        "name": "Jānis Bērziņš",
    }


def test_canonical_json_is_stable_and_keeps_unicode() -> None:
    a = canonical_json({"b": Decimal("10.00"), "a": "Иван"})
    assert a == '{"a":"Иван","b":"10.00"}'
    assert canonical_json({"a": "Иван", "b": Decimal("10.00")}) == a


def test_intact_chain_verifies() -> None:
    assert verify_chain(make_chain([invoice(n) for n in range(1, 6)])) == []


def test_changed_amount_is_reported_once() -> None:
    links = make_chain([invoice(n) for n in range(1, 6)])
    tampered = ChainLink(links[2].label, invoice(3, "1.00"), links[2].previous_hash, links[2].content_hash)
    problems = verify_chain([*links[:2], tampered, *links[3:]])
    assert [str(p) for p in problems] == ["invoice 3: its content was changed after it was issued"]


def test_removed_document_is_reported() -> None:
    links = make_chain([invoice(n) for n in range(1, 6)])
    problems = verify_chain([*links[:2], *links[3:]])
    assert [p.label for p in problems] == ["invoice 4"]
    assert "removed or reordered" in problems[0].reason


@given(st.lists(st.decimals(min_value=0, max_value=10**9, places=2), min_size=1, max_size=20), st.data())
def test_any_single_change_is_detected(amounts: list[Decimal], data: st.DataObject) -> None:
    contents: list[dict[str, object]] = [{"n": i, "gross": a} for i, a in enumerate(amounts)]
    links = make_chain(contents)
    victim = data.draw(st.integers(min_value=0, max_value=len(links) - 1))
    changed = {**contents[victim], "gross": amounts[victim] + Decimal("0.01")}
    links[victim] = ChainLink(
        links[victim].label, changed, links[victim].previous_hash, links[victim].content_hash
    )
    assert verify_chain(links)
