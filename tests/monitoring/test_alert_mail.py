"""Crisis alerts reach the practice's mailbox once, through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.monitoring import mailer
from clinicrep.monitoring.unattended import follow_up
from clinicrep.secrets import TokenStore
from clinicrep.settings import Settings, load_settings, save_settings
from clinicrep.store import Database
from clinicrep.store.outbox import all_messages
from clinicrep.store.replies import save_draft
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

from .conftest import free_port

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

NOW = datetime.now(UTC).replace(microsecond=0)
SECRET = "s3cret-Mail-Pa55"


@pytest.fixture(autouse=True)
def _qt(qapp):  # the e-mails are composed with Qt's translate(), as in the scheduled run
    return qapp


def mail_settings(port: int, **changes: object) -> Settings:
    settings = Settings(
        practice_name="Family Clinic",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_sender="alerts@clinic.example",
        alert_recipients=["owner@clinic.example", "manager@clinic.example"],
    )
    for key, value in changes.items():
        setattr(settings, key, value)
    return settings


def add_reviews(db: Database, specs: list[tuple[int, str, int, int]]) -> Source:
    """(rating, text, urgency, hours ago) each, negative, on Google."""
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Google", platform=Platform.GOOGLE))
    assert source.id is not None
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id=f"g{i}-{text[:5]}",
                created_at=NOW - timedelta(hours=hours),
                author="Patient",
                rating=rating,
                text=text,
                url=f"https://maps.example/review/{i}",
                analysis=Analysis(
                    language="en",
                    sentiment=Sentiment.NEGATIVE,
                    sentiment_score=-0.8,
                    urgency=urgency,
                    urgency_reason="stars=1|legal=lawyer" if urgency >= 70 else "stars=2",
                ),
            )
            for i, (rating, text, urgency, hours) in enumerate(specs)
        ],
    )
    return source


def run(db: Database, settings: Settings, tokens: TokenStore | None = None, now=NOW):
    save_settings(db, settings)
    return follow_up(db, load_settings(db), tokens or TokenStore(), sync_exit=0, now=now)


def test_an_urgent_review_is_mailed_once_with_reason_platform_excerpt_and_link(
    db: Database, smtp_server
) -> None:
    controller, inbox = smtp_server
    add_reviews(db, [(1, "My lawyer will hear about the botched filling. " * 12, 90, 2)])
    save_draft(db, 1, "DRAFT: we are so sorry, please call us")
    first = run(db, mail_settings(controller.port))
    assert (first.new_alerts, first.mails_sent) == (1, 1)
    (mail,) = inbox.messages
    assert mail["To"] == "owner@clinic.example, manager@clinic.example"
    assert mail["Subject"] == "clinicrep alert: an urgent review on Google"
    body = mail.get_payload(decode=True).decode("utf-8")
    assert "An urgent review (urgency 90): 1★, mentions “lawyer” (legal action)." in body
    assert "Platform: Google" in body
    assert "“My lawyer will hear about the botched filling." in body and "…”" in body
    assert len(body) < 1500  # an excerpt, not the whole review
    assert "Open the review: https://maps.example/review/0" in body
    assert "DRAFT" not in body
    # the next scheduled run raises nothing new and mails nothing again
    again = run(db, mail_settings(controller.port))
    assert (again.new_alerts, again.mails_sent) == (0, 0)
    assert len(inbox.messages) == 1


def test_a_spike_raised_twice_sends_one_email(db: Database, smtp_server) -> None:
    controller, inbox = smtp_server
    add_reviews(db, [(2, f"Waited two hours, rude desk, visit {n}", 10, n + 1) for n in range(5)])
    run(db, mail_settings(controller.port))
    first = len(inbox.messages)
    run(db, mail_settings(controller.port), now=NOW + timedelta(minutes=30))
    assert len(inbox.messages) == first  # the same spike, seen again: no second e-mail
    spikes = [m for m in inbox.messages if "many negative reviews" in m["Subject"]]
    day = [m for m in spikes if "24 hours" in m.get_payload(decode=True).decode()]
    week = [m for m in spikes if "7 days" in m.get_payload(decode=True).decode()]
    assert len(day) == 1 and len(week) == 1  # the day's and the week's spike: one each
    assert len(day) == 1
    assert "Waited two hours, rude desk" in day[0].get_payload(decode=True).decode()


def test_a_spike_that_lasts_past_midnight_is_not_mailed_again(db: Database, smtp_server) -> None:
    controller, inbox = smtp_server
    late = (NOW + timedelta(days=1)).replace(hour=0, minute=0, second=0) - timedelta(minutes=10)
    ahead = int((late - NOW).total_seconds() // 3600)  # the reviews came in the hours before
    add_reviews(db, [(2, f"Rude desk, waited, visit {n}", 10, n + 1 - ahead) for n in range(5)])
    run(db, mail_settings(controller.port), now=late)
    first = len(inbox.messages)
    assert first >= 1
    run(db, mail_settings(controller.port), now=late + timedelta(minutes=30))  # the next day
    assert len(inbox.messages) == first


def test_smtp_down_keeps_the_alert_queued_and_sends_it_once_the_server_is_back(
    db: Database, smtp_server
) -> None:
    controller, inbox = smtp_server
    add_reviews(db, [(1, "I am calling my lawyer today", 90, 1)])
    down = mail_settings(free_port())  # nothing listens there
    outcome = run(db, down)
    assert outcome.mails_sent == 0 and outcome.error == "mail_failed"
    (queued,) = all_messages(db)
    assert queued.sent_at is None and queued.attempts == 1 and queued.last_error == "mail_failed"
    run(db, down, now=NOW + timedelta(minutes=15))  # still down: still kept
    assert all_messages(db)[0].attempts == 2 and not inbox.messages
    back = run(db, mail_settings(controller.port), now=NOW + timedelta(minutes=30))
    assert back.mails_sent == 1 and len(inbox.messages) == 1
    run(db, mail_settings(controller.port), now=NOW + timedelta(minutes=45))
    assert len(inbox.messages) == 1  # sent once, never again


def test_send_a_test_message_reaches_the_mailbox(db: Database, smtp_server) -> None:
    controller, inbox = smtp_server
    mailer.send_test_message(mail_settings(controller.port), TokenStore())
    (mail,) = inbox.messages
    assert mail["Subject"] == "clinicrep: test message"
    assert "Family Clinic" in mail.get_payload(decode=True).decode()


def test_send_a_test_message_to_a_dead_server_says_what_to_check(db: Database) -> None:
    with pytest.raises(mailer.MailError) as caught:
        mailer.send_test_message(mail_settings(free_port()), TokenStore())
    from clinicrep.messages import user_message

    assert "File → Settings… → Monitoring and e-mail" in user_message(caught.value)


def test_the_daily_digest_holds_alerts_and_sends_them_together_once(
    db: Database, smtp_server
) -> None:
    controller, inbox = smtp_server
    add_reviews(db, [(1, "Lawyer letter coming", 90, 1), (1, "Reporting to my lawyer", 95, 2)])
    local_morning = NOW.astimezone().replace(hour=6, minute=0)
    digest = mail_settings(controller.port, daily_digest=True, digest_hour=8)
    run(db, digest, now=local_morning.astimezone(UTC))
    assert not inbox.messages  # held for the digest
    run(db, digest, now=(local_morning + timedelta(hours=3)).astimezone(UTC))
    (mail,) = inbox.messages
    assert mail["Subject"] == "clinicrep: 2 alerts today"
    body = mail.get_payload(decode=True).decode()
    assert body.count("clinicrep alert: an urgent review on Google") == 2
    run(db, digest, now=(local_morning + timedelta(hours=4)).astimezone(UTC))
    assert len(inbox.messages) == 1


def test_quiet_hours_hold_an_alert_until_they_end(db: Database, smtp_server) -> None:
    controller, inbox = smtp_server
    add_reviews(db, [(1, "My lawyer will call", 90, 1)])
    night = NOW.astimezone().replace(hour=23, minute=30)
    quiet = mail_settings(controller.port, quiet_hours_start=22, quiet_hours_end=7)
    outcome = run(db, quiet, now=night.astimezone(UTC))
    assert outcome.mails_sent == 0 and outcome.mails_waiting == 1 and not inbox.messages
    run(db, quiet, now=(night + timedelta(hours=8)).astimezone(UTC))
    assert len(inbox.messages) == 1


def test_the_smtp_password_is_used_but_stored_in_no_file(
    db: Database, data_dir: Path, tmp_path: Path, memory_keyring
) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from .conftest import Inbox

    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password.decode() == SECRET)

    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticator,
        auth_require_tls=False,
    )  # fmt: skip
    controller.start()
    try:
        tokens = TokenStore()
        tokens.set(mailer.SMTP_OWNER, mailer.SMTP_PASSWORD, SECRET)
        add_reviews(db, [(1, "My lawyer will call", 90, 1)])
        settings = mail_settings(controller.port, smtp_user="owner@clinic.example")
        outcome = run(db, settings, tokens)
        assert outcome.mails_sent == 1 and logins == [("owner@clinic.example", SECRET)]
        assert SECRET not in repr(mailer.smtp_config(settings, tokens))
    finally:
        controller.stop()
    if db.dialect == "sqlite":
        db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    else:  # the shared store: in no row of any table on the server
        for (table,) in db.fetchall("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"):
            assert SECRET not in repr(db.fetchall(f'SELECT * FROM "{table}"')), table
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_wrong_password_is_reported_as_such_and_the_alert_kept(db: Database) -> None:
    def refuse(config, subject, body):
        raise mailer.MailAuthFailed("535")

    add_reviews(db, [(1, "My lawyer will call", 90, 1)])
    save_settings(db, mail_settings(25, smtp_user="owner"))
    outcome = follow_up(db, load_settings(db), TokenStore(), sync_exit=0, now=NOW, send=refuse)
    assert outcome.error == "mail_auth_failed"
    assert all_messages(db)[0].sent_at is None
