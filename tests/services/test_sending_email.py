"""Sending rendered documents: email drafts (.eml) and SMTP against a real local server (aiosmtpd).

The PDF is a tiny ReportLab file made here (the sending service takes bytes, it never renders), the
keyring is an in-memory backend (the owner's keyring is never touched), the SMTP server listens on
127.0.0.1 on a free port.
"""

from __future__ import annotations

import email
import io
import socket
from collections.abc import Iterator
from decimal import Decimal as D
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from reportlab.pdfgen.canvas import Canvas
from sales_setup import Shop, make_shop, three_rate_lines

from crmdesk.domain.enums import InteractionKind
from crmdesk.domain.errors import CrmError, ValidationError
from crmdesk.services import Services
from crmdesk.services.contact_log import InteractionListQuery
from crmdesk.services.documents import RenderedDocument
from crmdesk.services.sales import InvoiceDraft, LineInput
from crmdesk.services.sending import (
    KEYRING_SERVICE,
    EmailTemplate,
    Security,
    SendingError,
    SmtpSettings,
)
from crmdesk.storage.models import CompanyProfile, Customer, CustomerEmail

USER, PASSWORD = "owner@saulite.example", "pārole-Ω-123"
PERSIAN_NAME = "مریم رضایی"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def tiny_pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(1, pages + 1):
        canvas.drawString(72, 720, f"Test page {page}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


class Captured:
    """The aiosmtpd handler: keeps every message it is given."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"

    def message(self, index: int = -1) -> EmailMessage:
        parsed = email.message_from_bytes(self.envelopes[index].content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # not handled: aiosmtpd answers 535 itself


@pytest.fixture
def smtp_server() -> Iterator[tuple[Controller, Captured]]:
    handler = Captured()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticator,
        auth_require_tls=False,  # loopback only: aiosmtpd refuses AUTH on plain text otherwise
    )
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


@pytest.fixture
def services(db_file: Path) -> Iterator[Services]:
    with Services.open(db_file) as opened:
        yield opened


class Setup:
    def __init__(self, services: Services) -> None:
        db = services._db
        self.shop: Shop = make_shop(db)
        with db.write() as session:
            profile = session.get(CompanyProfile, 1) or CompanyProfile(id=1)
            profile.name = "Saulīte SIA"
            profile.email = "office@saulite.example"
            session.add(profile)
            session.add(CustomerEmail(customer_id=self.shop.ann, email="anna@example.lv", position=0))
            session.add(CustomerEmail(customer_id=self.shop.ann, email="second@example.lv", position=1))
            maryam = Customer(name=PERSIAN_NAME, sort_name=PERSIAN_NAME, language="fa", currency="EUR")
            session.add(maryam)
            session.flush()
            session.add(CustomerEmail(customer_id=maryam.id, email="maryam@example.ir", position=0))
            self.maryam = maryam.id
        self.invoice = self.issue(services, self.shop.ann)
        """Anna's issued invoice: the three-rate example, gross 95.43 EUR."""

    @staticmethod
    def issue(services: Services, customer_id: int) -> Any:
        draft = services.invoices.create_draft(
            InvoiceDraft(customer_id=customer_id, lines=three_rate_lines_for())
        )
        return services.invoices.issue(draft.id).invoice

    def rendered(
        self, *, customer_id: int | None = None, language: str = "lv", pages: int = 2
    ) -> RenderedDocument:
        return RenderedDocument(
            kind="invoice",
            document_id=self.invoice.id,
            number=self.invoice.number,
            customer_id=customer_id or self.shop.ann,
            language=language,
            filename=f"Invoice {self.invoice.number}.pdf",
            pdf=tiny_pdf(pages),
        )


def three_rate_lines_for() -> list[LineInput]:
    return three_rate_lines(None)  # type: ignore[arg-type]  # the lines do not use the shop


@pytest.fixture
def setup(services: Services) -> Setup:
    return Setup(services)


def pdf_attachment(message: EmailMessage) -> tuple[str | None, bytes]:
    parts = [part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert len(parts) == 1
    payload = parts[0].get_content()
    assert isinstance(payload, bytes)
    return parts[0].get_filename(), payload


def email_log(services: Services, customer_id: int) -> list[Any]:
    page = services.contact_log.page(
        InteractionListQuery(kinds=(InteractionKind.EMAIL,), customer_id=customer_id)
    )
    return list(page.rows)


def configure_smtp(services: Services, controller: Controller, *, password: str | None = PASSWORD) -> None:
    services.sending.save_smtp_settings(
        SmtpSettings(
            host="127.0.0.1",
            port=controller.port,
            security=Security.NONE,
            username=USER,
            from_address="Saulīte SIA <office@saulite.example>",
            timeout_s=10,
        ),
        password=password,
    )


# --- drafts ------------------------------------------------------------------------------------------


def test_draft_is_an_eml_to_the_primary_email_with_the_pdf_and_is_logged(
    services: Services, setup: Setup, tmp_path: Path
) -> None:
    rendered = setup.rendered(pages=3)
    result = services.sending.write_draft(rendered, tmp_path / "outbox")

    assert result.path is not None and result.path.parent == tmp_path / "outbox"
    assert result.path.suffix == ".eml"
    assert [p.name for p in result.path.parent.iterdir()] == [result.path.name]  # no temp file left
    raw = result.path.read_bytes()
    assert b"\r\n" in raw
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["To"].addresses[0].addr_spec == "anna@example.lv"
    assert message["To"].addresses[0].display_name == "Anna Bērziņa"
    assert message["Subject"] == f"Rēķins {setup.invoice.number} – Saulīte SIA"
    assert message["X-Unsent"] == "1"
    assert message["From"].addresses[0].addr_spec == "office@saulite.example"
    body = message.get_body(("plain",))
    assert body is not None and "Labdien, Anna Bērziņa!" in body.get_content()
    assert pdf_attachment(message) == (rendered.filename, rendered.pdf)

    [logged] = email_log(services, setup.shop.ann)
    assert logged.id == result.interaction_id
    assert logged.subject == message["Subject"]
    assert setup.invoice.number in logged.body and str(result.path) in logged.body
    assert logged.invoice_id == setup.invoice.id


def test_two_drafts_of_the_same_document_get_two_files(
    services: Services, setup: Setup, tmp_path: Path
) -> None:
    first = services.sending.write_draft(setup.rendered(), tmp_path)
    second = services.sending.write_draft(setup.rendered(), tmp_path)
    assert first.path != second.path
    assert first.path is not None and first.path.exists() and second.path is not None and second.path.exists()
    assert len(email_log(services, setup.shop.ann)) == 2


def test_default_outbox_is_beside_the_database(services: Services, setup: Setup) -> None:
    result = services.sending.write_draft(setup.rendered())
    assert result.path is not None and result.path.parent == services.path.parent / "outbox"


def test_a_customer_without_email_is_refused_and_nothing_is_logged(
    services: Services, setup: Setup, tmp_path: Path
) -> None:
    rendered = setup.rendered(customer_id=setup.shop.nordic)
    with pytest.raises(ValidationError, match="has no email address"):
        services.sending.write_draft(rendered, tmp_path / "outbox")
    assert not (tmp_path / "outbox").exists()
    assert email_log(services, setup.shop.nordic) == []


def test_templates_are_per_language_and_the_owner_may_override_them(
    services: Services, setup: Setup, tmp_path: Path
) -> None:
    services.sending.set_email_template(
        "lv", EmailTemplate(subject="Rēķins {number} par {amount}", body="Summa: {amount}. {company}")
    )
    message = services.sending.compose(setup.rendered())
    assert message["Subject"] == f"Rēķins {setup.invoice.number} par 95,43\xa0€"
    body = message.get_body(("plain",))
    assert body is not None and body.get_content().strip() == "Summa: 95,43\xa0€. Saulīte SIA"
    # English is untouched; going back to the default restores the Latvian one.
    assert services.sending.compose(setup.rendered(language="en"))["Subject"].startswith("Invoice ")
    services.sending.set_email_template("lv", None)
    assert services.sending.compose(setup.rendered())["Subject"].startswith("Rēķins ")


@pytest.mark.parametrize(
    ("subject", "message"),
    [
        ("Invoice {numbr}", "unknown placeholder {numbr}"),
        ("Invoice {number.__class__}", "unknown placeholder"),
        ("Invoice {", "stray brace"),
        ("", "subject is empty"),
    ],
)
def test_a_broken_template_is_refused_with_one_line(services: Services, subject: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        services.sending.set_email_template("en", EmailTemplate(subject=subject, body="Hi"))
    assert "\n" not in str(caught.value)


def test_every_language_has_a_default_template(services: Services, setup: Setup) -> None:
    subjects = {
        lang: services.sending.compose(setup.rendered(language=lang))["Subject"]
        for lang in ("en", "lv", "es", "fa", "ru", "sv", "de")
    }
    number = setup.invoice.number
    assert subjects["es"] == f"Factura {number} – Saulīte SIA"
    assert subjects["ru"] == f"Счёт {number} – Saulīte SIA"
    assert subjects["sv"] == f"Faktura {number} – Saulīte SIA"
    assert subjects["fa"] == f"صورتحساب {number} – Saulīte SIA"
    assert subjects["de"] == subjects["en"] == f"Invoice {number} – Saulīte SIA"


# --- SMTP settings and the keyring -----------------------------------------------------------------


def test_the_password_goes_to_the_keyring_only(
    services: Services, memory_keyring: MemoryKeyring, db_file: Path
) -> None:
    saved = services.sending.save_smtp_settings(
        SmtpSettings(host=" smtp.example.lv ", port=465, security=Security.SSL, username=USER),
        password=PASSWORD,
    )
    assert saved.host == "smtp.example.lv"
    assert services.sending.smtp_settings() == saved
    assert memory_keyring.entries == {(KEYRING_SERVICE, USER): PASSWORD}
    assert services.sending.has_smtp_password()
    services.close()
    for path in db_file.parent.iterdir():  # the database, its WAL and anything beside it
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    with Services.open(db_file) as reopened:
        reopened.sending.save_smtp_settings(saved, password="")
        assert memory_keyring.entries == {}
        assert not reopened.sending.has_smtp_password()


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (SmtpSettings(host="smtp example"), "host"),
        (SmtpSettings(host="smtp.example", port=0), "port"),
        (SmtpSettings(host="smtp.example", from_address="not an address"), "from_address"),
    ],
)
def test_bad_smtp_settings_name_the_field(
    services: Services, memory_keyring: MemoryKeyring, settings: SmtpSettings, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.sending.save_smtp_settings(settings)
    assert caught.value.field == field


def test_no_keyring_on_the_machine_is_a_clear_error(services: Services) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(SendingError, match="No system keyring"):
            services.sending.save_smtp_settings(SmtpSettings(host="smtp.example", username="u"), password="p")
    finally:
        keyring.set_keyring(previous)
    assert not services.sending.smtp_settings().configured  # nothing half-saved


# --- SMTP against a real local server ----------------------------------------------------------------


def test_smtp_sends_to_the_customer_with_the_pdf_and_logs_it(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, captured = smtp_server
    configure_smtp(services, controller)
    rendered = setup.rendered()

    result = services.sending.send_smtp(rendered)

    [envelope] = captured.envelopes
    assert envelope.rcpt_tos == ["anna@example.lv"]
    assert envelope.mail_from == "office@saulite.example"
    message = captured.message()
    assert message["Subject"] == f"Rēķins {setup.invoice.number} – Saulīte SIA"
    assert message["To"].addresses[0].display_name == "Anna Bērziņa"
    assert "X-Unsent" not in message
    assert pdf_attachment(message) == (rendered.filename, rendered.pdf)
    assert result.server == f"127.0.0.1:{controller.port}"
    [logged] = email_log(services, setup.shop.ann)
    assert logged.id == result.interaction_id
    assert logged.subject == message["Subject"]
    assert setup.invoice.number in logged.body and "sent through" in logged.body


def test_smtp_persian_customer_gets_a_persian_subject_and_body(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, captured = smtp_server
    configure_smtp(services, controller)
    invoice = Setup.issue(services, setup.maryam)
    rendered = RenderedDocument(
        kind="invoice",
        document_id=invoice.id,
        number=invoice.number,
        customer_id=setup.maryam,
        language="fa",
        filename=f"Invoice {invoice.number}.pdf",
        pdf=tiny_pdf(1),
    )
    services.sending.send_smtp(rendered)
    message = captured.message()
    assert message["Subject"] == f"صورتحساب {invoice.number} – Saulīte SIA"
    assert message["To"].addresses[0].display_name == PERSIAN_NAME
    body = message.get_body(("plain",))
    assert body is not None and f"{PERSIAN_NAME} گرامی" in body.get_content()
    assert pdf_attachment(message)[1] == rendered.pdf
    [logged] = email_log(services, setup.maryam)
    assert logged.subject == message["Subject"]


def test_smtp_wrong_password_is_a_one_line_error_and_nothing_is_logged(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, captured = smtp_server
    configure_smtp(services, controller, password="wrong")
    with pytest.raises(SendingError, match="refused the user name or password") as caught:
        services.sending.send_smtp(setup.rendered())
    assert "\n" not in str(caught.value)
    assert captured.envelopes == []
    assert email_log(services, setup.shop.ann) == []


def test_smtp_without_a_stored_password_says_so(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, _captured = smtp_server
    configure_smtp(services, controller, password=None)
    with pytest.raises(SendingError, match="No password is stored"):
        services.sending.send_smtp(setup.rendered())


def test_smtp_host_unreachable_is_a_one_line_error(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring
) -> None:
    port = free_port()  # nothing listens there any more
    services.sending.save_smtp_settings(
        SmtpSettings(host="127.0.0.1", port=port, security=Security.NONE, from_address="a@b.example")
    )
    with pytest.raises(SendingError, match=f"Cannot reach the mail server 127.0.0.1:{port}"):
        services.sending.send_smtp(setup.rendered())
    assert email_log(services, setup.shop.ann) == []


def test_smtp_starttls_on_a_server_without_it_is_explained(
    services: Services, setup: Setup, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, _captured = smtp_server
    services.sending.save_smtp_settings(
        SmtpSettings(
            host="127.0.0.1", port=controller.port, security=Security.STARTTLS, from_address="a@b.example"
        )
    )
    with pytest.raises(SendingError, match="does not offer STARTTLS"):
        services.sending.send_smtp(setup.rendered())


def test_smtp_not_configured_is_refused(services: Services, setup: Setup) -> None:
    with pytest.raises(SendingError, match="No mail server is set up"):
        services.sending.send_smtp(setup.rendered())


def test_test_email_uses_unsaved_settings(
    services: Services, memory_keyring: MemoryKeyring, smtp_server: tuple[Controller, Captured]
) -> None:
    controller, captured = smtp_server
    typed = SmtpSettings(
        host="127.0.0.1", port=controller.port, security=Security.NONE, username=USER, from_address=USER
    )
    assert services.sending.send_test_email(typed, password=PASSWORD) == USER
    assert captured.envelopes[0].rcpt_tos == [USER]
    assert captured.message()["Subject"] == "crmdesk test email"
    assert not services.sending.smtp_settings().configured  # testing saves nothing
    with pytest.raises(CrmError, match="refused the user name or password"):
        services.sending.send_test_email(typed, password="nope")


def test_amount_of_a_draft_invoice_is_its_gross(services: Services, setup: Setup) -> None:
    draft = services.invoices.create_draft(
        InvoiceDraft(
            customer_id=setup.shop.ann,
            lines=[LineInput(description="Pump", quantity=D(2), unit_price=D("10.00"), tax_rate=D(21))],
        )
    )
    services.sending.set_email_template("en", EmailTemplate(subject="{amount}", body=""))
    rendered = RenderedDocument(
        kind="invoice",
        document_id=draft.id,
        number=f"draft {draft.id}",
        customer_id=setup.shop.ann,
        language="en",
        filename="Invoice draft.pdf",
        pdf=tiny_pdf(1),
    )
    assert services.sending.compose(rendered)["Subject"] == "€24.20"


# --- TLS: STARTTLS and implicit SSL against aiosmtpd with a test CA ------------------------------------


@pytest.fixture(scope="module")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A throw-away CA and a certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "crmdesk test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, cert_pem, key_pem = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca_pem, cert_pem, key_pem


def tls_server(test_ca: tuple[Path, Path, Path], *, implicit: bool) -> tuple[Controller, Captured]:
    import ssl

    _ca, cert, key = test_ca
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    handler = Captured()
    # aiosmtpd only counts STARTTLS as TLS for AUTH: on implicit TLS it must be told the link is secure.
    options: dict[str, Any] = (
        {"ssl_context": context, "auth_require_tls": False} if implicit else {"tls_context": context}
    )
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticator,
        server_hostname="127.0.0.1",
        **options,
    )
    controller.start()
    return controller, handler


@pytest.mark.parametrize("security", [Security.STARTTLS, Security.SSL])
def test_smtp_over_tls_with_a_trusted_certificate(
    services: Services,
    setup: Setup,
    memory_keyring: MemoryKeyring,
    test_ca: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    security: Security,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca[0]))  # the default context trusts the test CA only
    controller, captured = tls_server(test_ca, implicit=security is Security.SSL)
    try:
        services.sending.save_smtp_settings(
            SmtpSettings(
                host="127.0.0.1",
                port=controller.port,
                security=security,
                username=USER,
                from_address=USER,
                timeout_s=10,
            ),
            password=PASSWORD,
        )
        rendered = setup.rendered()
        services.sending.send_smtp(rendered)
    finally:
        controller.stop()
    assert captured.envelopes[0].rcpt_tos == ["anna@example.lv"]
    assert pdf_attachment(captured.message())[1] == rendered.pdf


def test_smtp_untrusted_certificate_is_a_one_line_error(
    services: Services,
    setup: Setup,
    memory_keyring: MemoryKeyring,
    test_ca: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(test_ca[1].with_name("nothing.pem")))  # trusts nothing
    monkeypatch.setenv("SSL_CERT_DIR", str(test_ca[1].parent / "none"))
    controller, captured = tls_server(test_ca, implicit=False)
    try:
        services.sending.save_smtp_settings(
            SmtpSettings(
                host="127.0.0.1", port=controller.port, security=Security.STARTTLS, from_address=USER
            )
        )
        with pytest.raises(SendingError, match=r"secure connection to 127\.0\.0\.1") as caught:
            services.sending.send_smtp(setup.rendered())
    finally:
        controller.stop()
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) and "\n" not in str(caught.value)
    assert captured.envelopes == []
