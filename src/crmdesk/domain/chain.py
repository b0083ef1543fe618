"""Tamper evidence: SHA-256 of a document's canonical content, chained to the one before it.

Each issued invoice (and credit note) stores ``content_hash = SHA-256(previous_hash ‖ canonical)``
where ``canonical`` is a JSON text with sorted keys and every amount written as a plain decimal
string. Changing any printed fact of any issued document, removing one, or reordering them breaks
every hash after it; ``crmdesk verify`` recomputes the chain. The audit log uses the same rule.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS = ""
"""The ``previous_hash`` of the first document of a series."""


def canonical_json(content: Mapping[str, Any]) -> str:
    """A byte-stable JSON text: sorted keys, no spaces, Decimals and dates as strings, Unicode kept."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def chained_hash(previous_hash: str, content: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(previous_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical_json(content).encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainLink:
    """One stored document of a chain, as read back from the file."""

    label: str
    """How the owner names it in a report (``invoice 2026-0007``)."""
    content: Mapping[str, Any]
    previous_hash: str | None
    content_hash: str | None


@dataclass(frozen=True)
class ChainProblem:
    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.label}: {self.reason}"


def verify_chain(links: Iterable[ChainLink]) -> list[ChainProblem]:
    """Recompute a chain in order; report each link whose stored hashes do not match."""
    problems: list[ChainProblem] = []
    expected_previous = GENESIS
    for link in links:
        if link.content_hash is None:
            # Issued without being sealed (an old or foreign tool): one problem, not two; the next
            # document issued after it starts a new chain from GENESIS, as the invoice service does.
            problems.append(ChainProblem(link.label, "has no content hash: it was not sealed when issued"))
            expected_previous = GENESIS
            continue
        if link.previous_hash != expected_previous:
            problems.append(
                ChainProblem(link.label, "does not follow the document before it (removed or reordered)")
            )
        recomputed = chained_hash(link.previous_hash or GENESIS, link.content)
        if link.content_hash != recomputed:
            problems.append(ChainProblem(link.label, "its content was changed after it was issued"))
        # Continue from what is stored, so one edited document is reported once, not for all after it.
        expected_previous = link.content_hash or recomputed
    return problems


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        # normalize() would turn 10.00 into 1E+1; fixed-point text keeps the printed form.
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    raise TypeError(f"not canonical: {type(value).__name__}")
