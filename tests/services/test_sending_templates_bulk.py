"""Saving several languages' email templates at once: all or nothing, defaults are not stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crmdesk.domain.errors import ValidationError
from crmdesk.services import Services
from crmdesk.services.sending.templates import DEFAULT_TEMPLATES, LANGUAGES, EmailTemplate


@pytest.fixture
def services(db_file: Path) -> Iterator[Services]:
    with Services.open(db_file) as opened:
        yield opened


def test_several_languages_are_saved_together_and_default_text_is_not_an_override(
    services: Services,
) -> None:
    assert services.sending.email_templates() == DEFAULT_TEMPLATES
    lv = EmailTemplate(subject="  {document} Nr. {number}  ", body="Sveiki, {customer}!")
    ru = EmailTemplate(subject="Счёт {number}", body="Здравствуйте!")
    saved = services.sending.set_email_templates({"lv": lv, "ru": ru, "sv": DEFAULT_TEMPLATES["sv"]})
    assert saved["lv"] == EmailTemplate(subject="{document} Nr. {number}", body="Sveiki, {customer}!")
    assert saved["ru"] == ru and saved["en"] == DEFAULT_TEMPLATES["en"]
    assert services.sending.email_templates() == saved
    assert set(saved) == set(LANGUAGES)
    # None (and the default text) goes back to the default; other languages stay.
    after = services.sending.set_email_templates({"lv": None, "ru": DEFAULT_TEMPLATES["ru"]})
    assert after == DEFAULT_TEMPLATES
    services.sending.set_email_templates({"es": ru})
    assert services.sending.email_template("es-ES") == ru


def test_one_bad_template_saves_nothing(services: Services) -> None:
    good = EmailTemplate(subject="Offert {number}", body="Hej")
    bad = EmailTemplate(subject="Rēķins {nummer}", body="")
    with pytest.raises(ValidationError, match=r"unknown placeholder \{nummer\}"):
        services.sending.set_email_templates({"sv": good, "lv": bad})
    with pytest.raises(ValidationError, match="templates for en, lv"):
        services.sending.set_email_templates({"sv": good, "de": good})
    assert services.sending.email_templates() == DEFAULT_TEMPLATES
