"""Use cases, one module per area. The UI and the CLI reach the database only through :class:`Services`."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk.services.analytics import AnalyticsService
from crmdesk.services.attachments import AttachmentService
from crmdesk.services.audit import AuditService
from crmdesk.services.audit import record as record_audit
from crmdesk.services.backups import BackupService
from crmdesk.services.company import CompanyService
from crmdesk.services.contact_log import ContactLogService
from crmdesk.services.customer_360 import Customer360Service
from crmdesk.services.customer_editor import CustomerEditorService
from crmdesk.services.customers import CustomerService
from crmdesk.services.database import DatabaseService
from crmdesk.services.documents import DocumentPdfService
from crmdesk.services.duplicates import DuplicateService
from crmdesk.services.exporting import ExportService
from crmdesk.services.file_safety import FileSafetyService
from crmdesk.services.importing import ImportService
from crmdesk.services.inventory import (
    DeliveryNoteService,
    ExpenseService,
    InventoryReports,
    ProductService,
    PurchaseOrderService,
    ReorderService,
    StockService,
    SupplierService,
)
from crmdesk.services.inventory import issue_hook as stock_issue_hook
from crmdesk.services.numbering_guard import guard_on_open, issue_hook
from crmdesk.services.privacy import PrivacyService
from crmdesk.services.sales import (
    CreditNoteService,
    InvoiceService,
    PaymentService,
    PipelineService,
    QuoteService,
    SalesChoices,
    SalesReports,
)
from crmdesk.services.search import SearchService
from crmdesk.services.segments import SegmentService
from crmdesk.services.sending import SendingService
from crmdesk.storage.engine import Database, open_database
from crmdesk.storage.migrate import MigrationResult

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoService


class Services:
    """Everything the UI and the CLI may call, over one open database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.database = DatabaseService(db)
        self.company = CompanyService(db)
        self.customers = CustomerService(db)
        self.customer_editor = CustomerEditorService(db)
        self.contact_log = ContactLogService(db)
        self.customer_360 = Customer360Service(db)
        self.search = SearchService(db, owner_country=self.customer_editor.owner_country)
        self.attachments = AttachmentService(db)
        self.pipeline = PipelineService(db)
        self.quotes = QuoteService(db)
        self.invoices = InvoiceService(db)
        """Issuing runs ``invoices.add_issue_hook`` hooks in its transaction: the seam for stock movements."""
        self.credit_notes = CreditNoteService(db)
        self.payments = PaymentService(db)
        self.sales_reports = SalesReports(db)
        self.sales_choices = SalesChoices(db)
        self.invoices.add_issue_hook(stock_issue_hook)
        """Stock: an issued invoice writes ``sold`` movements, a credit note ``returned``, in its transaction."""
        self.products = ProductService(db)
        self.stock = StockService(db)
        self.suppliers = SupplierService(db)
        self.purchase_orders = PurchaseOrderService(db)
        self.deliveries = DeliveryNoteService(db)
        self.expenses = ExpenseService(db)
        self.inventory_reports = InventoryReports(db)
        self.reordering = ReorderService(db, self.stock)
        self.analytics = AnalyticsService(db, self.stock)
        self.segments = SegmentService(db, self.customers)
        """Saved customer filters and RFM segments: members, campaigns, contact exports (services/segments.py)."""
        self.audit = AuditService(db)
        self.backups = BackupService(db)
        self.file_safety = FileSafetyService(db)
        """Banners on open: read-only, network or removable drive, a clock earlier than the last invoice."""
        self.imports = ImportService(db, backups=self.backups)
        """Customers from CSV, XLSX, vCard: ``preview``, ``run`` (one transaction after a backup), ``undo``."""
        self.documents = DocumentPdfService(db)
        """Document PDFs: ``render(kind, id)``, ``save(rendered, path)``, ``find(kind, number)``."""
        self.exports = ExportService(db)
        """CSV/XLSX/vCard exports, streamed, formula cells neutralised, audited (services/exporting.py)."""
        self.duplicates = DuplicateService(db)
        """Duplicate customers: ranked candidates, merge and undo of a merge (services/duplicates.py)."""
        self.privacy = PrivacyService(db, self.documents)
        """Personal data: export one customer as a zip, erase on request (services/privacy.py)."""
        self.sending = SendingService(db, self.contact_log)
        """Email drafts (.eml) and SMTP sending of rendered PDFs, logged in the contact log (services/sending/)."""
        # Data safety: every issue is audited and its number copied beside the file (numbering guard);
        # a file replaced by an older copy gets its counters raised before anything is issued.
        self.invoices.add_issue_hook(issue_hook(db.path))
        guard_on_open(db)
        _audit_migration(db)

    @classmethod
    def open(
        cls, path: Path, *, backup_dir: Path | None = None, create: bool = True, read_only_ok: bool = False
    ) -> Services:
        """Open (and if needed create or migrate) the database at ``path``; see :func:`open_database`.

        ``read_only_ok``: a read-only file or folder opens read-only (``file_safety.read_only_reason``)
        instead of being refused; every write is then refused with the reason.
        """
        db = open_database(path, backup_dir=backup_dir, create=create, read_only_fallback=read_only_ok)
        try:
            return cls(db)
        except BaseException:
            db.close()  # never leave the file locked behind a failed start
            raise

    @cached_property
    def demo(self) -> DemoService:
        """Demo data. Imported on first use: faker and the demo tables cost ~0.15 s of every start."""
        from crmdesk.services.demo import DemoService

        return DemoService(self._db)

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def migration(self) -> MigrationResult | None:
        """What opening did to the schema (created, upgraded after a backup, or nothing)."""
        return self._db.migration

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _audit_migration(db: Database) -> None:
    """A schema upgrade done by opening is recorded once, by the open that did it."""
    result = db.migration
    if result is None or not result.changed or result.from_revision is None:
        return
    with db.write() as session:
        record_audit(
            session,
            action="migration",
            entity_type="database",
            details={
                "from": result.from_revision,
                "to": result.to_revision,
                "backup": str(result.backup) if result.backup else None,
            },
        )
