"""Global search-as-you-type: customers, contact persons, emails, phones, the contact log, documents, products.

One text goes to every FTS5 table (see :mod:`crmdesk.storage.search_index`) as the same safe prefix
query (:func:`crmdesk.domain.search_query.build_search_query`); each kind returns its best few hits and
whether there are more. The CLI (``crmdesk search``) and the GUI's search popup show the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crmdesk.domain.contact_details import international_format, national_significant_digits
from crmdesk.domain.search_query import SearchQuery, build_search_query, looks_like_phone
from crmdesk.storage.engine import Database
from crmdesk.storage.search_index import search_index_pending

DEFAULT_PER_KIND = 8
MAX_PER_KIND = 200
RANKED_CANDIDATES = 500
"""bm25 ranks at most this many matches per kind. While the owner has typed one or two letters,
thousands match and ranking them all costs more than the keystroke may take; a few letters more and
the matches fit, so the ranking is exact where it matters."""
MIN_FREE_TEXT_TERM = 3
"""The contact log (free text, no prefix index) is searched once a word has this many characters…"""
MIN_FREE_TEXT_NUMBER = 5
"""…or, for a number, this many: "202" would merge the doclists of every year and amount in a million
entries (90 ms a keystroke measured), and a short number in free text is rarely what is looked for."""


class SearchKind(StrEnum):
    CUSTOMER = "customer"
    CONTACT = "contact"
    EMAIL = "email"
    PHONE = "phone"
    INTERACTION = "interaction"
    DOCUMENT = "document"
    PRODUCT = "product"


KIND_LABELS: dict[SearchKind, str] = {
    SearchKind.CUSTOMER: "Customers",
    SearchKind.CONTACT: "Contact persons",
    SearchKind.EMAIL: "Emails",
    SearchKind.PHONE: "Phone numbers",
    SearchKind.INTERACTION: "Contact log",
    SearchKind.DOCUMENT: "Quotes and invoices",
    SearchKind.PRODUCT: "Products",
}


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    id: int
    """The id of the row found: a customer, contact person, email, phone, interaction, product;
    for documents the quote's or invoice's id (see ``document_type``)."""
    title: str
    detail: str
    customer_id: int | None = None
    """The customer to open (none for products)."""
    archived: bool = False
    document_type: str = ""
    """``quote`` or ``invoice`` for document hits."""


@dataclass(frozen=True)
class SearchGroup:
    kind: SearchKind
    label: str
    hits: tuple[SearchHit, ...]
    has_more: bool


@dataclass(frozen=True)
class SearchResults:
    text: str
    fts_query: str
    """The FTS5 expression actually run (shown by ``crmdesk search --json``; useful in bug reports)."""
    groups: tuple[SearchGroup, ...]
    """Only the kinds with hits, in a fixed order."""

    @property
    def total_hits(self) -> int:
        return sum(len(g.hits) for g in self.groups)


_SQL: dict[SearchKind, str] = {
    SearchKind.CUSTOMER: """
        SELECT c.id, c.name, c.id AS customer_id, c.archived_at IS NOT NULL AS archived,
               coalesce((SELECT trim(a.city || ' ' || a.country) FROM addresses a
                         WHERE a.customer_id = c.id ORDER BY a.kind LIMIT 1), '') AS detail
        FROM (SELECT id, score FROM (SELECT rowid AS id, bm25(fts_customers, 10.0, 1.0) AS score FROM fts_customers
              WHERE fts_customers MATCH :q LIMIT {ranked}) ORDER BY score LIMIT :n) f
        JOIN customers c ON c.id = f.id ORDER BY archived, f.score""",
    SearchKind.CONTACT: """
        SELECT p.id, p.name, p.customer_id, c.archived_at IS NOT NULL AS archived,
               trim(p.role || ' · ' || c.name, ' ·') AS detail
        FROM (SELECT id, rank FROM (SELECT rowid AS id, rank FROM fts_contacts WHERE fts_contacts MATCH :q LIMIT {ranked})
              ORDER BY rank LIMIT :n) f
        JOIN contact_persons p ON p.id = f.id JOIN customers c ON c.id = p.customer_id
        ORDER BY archived, f.rank""",
    SearchKind.EMAIL: """
        SELECT e.id, e.email, e.customer_id, c.archived_at IS NOT NULL AS archived, c.name AS detail
        FROM (SELECT id, rank FROM (SELECT rowid AS id, rank FROM fts_emails WHERE fts_emails MATCH :q LIMIT {ranked})
              ORDER BY rank LIMIT :n) f
        JOIN customer_emails e ON e.id = f.id JOIN customers c ON c.id = e.customer_id
        ORDER BY archived, f.rank""",
    SearchKind.PHONE: """
        SELECT t.id, t.e164, t.customer_id, c.archived_at IS NOT NULL AS archived, c.name AS detail
        FROM (SELECT id, rank FROM (SELECT rowid AS id, rank FROM fts_phones WHERE fts_phones MATCH :q LIMIT {ranked})
              ORDER BY rank LIMIT :n) f
        JOIN customer_phones t ON t.id = f.id JOIN customers c ON c.id = t.customer_id
        ORDER BY archived, f.rank""",
    # A million entries: newest first by rowid lets FTS5 stop after :n matches instead of ranking all.
    SearchKind.INTERACTION: """
        SELECT i.id, CASE WHEN i.subject <> '' THEN i.subject ELSE f.snip END, i.customer_id,
               c.archived_at IS NOT NULL AS archived,
               c.name || ' · ' || i.kind || ' · ' || substr(i.occurred_at, 1, 10) AS detail
        FROM (SELECT rowid AS id, snippet(fts_interactions, 1, '', '', '…', 10) AS snip FROM fts_interactions
              WHERE fts_interactions MATCH :q ORDER BY rowid DESC LIMIT :n) f
        JOIN interactions i ON i.id = f.id JOIN customers c ON c.id = i.customer_id
        ORDER BY i.id DESC""",
    SearchKind.DOCUMENT: """
        SELECT * FROM (
          SELECT q.id, 'Quote ' || q.number, q.customer_id, 0, c.name || ' · ' || q.status, 'quote'
          FROM (SELECT rowid AS id FROM fts_quotes WHERE fts_quotes MATCH :q ORDER BY rowid DESC LIMIT :n) f
          JOIN quotes q ON q.id = f.id JOIN customers c ON c.id = q.customer_id
          UNION ALL
          SELECT v.id, CASE v.kind WHEN 'credit_note' THEN 'Credit note ' ELSE 'Invoice ' END || v.number,
                 v.customer_id, 1, c.name || ' · ' || v.issue_date, 'invoice'
          FROM (SELECT rowid AS id FROM fts_invoices WHERE fts_invoices MATCH :q ORDER BY rowid DESC LIMIT :n) f
          JOIN invoices v ON v.id = f.id JOIN customers c ON c.id = v.customer_id
        ) ORDER BY 2 DESC LIMIT :n""",
    SearchKind.PRODUCT: """
        SELECT p.id, p.name, NULL, p.active = 0, p.sku AS detail
        FROM (SELECT id, score FROM (SELECT rowid AS id, bm25(fts_products, 10.0, 1.0) AS score FROM fts_products
              WHERE fts_products MATCH :q LIMIT {ranked}) ORDER BY score LIMIT :n) f
        JOIN products p ON p.id = f.id ORDER BY f.score""",
}


def _hit(kind: SearchKind, row: Sequence[Any]) -> SearchHit:
    if kind is SearchKind.DOCUMENT:
        return SearchHit(kind, int(row[0]), str(row[1]), str(row[4]), int(row[2]), False, str(row[5]))
    title = str(row[1])
    if kind is SearchKind.PHONE:
        title = international_format(title)
    customer_id = int(row[2]) if row[2] is not None else None
    return SearchHit(kind, int(row[0]), title, str(row[4] or ""), customer_id, bool(row[3]))


def searches_free_text(query: SearchQuery) -> bool:
    """Whether the typed text is specific enough for the contact log (see the two limits above)."""
    if looks_like_phone(query.text):
        return query.longest_term >= MIN_FREE_TEXT_NUMBER
    return query.longest_term >= MIN_FREE_TEXT_TERM


def _match_for(kind: SearchKind, query: SearchQuery) -> str:
    if kind is SearchKind.PHONE:
        return query.phone_match()
    if kind is SearchKind.CONTACT:
        return query.columns_match("{name details}", "phone")
    if kind is SearchKind.INTERACTION:
        return query.words  # digits run together mean nothing in free text
    return query.match


class SearchService:
    def __init__(self, db: Database, *, owner_country: Callable[[], str | None] | None = None) -> None:
        self._db = db
        self._owner_country = owner_country

    def query(self, text_typed: str) -> SearchQuery:
        """The FTS5 query for what was typed (phone-like text also matches its digits)."""
        national = None
        if looks_like_phone(text_typed):
            region = self._owner_country() if self._owner_country else None
            national = national_significant_digits(text_typed, region=region)
        return build_search_query(text_typed, national_digits=national)

    def search(
        self,
        text_typed: str,
        *,
        per_kind: int = DEFAULT_PER_KIND,
        kinds: Sequence[SearchKind] = tuple(SearchKind),
    ) -> SearchResults:
        """The best ``per_kind`` hits of every kind for ``text_typed``, grouped by kind."""
        query = self.query(text_typed)
        if query.is_empty:
            return SearchResults(text_typed, "", ())
        limit = max(1, min(per_kind, MAX_PER_KIND))
        groups = []
        with self._db.read_session() as session:
            if search_index_pending(session):
                session.close()
                sync_if_pending(self._db)
            for kind in SearchKind:
                if kind not in kinds:
                    continue
                if kind is SearchKind.INTERACTION and not searches_free_text(query):
                    continue
                rows = self._run(session, kind, _match_for(kind, query), limit + 1)
                if rows:
                    hits = tuple(_hit(kind, row) for row in rows[:limit])
                    groups.append(SearchGroup(kind, KIND_LABELS[kind], hits, len(rows) > limit))
        return SearchResults(text_typed, query.match, tuple(groups))

    @staticmethod
    def _run(session: Session, kind: SearchKind, match: str, limit: int) -> list[Sequence[Any]]:
        sql = _SQL[kind].replace("{ranked}", str(RANKED_CANDIDATES))
        return [tuple(row) for row in session.execute(text(sql), {"q": match, "n": limit})]


def sync_if_pending(db: Database) -> None:
    """Index rows a migration or an outside write left in the queue (every write does it on commit)."""
    with db.read_session() as session:
        pending = search_index_pending(session)
    if pending:
        with db.write():
            pass  # Database.write() syncs the index before it commits
