"""Customers from six locales: names in their own script, addresses as written there, E.164 phones,
emails, contact persons at companies, tags and custom field values (see :mod:`.locales` for the data).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime

from crmdesk.domain.enums import AddressKind, Channel, CustomerKind
from crmdesk.services.demo_data.locales import (
    COMPANY_NOUNS,
    COUNTRIES,
    FA_COMPANY_NOUN,
    FA_COMPANY_PREFIX,
    LV_PLACES,
    RU_ADJECTIVES,
    City,
    Country,
    NamePools,
    build_pools,
    romanize,
)
from crmdesk.services.demo_data.rows import RowBuffer
from crmdesk.storage.models import (
    Address,
    ContactPerson,
    CustomerEmail,
    CustomerPhone,
    CustomFieldValue,
    customer_tags,
)

ROLES = ("Owner", "Managing director", "Fleet manager", "Purchasing", "Office manager", "Accountant")
NOTES = (
    "Prefers an SMS when the bike is ready.",
    "Rides to work all year; studded tyres every November.",
    "Two children's bikes serviced each spring.",
    "Asked for a call before any repair over 50 EUR.",
    "Races gravel; likes to hear about new wheelsets.",
    "Pays by card in the shop.",
    "Found us through a friend in the cycling club.",
)  # fmt: skip


@dataclass(slots=True)
class DemoCustomer:
    """What the history generator needs to know about a customer already generated."""

    id: int
    kind: CustomerKind
    name: str
    country: Country
    currency: str
    language: str
    payment_terms_days: int
    channel: Channel
    created_at: datetime
    contact_ids: tuple[int, ...]
    snapshot: str
    """The customer as printed on an invoice (JSON)."""
    zero_rated: bool
    """Export outside the EU or an EU business with a VAT id: invoices carry 0 % tax."""
    vip: bool
    vat_id: str | None
    registration_no: str | None
    notes: str


class CustomerFactory:
    """Makes one customer with its emails, phones, addresses, contact persons, tags and custom values."""

    def __init__(self, rng: random.Random, buffer: RowBuffer, *, seed: int, tag_ids: dict[str, int],
                 field_ids: dict[str, int]) -> None:  # fmt: skip
        self._rng = rng
        self._buffer = buffer
        self._pools = {country.code: build_pools(country, seed) for country in COUNTRIES}
        self._countries = COUNTRIES
        self._country_weights = tuple(country.weight for country in COUNTRIES)
        self._city_weights = {c.code: tuple(city.weight for city in c.cities) for c in COUNTRIES}
        self._tag_ids = tag_ids
        self._field_ids = field_ids
        self._add_contact = buffer.appender(ContactPerson)
        self._add_email = buffer.appender(CustomerEmail)
        self._add_phone = buffer.appender(CustomerPhone)
        self._add_address = buffer.appender(Address)
        self._add_tag = buffer.appender(customer_tags)
        self._add_value = buffer.appender(CustomFieldValue)

    def make(self, customer_id: int, created_at: datetime) -> DemoCustomer:
        """Generate the customer's child rows now; the customer row itself is written by the caller."""
        rng = self._rng
        country = rng.choices(self._countries, self._country_weights)[0]
        pools = self._pools[country.code]
        is_company = rng.randrange(100) < 15
        if is_company:
            name, domain = self._company_name(country, pools)
            channel = rng.choices(
                (Channel.PHONE, Channel.REFERRAL, Channel.FAIR, Channel.WEB, Channel.SHOP),
                (30, 25, 15, 20, 10),
            )[0]
            terms = rng.choice((14, 14, 30))
        else:
            name, latin = self._person_name(country, pools)
            domain = ""
            channel = rng.choices(
                (Channel.SHOP, Channel.WEB, Channel.PHONE, Channel.REFERRAL, Channel.FAIR, Channel.OTHER),
                (45, 25, 10, 10, 5, 5),
            )[0]
            terms = 0 if channel is Channel.SHOP else rng.choice((7, 14))
        vat_id, registration_no = self._tax_ids(country) if is_company else (None, None)
        city = rng.choices(country.cities, self._city_weights[country.code])[0]
        billing = self._address(country, pools, city)
        self._add_address((self._buffer.next_id(Address), customer_id, AddressKind.BILLING, *billing))
        if rng.randrange(100) < (30 if is_company else 5):
            other = rng.choices(country.cities, self._city_weights[country.code])[0]
            shipping = self._address(country, pools, other)
            self._add_address((self._buffer.next_id(Address), customer_id, AddressKind.SHIPPING, *shipping))
        # Emails and phones.
        if is_company:
            self._email(
                customer_id, f"{rng.choice(('info', 'office', 'hello', 'accounts'))}@{domain}", "work", 0
            )
            self._phone(customer_id, self._e164(country, mobile=False), "office", 0)
        else:
            self._email(customer_id, self._personal_email(country, latin), "", 0)
            if rng.randrange(100) < 12:
                self._email(customer_id, self._personal_email(country, latin, work=True), "work", 1)
            self._phone(customer_id, self._e164(country, mobile=True), "mobile", 0)
            if rng.randrange(100) < 10:
                self._phone(customer_id, self._e164(country, mobile=False), "home", 1)
        contact_ids = []
        if is_company:
            for position in range(rng.choice((1, 1, 2, 2, 3))):
                person, person_latin = self._person_name(country, pools)
                contact_id = self._buffer.next_id(ContactPerson)
                contact_ids.append(contact_id)
                email = f"{person_latin.replace(' ', '.')}@{domain}"
                role = ROLES[position] if position else rng.choice(ROLES)
                self._add_contact(
                    (contact_id, customer_id, person, role, email, self._e164(country, mobile=True), "")
                )
        tags = self._tags(is_company, channel)
        for tag in tags:
            self._add_tag((customer_id, self._tag_ids[tag]))
        if not is_company and rng.randrange(100) < 40:
            self._custom_values(customer_id, created_at)
        zero_rated = not country.in_eu or (is_company and country.code != "LV")
        line1, line2, postal_code, city_name, region, _ = billing
        city_line = " ".join(part for part in (postal_code, city_name) if part)
        # The same form as the invoice service's snapshot (crmdesk.services.sales.common.customer_snapshot).
        snapshot = json.dumps(
            {"name": name, "address": [part for part in (line1, line2, city_line, region) if part],
             "country": country.code, "vat_id": vat_id, "registration_no": registration_no,
             "language": country.language},
            ensure_ascii=False,
            sort_keys=True,
        )  # fmt: skip
        return DemoCustomer(
            id=customer_id,
            kind=CustomerKind.COMPANY if is_company else CustomerKind.PERSON,
            name=name,
            country=country,
            currency=country.currency,
            language=country.language,
            payment_terms_days=terms,
            channel=channel,
            created_at=created_at,
            contact_ids=tuple(contact_ids),
            snapshot=snapshot,
            zero_rated=zero_rated,
            vip="VIP" in tags,
            vat_id=vat_id,
            registration_no=registration_no,
            notes=rng.choice(NOTES) if rng.randrange(100) < 15 else "",
        )

    # -- parts -----------------------------------------------------------------------------

    def _person_name(self, country: Country, pools: NamePools) -> tuple[str, str]:
        rng = self._rng
        if rng.randrange(2):
            first, last = rng.choice(pools.female), rng.choice(pools.last_female)
        else:
            first, last = rng.choice(pools.male), rng.choice(pools.last_male)
        if country.code == "ES":
            second = rng.choice(pools.last_male)
            return f"{first[0]} {last[0]} {second[0]}", f"{first[1]} {last[1]}"
        return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}"

    def _company_name(self, country: Country, pools: NamePools) -> tuple[str, str]:
        """The company's name and its email domain."""
        rng = self._rng
        code = country.code
        if code == "IR":
            prefix, kind = rng.choice(FA_COMPANY_PREFIX), rng.choice(FA_COMPANY_NOUN)
            return f"{prefix[0]} {kind[0]}", f"{prefix[1]}{kind[1]}.ir"
        surname = rng.choice(pools.last_male)
        noun = rng.choice(COMPANY_NOUNS[code])
        if code == "LV":
            core = f"{rng.choice(LV_PLACES)} {noun}" if rng.randrange(3) else f"{surname[0]} un partneri"
            name = f'SIA "{core}"'
        elif code == "RU":
            core = f"{rng.choice(RU_ADJECTIVES)} {noun}" if rng.randrange(2) else f"{noun} {surname[0]}"
            name = f"ООО «{core}»"
        elif code == "GB":
            core = f"{surname[0]} {noun}"
            name = f"{core} Ltd"
        elif code == "SE":
            core = f"{surname[0]} {noun}"
            name = f"{core} AB"
        else:
            core = f"{noun} {surname[0]}"
            name = f"{core} S.L."
        return name, f"{romanize(core)}.{country.web_tld}"

    def _tax_ids(self, country: Country) -> tuple[str | None, str | None]:
        digits = self._digits
        code = country.code
        if code == "LV":
            number = "4000" + digits(7)
            return f"LV{number}", number
        if code == "SE":
            number = "55" + digits(8)
            return f"SE{number}01", f"{number[:6]}-{number[6:]}"
        if code == "ES":
            number = "B" + digits(8)
            return f"ES{number}", number
        if code == "GB":
            return f"GB{digits(9)}", digits(8)
        # Russia (INN) and Iran (national id): no EU VAT number.
        return None, digits(10 if code == "RU" else 11)

    def _address(self, country: Country, pools: NamePools, city: City) -> tuple[str, str, str, str, str, str]:
        """``line1, line2, postal_code, city, region, country`` as written in that country."""
        rng = self._rng
        street = rng.choice(pools.streets)
        number = rng.randint(1, 120)
        line2 = ""
        code = country.code
        if code == "LV":
            line1 = f"{street} {number}" + (f"-{rng.randint(1, 80)}" if rng.randrange(100) < 60 else "")
        elif code == "GB":
            line1 = f"{number} {street}"
            line2 = f"Flat {rng.randint(1, 30)}" if rng.randrange(100) < 20 else ""
        elif code == "ES":
            line1 = f"{street}, {number}"
            line2 = f"{rng.randint(1, 9)}º {rng.choice('ABCD')}" if rng.randrange(100) < 60 else ""
        elif code == "SE":
            line1 = f"{street} {number}"
            line2 = f"lgh {rng.randint(1001, 1404)}" if rng.randrange(100) < 40 else ""
        elif code == "RU":
            line1 = f"{street}, д. {number}" + (
                f", кв. {rng.randint(1, 250)}" if rng.randrange(100) < 80 else ""
            )
        else:
            line1 = f"{street}، پلاک {number}" + (
                f"، واحد {rng.randint(1, 30)}" if rng.randrange(100) < 60 else ""
            )
        return line1, line2, self._postcode(city.postcode), city.name, city.region, code

    def _postcode(self, pattern: str) -> str:
        rng = self._rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return "".join(
            str(rng.randrange(10)) if ch == "#" else rng.choice(letters) if ch == "?" else ch
            for ch in pattern
        )

    def _digits(self, count: int) -> str:
        return f"{self._rng.randrange(10**count):0{count}d}"

    def _e164(self, country: Country, *, mobile: bool) -> str:
        """A plausible number in E.164 for the country's numbering plan (mobile or fixed line)."""
        rng = self._rng
        digits = self._digits
        code = country.code
        if code == "LV":
            return f"+3712{digits(7)}" if mobile else f"+3716{digits(7)}"
        if code == "GB":
            return f"+447{rng.choice('45789')}{digits(8)}" if mobile else f"+4420{digits(8)}"
        if code == "ES":
            return f"+346{digits(8)}" if mobile else f"+349{rng.choice('13')}{digits(7)}"
        if code == "SE":
            return f"+467{rng.choice('02369')}{digits(7)}" if mobile else f"+468{digits(7)}"
        if code == "RU":
            return f"+79{digits(9)}" if mobile else f"+7{rng.choice(('495', '812'))}{digits(7)}"
        return f"+989{rng.choice('0123')}{digits(8)}" if mobile else f"+9821{digits(8)}"

    def _personal_email(self, country: Country, latin: str, *, work: bool = False) -> str:
        rng = self._rng
        first, _, last = latin.partition(" ")
        last = last.split(" ")[0] or first
        style = rng.randrange(5)
        if style == 0:
            local = f"{first}.{last}"
        elif style == 1:
            local = f"{first}{last}"
        elif style == 2:
            local = f"{first[:1]}.{last}"
        elif style == 3:
            local = f"{first}_{last}{rng.randint(1, 99)}"
        else:
            local = f"{last}{rng.randint(60, 99)}"
        if work:
            employer = romanize(rng.choice(COMPANY_NOUNS.get(country.code, COMPANY_NOUNS["GB"])))
            return f"{first}.{last}@{employer}.{country.web_tld}"
        return f"{local}@{rng.choice(country.email_domains)}"

    def _email(self, customer_id: int, email: str, label: str, position: int) -> None:
        self._add_email((self._buffer.next_id(CustomerEmail), customer_id, email, label, position))

    def _phone(self, customer_id: int, e164: str, label: str, position: int) -> None:
        self._add_phone((self._buffer.next_id(CustomerPhone), customer_id, e164, label, position))

    def _tags(self, is_company: bool, channel: Channel) -> list[str]:
        rng = self._rng
        if is_company:
            tags = ["Fleet customer"] if rng.randrange(100) < 60 else []
        else:
            pool = ("Road cyclist", "Mountain biker", "Commuter", "E-bike", "Family", "Club member")
            tags = rng.sample(pool, rng.choice((0, 1, 1, 2)))
        if rng.randrange(100) < 30:
            tags.append("Newsletter")
        if rng.randrange(100) < 5:
            tags.append("VIP")
        if channel is Channel.FAIR and "Newsletter" not in tags:
            tags.append("Newsletter")
        return tags

    def _custom_values(self, customer_id: int, created_at: datetime) -> None:
        rng = self._rng
        ids = self._field_ids
        add = self._add_value
        if rng.randrange(2):
            add(
                (customer_id, ids["favourite_colour"], rng.choice(("red", "blue", "black", "white", "green")))
            )
        if rng.randrange(2):
            add((customer_id, ids["frame_size"], rng.choice(("XS", "S", "M", "M", "L", "L", "XL"))))
        if rng.randrange(3) == 0:
            add((customer_id, ids["shoe_size"], str(rng.randint(36, 47))))
        if rng.randrange(3) == 0:
            year = created_at.year - rng.randint(16, 70)
            add(
                (
                    customer_id,
                    ids["birthday"],
                    f"{year:04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                )
            )
        if rng.randrange(4) == 0:
            hobbies = ("bikepacking", "triathlon", "photography", "hiking", "skiing", "fishing", "chess")
            add((customer_id, ids["hobbies"], ", ".join(rng.sample(hobbies, rng.randint(1, 2)))))
