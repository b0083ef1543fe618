"""Profitability per customer and per product, in SQL.

profit = revenue (issued invoices, net) − credit notes (net) − cost of goods − direct expenses, where
cost of goods is quantity × the average cost stored on each line when it was sold (invoice lines add,
credit-note lines give it back) and direct expenses are those recorded against the customer or product
in the base currency. Everything in base-currency cents.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from crmdesk.services.analytics.common import DOCS_CTE, cost_cents, to_base

CUSTOMER_PROFIT_SQL = f"""WITH {DOCS_CTE},
money AS (
    SELECT customer_id AS cid,
           sum(CASE WHEN sign = 1 THEN net_base ELSE 0 END) AS revenue,
           sum(CASE WHEN sign = -1 THEN net_base ELSE 0 END) AS credited,
           sum(CASE WHEN sign = 1 THEN 1 ELSE 0 END) AS orders
    FROM docs GROUP BY customer_id
),
cost AS (
    SELECT d.customer_id AS cid, sum(d.sign * l.quantity * coalesce(l.unit_cost, 0)) AS raw
    FROM docs d JOIN invoice_lines l ON l.invoice_id = d.id
    GROUP BY d.customer_id
),
spent AS (
    SELECT customer_id AS cid, sum(net_amount) AS amount FROM expenses
    WHERE customer_id IS NOT NULL AND currency = :base AND spent_on >= :start AND spent_on <= :end
    GROUP BY customer_id
),
keys AS (SELECT cid FROM money UNION SELECT cid FROM spent),
figures AS (
    SELECT k.cid, coalesce(m.orders, 0) AS orders, coalesce(m.revenue, 0) AS revenue,
           coalesce(m.credited, 0) AS credited, {cost_cents("coalesce(cost.raw, 0)")} AS cogs,
           coalesce(s.amount, 0) AS expenses
    FROM keys k LEFT JOIN money m ON m.cid = k.cid LEFT JOIN cost ON cost.cid = k.cid
    LEFT JOIN spent s ON s.cid = k.cid
)
SELECT f.cid, c.name, f.orders, f.revenue, f.credited, f.cogs, f.expenses,
       f.revenue - f.credited - f.cogs - f.expenses AS profit
FROM figures f JOIN customers c ON c.id = f.cid
WHERE (:unprofitable = 0 OR f.revenue - f.credited - f.cogs - f.expenses < 0)
ORDER BY CASE WHEN :ascending = 1 THEN profit ELSE -profit END, f.cid
LIMIT :limit
"""

PRODUCT_PROFIT_SQL = f"""WITH {DOCS_CTE},
sold AS (
    SELECT l.product_id AS pid,
           sum(CASE WHEN d.sign = 1 THEN {to_base("l.net_amount", "d.rate")} ELSE 0 END) AS revenue,
           sum(CASE WHEN d.sign = -1 THEN {to_base("l.net_amount", "d.rate")} ELSE 0 END) AS credited,
           sum(d.sign * l.quantity) AS quantity,
           sum(d.sign * l.quantity * coalesce(l.unit_cost, 0)) AS raw
    FROM docs d JOIN invoice_lines l ON l.invoice_id = d.id
    WHERE l.product_id IS NOT NULL
    GROUP BY l.product_id
),
spent AS (
    SELECT product_id AS pid, sum(net_amount) AS amount FROM expenses
    WHERE product_id IS NOT NULL AND currency = :base AND spent_on >= :start AND spent_on <= :end
    GROUP BY product_id
),
keys AS (SELECT pid FROM sold UNION SELECT pid FROM spent),
figures AS (
    SELECT k.pid, coalesce(s.quantity, 0) AS quantity, coalesce(s.revenue, 0) AS revenue,
           coalesce(s.credited, 0) AS credited, {cost_cents("coalesce(s.raw, 0)")} AS cogs,
           coalesce(e.amount, 0) AS expenses
    FROM keys k LEFT JOIN sold s ON s.pid = k.pid LEFT JOIN spent e ON e.pid = k.pid
)
SELECT f.pid, p.sku, p.name, p.category, f.quantity, f.revenue, f.credited, f.cogs, f.expenses,
       f.revenue - f.credited - f.cogs - f.expenses AS profit
FROM figures f JOIN products p ON p.id = f.pid
WHERE (:unprofitable = 0 OR f.revenue - f.credited - f.cogs - f.expenses < 0)
ORDER BY CASE WHEN :ascending = 1 THEN profit ELSE -profit END, f.pid
LIMIT :limit
"""


@dataclass(frozen=True)
class ProfitRow:
    """One customer's or product's profit in the range, base currency."""

    id: int
    name: str
    revenue: Decimal
    credited: Decimal
    cost_of_goods: Decimal
    expenses: Decimal
    profit: Decimal
    orders: int = 0
    """Customers: issued invoices in the range."""
    sku: str = ""
    category: str = ""
    quantity: Decimal = Decimal(0)
    """Products: quantity sold minus quantity credited."""

    @property
    def unprofitable(self) -> bool:
        return self.profit < 0


__all__ = ["CUSTOMER_PROFIT_SQL", "PRODUCT_PROFIT_SQL", "ProfitRow"]
