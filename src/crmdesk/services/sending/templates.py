"""Email subject and body per document language, with ``{placeholders}``; the owner may override them.

Defaults exist for en, lv, es, fa, ru and sv; any other language falls back to English. Overrides are
one JSON object in the ``settings`` table under :data:`TEMPLATES_SETTING`::

    {"lv": {"subject": "Rēķins {number}", "body": "Labdien, {customer}! ..."}}

Only the names in :data:`PLACEHOLDERS` may appear in braces (``{{`` prints a brace): a template is
checked when saved and again when used, so a typo is a one-line :class:`ValidationError`, never a
``KeyError`` or an attribute lookup on a value.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from crmdesk.domain.errors import ValidationError

TEMPLATES_SETTING = "documents.email_templates"

LANGUAGES = ("en", "lv", "es", "fa", "ru", "sv")

PLACEHOLDERS = ("document", "number", "company", "customer", "amount")
"""``document`` is the document's name in the language (``Rēķins``), ``amount`` its total (or the amount
due on a reminder) formatted for the language; empty for a delivery note."""

MAX_SUBJECT = 200
MAX_BODY = 10_000

DOCUMENT_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "quote": "Quote",
        "invoice": "Invoice",
        "credit_note": "Credit note",
        "reminder": "Payment reminder",
        "delivery_note": "Delivery note",
    },
    "lv": {
        "quote": "Piedāvājums",
        "invoice": "Rēķins",
        "credit_note": "Kredītrēķins",
        "reminder": "Atgādinājums par maksājumu",
        "delivery_note": "Pavadzīme",
    },
    "es": {
        "quote": "Presupuesto",
        "invoice": "Factura",
        "credit_note": "Factura rectificativa",
        "reminder": "Recordatorio de pago",
        "delivery_note": "Albarán de entrega",
    },
    "fa": {
        "quote": "پیش‌فاکتور",
        "invoice": "صورتحساب",
        "credit_note": "اعلامیه بستانکاری",
        "reminder": "یادآوری پرداخت",
        "delivery_note": "برگه تحویل کالا",
    },
    "ru": {
        "quote": "Коммерческое предложение",
        "invoice": "Счёт",
        "credit_note": "Кредит-нота",
        "reminder": "Напоминание об оплате",
        "delivery_note": "Накладная",
    },
    "sv": {
        "quote": "Offert",
        "invoice": "Faktura",
        "credit_note": "Kreditfaktura",
        "reminder": "Betalningspåminnelse",
        "delivery_note": "Följesedel",
    },
}


@dataclass(frozen=True)
class EmailTemplate:
    subject: str
    body: str


DEFAULT_TEMPLATES: dict[str, EmailTemplate] = {
    "en": EmailTemplate(
        subject="{document} {number} – {company}",
        body="Hello {customer},\n\nplease find attached: {document} {number}.\n\nKind regards,\n{company}\n",
    ),
    "lv": EmailTemplate(
        subject="{document} {number} – {company}",
        body="Labdien, {customer}!\n\nPielikumā: {document} {number}.\n\nAr cieņu\n{company}\n",
    ),
    "es": EmailTemplate(
        subject="{document} {number} – {company}",
        body="Hola, {customer}:\n\nle enviamos adjunto: {document} {number}.\n\nAtentamente,\n{company}\n",
    ),
    "fa": EmailTemplate(
        subject="{document} {number} – {company}",
        body="{customer} گرامی،\n\n{document} شماره {number} پیوست است.\n\nبا احترام،\n{company}\n",
    ),
    "ru": EmailTemplate(
        subject="{document} {number} – {company}",
        body="Здравствуйте, {customer}!\n\nВо вложении: {document} {number}.\n\nС уважением,\n{company}\n",
    ),
    "sv": EmailTemplate(
        subject="{document} {number} – {company}",
        body="Hej {customer},\n\nbifogat finns: {document} {number}.\n\nMed vänliga hälsningar\n{company}\n",
    ),
}


def template_language(language: str) -> str:
    """The template language for a document language (``fa-IR`` → ``fa``); English when we have none."""
    primary = language.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else "en"


def document_name(kind: str, language: str) -> str:
    names = DOCUMENT_NAMES[template_language(language)]
    return names.get(kind, DOCUMENT_NAMES["en"].get(kind, kind))


def check_text(text: str, *, field: str) -> None:
    """Refuse unknown placeholders, positional ``{}``, ``{a.b}``/``{a[0]}`` and unbalanced braces."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ValidationError(
            f"The {field} has a stray brace ({exc}); write {{{{ for a brace.", field=field
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise ValidationError(
                f"The {field} has an unknown placeholder {{{name}}}; use one of {allowed}.", field=field
            )


def check_template(template: EmailTemplate) -> EmailTemplate:
    subject = template.subject.strip()
    if not subject:
        raise ValidationError("The email subject is empty.", field="subject")
    if "\n" in subject or "\r" in subject:
        raise ValidationError("The email subject must be one line.", field="subject")
    if len(subject) > MAX_SUBJECT:
        raise ValidationError(f"The email subject is longer than {MAX_SUBJECT} characters.", field="subject")
    if len(template.body) > MAX_BODY:
        raise ValidationError(f"The email text is longer than {MAX_BODY} characters.", field="body")
    check_text(subject, field="subject")
    check_text(template.body, field="body")
    return EmailTemplate(subject=subject, body=template.body)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its placeholders replaced (checked first, so nothing but plain names is looked up)."""
    check_text(text, field="template")
    return text.format_map({name: values.get(name, "") for name in PLACEHOLDERS})


def parse_overrides(raw: object) -> dict[str, EmailTemplate]:
    """The stored overrides; entries that are not ``{"subject": str, "body": str}`` are ignored."""
    found: dict[str, EmailTemplate] = {}
    if not isinstance(raw, dict):
        return found
    for language, entry in raw.items():
        if not isinstance(entry, dict):
            continue
        subject, body = entry.get("subject"), entry.get("body")
        if isinstance(language, str) and isinstance(subject, str) and isinstance(body, str):
            found[template_language(language)] = EmailTemplate(subject=subject, body=body)
    return found
