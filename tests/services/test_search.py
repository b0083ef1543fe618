"""Global search through the service: scripts, diacritics, phone formats, safety, freshness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.domain.enums import CustomerKind, InteractionKind
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, ContactPersonDraft, CustomerDraft, LabelledValue
from crmdesk.services.search import SearchKind, SearchResults
from crmdesk.storage.engine import Database


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    editor = services.customer_editor
    made = {
        "lv": editor.create(
            CustomerDraft(
                name="Jānis Bērziņš",
                emails=(LabelledValue("janis.berzins@example.lv"),),
                phones=(LabelledValue("+371 2912 3456"),),
                billing_address=AddressDraft(city="Rīga", country="LV"),
            )
        ),
        "ru": editor.create(CustomerDraft(name="Дмитрий Жуков", phones=(LabelledValue("+7 912 345-67-89"),))),
        "fa": editor.create(CustomerDraft(name="مریم احمدی", notes="مدیریت ارتباط با مشتری")),
        "es": editor.create(
            CustomerDraft(name="José Núñez Peña", billing_address=AddressDraft(city="Málaga", country="ES"))
        ),
        "sv": editor.create(
            CustomerDraft(
                name="Åsa Öberg Cykel AB",
                kind=CustomerKind.COMPANY,
                contact_persons=(
                    ContactPersonDraft("Björn Ångström", role="inköpare", email="bjorn@oberg.se"),
                ),
            )
        ),
        "zh": editor.create(CustomerDraft(name="王小明")),
    }
    return {key: details.id for key, details in made.items()}


def found(results: SearchResults, kind: SearchKind) -> list[str]:
    return [hit.title for group in results.groups if group.kind is kind for hit in group.hits]


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("berzins", "Jānis Bērziņš"),
        ("BĒRZ", "Jānis Bērziņš"),
        ("janis berz", "Jānis Bērziņš"),
        ("riga", "Jānis Bērziņš"),  # billing city
        ("жуков", "Дмитрий Жуков"),
        ("ЖУК", "Дмитрий Жуков"),
        ("احمدی", "مریم احمدی"),
        ("مریم", "مریم احمدی"),
        ("jose nunez", "José Núñez Peña"),
        ("pena malaga", "José Núñez Peña"),
        ("asa oberg", "Åsa Öberg Cykel AB"),
        ("王", "王小明"),  # unicode61 does not split CJK: a name is found by its beginning
    ],
)
def test_names_in_every_script_ignoring_case_and_diacritics(
    services: Services, people: dict[str, int], typed: str, name: str
) -> None:
    assert name in found(services.search.search(typed), SearchKind.CUSTOMER)


def test_persian_text_in_notes(services: Services, people: dict[str, int]) -> None:
    assert found(services.search.search("ارتباط"), SearchKind.CUSTOMER) == ["مریم احمدی"]


@pytest.mark.parametrize(
    "typed",
    ["+371 2912 3456", "+37129123456", "29123456", "29 12 34 56", "2912-3456", "00371 29123456", "2912"],
)
def test_phone_numbers_in_any_format(services: Services, people: dict[str, int], typed: str) -> None:
    results = services.search.search(typed)
    hits = [hit for group in results.groups if group.kind is SearchKind.PHONE for hit in group.hits]
    assert [hit.customer_id for hit in hits] == [people["lv"]]
    assert hits[0].title == "+371 29 123 456"


def test_russian_number_with_trunk_prefix_when_owner_is_in_russia(
    db: Database, people: dict[str, int]
) -> None:
    services = Services(db)
    services.search._owner_country = lambda: "RU"
    hits = found(services.search.search("8 912 345-67-89"), SearchKind.PHONE)
    assert hits == ["+7 912 345-67-89"]


def test_emails_contacts_and_interactions(services: Services, people: dict[str, int]) -> None:
    assert found(services.search.search("janis.berz"), SearchKind.EMAIL) == ["janis.berzins@example.lv"]
    assert found(services.search.search("bjorn angstrom"), SearchKind.CONTACT) == ["Björn Ångström"]
    services.contact_log.log(
        InteractionDraft(customer_id=people["es"], kind=InteractionKind.COMPLAINT, subject="Bicicleta dañada")
    )
    results = services.search.search("danada")
    assert found(results, SearchKind.INTERACTION) == ["Bicicleta dañada"]
    assert results.groups[0].label == "Contact log"


def test_an_edited_customer_is_found_by_the_new_name_at_once(
    services: Services, people: dict[str, int]
) -> None:
    editor = services.customer_editor
    before = editor.get(people["ru"])
    assert found(services.search.search("Жуков"), SearchKind.CUSTOMER) == ["Дмитрий Жуков"]
    draft = CustomerDraft(name="Дмитрий Соколов", phones=tuple(LabelledValue(p.e164) for p in before.phones))
    editor.update(people["ru"], draft)
    assert found(services.search.search("соколов"), SearchKind.CUSTOMER) == ["Дмитрий Соколов"]
    assert found(services.search.search("жуков"), SearchKind.CUSTOMER) == []
    editor.delete(people["ru"])
    assert services.search.search("соколов").groups == ()
    assert found(services.search.search("+7 912 345"), SearchKind.PHONE) == []


def test_archived_customers_are_found_and_marked(services: Services, people: dict[str, int]) -> None:
    services.customers.archive([people["es"]])
    (hit,) = services.search.search("jose").groups[0].hits
    assert hit.archived


def test_groups_report_more(services: Services) -> None:
    for n in range(5):
        services.customer_editor.create(CustomerDraft(name=f"Ozols {n}"))
    group = services.search.search("ozol", per_kind=3).groups[0]
    assert len(group.hits) == 3 and group.has_more


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "AND",
        "OR OR",
        "NOT x",
        "a NEAR b",
        "NEAR(a b)",
        "-",
        "*",
        "^x",
        "x:y",
        "(",
        ")",
        'a"b',
        "'",
        "{a}",
        " ",
    ],
)
def test_operators_typed_by_the_owner_are_plain_text(
    services: Services, people: dict[str, int], typed: str
) -> None:
    services.search.search(typed)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_text_is_a_safe_query(services: Services, typed: str) -> None:
    # The thorough version (thousands of texts against an FTS5 table) is in tests/storage/test_fts.py.
    services.search.search(typed)


def test_persian_typed_with_an_arabic_keyboard_and_persian_digits(services: Services) -> None:
    # ي/ك (Arabic keyboard) and ی/ک (Persian) are the same letters to the owner.
    made = services.customer_editor.create(
        CustomerDraft(name="علي كريمي", phones=(LabelledValue("+98 912 345 6789"),))
    )
    assert found(services.search.search("علی کریمی"), SearchKind.CUSTOMER) == ["علي كريمي"]
    assert found(services.search.search("كريم"), SearchKind.CUSTOMER) == ["علي كريمي"]
    phones = [h.customer_id for g in services.search.search("۰۹۱۲ ۳۴۵ ۶۷۸۹").groups for h in g.hits]
    assert phones == [made.id]


def test_customers_list_search_uses_the_index(services: Services, people: dict[str, int]) -> None:
    from crmdesk.services.customers import CustomerListQuery

    def listed(typed: str) -> list[int]:
        return list(services.customers.ids(CustomerListQuery(search=typed)))

    assert listed("berzins") == [people["lv"]]
    assert listed("жуков") == [people["ru"]]
    assert listed("29123456") == [people["lv"]]
    assert listed("janis.berzins@") == [people["lv"]]
    assert listed("bjorn") == [people["sv"]]  # by its contact person
    assert listed('"AND(') == []


def test_search_indexes_what_a_migration_queued_before_it_reads(db: Database) -> None:
    from crmdesk.storage.migrate import downgrade, upgrade
    from crmdesk.storage.models import Customer

    with db.write() as session:
        session.add(Customer(name="Bērziņš", sort_name="bērziņš"))
    downgrade(db, "0001")
    upgrade(db, "head")
    assert found(Services(db).search.search("berzins"), SearchKind.CUSTOMER) == ["Bērziņš"]
