"""The reports of the Reports page: what each one asks the analytics service and how its answer is shown.

No widgets here: :func:`compute` runs on a task-runner thread and returns a :class:`ReportResult` (columns,
raw row values, a summary line and a chart description) that the table model, the chart and the CSV and
PDF exports all read. Money stays ``Decimal`` until it is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from crmdesk.services import Services
from crmdesk.services.analytics import DateRange, SalesBy
from crmdesk.ui.i18n import tr
from crmdesk.ui.sales.display import money


class Kind(StrEnum):
    """How a column's values look and sort."""

    TEXT = "text"
    INT = "int"
    MONEY = "money"
    DECIMAL = "decimal"
    PERCENT = "percent"
    DATE = "date"
    FLAG = "flag"

    @property
    def numeric(self) -> bool:
        return self in (Kind.INT, Kind.MONEY, Kind.DECIMAL, Kind.PERCENT)


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: tuple[Decimal, ...]


@dataclass(frozen=True)
class ChartSpec:
    """A bar chart: one bar per label for each series (side by side); ``horizontal`` for long labels."""

    title: str
    labels: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    horizontal: bool = False
    money: bool = False


@dataclass(frozen=True)
class ReportResult:
    key: str
    title: str
    period: DateRange
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    currency: str = ""
    summary: str = ""
    chart: ChartSpec | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def period_text(self) -> str:
        start = self.period.start.isoformat() if self.period.start else tr("the beginning")
        return f"{start} – {self.period.end.isoformat()}"


@dataclass(frozen=True)
class ReportDef:
    key: str
    title: str
    description: str
    compute: Callable[[Services, DateRange], ReportResult]


CHART_TOP = 15
"""Bars drawn for the reports of many customers or products (the table has them all)."""


def _top(
    labels: list[str], values: list[Decimal], *, n: int = CHART_TOP
) -> tuple[tuple[str, ...], tuple[Decimal, ...]]:
    return tuple(labels[:n]), tuple(values[:n])


def _rfm(services: Services, period: DateRange) -> ReportResult:
    rows = services.analytics.rfm(period)
    sizes = services.analytics.segment_sizes(period)
    currency = _currency(services)
    return ReportResult(
        key="rfm",
        title=tr("RFM segments"),
        period=period,
        columns=(
            Column(tr("Customer")),
            Column(tr("Segment")),
            Column(tr("Score")),
            Column("R", Kind.INT),
            Column("F", Kind.INT),
            Column("M", Kind.INT),
            Column(tr("Days since"), Kind.INT),
            Column(tr("Invoices"), Kind.INT),
            Column(tr("Revenue"), Kind.MONEY),
            Column(tr("Last purchase"), Kind.DATE),
        ),
        rows=tuple(
            (
                r.name,
                r.segment.value,
                r.score,
                r.r,
                r.f,
                r.m,
                r.recency_days,
                r.frequency,
                r.monetary,
                r.last_purchase,
            )
            for r in rows
        ),
        currency=currency,
        summary=", ".join(f"{s.segment.value}: {s.customers:,}" for s in sizes if s.customers)
        or tr("No customer bought anything in this range."),
        chart=ChartSpec(
            title=tr("Customers per segment"),
            labels=tuple(s.segment.value for s in sizes),
            series=(ChartSeries(tr("Customers"), tuple(Decimal(s.customers) for s in sizes)),),
            horizontal=True,
        ),
    )


def _clv(services: Services, period: DateRange) -> ReportResult:
    report = services.analytics.clv(period)
    labels = [r.name for r in report.rows]
    top_labels, top_values = _top(labels, [r.predicted for r in report.rows])
    return ReportResult(
        key="clv",
        title=tr("Customer lifetime value"),
        period=period,
        columns=(
            Column(tr("Customer")),
            Column(tr("Invoices"), Kind.INT),
            Column(tr("Revenue"), Kind.MONEY),
            Column(tr("Historic CLV"), Kind.MONEY),
            Column(tr("Predicted CLV"), Kind.MONEY),
            Column(tr("First purchase"), Kind.DATE),
            Column(tr("Last purchase"), Kind.DATE),
            Column(tr("Tenure (days)"), Kind.INT),
        ),
        rows=tuple(
            (
                r.name,
                r.orders,
                r.revenue,
                r.historic,
                r.predicted,
                r.first_purchase,
                r.last_purchase,
                r.tenure_days,
            )
            for r in report.rows
        ),
        currency=report.currency,
        summary=(
            f"Expected remaining lifetime {report.expected_lifetime_years} years "
            f"({report.customers_lapsed:,} of {report.customers_observed:,} customers seen for a year lapsed)."
        ),
        chart=ChartSpec(
            tr("Predicted CLV, top customers"),
            top_labels,
            (ChartSeries(tr("Predicted"), top_values),),
            horizontal=True,
            money=True,
        ),
    )


def _churn(services: Services, period: DateRange) -> ReportResult:
    rows = services.analytics.churn(period)
    at_risk = sum(1 for r in rows if r.at_risk)
    top_labels, top_values = _top([r.name for r in rows], [r.ratio for r in rows])
    return ReportResult(
        key="churn",
        title=tr("Churn risk"),
        period=period,
        columns=(
            Column(tr("Rank"), Kind.INT),
            Column(tr("Customer")),
            Column(tr("Last purchase"), Kind.DATE),
            Column(tr("Days since"), Kind.INT),
            Column(tr("Usual gap (days)"), Kind.DECIMAL),
            Column(tr("Own gap"), Kind.FLAG),
            Column(tr("Ratio"), Kind.DECIMAL),
            Column(tr("At risk"), Kind.FLAG),
            Column(tr("Invoices"), Kind.INT),
            Column(tr("Revenue"), Kind.MONEY),
        ),
        rows=tuple(
            (
                r.rank,
                r.name,
                r.last_purchase,
                r.days_since,
                r.usual_gap_days,
                r.own_gap,
                r.ratio,
                r.at_risk,
                r.orders,
                r.revenue,
            )
            for r in rows
        ),
        currency=_currency(services),
        summary=tr(
            "{at_risk:,} of {len:,} customers at risk (days since the last purchase ≥ 2 × their usual gap)."
        ).format(at_risk=at_risk, len=len(rows)),
        chart=ChartSpec(
            tr("Highest churn risk (ratio)"),
            top_labels,
            (ChartSeries(tr("Ratio"), top_values),),
            horizontal=True,
        ),
    )


def _profit(services: Services, period: DateRange, *, products: bool) -> ReportResult:
    rows = (
        services.analytics.product_profit(period) if products else services.analytics.customer_profit(period)
    )
    losing = sum(1 for r in rows if r.unprofitable)
    head = (
        (
            Column("SKU"),
            Column(tr("Product")),
            Column(tr("Category")),
            Column(tr("Quantity"), Kind.DECIMAL),
        )
        if products
        else (
            Column(tr("Customer")),
            Column(tr("Invoices"), Kind.INT),
        )
    )
    figures = (
        Column(tr("Revenue"), Kind.MONEY),
        Column(tr("Credited"), Kind.MONEY),
        Column(tr("Cost of goods"), Kind.MONEY),
        Column(tr("Expenses"), Kind.MONEY),
        Column(tr("Profit"), Kind.MONEY),
        Column(tr("Unprofitable"), Kind.FLAG),
    )
    table = tuple(
        (
            *((r.sku, r.name, r.category, r.quantity) if products else (r.name, r.orders)),
            r.revenue,
            r.credited,
            r.cost_of_goods,
            r.expenses,
            r.profit,
            r.unprofitable,
        )
        for r in rows
    )
    top_labels, top_values = _top([r.name for r in rows], [r.profit for r in rows])
    return ReportResult(
        key="product_profit" if products else "customer_profit",
        title=tr("Product profitability") if products else tr("Customer profitability"),
        period=period,
        columns=(*head, *figures),
        rows=table,
        currency=_currency(services),
        summary=(
            tr("{losing:,} of {len:,} products unprofitable; total profit {money}.")
            if products
            else tr("{losing:,} of {len:,} customers unprofitable; total profit {money}.")
        ).format(
            losing=losing,
            len=len(rows),
            money=money(sum((r.profit for r in rows), Decimal(0)), _currency(services)),
        ),
        chart=ChartSpec(
            tr("Most profitable products") if products else tr("Most profitable customers"),
            top_labels,
            (ChartSeries(tr("Profit"), top_values),),
            horizontal=True,
            money=True,
        ),
    )


SALES_TITLES: dict[SalesBy, str] = {
    SalesBy.MONTH: tr("Month"),
    SalesBy.QUARTER: tr("Quarter"),
    SalesBy.YEAR: tr("Year"),
    SalesBy.PRODUCT: tr("Product"),
    SalesBy.CATEGORY: tr("Category"),
    SalesBy.CUSTOMER: tr("Customer"),
    SalesBy.COUNTRY: tr("Country"),
    SalesBy.CITY: tr("City"),
    SalesBy.CHANNEL: tr("Channel"),
}


def _sales(by: SalesBy) -> Callable[[Services, DateRange], ReportResult]:
    def compute(services: Services, period: DateRange) -> ReportResult:
        report = services.analytics.sales(period, by=by)
        label = SALES_TITLES[by]
        labels = [(r.label or r.key or "(none)") for r in report.rows]
        if by.is_period:
            chart = ChartSpec(
                tr("Net sales by {lower}, beside the year before").format(lower=label.lower()),
                tuple(labels),
                (
                    ChartSeries(tr("This period"), tuple(r.net_sales for r in report.rows)),
                    ChartSeries(tr("A year before"), tuple(r.previous or Decimal(0) for r in report.rows)),
                ),
                money=True,
            )
        else:
            top_labels, top_values = _top(labels, [r.net_sales for r in report.rows])
            chart = ChartSpec(
                tr("Net sales by {lower}").format(lower=label.lower()),
                top_labels,
                (ChartSeries(tr("Net sales"), top_values),),
                horizontal=True,
                money=True,
            )
        return ReportResult(
            key=f"sales_{by.value}",
            title=tr("Sales by {lower}").format(lower=label.lower()),
            period=period,
            columns=(
                Column(label),
                Column(tr("Invoices"), Kind.INT),
                Column(tr("Credit notes"), Kind.INT),
                Column(tr("Net sales"), Kind.MONEY),
                Column(tr("A year before"), Kind.MONEY),
                Column(tr("Change"), Kind.PERCENT),
            ),
            rows=tuple(
                (labels[i], r.invoices, r.credit_notes, r.net_sales, r.previous, r.change)
                for i, r in enumerate(report.rows)
            ),
            currency=report.currency,
            summary=tr("Net sales {money} (net of tax, credit notes subtracted).").format(
                money=money(report.total, report.currency)
            ),
            chart=chart,
        )

    return compute


def _new_customers(services: Services, period: DateRange) -> ReportResult:
    rows = services.analytics.new_customers(period)
    return ReportResult(
        key="new_customers",
        title=tr("New customers per month"),
        period=period,
        columns=(
            Column(tr("Month")),
            Column(tr("Registered"), Kind.INT),
            Column(tr("First purchase"), Kind.INT),
        ),
        rows=tuple((r.month, r.registered, r.first_purchases) for r in rows),
        summary=tr("{sum:,} registered, {sum2:,} bought for the first time.").format(
            sum=sum(r.registered for r in rows), sum2=sum(r.first_purchases for r in rows)
        ),
        chart=ChartSpec(
            tr("New customers per month"),
            tuple(r.month for r in rows),
            (
                ChartSeries(tr("Registered"), tuple(Decimal(r.registered) for r in rows)),
                ChartSeries(tr("First purchase"), tuple(Decimal(r.first_purchases) for r in rows)),
            ),
        ),
    )


QUOTE_ORDER = ("draft", "sent", "accepted", "declined", "expired")


def _quotes(services: Services, period: DateRange) -> ReportResult:
    stats = services.analytics.quotes(period)
    stages = services.analytics.pipeline(period)
    statuses = sorted(stats.by_status, key=lambda s: QUOTE_ORDER.index(s) if s in QUOTE_ORDER else 99)
    rows: list[tuple[Any, ...]] = [
        (tr("Quotes"), status.capitalize(), stats.by_status[status], None, "") for status in statuses
    ]
    rows += [
        (tr("Pipeline"), stage.stage.capitalize(), stage.opportunities, stage.value, stage.currency)
        for stage in stages
    ]
    win = f"{stats.win_rate} %" if stats.win_rate is not None else tr("no quote decided yet")
    base_stages = [s for s in stages if s.currency == stats.currency]
    return ReportResult(
        key="quotes",
        title=tr("Quote win rate and pipeline"),
        period=period,
        columns=(
            Column(tr("Group")),
            Column(tr("Status or stage")),
            Column(tr("Count"), Kind.INT),
            Column(tr("Value"), Kind.DECIMAL),  # opportunities keep their own currency
            Column(tr("Currency")),
        ),
        rows=tuple(rows),
        currency=stats.currency,
        summary=(
            f"Win rate {win} ({stats.accepted:,} accepted of {stats.decided:,} decided); accepted value "
            f"{money(stats.accepted_value, stats.currency)}, open quotes {money(stats.open_value, stats.currency)}."
        ),
        chart=ChartSpec(
            tr("Pipeline value by stage ({currency})").format(currency=stats.currency),
            tuple(s.stage.capitalize() for s in base_stages),
            (ChartSeries(tr("Value"), tuple(s.value for s in base_stages)),),
            money=True,
        ),
    )


def _complaints(services: Services, period: DateRange) -> ReportResult:
    rows = services.analytics.complaints(period)
    ratings = sum(r.ratings for r in rows)
    total = sum(((r.average_satisfaction or Decimal(0)) * r.ratings for r in rows), Decimal(0))
    average = (
        tr("{quantize} of 5").format(quantize=(total / ratings).quantize(Decimal("0.01")))
        if ratings
        else tr("no rating given")
    )
    return ReportResult(
        key="complaints",
        title=tr("Complaints and satisfaction"),
        period=period,
        columns=(
            Column(tr("Month")),
            Column(tr("Opened"), Kind.INT),
            Column(tr("Resolved"), Kind.INT),
            Column(tr("Ratings"), Kind.INT),
            Column(tr("Average satisfaction"), Kind.DECIMAL),
        ),
        rows=tuple((r.month, r.opened, r.resolved, r.ratings, r.average_satisfaction) for r in rows),
        summary=tr(
            "{sum:,} complaints opened, {sum2:,} of them resolved; average satisfaction {average}."
        ).format(sum=sum(r.opened for r in rows), sum2=sum(r.resolved for r in rows), average=average),
        chart=ChartSpec(
            tr("Complaints per month"),
            tuple(r.month for r in rows),
            (
                ChartSeries(tr("Opened"), tuple(Decimal(r.opened) for r in rows)),
                ChartSeries(tr("Resolved"), tuple(Decimal(r.resolved) for r in rows)),
            ),
        ),
    )


def _currency(services: Services) -> str:
    """The base currency every analytics figure is in."""
    return services.company.details().base_currency or "EUR"


REPORTS: tuple[ReportDef, ...] = (
    ReportDef(
        "rfm",
        tr("RFM segments"),
        tr("Recency, frequency and monetary scores 1–5 and the segment of each customer."),
        _rfm,
    ),
    ReportDef(
        "clv",
        tr("Customer lifetime value"),
        tr("Margin to date and predicted future margin per customer."),
        _clv,
    ),
    ReportDef(
        "churn",
        tr("Churn risk"),
        tr("Days since the last purchase against each customer's usual gap."),
        _churn,
    ),
    ReportDef(
        "customer_profit",
        tr("Customer profitability"),
        tr("Revenue − credit notes − cost of goods − direct expenses, per customer."),
        lambda s, p: _profit(s, p, products=False),
    ),
    ReportDef(
        "product_profit",
        tr("Product profitability"),
        tr("Revenue − credit notes − cost of goods − direct expenses, per product."),
        lambda s, p: _profit(s, p, products=True),
    ),
    *(
        ReportDef(
            f"sales_{by.value}",
            tr("Sales by {lower}").format(lower=title.lower()),
            tr("Net sales per {lower}, beside the year before.").format(lower=title.lower()),
            _sales(by),
        )
        for by, title in SALES_TITLES.items()
    ),
    ReportDef(
        "new_customers",
        tr("New customers per month"),
        tr("Customers registered and first purchases, per month."),
        _new_customers,
    ),
    ReportDef(
        "quotes", tr("Quote win rate and pipeline"), tr("Quote outcomes and opportunities by stage."), _quotes
    ),
    ReportDef(
        "complaints",
        tr("Complaints and satisfaction"),
        tr("Complaints opened and resolved, satisfaction given."),
        _complaints,
    ),
)
REPORTS_BY_KEY = {report.key: report for report in REPORTS}


class Preset(StrEnum):
    THIS_MONTH = tr("This month")
    LAST_MONTH = tr("Last month")
    THIS_YEAR = tr("This year")
    LAST_YEAR = tr("Last year")
    LAST_12_MONTHS = tr("Last 12 months")
    ALL_TIME = tr("All time")
    CUSTOM = tr("Custom")


def preset_range(preset: Preset, today: date, custom: tuple[date, date] | None = None) -> DateRange:
    """The dates a preset means on ``today`` (``custom`` gives from/to for :attr:`Preset.CUSTOM`)."""
    first_of_month = today.replace(day=1)
    if preset is Preset.THIS_MONTH:
        return DateRange(first_of_month, today)
    if preset is Preset.LAST_MONTH:
        end = first_of_month - timedelta(days=1)
        return DateRange(end.replace(day=1), end)
    if preset is Preset.THIS_YEAR:
        return DateRange(date(today.year, 1, 1), today)
    if preset is Preset.LAST_YEAR:
        return DateRange(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    if preset is Preset.LAST_12_MONTHS:
        try:
            start = today.replace(year=today.year - 1) + timedelta(days=1)
        except ValueError:  # 29 February
            start = date(today.year - 1, 3, 1)
        return DateRange(start, today)
    if preset is Preset.ALL_TIME:
        return DateRange(None, today)
    if custom is None:
        raise ValueError("a custom range needs its dates")
    return DateRange(*custom)


def compute(key: str, services: Services, period: DateRange) -> ReportResult:
    """Run one report (call it on a task-runner thread)."""
    return REPORTS_BY_KEY[key].compute(services, period)
