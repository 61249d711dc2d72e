"""Crisis alerts by e-mail through the practice's own mail server, via a queue in the store.

An alert is queued once (the outbox row's key is the alert's key), sent when the server
accepts it, and kept and retried at the next run when it does not: never lost, never sent
twice. Quiet hours hold messages until they end; digest mode holds alerts for one e-mail a
day. Messages carry the reason, the platform, a short excerpt of the public review and its
link, in the UI language -- never a reply draft or internal notes.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from PySide6.QtCore import QCoreApplication

from clinicrep.analysis.triage import describe_alert
from clinicrep.errors import ClinicrepError, NoSecureStorage
from clinicrep.labels import platform_label
from clinicrep.model import Alert, Review, utc_now
from clinicrep.monitoring.health import StaleWarning, describe_stale
from clinicrep.secrets import TokenStore
from clinicrep.settings import Settings
from clinicrep.store import outbox
from clinicrep.store.db import Database
from clinicrep.store.reviews import get_review, reviews_by_ids

log = logging.getLogger(__name__)

SMTP_OWNER = "smtp"
SMTP_PASSWORD = "password"
TIMEOUT_SECONDS = 20.0
EXCERPT_CHARS = 240


class MailError(ClinicrepError):
    """The mail server could not be reached or refused the message."""

    code = "mail_failed"


class MailAuthFailed(MailError):
    code = "mail_auth_failed"


@dataclass(slots=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # "starttls" | "ssl" | "none"
    user: str
    sender: str
    recipients: list[str]
    password: str | None = field(default=None, repr=False)
    timeout: float = TIMEOUT_SECONDS


def smtp_config(settings: Settings, tokens: TokenStore | None) -> SmtpConfig | None:
    """The mail settings, with the password from the keyring; None when mail is not set up."""
    recipients = [r.strip() for r in settings.alert_recipients if r.strip()]
    if not settings.smtp_host.strip() or not recipients:
        return None
    password = None
    if settings.smtp_user and tokens is not None:
        try:
            password = tokens.get(SMTP_OWNER, SMTP_PASSWORD)
        except NoSecureStorage:
            log.warning("no keyring: the SMTP password cannot be read")
    sender = settings.smtp_sender.strip() or (
        settings.smtp_user if "@" in settings.smtp_user else settings.contact_email
    )
    return SmtpConfig(
        host=settings.smtp_host.strip(),
        port=int(settings.smtp_port),
        security=settings.smtp_security,
        user=settings.smtp_user.strip(),
        sender=sender.strip() or "clinicrep@localhost",
        recipients=recipients,
        password=password,
    )


def send_mail(config: SmtpConfig, subject: str, body: str) -> None:
    """Deliver one plain-text message to every recipient; ``MailError`` when it did not go."""
    message = EmailMessage()
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="clinicrep.local")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    context = ssl.create_default_context()
    try:
        if config.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout, context=context
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        with client:
            client.ehlo()
            if config.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if config.user:
                client.login(config.user, config.password or "")
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as e:
        raise MailAuthFailed(f"SMTP login refused ({e.smtp_code})") from None
    except (smtplib.SMTPException, OSError, ssl.SSLError) as e:
        # the server's words may echo what we sent: the log gets the class name only
        raise MailError(
            f"SMTP failed: {type(e).__name__}",
            host=config.host,
            port=config.port,
            reason=_failure_reason(e),
        ) from None


def _failure_reason(error: BaseException) -> str:
    """Which setting a failed delivery points at: the server's name, the port, the security,
    or what the server refused (the sender or an address)."""
    if isinstance(error, socket.gaierror):
        return "server_not_found"
    if isinstance(error, ssl.SSLError | smtplib.SMTPNotSupportedError):
        return "secure_connection"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        # SSL/TLS spoken to a STARTTLS port (or the reverse) ends this way too
        return "secure_connection"
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused):
        return "address_refused"
    if isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException):
        return "no_connection"
    return "refused"


Sender = Callable[[SmtpConfig, str, str], None]


def send_test_message(
    settings: Settings,
    tokens: TokenStore | None,
    *,
    password: str | None = None,
    send: Sender = send_mail,
) -> None:
    """ "Send a test message": at once, outside the queue and quiet hours."""
    config = smtp_config(settings, tokens)
    if config is None:
        raise MailError("mail is not set up", reason="not_configured")
    if password:
        config.password = password
    subject = QCoreApplication.translate("AlertMail", "clinicrep: test message")
    body = QCoreApplication.translate(
        "AlertMail",
        "This is a test message from clinicrep. Crisis alerts for {practice} will arrive "
        "like this one.",
    ).format(
        practice=settings.practice_name or QCoreApplication.translate("AlertMail", "your practice")
    )
    send(config, subject, body)


# -- composing ----------------------------------------------------------------------
def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1].rstrip() + "…"


def _review_block(review: Review) -> str:
    """The public review only: platform, date, rating, excerpt, link."""
    lines = [
        QCoreApplication.translate("AlertMail", "Platform: {platform}").format(
            platform=platform_label(review.platform)
        ),
        QCoreApplication.translate("AlertMail", "Written: {date}").format(
            date=review.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        ),
    ]
    if review.rating:
        lines.append(
            QCoreApplication.translate("AlertMail", "Rating: {stars}★").format(stars=review.rating)
        )
    if review.text.strip():
        lines.append(f"“{_excerpt(review.text)}”")
    if review.url:
        lines.append(
            QCoreApplication.translate("AlertMail", "Open the review: {url}").format(url=review.url)
        )
    return "\n".join(lines)


def compose_alert(db: Database, alert: Alert) -> tuple[str, str]:
    """Subject and body of one alert's e-mail, in the UI language."""
    parts = [describe_alert(alert), ""]
    if alert.kind == "urgent":
        subject = QCoreApplication.translate("AlertMail", "clinicrep alert: an urgent review")
        review = get_review(db, alert.review_id) if alert.review_id is not None else None
        if review is not None:
            subject = QCoreApplication.translate(
                "AlertMail", "clinicrep alert: an urgent review on {platform}"
            ).format(platform=platform_label(review.platform))
            parts.append(_review_block(review))
    else:
        subject = QCoreApplication.translate(
            "AlertMail", "clinicrep alert: many negative reviews at once"
        )
        days = 1 if alert.detail.get("window") == "day" else 7
        ids = outbox.negative_review_ids_between(
            db, alert.raised_at - timedelta(days=days), alert.raised_at
        )
        examples = reviews_by_ids(db, ids)
        if examples:
            parts.append(QCoreApplication.translate("AlertMail", "The newest of them:"))
            for review in examples:
                parts.extend(["", _review_block(review)])
    parts.extend(["", _footer()])
    return subject, "\n".join(parts)


def _footer() -> str:
    return QCoreApplication.translate(
        "AlertMail",
        "Open clinicrep on the practice's computer to read the review in full and answer it.",
    )


def queue_alerts(db: Database, alerts: list[Alert], settings: Settings) -> int:
    """Queue an e-mail for each new alert (once per alert key); the number queued."""
    if smtp_config(settings, None) is None:
        return 0
    queued = 0
    for alert in alerts:
        subject, body = compose_alert(db, alert)
        if outbox.queue_message(
            db,
            key=f"alert:{alert.key}",
            kind="alert",
            subject=subject,
            body=body,
            digest=settings.daily_digest,
        ):
            queued += 1
    return queued


def queue_stale_warning(db: Database, warning: StaleWarning, settings: Settings) -> bool:
    """Queue the "not watching" e-mail once per stale episode."""
    if smtp_config(settings, None) is None:
        return False
    subject = QCoreApplication.translate("AlertMail", "clinicrep: reviews are not being checked")
    body = describe_stale(warning) + "\n\n" + _footer()
    return outbox.queue_message(db, key=warning.key, kind="stale", subject=subject, body=body)


# -- sending ------------------------------------------------------------------------
def in_quiet_hours(settings: Settings, local: datetime) -> bool:
    start, end = settings.quiet_hours_start, settings.quiet_hours_end
    if not (0 <= start <= 23 and 0 <= end <= 23) or start == end:
        return False
    if start < end:
        return start <= local.hour < end
    return local.hour >= start or local.hour < end  # over midnight, e.g. 22 -> 7


@dataclass(slots=True)
class FlushResult:
    sent: int = 0
    failed: int = 0
    held: int = 0  # quiet hours, or waiting for the digest
    error: ClinicrepError | None = field(default=None, repr=False)


def flush_outbox(
    db: Database,
    settings: Settings,
    tokens: TokenStore | None,
    *,
    now: datetime | None = None,
    send: Sender = send_mail,
) -> FlushResult:
    """Send what is due; a message the server did not take stays queued for the next run."""
    now = now or utc_now()
    local = now.astimezone()
    result = FlushResult()
    config = smtp_config(settings, tokens)
    if config is None:
        result.held = len(outbox.pending_messages(db, digest=False))
        return result
    _make_digest_if_due(db, settings, local=local, now=now)
    pending = outbox.pending_messages(db, digest=False)
    result.held = len(outbox.pending_messages(db, digest=True))
    if in_quiet_hours(settings, local):
        result.held += len(pending)
        return result
    for message in pending:
        try:
            send(config, message.subject, message.body)
        except MailError as e:
            outbox.mark_failed(db, message.id, e.code, at=now)
            result.failed += 1
            result.error = e
            log.warning("e-mail %s not sent (%s); kept for the next run", message.key, e.detail)
            break  # the server is down or refuses us: the rest waits for the next run too
        outbox.mark_sent(db, message.id, at=now)
        result.sent += 1
    if result.error is not None:
        result.failed = len(pending) - result.sent  # all of them wait for the next run
    return result


def _make_digest_if_due(
    db: Database, settings: Settings, *, local: datetime, now: datetime
) -> None:
    """Once a day, from the digest hour, fold the held alerts into one message."""
    held = outbox.pending_messages(db, digest=True)
    if not held or local.hour < settings.digest_hour:
        return
    key = f"digest:{local.date().isoformat()}"
    if outbox.has_message(db, key):
        return  # today's digest went out already; what came later waits for tomorrow's
    subject = QCoreApplication.translate("AlertMail", "clinicrep: %n alert(s) today", "", len(held))
    sections = [
        QCoreApplication.translate(
            "AlertMail", "The alerts raised since the last digest, oldest first."
        )
    ]
    for item in held:
        sections.extend(["", "—" * 20, item.subject, "", item.body.replace(_footer(), "").strip()])
    sections.extend(["", _footer()])
    outbox.queue_digest(
        db,
        key=key,
        subject=subject,
        body="\n".join(sections),
        item_ids=[m.id for m in held],
        at=now,
    )


def mail_new_alerts(
    db: Database, alerts: list[Alert], settings: Settings, tokens: TokenStore | None
) -> FlushResult:
    """The window's path: queue the new alerts' e-mails and send what is due (never raises
    for the mail server: what did not go stays queued for the next check)."""
    queue_alerts(db, alerts, settings)
    return flush_outbox(db, settings, tokens)
