"""The demo business: "Ritenis", a bike workshop and shop in Rīga that also sells online.

Its products and services, tax rates, suppliers, tags and custom fields are fixed (the same for every
seed): a catalogue is something the owner typed in once, and tests can name a SKU.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from crmdesk.domain.enums import CustomFieldType, ProductKind
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.models import (
    CompanyProfile,
    CustomFieldDefinition,
    Product,
    Supplier,
    Tag,
    TaxRate,
)

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class TaxRateSpec:
    key: str
    name: str
    rate: Decimal
    is_default: bool = False


TAX_RATES = (
    TaxRateSpec("standard", "Standard 21 %", Decimal(21), is_default=True),
    TaxRateSpec("reduced", "Reduced 12 %", Decimal(12)),
    TaxRateSpec("books", "Books 5 %", Decimal(5)),
    TaxRateSpec("zero", "Zero 0 % (export, reverse charge)", Decimal(0)),
)


@dataclass(frozen=True, slots=True)
class SupplierSpec:
    key: str
    name: str
    country: str
    email: str
    phone: str
    vat_id: str
    address: str
    notes: str = ""

    @property
    def in_eu_abroad(self) -> bool:
        """Goods from another EU country: reverse charge, so the purchase order carries 0 % tax."""
        return self.country in {"SE", "ES", "DE"}


SUPPLIERS = (
    SupplierSpec(
        "bikes", "Baltic Cycle Distribution SIA", "LV", "orders@balticcycle.lv", "+37167000111",
        "LV40003111111", "Krasta iela 52, Rīga, LV-1003", "Bikes and e-bikes; order by Thursday.",
    ),
    SupplierSpec(
        "parts", "Velo Parts Baltic SIA", "LV", "sales@veloparts.lv", "+37167000222", "LV40003222222",
        "Ulmaņa gatve 88, Rīga, LV-1046", "Tyres, tubes, care products and tools.",
    ),
    SupplierSpec(
        "drivetrain", "Nordic Bike Parts AB", "SE", "order@nordicbikeparts.se", "+46317000333",
        "SE556677889901", "Industrivägen 12, 433 61 Sävedalen", "Drivetrain and brakes; 5 days delivery.",
    ),
    SupplierSpec(
        "accessories", "Iberia Cycling Accessories S.L.", "ES", "pedidos@iberiacycling.es", "+34930000444",
        "ESB66554433", "Carrer de la Indústria 40, 08025 Barcelona", "Lights, locks, bags and clothing.",
    ),
    SupplierSpec(
        "books", "Jāņa Rozes Grāmatu Nams SIA", "LV", "vairumtirdznieciba@jr.lv", "+37167000555",
        "LV40003555555", "Krišjāņa Barona iela 5, Rīga, LV-1050",
    ),
    SupplierSpec(
        "landlord", "Tērbatas Nami SIA", "LV", "rekini@terbatasnami.lv", "+37167000666", "LV40003666666",
        "Tērbatas iela 40, Rīga, LV-1011", "Workshop and shop rent, invoiced monthly.",
    ),
    SupplierSpec(
        "energy", "Latvenergo AS", "LV", "klienti@latvenergo.lv", "+37180200400", "LV40003032949",
        "Pulkveža Brieža iela 12, Rīga, LV-1230",
    ),
    SupplierSpec(
        "telecom", "Tet SIA", "LV", "info@tet.lv", "+37180001777", "LV40003052786",
        "Dzirnavu iela 105, Rīga, LV-1011",
    ),
)  # fmt: skip

# Basket roles: how the history generator picks lines for a service visit, a purchase or a fleet job.
BIKE, PART, ACCESSORY, CLOTHING, CARE, BOOK, SERVICE, LABOUR, STORAGE, FLEET, TOUR, RENTAL = (
    "bike", "part", "accessory", "clothing", "care", "book", "service", "labour", "storage", "fleet", "tour",
    "rental",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProductSpec:
    """One catalogue line; ``weight`` is how often it lands in a basket of its role."""

    sku: str
    name: str
    category: str
    role: str
    price: Decimal
    margin_percent: int
    tax: str = "standard"
    supplier: str | None = None
    unit: str = "pcs"
    pack: int = 1
    weight: int = 10

    @property
    def kind(self) -> ProductKind:
        return ProductKind.PRODUCT if self.supplier else ProductKind.SERVICE

    @property
    def cost(self) -> Decimal:
        return (self.price * (100 - self.margin_percent) / 100).quantize(CENT)


def _specs(
    prefix: str, category: str, role: str, supplier: str | None, margin: int, items: str, **extra: object
) -> list[ProductSpec]:
    """Parse ``name | price | pack | weight`` lines (pack and weight optional)."""
    specs = []
    for number, line in enumerate(filter(None, (raw.strip() for raw in items.splitlines())), 1):
        parts = [part.strip() for part in line.split("|")]
        name, price = parts[0], Decimal(parts[1])
        pack = int(parts[2]) if len(parts) > 2 and parts[2] else 1
        weight = int(parts[3]) if len(parts) > 3 else 10
        specs.append(
            ProductSpec(
                sku=f"{prefix}-{number:03d}",
                name=name,
                category=category,
                role=role,
                price=price,
                margin_percent=margin,
                supplier=supplier,
                pack=pack,
                weight=weight,
                **extra,  # type: ignore[arg-type]
            )
        )
    return specs


PRODUCTS: tuple[ProductSpec, ...] = tuple(
    _specs("BIK", "Bikes", BIKE, "bikes", 28, """
        Urban Classic 7-speed city bike | 549.00 | 1 | 14
        Urban Classic 3-speed city bike | 429.00 | 1 | 12
        Comfort step-through 8-speed bike | 629.00 | 1 | 10
        Endurance road bike Tiagra | 1190.00 | 1 | 6
        Aero road bike 105 Di2 | 2890.00 | 1 | 2
        Gravel bike GRX 400 | 1490.00 | 1 | 7
        Hardtail MTB 27.5" Altus | 690.00 | 1 | 9
        Trail MTB 29" Deore | 1290.00 | 1 | 6
        Full-suspension MTB XT | 3290.00 | 1 | 2
        E-city bike 500 Wh mid-drive | 2690.00 | 1 | 6
        E-trekking bike 625 Wh | 3190.00 | 1 | 4
        E-cargo longtail bike | 4490.00 | 1 | 2
        Balance bike 12" | 119.00 | 1 | 6
        Kids' bike 16" | 219.00 | 1 | 8
        Kids' bike 20" | 289.00 | 1 | 7
        Kids' MTB 24" | 359.00 | 1 | 6
    """)
    + _specs("TYR", "Tyres and tubes", PART, "parts", 48, """
        Tyre 700x35C puncture-resistant | 39.90 | 4 | 16
        Tyre 700x28C road | 44.90 | 4 | 9
        Tyre 29x2.25 MTB | 49.90 | 4 | 9
        Tyre 27.5x2.35 MTB | 47.90 | 4 | 6
        Tyre 26x1.75 city | 24.90 | 4 | 8
        Winter studded tyre 700x40C | 69.90 | 4 | 5
        Winter studded tyre 26x2.1 | 64.90 | 4 | 4
        Tube 700x28-35C Presta | 8.90 | 10 | 20
        Tube 700x35-45C Schrader | 7.90 | 10 | 18
        Tube 29x2.0-2.4 | 9.90 | 10 | 12
        Tube 27.5x2.0-2.4 | 9.50 | 10 | 8
        Tube 26x1.5-2.1 | 6.90 | 10 | 10
        Tube 16" | 5.90 | 10 | 5
        Tube 20" | 6.50 | 10 | 5
        Tubeless sealant 125 ml | 12.90 | 6 | 5
        Rim tape 29" (pair) | 7.50 | 6 | 3
    """)
    + _specs("DRV", "Drivetrain", PART, "drivetrain", 45, """
        Chain 8-speed | 16.90 | 5 | 14
        Chain 9-speed | 22.90 | 5 | 12
        Chain 10-speed | 29.90 | 5 | 9
        Chain 11-speed | 39.90 | 5 | 8
        Chain 12-speed | 49.90 | 5 | 6
        Cassette 8-speed 11-32 | 29.90 | 2 | 7
        Cassette 10-speed 11-36 | 54.90 | 2 | 5
        Cassette 11-speed 11-34 | 69.90 | 2 | 4
        Cassette 12-speed 10-51 | 129.00 | 1 | 2
        Chainring 38T | 34.90 | 2 | 3
        Crankset 2x10 | 119.00 | 1 | 2
        Bottom bracket BSA | 24.90 | 2 | 5
        Rear derailleur 9-speed | 44.90 | 2 | 5
        Rear derailleur 11-speed | 79.90 | 1 | 3
        Shifter 9-speed right | 32.90 | 2 | 4
        Pedals flat alloy | 29.90 | 2 | 6
        Pedals clipless SPD | 49.90 | 2 | 4
    """)
    + _specs("BRK", "Brakes and cables", PART, "drivetrain", 50, """
        Disc brake pads resin | 14.90 | 6 | 16
        Disc brake pads sintered | 17.90 | 6 | 8
        Rim brake pads (pair) | 9.90 | 6 | 10
        Brake rotor 160 mm | 24.90 | 2 | 5
        Brake rotor 180 mm | 27.90 | 2 | 4
        Brake cable set | 12.90 | 5 | 10
        Shift cable set | 11.90 | 5 | 9
        Hydraulic disc brake (front) | 89.00 | 1 | 2
        Mineral brake fluid 100 ml | 9.90 | 4 | 3
        V-brake set | 29.90 | 2 | 3
    """)
    + _specs("ACC", "Accessories", ACCESSORY, "accessories", 42, """
        Front light 800 lm USB | 49.90 | 4 | 12
        Rear light USB | 24.90 | 4 | 12
        Dynamo light set | 59.90 | 2 | 4
        U-lock 13 mm | 54.90 | 3 | 10
        Folding lock | 79.90 | 2 | 5
        Cable lock 1.8 m | 19.90 | 4 | 8
        Helmet urban | 59.90 | 3 | 9
        Helmet road | 119.00 | 2 | 4
        Helmet kids | 34.90 | 3 | 7
        Mudguard set 700C | 29.90 | 3 | 7
        Mudguard set 29" | 34.90 | 2 | 4
        Rear rack | 44.90 | 2 | 6
        Pannier bag 20 l | 69.90 | 2 | 5
        Handlebar bag | 39.90 | 2 | 3
        Bottle 750 ml | 7.90 | 10 | 10
        Bottle cage | 9.90 | 6 | 8
        Floor pump | 39.90 | 2 | 5
        Mini pump | 19.90 | 4 | 7
        Bell | 6.90 | 10 | 8
        Kickstand | 16.90 | 4 | 6
        Child seat (rear) | 119.00 | 1 | 3
        Phone mount | 24.90 | 3 | 5
        GPS bike computer | 199.00 | 1 | 2
        Comfort saddle | 39.90 | 2 | 6
        Sport saddle | 59.90 | 2 | 3
        Ergonomic grips | 24.90 | 3 | 6
        Bar tape | 19.90 | 3 | 3
        Mirror | 14.90 | 3 | 3
    """)
    + _specs("CLO", "Clothing", CLOTHING, "accessories", 45, """
        Cycling gloves, summer | 24.90 | 4 | 8
        Cycling gloves, winter | 39.90 | 3 | 6
        Rain jacket | 99.00 | 2 | 5
        Rain trousers | 69.90 | 2 | 3
        Jersey, short sleeve | 59.90 | 3 | 4
        Bib shorts | 89.00 | 2 | 3
        Cycling socks | 12.90 | 6 | 6
        Reflective vest | 14.90 | 5 | 7
        Cycling cap | 19.90 | 3 | 3
        Overshoes | 34.90 | 2 | 3
    """)
    + _specs("CAR", "Care and tools", CARE, "parts", 50, """
        Chain lube, dry, 100 ml | 9.90 | 6 | 14
        Chain lube, wet, 100 ml | 9.90 | 6 | 10
        Bike cleaner 1 l | 14.90 | 6 | 7
        Degreaser 500 ml | 12.90 | 6 | 5
        Multi-tool, 15 functions | 29.90 | 3 | 6
        Tyre levers (3) | 4.90 | 10 | 8
        Puncture repair kit | 6.90 | 10 | 9
        Torque wrench 2-14 Nm | 79.00 | 1 | 1
        Chain checker | 12.90 | 3 | 3
        Assembly grease 100 g | 8.90 | 4 | 3
    """)
    + _specs("BOO", "Books and maps", BOOK, "books", 30, """
        Rīga region cycling map | 8.00 | 5 | 5
        Baltic coast cycle route guide | 18.00 | 3 | 3
        Bike maintenance handbook | 24.00 | 2 | 2
    """, tax="books")
    + _specs("SRV", "Workshop services", SERVICE, None, 65, """
        Basic service | 39.00 | 1 | 30
        Full service | 89.00 | 1 | 15
        E-bike service | 109.00 | 1 | 6
        Puncture repair | 12.00 | 1 | 20
        Wheel truing | 19.00 | 1 | 8
        Brake bleed (per brake) | 25.00 | 1 | 5
        Tubeless setup (pair of wheels) | 35.00 | 1 | 3
        Drivetrain deep clean | 39.00 | 1 | 5
        Suspension fork service | 99.00 | 1 | 2
        Bike fitting | 79.00 | 1 | 2
        Assembly of a new bike | 49.00 | 1 | 3
    """)
    + _specs("LAB", "Workshop services", LABOUR, None, 60, """
        Workshop labour | 45.00 | 1 | 10
    """, unit="h")
    + _specs("STO", "Workshop services", STORAGE, None, 80, """
        Winter storage | 15.00 | 1 | 10
    """, unit="month")
    + _specs("FLT", "Fleet services", FLEET, None, 55, """
        Fleet inspection (per bike) | 29.00 | 1 | 10
        Fleet service contract (per bike and month) | 12.00 | 1 | 5
    """)
    + _specs("REN", "Rental and tours", RENTAL, None, 75, """
        Bike rental (day) | 20.00 | 1 | 10
        E-bike rental (day) | 39.00 | 1 | 4
    """, unit="day")
    + _specs("TOU", "Rental and tours", TOUR, None, 60, """
        Guided Old Rīga bike tour (3 h) | 35.00 | 1 | 10
    """, tax="reduced")
)  # fmt: skip

TAGS = (
    ("VIP", "#d4a017"),
    ("Newsletter", "#1e88e5"),
    ("Road cyclist", "#8e24aa"),
    ("Mountain biker", "#6d4c41"),
    ("Commuter", "#43a047"),
    ("E-bike", "#00897b"),
    ("Family", "#fb8c00"),
    ("Club member", "#3949ab"),
    ("Fleet customer", "#546e7a"),
    ("Late payer", "#e53935"),
)

CUSTOM_FIELDS: tuple[tuple[str, str, CustomFieldType, list[str]], ...] = (
    (
        "favourite_colour",
        "Favourite colour",
        CustomFieldType.CHOICE,
        ["red", "blue", "black", "white", "green"],
    ),
    ("frame_size", "Frame size", CustomFieldType.CHOICE, ["XS", "S", "M", "L", "XL"]),
    ("shoe_size", "Shoe size (EU)", CustomFieldType.NUMBER, []),
    ("birthday", "Birthday", CustomFieldType.DATE, []),
    ("hobbies", "Hobbies", CustomFieldType.TEXT, []),
)

COMPANY = {
    "name": "Ritenis SIA",
    "address": "Tērbatas iela 40\nRīga, LV-1011\nLatvia",
    "country": "LV",
    "vat_id": "LV40103987654",
    "registration_no": "40103987654",
    "email": "info@ritenis.lv",
    "phone": "+37167227788",
    "website": "https://ritenis.lv",
    "iban": "LV62HABA0551234567890",
    "bic": "HABALV22",
    "bank_name": "Swedbank",
    "base_currency": "EUR",
    "language": "lv",
}


@dataclass(slots=True)
class CatalogueProduct:
    """A product as written, with what the history generator needs to sell it."""

    id: int
    index: int
    spec: ProductSpec
    tax_rate: Decimal
    is_stock: bool
    prices: dict[str, Decimal] = field(default_factory=dict)
    """Sale price per currency (EUR as entered; SEK and GBP converted at a fixed demo rate)."""


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Ids and lookups of the reference data, for the generators that come after."""

    products: tuple[CatalogueProduct, ...]
    by_sku: dict[str, CatalogueProduct]
    by_role: dict[str, tuple[CatalogueProduct, ...]]
    role_weights: dict[str, tuple[int, ...]]
    supplier_ids: dict[str, int]
    suppliers: dict[str, SupplierSpec]
    tag_ids: dict[str, int]
    field_ids: dict[str, int]
    zero_rate: Decimal


# Fixed demo exchange rates (how many units of the currency one euro buys).
EXCHANGE_RATES = {"EUR": Decimal(1), "SEK": Decimal("11.50"), "GBP": Decimal("0.85")}


def _ean13(number: int) -> str:
    """A valid EAN-13 in the Latvian GS1 prefix range (475)."""
    body = f"475{number:09d}"
    total = sum(int(digit) * (3 if position % 2 else 1) for position, digit in enumerate(body))
    return body + str((10 - total % 10) % 10)


def write_catalogue(buffer: RowBuffer, *, since: datetime) -> Catalogue:
    """Company profile, tax rates, tags, custom fields, suppliers and products, all dated ``since``."""
    buffer.rows(CompanyProfile).append(
        (1, *COMPANY.values(), since, since),
    )
    rate_ids: dict[str, int] = {}
    rates: dict[str, Decimal] = {}
    for tax_rate in TAX_RATES:
        rate_ids[tax_rate.key] = buffer.next_id(TaxRate)
        rates[tax_rate.key] = tax_rate.rate
        buffer.rows(TaxRate).append(
            (rate_ids[tax_rate.key], tax_rate.name, tax_rate.rate, "LV", tax_rate.is_default, True)
        )
    tag_ids = {}
    for name, color in TAGS:
        tag_ids[name] = buffer.next_id(Tag)
        buffer.rows(Tag).append((tag_ids[name], name, color))
    field_ids = {}
    for position, (key, label, field_type, choices) in enumerate(CUSTOM_FIELDS):
        field_ids[key] = buffer.next_id(CustomFieldDefinition)
        buffer.rows(CustomFieldDefinition).append(
            (field_ids[key], key, label, field_type, json.dumps(choices), position, False)
        )
    supplier_ids = {}
    for supplier in SUPPLIERS:
        supplier_ids[supplier.key] = buffer.next_id(Supplier)
        buffer.rows(Supplier).append(
            (
                supplier_ids[supplier.key], supplier.name, supplier.email, supplier.phone, supplier.vat_id,
                supplier.address, supplier.country, supplier.notes, None, since, since,
            )
        )  # fmt: skip
    products = []
    for index, spec in enumerate(PRODUCTS):
        product_id = buffer.next_id(Product)
        is_stock = spec.kind is ProductKind.PRODUCT
        reorder = Decimal(max(1, spec.pack)) if is_stock else Decimal(0)
        buffer.rows(Product).append(
            (
                product_id, spec.sku, spec.name, "", spec.kind, spec.category, spec.unit, "EUR", spec.price,
                spec.cost, spec.cost, rate_ids[spec.tax], _ean13(index + 1) if is_stock else None, reorder,
                supplier_ids[spec.supplier] if spec.supplier else None, True, since, since,
            )
        )  # fmt: skip
        prices = {currency: (spec.price * rate).quantize(CENT) for currency, rate in EXCHANGE_RATES.items()}
        products.append(CatalogueProduct(product_id, index, spec, rates[spec.tax], is_stock, prices))
    by_role: dict[str, list[CatalogueProduct]] = {}
    for product in products:
        by_role.setdefault(product.spec.role, []).append(product)
    return Catalogue(
        products=tuple(products),
        by_sku={p.spec.sku: p for p in products},
        by_role={role: tuple(items) for role, items in by_role.items()},
        role_weights={role: tuple(p.spec.weight for p in items) for role, items in by_role.items()},
        supplier_ids=supplier_ids,
        suppliers={s.key: s for s in SUPPLIERS},
        tag_ids=tag_ids,
        field_ids=field_ids,
        zero_rate=rates["zero"],
    )
