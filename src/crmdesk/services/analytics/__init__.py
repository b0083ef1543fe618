"""Analytics: RFM segments, lifetime value, churn risk, profitability, sales reports, the dashboard.

No Qt here: the UI, the CLI and the benchmarks call :class:`AnalyticsService`. Every figure is computed
by SQLite over the whole history; the rules are in ``docs/analytics.md``.
"""

from crmdesk.services.analytics.common import DateRange, shift_year
from crmdesk.services.analytics.customers import (
    SEGMENT_RULES,
    ChurnRow,
    ClvReport,
    ClvRow,
    RfmRow,
    Segment,
    SegmentSize,
)
from crmdesk.services.analytics.dashboard import Dashboard, MonthRevenue, Receivables
from crmdesk.services.analytics.profit import ProfitRow
from crmdesk.services.analytics.sales import (
    ComplaintsRow,
    NewCustomersRow,
    PipelineStage,
    QuoteStats,
    SalesBy,
    SalesReport,
    SalesRow,
)
from crmdesk.services.analytics.service import AnalyticsService
from crmdesk.services.analytics.suggest import Suggestion

__all__ = [
    "SEGMENT_RULES",
    "AnalyticsService",
    "ChurnRow",
    "ClvReport",
    "ClvRow",
    "ComplaintsRow",
    "Dashboard",
    "DateRange",
    "MonthRevenue",
    "NewCustomersRow",
    "PipelineStage",
    "ProfitRow",
    "QuoteStats",
    "Receivables",
    "RfmRow",
    "SalesBy",
    "SalesReport",
    "SalesRow",
    "Segment",
    "SegmentSize",
    "Suggestion",
    "shift_year",
]
