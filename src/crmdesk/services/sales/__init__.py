"""Sales: pipeline, quotes, invoices and credit notes, payments. One module per purpose."""

from crmdesk.services.sales.choices import SalesChoices
from crmdesk.services.sales.credit_notes import CreditLine, CreditNoteService
from crmdesk.services.sales.documents import InvoiceDraft
from crmdesk.services.sales.invoices import LIST_FILTERS, InvoiceListQuery, InvoiceService, IssueHook
from crmdesk.services.sales.lines import LineInput
from crmdesk.services.sales.payments import PaymentService
from crmdesk.services.sales.pipeline import OpportunityDraft, PipelineService
from crmdesk.services.sales.quotes import QuoteDraft, QuoteListQuery, QuoteService
from crmdesk.services.sales.reports import SalesReports, SalesSummary
from crmdesk.services.sales.verification import verify_documents, verify_file

__all__ = [
    "LIST_FILTERS",
    "CreditLine",
    "CreditNoteService",
    "InvoiceDraft",
    "InvoiceListQuery",
    "InvoiceService",
    "IssueHook",
    "LineInput",
    "OpportunityDraft",
    "PaymentService",
    "PipelineService",
    "QuoteDraft",
    "QuoteListQuery",
    "QuoteService",
    "SalesChoices",
    "SalesReports",
    "SalesSummary",
    "verify_documents",
    "verify_file",
]
