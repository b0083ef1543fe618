"""Six locales of demo customers: countries, real cities and postcodes, names, streets, company names.

Faker is slow per call (tens of µs) and its addresses for some locales are invented English
("North Ainārsfurt"), so faker is asked once per locale for pools of names and street names, real
cities come from the small tables below, and the seeded ``random.Random`` combines them: 100,000
customers cost a second, not minutes. Persian names carry a romanised form for email addresses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from faker import Faker

Named = tuple[str, str]
"""A name as shown and its ASCII form (for email addresses)."""


@dataclass(frozen=True, slots=True)
class City:
    name: str
    postcode: str
    """Pattern: ``#`` a digit, ``?`` a letter of the inward code."""
    region: str = ""
    weight: int = 1


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    locale: str
    language: str
    currency: str
    weight: int
    in_eu: bool
    cities: tuple[City, ...]
    email_domains: tuple[str, ...]
    web_tld: str


def _cities(text: str) -> tuple[City, ...]:
    cities = []
    for line in filter(None, (raw.strip() for raw in text.splitlines())):
        name, postcode, region, weight = (part.strip() for part in line.split("|"))
        cities.append(City(name, postcode, region, int(weight or 1)))
    return tuple(cities)


COUNTRIES = (
    Country("LV", "lv_LV", "lv", "EUR", 40, True, _cities("""
        Rīga | LV-10## | | 60
        Jūrmala | LV-201# | | 6
        Daugavpils | LV-54## | | 4
        Liepāja | LV-34## | | 4
        Jelgava | LV-30## | | 4
        Ventspils | LV-36## | | 2
        Rēzekne | LV-46## | | 2
        Valmiera | LV-42## | | 3
        Ogre | LV-50## | Ogres novads | 3
        Cēsis | LV-41## | Cēsu novads | 2
        Sigulda | LV-215# | Siguldas novads | 2
        Salaspils | LV-212# | Salaspils novads | 2
        Ādaži | LV-216# | Ādažu novads | 2
        Mārupe | LV-216# | Mārupes novads | 3
        Ķekava | LV-212# | Ķekavas novads | 2
        Tukums | LV-31## | Tukuma novads | 1
        Kuldīga | LV-33## | Kuldīgas novads | 1
        Bauska | LV-39## | Bauskas novads | 1
    """), ("inbox.lv", "gmail.com", "apollo.lv", "tvnet.lv", "outlook.com"), "lv"),
    Country("RU", "ru_RU", "ru", "EUR", 15, False, _cities("""
        Москва | 1##### | | 30
        Санкт-Петербург | 19#### | | 20
        Калининград | 236### | Калининградская область | 6
        Псков | 180### | Псковская область | 5
        Великий Новгород | 173### | Новгородская область | 3
        Новосибирск | 630### | Новосибирская область | 4
        Екатеринбург | 620### | Свердловская область | 4
        Казань | 420### | Республика Татарстан | 4
        Нижний Новгород | 603### | Нижегородская область | 3
        Самара | 443### | Самарская область | 3
        Ярославль | 150### | Ярославская область | 2
        Тверь | 170### | Тверская область | 2
    """), ("mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "list.ru"), "ru"),
    Country("GB", "en_GB", "en", "GBP", 15, False, _cities("""
        London | SW# #?? | | 30
        Manchester | M## #?? | | 6
        Birmingham | B## #?? | | 6
        Leeds | LS## #?? | | 4
        Glasgow | G## #?? | | 4
        Edinburgh | EH## #?? | | 4
        Bristol | BS## #?? | | 4
        Liverpool | L## #?? | | 3
        Cambridge | CB# #?? | | 3
        Oxford | OX# #?? | | 3
        Brighton | BN# #?? | | 3
        York | YO## #?? | | 2
        Cardiff | CF## #?? | | 2
        Belfast | BT## #?? | | 2
    """), ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"), "co.uk"),
    Country("SE", "sv_SE", "sv", "SEK", 10, True, _cities("""
        Stockholm | 11# ## | Stockholms län | 30
        Göteborg | 41# ## | Västra Götalands län | 12
        Malmö | 21# ## | Skåne län | 10
        Uppsala | 75# ## | Uppsala län | 6
        Västerås | 72# ## | Västmanlands län | 3
        Örebro | 70# ## | Örebro län | 3
        Linköping | 58# ## | Östergötlands län | 3
        Lund | 22# ## | Skåne län | 4
        Umeå | 90# ## | Västerbottens län | 3
        Gävle | 80# ## | Gävleborgs län | 2
        Visby | 62# ## | Gotlands län | 2
    """), ("gmail.com", "telia.com", "hotmail.se", "outlook.com", "spray.se"), "se"),
    Country("ES", "es_ES", "es", "EUR", 10, True, _cities("""
        Madrid | 28### | Madrid | 25
        Barcelona | 08### | Barcelona | 20
        Valencia | 46### | Valencia | 8
        Sevilla | 41### | Sevilla | 6
        Zaragoza | 50### | Zaragoza | 4
        Málaga | 29### | Málaga | 5
        Bilbao | 48### | Bizkaia | 4
        Granada | 18### | Granada | 3
        Palma | 07### | Illes Balears | 3
        Donostia-San Sebastián | 20### | Gipuzkoa | 3
        Pamplona | 31### | Navarra | 2
        A Coruña | 15### | A Coruña | 2
    """), ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"), "es"),
    Country("IR", "fa_IR", "fa", "EUR", 10, False, _cities("""
        تهران | 1####-##### | تهران | 35
        مشهد | 9####-##### | خراسان رضوی | 8
        اصفهان | 8####-##### | اصفهان | 8
        شیراز | 7####-##### | فارس | 7
        تبریز | 5####-##### | آذربایجان شرقی | 6
        کرج | 3####-##### | البرز | 5
        رشت | 4####-##### | گیلان | 4
        یزد | 8####-##### | یزد | 3
        کرمان | 7####-##### | کرمان | 3
        همدان | 6####-##### | همدان | 2
        ساری | 4####-##### | مازندران | 2
        قزوین | 3####-##### | قزوین | 2
    """), ("gmail.com", "yahoo.com", "chmail.ir", "outlook.com"), "ir"),
)  # fmt: skip

COUNTRY_BY_CODE = {country.code: country for country in COUNTRIES}


def _pairs(text: str) -> tuple[Named, ...]:
    """``"رضا:reza علی:ali"`` → ``(("رضا", "reza"), ("علی", "ali"))``."""
    return tuple((shown, latin) for shown, _, latin in (pair.partition(":") for pair in text.split()))


# Persian names with the romanisation their owners would use in an email address.
FA_MALE = _pairs(
    "رضا:reza علی:ali محمد:mohammad حسین:hossein مهدی:mehdi امیر:amir سعید:saeed حمید:hamid "
    "مجید:majid کامران:kamran بابک:babak داریوش:dariush فرهاد:farhad کاوه:kaveh آرش:arash "
    "پویا:pouya سینا:sina میلاد:milad نیما:nima بهرام:bahram پرویز:parviz سهراب:sohrab "
    "کوروش:kourosh امید:omid مصطفی:mostafa جواد:javad احسان:ehsan پیمان:peyman رامین:ramin "
    "شهرام:shahram "
)
FA_FEMALE = _pairs(
    "مریم:maryam زهرا:zahra فاطمه:fatemeh سارا:sara نگار:negar لیلا:leila شیرین:shirin پریسا:parisa "
    "الهام:elham نازنین:nazanin مهسا:mahsa ترانه:taraneh یاسمن:yasaman آزاده:azadeh سمیرا:samira "
    "شیوا:shiva رویا:roya مینا:mina نسرین:nasrin فرناز:farnaz گلناز:golnaz هانیه:haniyeh "
    "ستاره:setareh بهاره:bahareh نرگس:narges آیدا:aida پگاه:pegah سپیده:sepideh ژاله:zhaleh "
    "کیمیا:kimia "
)
FA_LAST = _pairs(
    "احمدی:ahmadi محمدی:mohammadi حسینی:hosseini رضایی:rezaei کریمی:karimi موسوی:mousavi "
    "جعفری:jafari صادقی:sadeghi رحیمی:rahimi نوری:nouri کاظمی:kazemi هاشمی:hashemi قاسمی:ghasemi "
    "عباسی:abbasi تهرانی:tehrani شیرازی:shirazi اصفهانی:esfahani تبریزی:tabrizi یزدانی:yazdani "
    "فرهادی:farhadi نادری:naderi امینی:amini باقری:bagheri سلطانی:soltani اکبری:akbari مرادی:moradi "
    "زمانی:zamani شریفی:sharifi ملکی:maleki طاهری:taheri نجفی:najafi حیدری:heydari فراهانی:farahani "
    "کرمانی:kermani بهرامی:bahrami رستمی:rostami خسروی:khosravi افشار:afshar میرزایی:mirzaei "
    "پارسا:parsa "
)
FA_STREETS = (
    "خیابان ولیعصر", "خیابان آزادی", "خیابان انقلاب", "خیابان شریعتی", "خیابان فردوسی", "خیابان حافظ",
    "خیابان سعدی", "خیابان مطهری", "خیابان طالقانی", "بلوار کشاورز", "بلوار میرداماد", "خیابان پاسداران",
    "خیابان نیاوران", "خیابان جمهوری", "خیابان کارگر", "بلوار چمران", "خیابان زند", "خیابان چهارباغ",
)  # fmt: skip
FA_COMPANY_PREFIX = _pairs(
    "پارس:pars آریا:arya سپهر:sepehr نوین:novin البرز:alborz کاسپین:caspian پیشگام:pishgam "
    "زاگرس:zagros مهر:mehr آسمان:aseman "
)
FA_COMPANY_NOUN = _pairs(
    "پیک:peyk ترابر:tarabar تور:tour دوچرخه:bike هتل:hotel رسان:resan سفر:safar ورزش:varzesh "
)

LV_STREETS = (
    "Brīvības iela", "Krišjāņa Barona iela", "Elizabetes iela", "Dzirnavu iela", "Tērbatas iela",
    "Ģertrūdes iela", "Lāčplēša iela", "Krišjāņa Valdemāra iela", "Čaka iela", "Skolas iela", "Rīgas iela",
    "Lielā iela", "Dārza iela", "Pils iela", "Ezera iela", "Meža iela", "Saules iela", "Jūras iela",
    "Kalna iela", "Zemgales iela", "Avotu iela", "Maskavas iela", "Slokas iela", "Kalnciema iela",
    "Vienības gatve", "Bruņinieku iela", "Stabu iela", "Ūdens iela", "Kurzemes prospekts", "Brīvības gatve",
    "Aspazijas bulvāris", "Raiņa bulvāris", "Liepu iela", "Bērzu iela", "Ozolu iela", "Pļavas iela",
    "Ziedu iela", "Smilšu iela", "Ganību dambis", "Jāņa Asara iela",
)  # fmt: skip
LV_PLACES = (
    "Rīgas", "Daugavas", "Gaujas", "Baltijas", "Kurzemes", "Vidzemes", "Latgales", "Zemgales", "Jūrmalas",
    "Ziemeļu", "Mežaparka", "Āgenskalna", "Pārdaugavas", "Ķekavas", "Siguldas", "Valmieras", "Ogres",
)  # fmt: skip
COMPANY_NOUNS: dict[str, tuple[str, ...]] = {
    "LV": ("Piegāde", "Kurjers", "Noma", "Tūre", "Viesnīca", "Serviss", "Tehnika", "Loģistika", "Kafejnīca",
           "Maiznīca", "Būve", "Sports", "Osta"),
    "GB": ("Couriers", "Logistics", "Cycles", "Hotels", "Deliveries", "Tours", "Property", "Coffee",
           "Bakery", "Engineering", "Gardens"),
    "SE": ("Cykel", "Bud", "Logistik", "Hotell", "Bygg", "Kaffe", "Turism", "Fastigheter", "Transport"),
    "ES": ("Mensajería", "Transportes", "Hoteles", "Construcciones", "Café", "Turismo", "Bicicletas",
           "Reparto", "Logística"),
    "RU": ("Курьер", "Экспресс", "Транзит", "Сервис", "Велотур", "Отель", "Логистика", "Доставка"),
}  # fmt: skip
RU_ADJECTIVES = ("Северный", "Быстрый", "Городской", "Балтийский", "Невский", "Первый", "Новый", "Столичный")
GB_STREET_KINDS = (
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Gardens",
    "Crescent",
    "Drive",
    "Way",
    "Terrace",
)
_RU_LATIN = dict(
    _pairs(
        "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts "
        "ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya"
    )
)
_LATIN_EXTRA = {"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe"}


def romanize(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text`` (Cyrillic transliterated, diacritics dropped)."""
    out = []
    for char in text.casefold():
        if char in _RU_LATIN:
            out.append(_RU_LATIN[char])
        elif char in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[char])
        else:
            for base in unicodedata.normalize("NFKD", char):
                if base.isascii() and base.isalnum():
                    out.append(base)
    return "".join(out)


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


@dataclass(frozen=True, slots=True)
class NamePools:
    """Names and streets of one locale, drawn from faker once."""

    male: tuple[Named, ...]
    female: tuple[Named, ...]
    last_male: tuple[Named, ...]
    last_female: tuple[Named, ...]
    streets: tuple[str, ...]


def build_pools(country: Country, seed: int, size: int = 250) -> NamePools:
    """Pools for ``country``; deterministic for a seed (faker is seeded per instance)."""
    if country.code == "IR":
        return NamePools(FA_MALE, FA_FEMALE, FA_LAST, FA_LAST, FA_STREETS)
    fake = Faker(country.locale)
    fake.seed_instance(seed)

    def named(method: str) -> tuple[Named, ...]:
        values = _unique([str(getattr(fake, method)()) for _ in range(size)])
        return tuple((value, romanize(value)) for value in values)

    streets: tuple[str, ...]
    if country.code == "LV":
        streets = LV_STREETS
    elif country.code == "GB":
        streets = _unique([f"{fake.last_name()} {fake.random_element(GB_STREET_KINDS)}" for _ in range(size)])
    else:
        streets = _unique([str(fake.street_name()) for _ in range(size)])
    return NamePools(
        male=named("first_name_male"),
        female=named("first_name_female"),
        last_male=named("last_name_male"),
        last_female=named("last_name_female"),
        streets=streets,
    )
