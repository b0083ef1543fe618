"""Demo data: a bike workshop and shop in Rīga with three years of history, for trying crmdesk out.

``DemoService.populate`` fills an *empty* database in one write transaction (all or nothing) through
:mod:`crmdesk.storage.bulk`: the catalogue first, then customers in chunks of a thousand, each with its
contact log, opportunities, quotes, invoices, credit notes, payments and the stock they sold; then
purchase orders and goods received, running costs, the document numbers, and the search index.
A hundred thousand customers (about 2.9 million rows) take a few minutes; see ``bench/README.md``.

Conventions this data follows (and the rest of crmdesk may rely on):

- **Deterministic**: the same ``seed`` and ``today`` give the same file, byte for byte in every row —
  one ``random.Random(seed)``, faker seeded per locale, and no wall-clock timestamps.
- **Numbers are given at issue, gapless and in date order, and sealed**: invoices and credit notes are
  inserted as drafts (their lines can only be inserted while the parent is a draft: the frozen-invoice
  triggers), then issued with one ``UPDATE`` each, sorted by issue instant, numbered per series and year
  with :func:`crmdesk.domain.numbering.format_number` (``2026-0001``, ``CN-2026-0001``) and chained with
  the same content hash as the invoice service's (``crmdesk verify`` passes); ``number_series`` holds the
  last sequence of each period. Quotes get ``Q-2026-0001`` when sent; a revision keeps the number of the
  quote it revises. A few recent invoices and quotes stay drafts, without a number.
- **Credit notes carry positive amounts**: ``kind = 'credit_note'`` says they reduce what is owed; the
  signs of their lines and totals are the same as on an invoice, as printed. A credit note references
  the invoice it corrects (``credited_invoice_id``), credits the whole invoice or one returned line,
  and puts returned goods back in stock (a ``returned`` movement, positive).
- **Payments never exceed what is owed** (invoice gross minus its credit notes); some invoices are paid
  in two parts, some partly, some not at all — a part of those overdue, with payment reminders 1–3 in
  the log as the payment service writes them.
- **Stock adds up**: an issued invoice line of a stock product writes a ``sold`` movement with a
  negative quantity at the issue instant; opening balances and purchase orders received on Monday
  mornings keep every product's running balance at or above zero.
- **Taxes**: Latvian rates (21 %, 12 %, 5 %); 0 % for customers outside the EU and for EU businesses
  abroad (reverse charge). Totals by :func:`crmdesk.domain.totals.document_totals`. SEK and GBP
  documents carry a fixed demo exchange rate (11.50 SEK, 0.85 GBP per euro).
- Not generated: delivery notes (stock leaves with the invoice), attachments, settings and the audit
  log (populating is one bulk action, not the owner's edits).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from crmdesk.domain.errors import ConflictError, ValidationError
from crmdesk.services.demo_data.catalogue import write_catalogue
from crmdesk.services.demo_data.contact_log import ContactLog
from crmdesk.services.demo_data.history import SalesHistory
from crmdesk.services.demo_data.issuing import PATTERNS, issue_documents, number_quotes, write_reminders
from crmdesk.services.demo_data.people import CustomerFactory
from crmdesk.services.demo_data.purchasing import write_expenses, write_purchasing
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.bulk import BulkWriter
from crmdesk.storage.engine import Database
from crmdesk.storage.models import CompanyProfile, Customer, Invoice, NumberSeries, Product
from crmdesk.storage.search_index import bulk_load, optimize_search_index

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; the stages in order: ``catalogue``, ``customers`` (every thousand),
``purchasing``, ``numbering``, ``search index``."""

CHUNK = 1000
"""Customers generated between two flushes: bounds memory, and paces the progress reports."""
HISTORY_YEARS = 3
CACHE_KIB = 256 * 1024
"""SQLite page cache while populating: index pages stay in memory instead of spilling to the WAL."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows ``populate`` wrote, per table."""

    company_profile: int
    tax_rates: int
    tags: int
    custom_field_definitions: int
    suppliers: int
    products: int
    customers: int
    contact_persons: int
    customer_emails: int
    customer_phones: int
    addresses: int
    customer_tags: int
    custom_field_values: int
    opportunities: int
    quotes: int
    quote_lines: int
    invoices: int
    invoice_lines: int
    payments: int
    purchase_orders: int
    purchase_order_lines: int
    stock_movements: int
    interactions: int
    expenses: int
    number_series: int

    def as_dict(self) -> dict[str, int]:
        """Counts by table name."""
        return asdict(self)

    @property
    def total_rows(self) -> int:
        return sum(self.as_dict().values())

    def __str__(self) -> str:
        return (
            f"{self.customers:,} customers, {self.interactions:,} contact-log entries,"
            f" {self.quotes:,} quotes, {self.invoices:,} invoices and credit notes,"
            f" {self.payments:,} payments, {self.products:,} products,"
            f" {self.stock_movements:,} stock movements ({self.total_rows:,} rows)"
        )


class DemoService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def populate(
        self,
        *,
        customers: int = 1000,
        seed: int = 1,
        progress: Progress | None = None,
        today: date | None = None,
    ) -> DemoSummary:
        """Fill an empty database with a demo business; refuse one that holds data already.

        ``today`` is the last day of the history (default: the real today); pass it for data that is
        identical run after run.
        """
        if customers < 0:
            raise ValidationError("the number of customers cannot be negative", field="customers")
        report: Progress = progress or _silent
        today = today or datetime.now(UTC).astimezone().date()
        start = _years_before(today, HISTORY_YEARS)
        week0 = start - timedelta(days=start.weekday())
        rng = random.Random(seed)
        with self._db.write() as session:
            writer = BulkWriter.of(session)
            _refuse_if_not_empty(writer)
            old_cache = writer.connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
            writer.connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            try:
                # Queue triggers off while loading; one index build at the end (storage.search_index).
                with bulk_load(session):
                    buffer = RowBuffer(writer)
                    report("catalogue", 0, 1)
                    since = datetime(week0.year, week0.month, week0.day, tzinfo=UTC) - timedelta(days=14)
                    catalogue = write_catalogue(buffer, since=since)
                    buffer.flush()
                    report("catalogue", 1, 1)
                    factory = CustomerFactory(
                        rng, buffer, seed=seed, tag_ids=catalogue.tag_ids, field_ids=catalogue.field_ids
                    )
                    log = ContactLog(rng, buffer, today=today)
                    history = SalesHistory(rng, buffer, catalogue, log, today=today, start=start, week0=week0)
                    add_customer = buffer.appender(Customer)
                    now = datetime(today.year, today.month, today.day, tzinfo=UTC)
                    report("customers", 0, customers)
                    for done, created_at in enumerate(_creation_instants(rng, customers, start, today), 1):
                        customer = factory.make(buffer.next_id(Customer), created_at)
                        last = history.generate(customer)
                        archived_at = None
                        if (now - last).days > 365 and rng.randrange(100) < 8:
                            archived_at = min(
                                last + timedelta(days=rng.randint(30, 180)), now - timedelta(hours=1)
                            )
                        add_customer(
                            (
                                customer.id, customer.kind, customer.name, customer.name.casefold(),
                                customer.vat_id, customer.registration_no, customer.language, customer.currency,
                                customer.payment_terms_days, customer.channel, customer.notes, archived_at,
                                created_at, archived_at or created_at,
                            )
                        )  # fmt: skip
                        if done % CHUNK == 0:
                            buffer.flush()
                            report("customers", done, customers)
                    buffer.flush()
                    report("customers", customers, customers)
                    report("purchasing", 0, 1)
                    po_sequences = write_purchasing(
                        rng, buffer, catalogue, history.demand, week0=week0, today=today
                    )
                    write_expenses(rng, buffer, catalogue, start=start, today=today)
                    buffer.flush()
                    report("purchasing", 1, 1)
                    report("numbering", 0, 1)
                    sequences, numbers = issue_documents(writer, history.to_issue)
                    sequences.update(number_quotes(writer, history.quotes_to_number))
                    write_reminders(buffer, history.reminders, numbers)
                    del numbers
                    sequences.update({("purchase_order", period): n for period, n in po_sequences.items()})
                    add_series = buffer.appender(NumberSeries)
                    for (code, period), last_sequence in sorted(sequences.items()):
                        add_series(
                            (buffer.next_id(NumberSeries), code, period, PATTERNS[code], last_sequence)
                        )
                    buffer.flush()
                    report("numbering", 1, 1)
                    report("search index", 0, 1)
                # Leaving bulk_load rebuilt the index in one pass; merging the FTS segments keeps
                # prefix search fast.
                optimize_search_index(session)
                report("search index", 1, 1)
            finally:
                writer.connection.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache)}")
        return DemoSummary(**buffer.written)


def _silent(_stage: str, _done: int, _total: int) -> None:
    return None


def _refuse_if_not_empty(writer: BulkWriter) -> None:
    conn = writer.connection
    for model in (Customer, Product, Invoice, CompanyProfile):
        if conn.execute(select(func.count()).select_from(model)).scalar_one():
            raise ConflictError("demo data goes into an empty database only; this one already holds data")


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _creation_instants(rng: random.Random, count: int, start: date, today: date) -> list[datetime]:
    """When each customer was first seen, oldest first: more new customers each year (the shop grows)."""
    span = (today - start).days
    instants = []
    for _ in range(count):
        offset = rng.randrange(span) if rng.randrange(2) else max(rng.randrange(span), rng.randrange(span))
        day = start + timedelta(days=offset)
        instants.append(
            datetime(day.year, day.month, day.day, rng.randint(7, 16), rng.randrange(60), tzinfo=UTC)
        )
    instants.sort()
    return instants


__all__ = ["DemoService", "DemoSummary", "Progress"]
