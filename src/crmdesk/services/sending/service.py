"""Sending a rendered document: an email draft (.eml in the outbox) or straight through SMTP.

Both paths build the same :class:`~email.message.EmailMessage`: addressed to the customer's primary
email, subject and body from the document language's template, the PDF attached. Every send is logged
in the customer's contact log (kind ``email``) with the subject and the document number.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import CrmError, NotFoundError, ValidationError
from crmdesk.services.contact_log import MAX_SUBJECT, ContactLogService, InteractionDraft
from crmdesk.services.documents import RenderedDocument
from crmdesk.services.sales.common import local_today, read_setting
from crmdesk.services.sales.receivables import balance_of
from crmdesk.services.sending import smtp
from crmdesk.services.sending.smtp import SendingError, SmtpSettings
from crmdesk.services.sending.templates import (
    DEFAULT_TEMPLATES,
    LANGUAGES,
    TEMPLATES_SETTING,
    EmailTemplate,
    check_template,
    document_name,
    fill,
    parse_overrides,
    template_language,
)
from crmdesk.storage.engine import Database
from crmdesk.storage.files import fsync_folder
from crmdesk.storage.models import CompanyProfile, Customer, CustomerEmail, Invoice, Quote, Setting

OUTBOX_SETTING = "documents.outbox_dir"
EML_LINESEP = policy.default.clone(linesep="\r\n")
""".eml files are written with CRLF line ends, as mail programs expect."""


@dataclass(frozen=True)
class SendResult:
    """What one send did: where the draft went (``path``) or which server took it (``server``)."""

    to: str
    subject: str
    interaction_id: int
    path: Path | None = None
    server: str | None = None


@dataclass(frozen=True)
class _Facts:
    customer_name: str
    email: str
    company: str
    company_email: str
    amount: str


class SendingService:
    """Email drafts and SMTP sending of rendered documents; SMTP settings and email templates."""

    def __init__(self, db: Database, contact_log: ContactLogService) -> None:
        self._db = db
        self._contact_log = contact_log

    # --- templates ---------------------------------------------------------------------------------

    def email_template(self, language: str) -> EmailTemplate:
        """The template used for ``language``: the owner's override, else the default."""
        lang = template_language(language)
        return self._overrides().get(lang, DEFAULT_TEMPLATES[lang])

    def set_email_template(self, language: str, template: EmailTemplate | None) -> None:
        """Store the owner's template for ``language``; ``None`` goes back to the default."""
        if language not in LANGUAGES:
            raise ValidationError(f"There are templates for {', '.join(LANGUAGES)} only.", field="language")
        overrides = self._overrides()
        if template is None:
            overrides.pop(language, None)
        else:
            overrides[language] = check_template(template)
        stored = {lang: {"subject": t.subject, "body": t.body} for lang, t in sorted(overrides.items())}
        with self._db.write() as session:
            _write_setting(session, TEMPLATES_SETTING, stored)

    def email_templates(self) -> dict[str, EmailTemplate]:
        """The template used for every language of :data:`LANGUAGES` (override or default)."""
        overrides = self._overrides()
        return {lang: overrides.get(lang, DEFAULT_TEMPLATES[lang]) for lang in LANGUAGES}

    def set_email_templates(self, templates: Mapping[str, EmailTemplate | None]) -> dict[str, EmailTemplate]:
        """Store several languages' templates at once, all or nothing (``None`` or the default text:
        back to the default); returns :meth:`email_templates`. Other languages are left as they are."""
        unknown = sorted(set(templates) - set(LANGUAGES))
        if unknown:
            raise ValidationError(f"There are templates for {', '.join(LANGUAGES)} only.", field="language")
        checked = {
            lang: None if template is None else check_template(template)
            for lang, template in templates.items()
        }
        with self._db.write() as session:
            overrides = parse_overrides(read_setting(session, TEMPLATES_SETTING))
            for lang, template in checked.items():
                if template is None or template == DEFAULT_TEMPLATES[lang]:
                    overrides.pop(lang, None)
                else:
                    overrides[lang] = template
            stored = {lang: {"subject": t.subject, "body": t.body} for lang, t in sorted(overrides.items())}
            _write_setting(session, TEMPLATES_SETTING, stored)
        return {lang: overrides.get(lang, DEFAULT_TEMPLATES[lang]) for lang in LANGUAGES}

    def _overrides(self) -> dict[str, EmailTemplate]:
        with self._db.read_session() as session:
            return parse_overrides(read_setting(session, TEMPLATES_SETTING))

    # --- SMTP settings -----------------------------------------------------------------------------

    def smtp_settings(self) -> SmtpSettings:
        with self._db.read_session() as session:
            return SmtpSettings.from_json(read_setting(session, smtp.SMTP_SETTING))

    def save_smtp_settings(self, settings: SmtpSettings, *, password: str | None = None) -> SmtpSettings:
        """Store the settings in the database and, when ``password`` is given, the password in the keyring.

        ``password=None`` keeps the stored one; ``""`` removes it. The password never reaches the database.
        """
        clean = smtp.check_settings(settings)
        if password is not None:
            smtp.store_password(clean, password)
        with self._db.write() as session:
            _write_setting(session, smtp.SMTP_SETTING, clean.to_json())
        return clean

    def has_smtp_password(self, settings: SmtpSettings | None = None) -> bool:
        return bool(smtp.read_password(settings or self.smtp_settings()))

    def send_test_email(
        self, settings: SmtpSettings | None = None, *, password: str | None = None, to: str | None = None
    ) -> str:
        """Send a short test message (to ``to`` or the sender itself); return the address it went to.

        ``settings``/``password`` may be what the owner typed and has not saved yet; ``password=None``
        uses the keyring's. Nothing is logged.
        """
        settings = smtp.check_settings(settings or self.smtp_settings())
        if password is None:
            password = smtp.read_password(settings)
        with self._db.read_session() as session:
            company = session.get(CompanyProfile, 1)
        sender = _sender(settings, company.name if company else "", company.email if company else "")
        recipient = (to or parseaddr(sender)[1]).strip()
        if "@" not in recipient:
            raise ValidationError("Enter a sender address to send the test email to.", field="from_address")
        message = EmailMessage()
        message["From"] = sender
        message["To"] = recipient
        message["Subject"] = "crmdesk test email"
        message["Date"] = format_datetime(datetime.now(UTC))
        message["Message-ID"] = make_msgid(domain=_domain(recipient))
        message.set_content("This is a test email from crmdesk. Sending works.\n")
        smtp.send_message(settings, password, message)
        return recipient

    # --- composing and sending --------------------------------------------------------------------

    def outbox_dir(self) -> Path:
        """Where drafts go: the setting ``documents.outbox_dir``, else ``outbox/`` beside the database."""
        with self._db.read_session() as session:
            value = read_setting(session, OUTBOX_SETTING)
        if isinstance(value, str) and value.strip():
            return Path(value).expanduser()
        return self._db.path.parent / "outbox"

    def compose(self, rendered: RenderedDocument) -> EmailMessage:
        """The email for ``rendered``: To the customer's primary email, the template, the PDF attached."""
        facts = self._facts(rendered)
        settings = self.smtp_settings()
        template = self.email_template(rendered.language)
        values = {
            "document": document_name(rendered.kind, rendered.language),
            "number": rendered.number,
            "company": facts.company,
            "customer": facts.customer_name,
            "amount": facts.amount,
        }
        subject = re.sub(r"\s*[\r\n]+\s*", " ", fill(template.subject, values)).strip()
        body = fill(template.body, values)
        message = EmailMessage()
        sender = _sender(settings, facts.company, facts.company_email)
        if sender:
            message["From"] = sender
        try:
            message["To"] = Address(display_name=facts.customer_name, addr_spec=facts.email)
        except (ValueError, IndexError, HeaderParseError):
            raise ValidationError(
                f"The customer's email {facts.email!r} is not a valid address.", field="email"
            ) from None
        message["Subject"] = subject
        message["Date"] = format_datetime(datetime.now(UTC))
        message["Message-ID"] = make_msgid(domain=_domain(parseaddr(sender)[1] or facts.email))
        message.set_content(body, cte="quoted-printable")  # 7-bit safe on any server
        message.add_attachment(
            rendered.pdf, maintype="application", subtype="pdf", filename=rendered.filename
        )
        return message

    def write_draft(self, rendered: RenderedDocument, outbox: Path | None = None) -> SendResult:
        """Write the email as a ``.eml`` draft into ``outbox`` (default :meth:`outbox_dir`) and log it.

        The file is written safely: a temporary file in the outbox, flushed, fsynced, renamed to a name
        no other draft has. ``X-Unsent: 1`` makes mail programs open it as a message to send.
        """
        message = self.compose(rendered)
        message["X-Unsent"] = "1"
        folder = outbox or self.outbox_dir()
        path = write_eml(message, folder, stem=Path(rendered.filename).stem)
        to = str(message["To"])
        subject = str(message["Subject"])
        interaction = self._log(rendered, subject, f"Email draft to {to} written to {path}.")
        return SendResult(to=to, subject=subject, interaction_id=interaction, path=path)

    def send_smtp(self, rendered: RenderedDocument) -> SendResult:
        """Send the email through the configured SMTP server and log it."""
        settings = self.smtp_settings()
        if not settings.configured:
            raise SendingError("No mail server is set up: enter it under Settings → Email.")
        message = self.compose(rendered)
        if message["From"] is None:
            raise SendingError("There is no sender address: set one in Settings → Email.")
        smtp.send_message(settings, smtp.read_password(settings), message)
        to = str(message["To"])
        subject = str(message["Subject"])
        server = f"{settings.host}:{settings.port}"
        try:
            interaction = self._log(rendered, subject, f"Email to {to} sent through {server}.")
        except CrmError as exc:
            raise SendingError(f"The email was sent, but logging it failed: {exc}") from exc
        return SendResult(to=to, subject=subject, interaction_id=interaction, server=server)

    def _log(self, rendered: RenderedDocument, subject: str, what: str) -> int:
        title = document_name(rendered.kind, "en")
        view = self._contact_log.log(
            InteractionDraft(
                customer_id=rendered.customer_id,
                kind=InteractionKind.EMAIL,
                subject=subject[:MAX_SUBJECT],
                body=f"{title} {rendered.number}, {rendered.filename} attached. {what}",
                invoice_id=rendered.document_id
                if rendered.kind in ("invoice", "credit_note", "reminder")
                else None,
                quote_id=rendered.document_id if rendered.kind == "quote" else None,
            )
        )
        return view.id

    def _facts(self, rendered: RenderedDocument) -> _Facts:
        with self._db.read_session() as session:
            customer = session.get(Customer, rendered.customer_id)
            if customer is None:
                raise NotFoundError(f"customer {rendered.customer_id} does not exist")
            email = session.scalar(
                select(CustomerEmail.email)
                .where(CustomerEmail.customer_id == customer.id)
                .order_by(CustomerEmail.position, CustomerEmail.id)
                .limit(1)
            )
            if not email or customer.erased_at is not None:
                raise ValidationError(f"{customer.name} has no email address: add one first.", field="email")
            company = session.get(CompanyProfile, 1)
            return _Facts(
                customer_name=customer.name,
                email=email.strip(),
                company=company.name if company else "",
                company_email=company.email if company else "",
                amount=_amount(session, rendered),
            )


def _amount(session: Session, rendered: RenderedDocument) -> str:
    total: Decimal | None = None
    currency = "EUR"
    if rendered.kind in ("invoice", "credit_note", "reminder"):
        invoice = session.get(Invoice, rendered.document_id)
        if invoice is not None:
            currency, total = invoice.currency, invoice.gross_total
            if rendered.kind == "reminder":
                balance = balance_of(session, invoice, local_today())
                total = balance.amount_due if balance is not None else total
    elif rendered.kind == "quote":
        quote = session.get(Quote, rendered.document_id)
        if quote is not None:
            currency, total = quote.currency, quote.gross_total
    return "" if total is None else money_text(total, currency, rendered.language)


def money_text(amount: Decimal, currency: str, language: str) -> str:
    """``1 234,50 €`` for Latvian: quantized half up at the currency's places, then babel."""
    try:
        locale = str(Locale.parse(language.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        locale = "en"
    places = int(get_currency_precision(currency))
    exact = Decimal(amount).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return str(format_currency(exact, currency, locale=locale, decimal_quantization=False))


def _sender(settings: SmtpSettings, company: str, company_email: str) -> str:
    if settings.from_address:
        return settings.from_address
    if company_email.strip():
        return str(Address(display_name=company, addr_spec=company_email.strip()))
    return ""


def _domain(address: str) -> str:
    domain = address.rpartition("@")[2].strip(" >")
    return domain if re.fullmatch(r"[\w.-]+", domain) else "crmdesk.invalid"


def _write_setting(session: Session, key: str, value: object) -> None:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=encoded))
    else:
        setting.value = encoded


def write_eml(message: EmailMessage, folder: Path, *, stem: str) -> Path:
    """Write ``message`` to a new ``<date time> <stem>.eml`` in ``folder``: temp file, fsync, rename."""
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SendingError(f"Cannot create the outbox folder {folder}: {exc.strerror or exc}.") from None
    data = message.as_bytes(policy=EML_LINESEP)
    stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H%M%S")
    safe_stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", stem).strip(" .-") or "document"
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".draft.", suffix=".part", dir=folder)
    except OSError as exc:
        raise SendingError(f"Cannot write in the outbox {folder}: {exc.strerror or exc}.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        for attempt in range(1, 1000):
            suffix = "" if attempt == 1 else f" ({attempt})"
            target = folder / f"{stamp} {safe_stem}{suffix}.eml"
            try:
                os.link(temp, target)  # fails if the name is taken: never overwrites another draft
            except FileExistsError:
                continue
            except OSError:
                if target.exists():
                    continue
                os.replace(temp, target)  # a file system without hard links
            break
        else:
            raise SendingError(f"Too many drafts named {safe_stem} in {folder}.")
    except OSError as exc:
        raise SendingError(f"Cannot write the draft in {folder}: {exc.strerror or exc}.") from None
    finally:
        temp.unlink(missing_ok=True)
    fsync_folder(folder)
    if target.read_bytes() != data:
        target.unlink(missing_ok=True)
        raise SendingError(f"The draft {target} did not read back as written; it was removed.")
    return target


__all__ = ["OUTBOX_SETTING", "SendResult", "SendingService", "money_text", "write_eml"]
