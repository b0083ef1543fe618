"""The analytics use cases: each report one SQL statement (or two), rows turned into dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.domain.money import QUANTITY_SCALE, from_scaled_int
from crmdesk.services.analytics.common import DateRange, cents, for_range, required_day, rows
from crmdesk.services.analytics.customers import (
    CHURN_SQL,
    CLV_SQL,
    OWN_GAP_MIN_DAYS,
    RFM_SQL,
    SEGMENT_SIZES_SQL,
    ChurnRow,
    ClvReport,
    ClvRow,
    RfmRow,
    Segment,
    SegmentSize,
    rfm_row,
)
from crmdesk.services.analytics.dashboard import (
    AT_RISK_SHOWN,
    DASHBOARD_WITHIN_DAYS,
    FOLLOW_UPS_SQL,
    OVERDUE_SQL,
    TOP_CUSTOMERS,
    Dashboard,
    MonthRevenue,
    Receivables,
    end_of_today_utc,
    last_twelve_months,
    month_rows,
    overdue_figures,
    this_year,
)
from crmdesk.services.analytics.profit import CUSTOMER_PROFIT_SQL, PRODUCT_PROFIT_SQL, ProfitRow
from crmdesk.services.analytics.sales import (
    COMPLAINTS_SQL,
    FIRST_PURCHASES_SQL,
    NEW_CUSTOMERS_SQL,
    PIPELINE_SQL,
    QUOTES_SQL,
    ComplaintsRow,
    NewCustomersRow,
    PipelineStage,
    QuoteStats,
    SalesBy,
    SalesReport,
    SalesRow,
    sales_sql,
)
from crmdesk.services.analytics.suggest import SUGGEST_SQL, Suggestion
from crmdesk.services.inventory.stock import StockService
from crmdesk.services.sales.common import base_currency, local_today
from crmdesk.storage.engine import Database

DEFAULT_LIFETIME_CAP_YEARS = 5
DEFAULT_CHURN_THRESHOLD = Decimal(2)
NO_LIMIT = -1


def _int(value: Any) -> int:
    return int(value or 0)


def _limit(limit: int | None) -> int:
    if limit is None:
        return NO_LIMIT
    if limit < 1:
        raise ValidationError(f"a limit must be at least 1, not {limit}", field="limit")
    return limit


class AnalyticsService:
    """Reports over the whole history, in the base currency; ``period`` defaults to everything until today."""

    def __init__(self, db: Database, stock: StockService | None = None) -> None:
        self._db = db
        self._stock = stock or StockService(db)

    def currency(self) -> str:
        """The base currency every report is in."""
        with self._db.read_session() as session:
            return base_currency(session)

    def _range(self, period: DateRange | None) -> DateRange:
        return period or DateRange(start=None, end=local_today())

    def _read(
        self, sql: str, params: Mapping[str, Any], period: DateRange | None = None
    ) -> tuple[str, list[Any]]:
        """Run one report statement (adapted to a narrow ``period``) with ``:base`` bound."""
        if period is not None:
            sql = for_range(sql, period)
        with self._db.read_session() as session:
            base = base_currency(session)
            return base, rows(session, sql, {"base": base, **params})

    # -- customers -------------------------------------------------------------------------------

    def rfm(
        self, period: DateRange | None = None, *, segment: Segment | None = None, limit: int | None = None
    ) -> list[RfmRow]:
        """Every customer with a purchase in the range, scored 1–5 by quintile and segmented; best first."""
        period = self._range(period)
        params = {**period.params, "segment": segment.value if segment else None, "limit": _limit(limit)}
        _base, found = self._read(RFM_SQL, params, period)
        return [rfm_row(tuple(row)) for row in found]

    def segment_sizes(self, period: DateRange | None = None) -> list[SegmentSize]:
        """How many customers (and how much net revenue) each segment holds, in :class:`Segment` order."""
        period = self._range(period)
        _base, found = self._read(SEGMENT_SIZES_SQL, period.params, period)
        sizes = {Segment(str(name)): (_int(count), cents(revenue)) for name, count, revenue in found}
        return [SegmentSize(segment, *sizes.get(segment, (0, Decimal(0)))) for segment in Segment]

    def clv(
        self,
        period: DateRange | None = None,
        *,
        order_by: str = "predicted",
        limit: int | None = None,
        lifetime_cap_years: int = DEFAULT_LIFETIME_CAP_YEARS,
    ) -> ClvReport:
        """Historic and predicted customer lifetime value, highest first (``order_by`` historic|predicted)."""
        if order_by not in ("historic", "predicted"):
            raise ValidationError("order CLV by 'historic' or 'predicted'", field="order_by")
        if lifetime_cap_years < 1:
            raise ValidationError("the lifetime cap is at least 1 year", field="lifetime_cap_years")
        period = self._range(period)
        params = {**period.params, "order": order_by, "limit": _limit(limit), "cap": lifetime_cap_years}
        base, found = self._read(CLV_SQL, params, period)
        eligible = lapsed = 0
        t_num, t_den = lifetime_cap_years, 1
        result = []
        for cid, name, orders, revenue, margin, future, first, last, tenure, elig, lap, tn, td in found:
            eligible, lapsed, t_num, t_den = _int(elig), _int(lap), _int(tn), _int(td)
            first_day, last_day = required_day(first), required_day(last)
            result.append(
                ClvRow(
                    customer_id=_int(cid),
                    name=str(name),
                    orders=_int(orders),
                    revenue=cents(revenue),
                    historic=cents(margin),
                    predicted=cents(future),
                    first_purchase=first_day,
                    last_purchase=last_day,
                    tenure_days=_int(tenure),
                )
            )
        return ClvReport(
            rows=tuple(result),
            expected_lifetime_years=(Decimal(t_num) / Decimal(t_den)).quantize(Decimal("0.01")),
            customers_observed=eligible,
            customers_lapsed=lapsed,
            currency=base,
        )

    def churn(
        self,
        period: DateRange | None = None,
        *,
        threshold: Decimal = DEFAULT_CHURN_THRESHOLD,
        at_risk_only: bool = False,
        within_days: int | None = None,
        limit: int | None = None,
    ) -> list[ChurnRow]:
        """Customers ranked by days since their last purchase ÷ their usual gap (highest risk first).

        ``at_risk`` is a ratio of ``threshold`` or more; ``within_days`` keeps customers whose last purchase
        is at most that many days old (the ones still worth a call).
        """
        if threshold <= 0:
            raise ValidationError("the churn threshold must be more than 0", field="threshold")
        period = self._range(period)
        limit_at = (threshold * 100).to_integral_value()
        params = {
            **period.params,
            "min_ratio": int(limit_at) if at_risk_only else -1,
            "within": within_days,
            "own_min": OWN_GAP_MIN_DAYS,
            "limit": _limit(limit),
        }
        _base, found = self._read(CHURN_SQL, params, period)
        result = []
        for cid, name, last, since, gap10, own, ratio, orders, revenue, place in found:
            last_day = required_day(last)
            result.append(
                ChurnRow(
                    rank=_int(place),
                    customer_id=_int(cid),
                    name=str(name),
                    last_purchase=last_day,
                    days_since=_int(since),
                    usual_gap_days=Decimal(_int(gap10)).scaleb(-1),
                    own_gap=bool(own),
                    ratio=Decimal(_int(ratio)).scaleb(-2),
                    orders=_int(orders),
                    revenue=cents(revenue),
                    at_risk=_int(ratio) >= limit_at,
                )
            )
        return result

    # -- profitability ---------------------------------------------------------------------------

    def customer_profit(
        self,
        period: DateRange | None = None,
        *,
        unprofitable_only: bool = False,
        worst_first: bool = False,
        limit: int | None = None,
    ) -> list[ProfitRow]:
        """Revenue − credit notes − cost of goods − the customer's expenses, most profitable first."""
        period = self._range(period)
        params = self._profit_params(period, unprofitable_only, worst_first, limit)
        _base, found = self._read(CUSTOMER_PROFIT_SQL, params, period)
        return [
            ProfitRow(
                id=_int(cid),
                name=str(name),
                orders=_int(orders),
                revenue=cents(revenue),
                credited=cents(credited),
                cost_of_goods=cents(cogs),
                expenses=cents(expenses),
                profit=cents(profit),
            )
            for cid, name, orders, revenue, credited, cogs, expenses, profit in found
        ]

    def product_profit(
        self,
        period: DateRange | None = None,
        *,
        unprofitable_only: bool = False,
        worst_first: bool = False,
        limit: int | None = None,
    ) -> list[ProfitRow]:
        """Per product: revenue of its lines − credited lines − cost of goods − its expenses."""
        period = self._range(period)
        params = self._profit_params(period, unprofitable_only, worst_first, limit)
        _base, found = self._read(PRODUCT_PROFIT_SQL, params, period)
        return [
            ProfitRow(
                id=_int(pid),
                name=str(name),
                sku=str(sku),
                category=str(category or ""),
                quantity=from_scaled_int(_int(quantity), QUANTITY_SCALE),
                revenue=cents(revenue),
                credited=cents(credited),
                cost_of_goods=cents(cogs),
                expenses=cents(expenses),
                profit=cents(profit),
            )
            for pid, sku, name, category, quantity, revenue, credited, cogs, expenses, profit in found
        ]

    def _profit_params(
        self, period: DateRange | None, unprofitable_only: bool, worst_first: bool, limit: int | None
    ) -> dict[str, Any]:
        return {
            **self._range(period).params,
            "unprofitable": int(unprofitable_only),
            "ascending": int(worst_first),
            "limit": _limit(limit),
        }

    # -- sales -----------------------------------------------------------------------------------

    def sales(
        self,
        period: DateRange | None = None,
        *,
        by: SalesBy = SalesBy.MONTH,
        limit: int | None = None,
        compare: bool = True,
    ) -> SalesReport:
        """Net sales grouped ``by``, each beside the same key in the range a year before (unless not
        ``compare``: then ``previous`` is None and the year before is not read)."""
        period = self._range(period)
        params = {**period.with_year_before, "limit": _limit(limit)}
        before = period.year_before()
        overlap = period.start is None or before.end >= period.start
        base, found = self._read(sales_sql(by, compare=compare, overlap=overlap), params, period)
        return SalesReport(
            by=by,
            start=period.start,
            end=period.end,
            currency=base,
            rows=tuple(
                SalesRow(
                    key=str(key),
                    label=str(key) if by.is_period or by is SalesBy.CHANNEL else str(label or ""),
                    invoices=_int(invoices),
                    credit_notes=_int(credit_notes),
                    net_sales=cents(net),
                    previous=None if previous is None else cents(previous),
                )
                for key, label, invoices, credit_notes, net, previous in found
            ),
        )

    def new_customers(self, period: DateRange | None = None) -> list[NewCustomersRow]:
        """Per month: customers created, and customers whose first invoice is dated that month."""
        period = self._range(period)
        params = period.params
        with self._db.read_session() as session:
            registered: dict[str, int] = dict(rows(session, for_range(NEW_CUSTOMERS_SQL, period), params))
            firsts: dict[str, int] = dict(rows(session, FIRST_PURCHASES_SQL, params))
        return [
            NewCustomersRow(
                month=str(month),
                registered=_int(registered.get(month)),
                first_purchases=_int(firsts.get(month)),
            )
            for month in sorted(set(registered) | set(firsts))
        ]

    def quotes(self, period: DateRange | None = None) -> QuoteStats:
        """Quote outcomes of the range (latest revisions): win rate and the values accepted and open."""
        base, found = self._read(QUOTES_SQL, self._range(period).params)
        counts = {str(status): _int(count) for status, count, _value in found}
        values = {str(status): cents(value) for status, _count, value in found}
        accepted = counts.get("accepted", 0)
        decided = accepted + counts.get("declined", 0) + counts.get("expired", 0)
        return QuoteStats(
            by_status=counts,
            decided=decided,
            accepted=accepted,
            win_rate=(Decimal(accepted * 100) / decided).quantize(Decimal("0.1")) if decided else None,
            accepted_value=values.get("accepted", Decimal(0)),
            open_value=values.get("draft", Decimal(0)) + values.get("sent", Decimal(0)),
            currency=base,
        )

    def pipeline(self, period: DateRange | None = None) -> list[PipelineStage]:
        """Opportunities per stage (and currency: an opportunity has no exchange rate) with their value."""
        _base, found = self._read(PIPELINE_SQL, self._range(period).params)
        order = ["lead", "qualified", "quoted", "won", "lost"]
        stages = [
            PipelineStage(
                stage=str(stage), currency=str(currency), opportunities=_int(count), value=cents(value)
            )
            for stage, currency, count, value in found
        ]
        return sorted(stages, key=lambda s: (order.index(s.stage) if s.stage in order else 99, s.currency))

    def complaints(self, period: DateRange | None = None) -> list[ComplaintsRow]:
        """Per month: complaints opened, how many of those are resolved, the average satisfaction given."""
        period = self._range(period)
        _base, found = self._read(COMPLAINTS_SQL, period.params, period)
        return [
            ComplaintsRow(
                month=str(month),
                opened=_int(opened),
                resolved=_int(resolved),
                ratings=_int(rated),
                average_satisfaction=(Decimal(_int(total)) / _int(rated)).quantize(Decimal("0.01"))
                if _int(rated)
                else None,
            )
            for month, opened, resolved, rated, total in found
        ]

    # -- suggestions -----------------------------------------------------------------------------

    def suggestions(self, customer_id: int, *, limit: int = 5) -> list[Suggestion]:
        """Products this customer never bought, bought by most customers who share a product with them."""
        with self._db.read_session() as session:
            _require_customer(session, customer_id)
            found = rows(session, SUGGEST_SQL, {"cid": customer_id, "limit": _limit(limit)})
        return [
            Suggestion(product_id=_int(pid), sku=str(sku), name=str(name), customers=_int(count))
            for pid, sku, name, count in found
        ]

    # -- dashboard -------------------------------------------------------------------------------

    def revenue_by_month(self, *, today: date | None = None) -> tuple[MonthRevenue, ...]:
        """Net sales of each month of this year (``None`` for months to come) beside the same month last year."""
        today = today or local_today()
        return month_rows(self.sales(this_year(today), by=SalesBy.MONTH).rows, today)

    def top_customers(self, *, today: date | None = None, limit: int = TOP_CUSTOMERS) -> tuple[SalesRow, ...]:
        """The customers with the highest net sales of the last 12 months (``key`` is the customer id)."""
        today = today or local_today()
        top = self.sales(last_twelve_months(today), by=SalesBy.CUSTOMER, limit=limit, compare=False)
        return tuple(row for row in top.rows if row.net_sales > 0)

    def at_risk(self, *, today: date | None = None, limit: int = AT_RISK_SHOWN) -> tuple[ChurnRow, ...]:
        """The customers most overdue against their usual gap, who bought within the last year."""
        today = today or local_today()
        return tuple(
            self.churn(
                DateRange(start=None, end=today),
                at_risk_only=True,
                within_days=DASHBOARD_WITHIN_DAYS,
                limit=limit,
            )
        )

    def receivables(self, *, today: date | None = None) -> Receivables:
        """Overdue invoices (count, amount still owed in the base currency) and follow-ups due today."""
        today = today or local_today()
        with self._db.read_session() as session:
            base = base_currency(session)
            overdue = rows(session, OVERDUE_SQL, {"today": today.isoformat()})[0]
            follow_ups = rows(session, FOLLOW_UPS_SQL, {"until": end_of_today_utc(today)})[0][0]
        count, total = overdue_figures((overdue[0], overdue[1]))
        return Receivables(count, total, _int(follow_ups), base)

    def dashboard(self, *, today: date | None = None) -> Dashboard:
        """Everything the Dashboard page shows in one call (the page itself asks for the parts in parallel)."""
        today = today or local_today()
        money = self.receivables(today=today)
        return Dashboard(
            today=today,
            currency=money.currency,
            months=self.revenue_by_month(today=today),
            top_customers=self.top_customers(today=today),
            segments=tuple(self.segment_sizes(DateRange(start=None, end=today))),
            at_risk=self.at_risk(today=today),
            overdue_invoices=money.overdue_invoices,
            overdue_total=money.overdue_total,
            follow_ups_due=money.follow_ups_due,
            low_stock=tuple(self._stock.low_stock()),
        )


def _require_customer(session: Session, customer_id: int) -> None:
    found = rows(session, "SELECT 1 FROM customers WHERE id = :cid", {"cid": customer_id})
    if not found:
        raise NotFoundError(f"customer {customer_id} does not exist")


def today_range(today: date | None = None) -> DateRange:
    return DateRange(start=None, end=today or local_today())


__all__ = ["AnalyticsService", "today_range"]
