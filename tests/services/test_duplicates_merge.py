"""Duplicate finder (email, phone, similar name in the same city) and merge with undo as a whole."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import NotFoundError, ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionDraft
from crmdesk.services.customer_forms import AddressDraft, CustomerDraft, LabelledValue
from crmdesk.services.sales import InvoiceDraft, LineInput


def _add(
    services: Services,
    name: str,
    *,
    email: str = "",
    phone: str = "",
    city: str = "",
    tags: tuple[str, ...] = (),
) -> int:
    return services.customer_editor.create(
        CustomerDraft(
            name=name,
            emails=(LabelledValue(email),) if email else (),
            phones=(LabelledValue(phone),) if phone else (),
            billing_address=AddressDraft(city=city, country="LV") if city else None,
            tags=tags,
        )
    ).id


def test_duplicates_candidates_ranked_with_reasons(db_file: Path) -> None:
    with Services.open(db_file) as services:
        anna = _add(services, "Anna Bērziņa", email="anna@example.lv", phone="+37129111222", city="Rīga")
        anna2 = _add(services, "Anna Berzina", email="anna@example.lv", phone="+37129111222", city="Rīga")
        janis = _add(services, "Jānis Ozols", city="Cēsis")
        janis2 = _add(services, "Janis Ozols", city="Cēsis")
        _add(services, "Jānis Ozols", city="Liepāja")  # same name, another city: not a candidate by name
        phone_only = _add(services, "Someone Else", phone="+37129111222")
        _add(services, "Unrelated Company", email="info@unrelated.lv", city="Rīga")
        found = services.duplicates.candidates()
    pairs = {(c.first_id, c.second_id): c for c in found}
    assert found[0].first_id == anna and found[0].second_id == anna2
    assert "same email" in found[0].reasons and "same phone" in found[0].reasons
    assert any(r.startswith("similar name") for r in found[0].reasons)
    assert (janis, janis2) in pairs
    assert pairs[(janis, janis2)].reasons[0].startswith("similar name")
    assert (anna, phone_only) in pairs and pairs[(anna, phone_only)].reasons == ("same phone",)
    assert len({c.score for c in found}) > 1
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    # anna/anna2, janis/janis2, anna/phone_only, anna2/phone_only; never the Jānis Ozols of Liepāja
    assert len(found) == 4
    assert not any(5 in (c.first_id, c.second_id) for c in found)


def test_duplicates_merge_moves_everything_and_unmerge_restores(db_file: Path) -> None:
    with Services.open(db_file) as services:
        survivor = _add(services, "Anna Bērziņa", email="anna@example.lv", city="Rīga", tags=("vip",))
        duplicate = _add(
            services, "Anna Berzina", email="anna.b@work.lv", phone="+37129111222", city="Riga", tags=("new",)
        )
        services.contact_log.log(
            InteractionDraft(customer_id=duplicate, kind=InteractionKind.CALL, subject="hi")
        )
        services.attachments.attach(filename="a.txt", content=b"x", customer_id=duplicate)
        line = [LineInput(description="Bell", quantity=D(1), unit_price=D("10.00"), tax_rate=D(21))]
        draft = services.invoices.create_draft(InvoiceDraft(customer_id=duplicate, lines=line))
        issued = services.invoices.create_draft(InvoiceDraft(customer_id=duplicate, lines=line))
        services.invoices.issue(issued.id, issue_date=date(2026, 3, 2), today=date(2026, 3, 2))

        preview = services.duplicates.preview(survivor, duplicate)
        assert preview.moves["interactions"] == 1 and preview.moves["emails"] == 1
        assert preview.moves["draft_invoices"] == 1 and preview.stays["issued_invoices"] == 1
        assert {f.field for f in preview.fields if f.differs} >= {"name", "billing_address"}

        result = services.duplicates.merge(
            survivor, duplicate, {"name": "duplicate", "billing_address": "duplicate"}
        )
        merged = services.customer_editor.get(survivor)
        assert merged.name == "Anna Berzina"
        assert [e.email for e in merged.emails] == ["anna@example.lv", "anna.b@work.lv"]
        assert [p.e164 for p in merged.phones] == ["+37129111222"]
        assert sorted(merged.tags) == ["new", "vip"]
        assert merged.billing_address is not None and merged.billing_address.city == "Riga"
        assert services.invoices.get(draft.id).customer_id == survivor
        assert services.invoices.get(issued.id).customer_id == duplicate  # frozen: stays
        assert len(services.attachments.list_for(customer_id=survivor)) == 1
        assert result.moved["interactions"] == 1
        assert services.audit.recent(limit=1)[0].action == "customer_merge"
        assert services.duplicates.candidates() == []  # the duplicate is archived

        services.duplicates.unmerge(result.token)
        back_survivor = services.customer_editor.get(survivor)
        back_duplicate = services.customer_editor.get(duplicate)
        assert back_survivor.name == "Anna Bērziņa"
        assert [e.email for e in back_survivor.emails] == ["anna@example.lv"]
        assert back_survivor.tags == ("vip",)
        assert back_survivor.billing_address is not None and back_survivor.billing_address.city == "Rīga"
        assert [e.email for e in back_duplicate.emails] == ["anna.b@work.lv"]
        assert [p.e164 for p in back_duplicate.phones] == ["+37129111222"]
        assert back_duplicate.billing_address is not None and back_duplicate.billing_address.city == "Riga"
        assert services.invoices.get(draft.id).customer_id == duplicate
        assert len(services.attachments.list_for(customer_id=duplicate)) == 1
        assert services.audit.recent(limit=1)[0].action == "customer_unmerge"
        with pytest.raises(NotFoundError):
            services.duplicates.unmerge(result.token)


def test_duplicates_merge_refuses_bad_choices(db_file: Path) -> None:
    with Services.open(db_file) as services:
        a = _add(services, "A One")
        b = _add(services, "A Two")
        with pytest.raises(ValidationError):
            services.duplicates.merge(a, a)
        with pytest.raises(ValidationError):
            services.duplicates.merge(a, b, {"name": "both"})
        with pytest.raises(NotFoundError):
            services.duplicates.merge(a, 999)
