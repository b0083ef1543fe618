"""What goes on a bike shop's documents: a workshop visit, a shop purchase, a new bike, a fleet job."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crmdesk.domain.enums import CustomerKind
from crmdesk.services.demo_data.catalogue import (
    ACCESSORY,
    BIKE,
    BOOK,
    CARE,
    CLOTHING,
    FLEET,
    LABOUR,
    PART,
    RENTAL,
    SERVICE,
    STORAGE,
    TOUR,
    Catalogue,
    CatalogueProduct,
)
from crmdesk.services.demo_data.people import DemoCustomer

ZERO = Decimal(0)
CENT = Decimal("0.01")
QUANTITIES = tuple(Decimal(n) for n in range(100))
HALF_HOURS = tuple(Decimal(n).scaleb(-1) * 5 for n in range(1, 9))  # 0.5 … 4.0 h
ASSEMBLY_SKU = "SRV-011"


@dataclass(slots=True)
class DemoLine:
    """A document line; satisfies :class:`crmdesk.domain.totals.TaxableLine`."""

    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    product: CatalogueProduct | None
    description: str
    unit: str


class Baskets:
    """Picks a document's lines from the catalogue, priced in the customer's currency and tax treatment."""

    def __init__(self, rng: random.Random, catalogue: Catalogue) -> None:
        self._rng = rng
        self._catalogue = catalogue

    def kind(self, customer: DemoCustomer, day: date) -> str:
        rng = self._rng
        if customer.kind is CustomerKind.COMPANY:
            return rng.choices(("fleet", "service", "shop"), (60, 20, 20))[0]
        summer = 5 <= day.month <= 9
        return rng.choices(("service", "shop", "bike", "rental"), (58, 27, 7, 8 if summer else 0))[0]

    def _pick(self, role: str) -> CatalogueProduct:
        catalogue = self._catalogue
        return self._rng.choices(catalogue.by_role[role], catalogue.role_weights[role])[0]

    def lines(self, customer: DemoCustomer, basket: str, day: date) -> list[DemoLine]:
        rng = self._rng
        q = QUANTITIES
        picks: list[tuple[CatalogueProduct, Decimal]] = []
        if basket == "service":
            if rng.randrange(100) < 15:
                picks.append((self._pick(LABOUR), rng.choice(HALF_HOURS)))
            else:
                picks.append((self._pick(SERVICE), q[1]))
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                picks.append((self._pick(rng.choice((PART, PART, PART, CARE))), q[rng.choice((1, 1, 1, 2))]))
        elif basket == "shop":
            for _ in range(rng.choice((1, 1, 2, 3))):
                role = rng.choices((ACCESSORY, CLOTHING, CARE, BOOK, PART), (40, 20, 15, 5, 20))[0]
                picks.append((self._pick(role), q[rng.choice((1, 1, 1, 2))]))
        elif basket in ("bike", "bikes"):
            count = rng.randint(2, 6) if basket == "bikes" else rng.choice((1, 1, 1, 2))
            picks.append((self._pick(BIKE), q[count]))
            for _ in range(rng.choice((0, 1, 2))):
                picks.append((self._pick(ACCESSORY), q[count]))
            if rng.randrange(2):
                picks.append((self._catalogue.by_sku[ASSEMBLY_SKU], q[count]))
        elif basket == "fleet":
            bikes = rng.randint(4, 25)
            picks.append((self._pick(FLEET), q[bikes]))
            for _ in range(rng.choice((1, 2, 3))):
                picks.append((self._pick(PART), q[rng.randint(1, max(1, bikes // 3))]))
            picks.append((self._pick(LABOUR), rng.choice(HALF_HOURS)))
        else:
            role = rng.choice((RENTAL, TOUR))
            picks.append((self._pick(role), q[rng.randint(1, 4)]))
        if basket == "service" and 10 <= day.month <= 11 and rng.randrange(100) < 15:
            picks.append((self._pick(STORAGE), q[rng.randint(3, 5)]))
        currency = customer.currency
        lines = []
        for product, quantity in picks:
            spec = product.spec
            price = product.prices[currency]
            discount = ZERO
            if customer.vip or (basket == "fleet" and quantity >= 10):
                discount = (quantity * price / 10).quantize(CENT)
            elif rng.randrange(100) < 6:
                discount = (quantity * price * rng.choice((5, 10, 15)) / 100).quantize(CENT)
            rate = self._catalogue.zero_rate if customer.zero_rated else product.tax_rate
            lines.append(DemoLine(quantity, price, discount, rate, product, spec.name, spec.unit))
        if basket == "service" and rng.randrange(100) < 3:
            price = Decimal(rng.choice((120, 160, 220)))
            rate = self._catalogue.zero_rate if customer.zero_rated else Decimal(21)
            lines.append(DemoLine(q[1], price, ZERO, rate, None, "Custom wheel build", "pcs"))
        return lines
