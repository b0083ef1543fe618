"""Sales figures in the base currency: each document converted with the exchange rate stored on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from crmdesk.domain.documents import to_base_currency
from crmdesk.domain.enums import InvoiceKind, InvoiceStatus
from crmdesk.domain.money import ZERO
from crmdesk.domain.receivables import PaymentStatus, balance
from crmdesk.services.sales.common import base_currency, local_today
from crmdesk.services.sales.receivables import credited_sum, paid_sum
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Invoice


@dataclass(frozen=True)
class SalesSummary:
    """Issued documents dated ``start``…``end``; amounts in ``base_currency``."""

    base_currency: str
    start: date
    end: date
    invoices: int
    credit_notes: int
    invoiced_net: Decimal
    credited_net: Decimal
    tax: Decimal
    """Tax invoiced minus tax credited."""
    outstanding: Decimal
    """Still owed today on those invoices."""
    overdue: Decimal

    @property
    def net_sales(self) -> Decimal:
        return self.invoiced_net - self.credited_net


class SalesReports:
    def __init__(self, db: Database) -> None:
        self._db = db

    def summary(self, *, start: date, end: date, today: date | None = None) -> SalesSummary:
        """Net sales, tax and what is owed, for documents issued from ``start`` to ``end`` (inclusive)."""
        today = today or local_today()
        stmt = select(
            Invoice.kind,
            Invoice.exchange_rate,
            Invoice.net_total,
            Invoice.tax_total,
            Invoice.gross_total,
            Invoice.due_date,
            credited_sum(),
            paid_sum(),
        ).where(
            Invoice.status == InvoiceStatus.ISSUED, Invoice.issue_date >= start, Invoice.issue_date <= end
        )
        counts = {InvoiceKind.INVOICE: 0, InvoiceKind.CREDIT_NOTE: 0}
        net = {InvoiceKind.INVOICE: ZERO, InvoiceKind.CREDIT_NOTE: ZERO}
        tax = outstanding = overdue = ZERO
        with self._db.read_session() as session:
            base = base_currency(session)
            for kind, rate, net_total, tax_total, gross, due_date, credited, paid in session.execute(stmt):

                def in_base(amount: Decimal, rate: Decimal = rate) -> Decimal:
                    return to_base_currency(amount, exchange_rate=rate, base_currency=base)

                counts[kind] += 1
                net[kind] += in_base(net_total)
                sign = 1 if kind is InvoiceKind.INVOICE else -1
                tax += sign * in_base(tax_total)
                if kind is InvoiceKind.INVOICE:
                    owed = balance(gross=gross, credited=credited, paid=paid, due_date=due_date, today=today)
                    outstanding += in_base(owed.amount_due)
                    if owed.status is PaymentStatus.OVERDUE:
                        overdue += in_base(owed.amount_due)
        return SalesSummary(
            base_currency=base,
            start=start,
            end=end,
            invoices=counts[InvoiceKind.INVOICE],
            credit_notes=counts[InvoiceKind.CREDIT_NOTE],
            invoiced_net=net[InvoiceKind.INVOICE],
            credited_net=net[InvoiceKind.CREDIT_NOTE],
            tax=tax,
            outstanding=outstanding,
            overdue=overdue,
        )


__all__ = ["SalesReports", "SalesSummary"]
