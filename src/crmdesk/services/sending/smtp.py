"""SMTP settings (in the ``settings`` table), the password (only in the OS keyring) and the transport.

The password is stored with :mod:`keyring` under the service name :data:`KEYRING_SERVICE` and the SMTP
user name (or ``host`` when there is none); it never reaches the database, a file or a log line.
Every failure becomes a :class:`SendingError` with one line the owner can act on.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import parseaddr
from enum import StrEnum

from crmdesk.domain.errors import CrmError, ValidationError

SMTP_SETTING = "documents.smtp"
KEYRING_SERVICE = "crmdesk-smtp"
DEFAULT_TIMEOUT_S = 20


class SendingError(CrmError):
    """An email could not be written or sent (server unreachable, login refused, no address…)."""


class Security(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.SSL: 465}


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    from_address: str = ""
    """``Name <address>`` or a bare address; the company's email is used when empty."""
    timeout_s: int = DEFAULT_TIMEOUT_S

    @property
    def configured(self) -> bool:
        return bool(self.host)

    @property
    def keyring_user(self) -> str:
        """The keyring entry's name: the user name, or ``@host`` for a server without login."""
        return self.username or f"@{self.host}"

    def to_json(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "username": self.username,
            "from_address": self.from_address,
            "timeout_s": self.timeout_s,
        }

    @classmethod
    def from_json(cls, raw: object) -> SmtpSettings:
        """Whatever is stored; a missing or broken value gives the defaults for that field."""
        if not isinstance(raw, dict):
            return cls()
        found = cls()
        if isinstance(host := raw.get("host"), str):
            found = replace(found, host=host)
        if isinstance(security := raw.get("security"), str) and security in Security.__members__.values():
            found = replace(found, security=Security(security))
        port = raw.get("port")
        if isinstance(port, int) and not isinstance(port, bool):
            found = replace(found, port=port)
        if isinstance(username := raw.get("username"), str):
            found = replace(found, username=username)
        if isinstance(sender := raw.get("from_address"), str):
            found = replace(found, from_address=sender)
        timeout = raw.get("timeout_s")
        if isinstance(timeout, int) and not isinstance(timeout, bool) and timeout > 0:
            found = replace(found, timeout_s=timeout)
        return found


def check_settings(settings: SmtpSettings) -> SmtpSettings:
    """Trimmed settings, or a :class:`ValidationError` naming the field that is wrong."""
    host = settings.host.strip()
    if any(c.isspace() for c in host) or "/" in host:
        raise ValidationError(f"The mail server name {host!r} is not a host name.", field="host")
    try:
        security = Security(settings.security)
    except ValueError:
        raise ValidationError("Security is none, starttls or ssl.", field="security") from None
    if not 1 <= settings.port <= 65535:
        raise ValidationError("The port is a number from 1 to 65535.", field="port")
    sender = settings.from_address.strip()
    if sender and "@" not in parseaddr(sender)[1]:
        raise ValidationError(f"The sender {sender!r} is not an email address.", field="from_address")
    if settings.timeout_s <= 0:
        raise ValidationError("The time-out is a positive number of seconds.", field="timeout_s")
    return replace(
        settings, host=host, security=security, username=settings.username.strip(), from_address=sender
    )


# --- the password, in the OS keyring only -----------------------------------------------------------


# keyring is imported on first use: finding the OS backend costs ~25 ms that every start would pay.


def _keyring_failed(exc: Exception) -> SendingError:
    from keyring.errors import NoKeyringError

    if isinstance(exc, NoKeyringError):
        return SendingError("No system keyring is available to keep the mail password.")
    return SendingError(f"The system keyring refused: {exc}".rstrip(": ") + ".")


def read_password(settings: SmtpSettings) -> str | None:
    if not settings.configured:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise _keyring_failed(exc) from None


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep ``password`` for these settings' user; an empty one removes the stored password."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
        else:
            with contextlib.suppress(PasswordDeleteError):  # nothing was stored
                keyring.delete_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise _keyring_failed(exc) from None


# --- the transport ---------------------------------------------------------------------------------


def send_message(settings: SmtpSettings, password: str | None, message: EmailMessage) -> None:
    """Deliver ``message`` through the configured server, or raise :class:`SendingError`."""
    if not settings.configured:
        raise SendingError("No mail server is set up: enter it under Settings → Email.")
    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if settings.security is Security.SSL:
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
        with client:
            client.ehlo()
            if settings.security is Security.STARTTLS:
                client.starttls(context=context)
                client.ehlo()
            if settings.username:
                if not password:
                    raise SendingError(
                        f"No password is stored for {settings.username}: enter it in Settings."
                    )
                _login(client, settings.username, password)
            client.send_message(message)
    except SendingError:
        raise
    except UnicodeEncodeError:
        raise SendingError(
            f"The mail server {where} accepts only plain ASCII user names and passwords."
        ) from None
    except smtplib.SMTPAuthenticationError:
        raise SendingError(f"The mail server {where} refused the user name or password.") from None
    except smtplib.SMTPNotSupportedError as exc:
        text = str(exc).lower()
        if "starttls" in text:
            raise SendingError(
                f"The mail server {where} does not offer STARTTLS; choose other security."
            ) from None
        if "auth" in text:
            raise SendingError(
                f"The mail server {where} does not accept a login; clear the user name."
            ) from None
        raise SendingError(f"The mail server {where} refused: {exc}.") from None
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(sorted(exc.recipients))
        raise SendingError(f"The mail server {where} refused the address {refused}.") from None
    except smtplib.SMTPSenderRefused as exc:
        raise SendingError(f"The mail server {where} refused the sender {exc.sender}.") from None
    except smtplib.SMTPResponseException as exc:
        reply = (
            exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        )
        raise SendingError(
            f"The mail server {where} answered {exc.smtp_code}: {_one_line(str(reply))}."
        ) from None
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError) as exc:
        raise SendingError(
            f"The mail server {where} closed the connection ({_one_line(str(exc))})."
        ) from None
    except ssl.SSLError as exc:
        raise SendingError(f"A secure connection to {where} failed ({exc.reason or exc}).") from None
    except socket.gaierror:
        raise SendingError(f"The mail server {settings.host} is unknown: check the name.") from None
    except TimeoutError:
        raise SendingError(f"The mail server {where} did not answer in {settings.timeout_s} s.") from None
    except ConnectionRefusedError:
        raise SendingError(f"Cannot reach the mail server {where}: the connection was refused.") from None
    except OSError as exc:
        raise SendingError(f"Cannot reach the mail server {where}: {exc.strerror or exc}.") from None
    except smtplib.SMTPException as exc:
        raise SendingError(f"Sending through {where} failed: {_one_line(str(exc))}.") from None


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with AUTH PLAIN in UTF-8 (RFC 4616) when offered, else ``client.login`` (CRAM-MD5, LOGIN).

    smtplib encodes credentials as ASCII and fails on a password like ``pārole``; PLAIN carries UTF-8.
    One mechanism is tried, so a wrong password is one clear refusal.
    """
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    if "PLAIN" in client.esmtp_features["auth"].upper().split():
        token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
        code, reply = client.docmd("AUTH", "PLAIN " + token)
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)
        return
    client.login(user, password)


def _one_line(text: str) -> str:
    return " ".join(text.split()).rstrip(".")
