"""Customers through the services: create, edit, validation, archive/unarchive, custom fields, the list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from crmdesk.domain.enums import CustomerKind, CustomFieldType, InteractionKind, InvoiceStatus
from crmdesk.domain.errors import ConflictError, NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import (
    AddressDraft,
    ContactPersonDraft,
    CustomerDraft,
    LabelledValue,
)
from crmdesk.services.customers import CustomerListQuery, CustomerSort
from crmdesk.storage.engine import Database
from crmdesk.storage.models import Customer, Invoice


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)


def berzins(**changes: object) -> CustomerDraft:
    base = CustomerDraft(
        name="Jānis Bērziņš",
        emails=(LabelledValue("janis@example.lv", "work"), LabelledValue("j.berzins@inbox.lv")),
        phones=(LabelledValue("29 123 456", "mobile"),),
        billing_address=AddressDraft(
            line1="Brīvības iela 1", postal_code="LV-1010", city="Rīga", country="lv"
        ),
        language="lv",
        tags=("VIP", "riteņi"),
    )
    return CustomerDraft(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_create_normalises_and_reads_back(services: Services) -> None:
    created = services.customer_editor.create(berzins())
    assert created.name == "Jānis Bērziņš"
    assert [e.email for e in created.emails] == ["janis@example.lv", "j.berzins@inbox.lv"]
    # A national number is read in the billing country, stored as E.164, shown nationally.
    assert created.phones[0].e164 == "+37129123456"
    assert created.phones[0].display == "29 123 456"
    assert created.billing_address is not None and created.billing_address.country == "LV"
    assert created.tags == ("riteņi", "VIP")
    assert services.customer_editor.get(created.id) == created


def test_company_with_contact_persons(services: Services) -> None:
    company = services.customer_editor.create(
        CustomerDraft(
            name="Ahmed Turism AB",
            kind=CustomerKind.COMPANY,
            vat_id="se 5566 7788 9901",
            currency="sek",
            billing_address=AddressDraft(city="Göteborg", country="SE"),
            contact_persons=(ContactPersonDraft("Åsa Lindqvist", role="inköp", phone="070-123 45 67"),),
        )
    )
    assert company.vat_id == "SE556677889901"
    assert company.currency == "SEK"
    assert company.contact_persons[0].phone == "+46701234567"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": "   "}, "name", "name"),
        (
            {"emails": (LabelledValue("ok@example.lv"), LabelledValue("not an email"))},
            "emails[1]",
            "not a valid",
        ),
        ({"phones": (LabelledValue("12"),)}, "phones[0]", "phone number"),
        (
            {"billing_address": None, "phones": (LabelledValue("29123456"),)},
            "phones[0]",
            "international form",
        ),
        ({"currency": "EURO"}, "currency", "EURO"),
        ({"language": "xx-!!"}, "language", "language"),
        ({"payment_terms_days": -1}, "payment_terms_days", "0 to"),
        (
            {"billing_address": AddressDraft(city="Rīga", country="Latvia")},
            "billing_address.country",
            "country",
        ),
        ({"custom_fields": {"no_such_field": "1"}}, "custom_fields.no_such_field", "no custom field"),
    ],
)
def test_invalid_input_names_the_field_and_saves_nothing(
    services: Services, change: dict[str, object], field: str, words: str
) -> None:
    original = services.customer_editor.create(berzins())
    with pytest.raises(ValidationError, match=words) as caught:
        services.customer_editor.update(original.id, berzins(**{"name": "Changed", **change}))
    assert caught.value.field == field
    assert services.customer_editor.get(original.id) == original
    with pytest.raises(ValidationError):
        services.customer_editor.create(berzins(**{"name": "New", **change}))
    assert services.customers.count() == 1


def test_edit_replaces_lists(services: Services) -> None:
    created = services.customer_editor.create(berzins())
    edited = services.customer_editor.update(
        created.id,
        berzins(
            name="Jānis Bērziņš-Kalniņš",
            emails=(LabelledValue("j.berzins@inbox.lv"),),
            phones=(LabelledValue("+371 2000 0001"), LabelledValue("+46 70 123 45 67")),
            shipping_address=AddressDraft(city="Jūrmala", country="LV"),
            tags=("VIP",),
        ),
    )
    assert edited.name == "Jānis Bērziņš-Kalniņš"
    assert [e.email for e in edited.emails] == ["j.berzins@inbox.lv"]
    assert [p.e164 for p in edited.phones] == ["+37120000001", "+46701234567"]
    assert edited.shipping_address is not None and edited.shipping_address.city == "Jūrmala"
    assert edited.tags == ("VIP",)


def test_custom_fields(services: Services) -> None:
    editor = services.customer_editor
    editor.define_custom_field(
        label="Favourite colour", field_type=CustomFieldType.CHOICE, choices=("red", "zaļš")
    )
    editor.define_custom_field(label="Shoe size", field_type=CustomFieldType.NUMBER)
    editor.define_custom_field(label="Birthday", field_type=CustomFieldType.DATE)
    assert [f.key for f in editor.custom_fields()] == ["favourite_colour", "shoe_size", "birthday"]
    created = editor.create(
        berzins(custom_fields={"favourite_colour": "ZAĻŠ", "shoe_size": "42,5", "birthday": "1990-05-01"})
    )
    assert {f.key: f.value for f in created.custom_fields} == {
        "favourite_colour": "zaļš",
        "shoe_size": "42.5",
        "birthday": "1990-05-01",
    }
    with pytest.raises(ValidationError, match="Shoe size: 'big' is not a number") as caught:
        editor.update(created.id, berzins(custom_fields={"shoe_size": "big"}))
    assert caught.value.field == "custom_fields.shoe_size"
    with pytest.raises(ValidationError, match="choose one of red, zaļš"):
        editor.update(created.id, berzins(custom_fields={"favourite_colour": "blue"}))
    cleared = editor.update(created.id, berzins(custom_fields={"shoe_size": ""}))
    assert {f.key: f.value for f in cleared.custom_fields}["shoe_size"] == ""
    with pytest.raises(ValidationError, match="already"):
        editor.define_custom_field(label="Shoe size", field_type=CustomFieldType.TEXT)


def test_archive_and_undo(services: Services) -> None:
    a = services.customer_editor.create(berzins())
    b = services.customer_editor.create(CustomerDraft(name="Иван Жуков"))
    c = services.customer_editor.create(CustomerDraft(name="María García"))
    earlier = services.customers.archive([c.id])
    change = services.customers.archive([a.id, b.id, c.id])
    assert set(change.customer_ids) == {a.id, b.id}
    assert list(services.customers.ids(CustomerListQuery())) == []
    assert services.customer_editor.get(a.id).archived
    assert set(services.customers.ids(CustomerListQuery(archived_only=True))) == {a.id, b.id, c.id}
    restored = services.customers.unarchive(change)
    assert set(restored.customer_ids) == {a.id, b.id}
    # c was archived before the undone action and stays archived.
    assert set(services.customers.ids(CustomerListQuery())) == {a.id, b.id}
    assert services.customers.unarchive_ids([c.id]) == (c.id,)
    assert earlier.customer_ids == (c.id,)
    with pytest.raises(NotFoundError):
        services.customers.archive([a.id, 999])


def add_issued_invoice(db: Database, customer_id: int) -> None:
    with db.write() as session:
        session.add(
            Invoice(
                customer_id=customer_id,
                status=InvoiceStatus.ISSUED,
                number="2026-0001",
                sequence=1,
                issue_date=date(2026, 1, 5),
                issued_at=datetime(2026, 1, 5, 10, tzinfo=UTC),
            )
        )


def test_customer_with_invoices_can_be_archived_not_deleted(services: Services, db: Database) -> None:
    kept = services.customer_editor.create(berzins())
    add_issued_invoice(db, kept.id)
    with pytest.raises(ConflictError, match="archive the customer instead"):
        services.customer_editor.delete(kept.id)
    assert services.customers.archive([kept.id]).customer_ids == (kept.id,)
    gone = services.customer_editor.create(CustomerDraft(name="Temp"))
    services.customer_editor.delete(gone.id)
    with db.read_session() as session:
        assert session.scalars(select(Customer.id)).all() == [kept.id]


def test_list_filters_and_sorting_in_sql(services: Services) -> None:
    editor = services.customer_editor
    riga = editor.create(berzins())
    moscow = editor.create(
        CustomerDraft(
            name="Иван Жуков", billing_address=AddressDraft(city="Москва", country="RU"), tags=("vip",)
        )
    )
    madrid = editor.create(
        CustomerDraft(name="María García", billing_address=AddressDraft(city="Madrid", country="ES"))
    )
    ids = services.customers.ids
    assert set(ids(CustomerListQuery(tag="vip"))) == {riga.id, moscow.id}
    # Any case in any script, and extra spaces, name the same city.
    assert list(ids(CustomerListQuery(city=" RĪGA "))) == [riga.id]
    assert list(ids(CustomerListQuery(city="москва"))) == [moscow.id]
    assert list(ids(CustomerListQuery(city="Rīg"))) == []
    assert list(ids(CustomerListQuery(country="es"))) == [madrid.id]
    assert list(ids(CustomerListQuery(sort=CustomerSort.CITY))) == [madrid.id, riga.id, moscow.id]
    now = datetime.now(UTC)
    services.contact_log.log(
        InteractionDraft(customer_id=madrid.id, kind=InteractionKind.COMPLAINT, subject="Tarde")
    )
    services.contact_log.log(
        InteractionDraft(
            customer_id=moscow.id,
            kind=InteractionKind.CALL,
            subject="Позвонить",
            follow_up_due=now - timedelta(days=1),
        )
    )
    assert list(ids(CustomerListQuery(has_open_complaint=True))) == [madrid.id]
    assert list(ids(CustomerListQuery(has_overdue_follow_up=True))) == [moscow.id]
    rows = services.customers.rows([riga.id])
    assert rows[riga.id].phone == "+37129123456" and rows[riga.id].city == "Rīga"


def test_tag_many_in_one_transaction_and_undo(services: Services) -> None:
    a = services.customer_editor.create(CustomerDraft(name="Anna", tags=("vip",)))
    b = services.customer_editor.create(CustomerDraft(name="Björn"))
    change = services.customers.tag([a.id, b.id], "VIP")
    assert change.customer_ids == (b.id,)
    assert set(services.customers.ids(CustomerListQuery(tag="vip"))) == {a.id, b.id}
    services.customers.undo_tag(change)
    assert list(services.customers.ids(CustomerListQuery(tag="vip"))) == [a.id]
    with pytest.raises(NotFoundError):
        services.customers.tag([a.id, 12345], "x")
    assert "x" not in services.customers.tags()


def test_a_name_with_a_control_character_is_refused_and_nothing_saved(services: Services) -> None:
    with pytest.raises(ValidationError, match="control character"):
        services.customer_editor.create(CustomerDraft(name="\x00Ann"))
    assert services.customers.count() == 0
