"""Drafts and publishing: draft -> sending -> published / failed, never posted twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from clinicrep.errors import AuthExpired, PlatformUnavailable
from clinicrep.guidelines.confidentiality import ConfidentialityFinding
from clinicrep.model import Platform, ReplyState, Review, Source, SourceKind, Status, utc_now
from clinicrep.publishing import (
    PublishBlocked,
    delete_published_reply,
    publish,
    reconcile_sending,
)
from clinicrep.secrets import TokenStore
from clinicrep.settings import Settings, save_settings
from clinicrep.sources.base import Page, PublishedReply, SourceContext
from clinicrep.sources.google import GoogleConnector
from clinicrep.store import Database, open_database
from clinicrep.store.events import events_for_review
from clinicrep.store.replies import (
    ReplyBusy,
    get_reply,
    other_published_texts,
    published_text,
    save_draft,
    sending_review_ids,
)
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

REPLY = (
    "Dear Maria, thank you for telling us. We are sorry about your experience and would like "
    "to look into it personally: please call us at +1 555 0100. Anna, practice manager"
)


class ProcessKilled(BaseException):
    """Stands for the program dying (power cut, kill -9) right after the request went out."""


class FakePlatform:
    """A Connector that keeps what was posted, like a platform would."""

    kind = "fake"
    can_publish = True

    def __init__(self) -> None:
        self.posted: list[str] = []
        self.deleted: list[str] = []
        self.live: dict[str, str] = {}  # external id -> reply the platform shows
        self.fail_with: Exception | None = None
        self.die_after_posting = False
        self.lose_answer_after_posting = False

    def fetch(self, since_cursor: str | None, *, full: bool = False) -> Iterator[Page]:
        return iter(())

    def publish_reply(self, review: Review, text: str) -> PublishedReply:
        if self.fail_with is not None:
            raise self.fail_with
        self.posted.append(text)
        self.live[review.external_id] = text
        if self.die_after_posting:
            raise ProcessKilled()
        if self.lose_answer_after_posting:
            raise PlatformUnavailable("read timeout")
        return PublishedReply(external_id=f"reply-{len(self.posted)}")

    def delete_reply(self, review: Review) -> None:
        self.deleted.append(review.external_id)
        self.live.pop(review.external_id, None)

    def review_url(self, review: Review) -> str:
        return ""

    def as_fetched(self, review: Review) -> Review:
        """The review as the next sync would bring it, with the reply the platform shows."""
        reply = self.live.get(review.external_id)
        return Review(
            source_id=review.source_id,
            external_id=review.external_id,
            created_at=review.created_at,
            author=review.author,
            rating=review.rating,
            text=review.text,
            upstream_reply=reply,
            upstream_reply_at=utc_now() if reply else None,
        )


def stored_review(db: Database, external_id: str = "g-1", **changes: object) -> Review:
    source = add_source(
        db, Source(kind=SourceKind.MANUAL, name=f"Google {external_id}", platform=Platform.GOOGLE)
    )
    assert source.id is not None
    review = Review(
        source_id=source.id,
        external_id=external_id,
        created_at=utc_now() - timedelta(hours=2),
        author="Maria Gonzalez",
        rating=2,
        text="I waited an hour past my slot.",
    )
    for key, value in changes.items():
        setattr(review, key, value)
    upsert_reviews(db, [review])
    assert review.id is not None
    fresh = get_review(db, review.id)
    assert fresh is not None
    return fresh


def reopen(db: Database) -> Database:
    db.close()
    return open_database(db.path)  # the same store: a file, or a database on the server


def event_kinds(db: Database, review: Review) -> list[str]:
    assert review.id is not None
    return [e.kind for e in events_for_review(db, review.id)]


# -- drafts ---------------------------------------------------------------------------
def test_a_draft_survives_a_restart(db: Database) -> None:
    review = stored_review(db)
    assert review.id is not None
    save_draft(db, review.id, "Dear Maria, thank")
    save_draft(db, review.id, "Dear Maria, thank you for")
    again = reopen(db)
    try:
        reply = get_reply(again, review.id)
        assert reply is not None
        assert reply.text == "Dear Maria, thank you for"
        assert reply.state == ReplyState.DRAFT
    finally:
        again.close()


# -- publishing -----------------------------------------------------------------------
def test_publishing_marks_the_reply_published_and_the_review_answered(db: Database) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    reply = publish(db, platform, review, REPLY)
    assert platform.posted == [REPLY]
    assert reply.state == ReplyState.PUBLISHED
    assert reply.external_id == "reply-1"
    assert reply.published_at is not None
    assert review.id is not None
    after = get_review(db, review.id)
    assert after is not None and after.status == Status.ANSWERED and after.answered_at
    kinds = event_kinds(db, review)
    assert "reply_sending" in kinds and "reply_published" in kinds and "status_changed" in kinds


def test_publish_is_refused_while_the_guard_finds_a_problem_and_nothing_is_sent(
    db: Database,
) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    risky = REPLY.replace("your experience", "your visit on March 3")
    with pytest.raises(PublishBlocked) as blocked:
        publish(db, platform, review, risky)
    found = {(f.code.value, f.text) for f in blocked.value.findings}
    assert ("confirms_patient", "your visit") in found and ("date", "March 3") in found
    # the date is also something the review never said: new information about the reviewer
    assert "new_information" in {code for code, _ in found}
    assert platform.posted == []
    assert review.id is not None
    assert get_reply(db, review.id) is None
    assert "reply_sending" not in event_kinds(db, review)


def test_an_override_needs_every_finding_confirmed_and_is_logged(db: Database) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    risky = REPLY.replace("your experience", "your visit on March 3")
    findings = blocked_findings(db, platform, review, risky)
    keys = {f.text: f.key for f in findings}
    with pytest.raises(PublishBlocked) as still:
        publish(db, platform, review, risky, confirmed_overrides={keys["your visit"]})
    assert "March 3" in [f.text for f in still.value.findings]
    assert "your visit" not in [f.text for f in still.value.findings]
    publish(db, platform, review, risky, confirmed_overrides=set(keys.values()))
    assert platform.posted == [risky]
    assert review.id is not None
    overrides = [e for e in events_for_review(db, review.id) if e.kind == "guard_override"]
    assert sorted(e.detail["words"] for e in overrides) == sorted(keys)


def test_a_reward_for_reviews_is_never_published_even_when_confirmed(db: Database) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    bribe = REPLY + " Leave us a five-star review and get 10% off!"
    findings = blocked_findings(db, platform, review, bribe)
    assert "reward" in {f.code.value for f in findings}
    with pytest.raises(PublishBlocked) as still:
        publish(db, platform, review, bribe, confirmed_overrides={f.key for f in findings})
    assert {f.code.value for f in still.value.findings} == {"reward"}
    assert platform.posted == []


def blocked_findings(
    db: Database, platform: FakePlatform, review: Review, text: str
) -> list[ConfidentialityFinding]:
    with pytest.raises(PublishBlocked) as blocked:
        publish(db, platform, review, text)
    return blocked.value.findings


def test_the_practices_own_name_in_settings_is_not_held_against_the_reply(db: Database) -> None:
    save_settings(db, Settings(practice_name="Smile Implant Centre"))
    review = stored_review(db)
    text = REPLY + " (Smile Implant Centre)"
    assert publish(db, FakePlatform(), review, text).state == ReplyState.PUBLISHED


def test_a_refused_publish_is_failed_and_can_be_retried(db: Database) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    platform.fail_with = AuthExpired("401")
    with pytest.raises(AuthExpired):
        publish(db, platform, review, REPLY)
    assert review.id is not None
    reply = get_reply(db, review.id)
    assert reply is not None and reply.state == ReplyState.FAILED and reply.error == "auth_expired"
    after = get_review(db, review.id)
    assert after is not None and after.status == Status.NEW
    platform.fail_with = None
    assert publish(db, platform, review, REPLY).state == ReplyState.PUBLISHED
    assert platform.posted == [REPLY]


def test_a_crash_between_sending_and_the_answer_never_posts_twice(db: Database) -> None:
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()
    platform.die_after_posting = True
    with pytest.raises(ProcessKilled):
        publish(db, platform, review, REPLY)
    # The program restarts: the reply is still 'sending', and sending it again is refused.
    db = reopen(db)
    try:
        assert sending_review_ids(db) == [review.id]
        platform.die_after_posting = False
        with pytest.raises(ReplyBusy):
            publish(db, platform, review, REPLY)
        with pytest.raises(ReplyBusy):
            save_draft(db, review.id, "something else")
        # The next sync fetches the review; the platform shows the reply: it is published.
        fetched = platform.as_fetched(review)
        upsert_reviews(db, [fetched])
        outcomes = reconcile_sending(db, [fetched])
        assert [(o.review_id, o.state) for o in outcomes] == [(review.id, ReplyState.PUBLISHED)]
        reply = get_reply(db, review.id)
        assert reply is not None and reply.state == ReplyState.PUBLISHED
        assert platform.posted == [REPLY]  # once, and only once
        after = get_review(db, review.id)
        assert after is not None and after.status == Status.ANSWERED
        assert sending_review_ids(db) == []
    finally:
        db.close()


def test_a_reply_lost_before_it_reached_the_platform_becomes_failed_for_the_user_to_retry(
    db: Database,
) -> None:
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()
    platform.fail_with = ProcessKilled()  # type: ignore[assignment]
    with pytest.raises(ProcessKilled):
        publish(db, platform, review, REPLY)
    db = reopen(db)
    try:
        fetched = platform.as_fetched(review)  # the platform shows no reply
        outcomes = reconcile_sending(db, [fetched])
        assert [o.state for o in outcomes] == [ReplyState.FAILED]
        assert platform.posted == []  # reconciling never posts
        platform.fail_with = None
        assert publish(db, platform, review, REPLY).state == ReplyState.PUBLISHED
        assert platform.posted == [REPLY]
    finally:
        db.close()


def test_a_timeout_leaves_the_reply_sending_until_the_platform_shows_it(db: Database) -> None:
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()
    platform.lose_answer_after_posting = True
    with pytest.raises(PlatformUnavailable):
        publish(db, platform, review, REPLY)
    reply = get_reply(db, review.id)
    assert reply is not None
    assert reply.state == ReplyState.SENDING and reply.error == "platform_unavailable"
    assert "reply_unconfirmed" in event_kinds(db, review)
    reconcile_sending(db, [platform.as_fetched(review)])
    reply = get_reply(db, review.id)
    assert reply is not None and reply.state == ReplyState.PUBLISHED
    assert platform.posted == [REPLY]


def test_editing_a_published_reply_keeps_the_live_text_until_it_is_published_again(
    db: Database,
) -> None:
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()
    publish(db, platform, review, REPLY)
    edited = REPLY.replace("personally", "personally and soon")
    draft = save_draft(db, review.id, edited)
    assert draft.state == ReplyState.DRAFT
    assert draft.published_at is not None  # the editor can say "replaces the published reply"
    assert published_text(db, review.id) == REPLY
    publish(db, platform, review, edited)
    assert platform.live[review.external_id] == edited
    assert published_text(db, review.id) == edited
    sending = [e for e in events_for_review(db, review.id) if e.kind == "reply_sending"]
    assert [e.detail["replacing"] for e in sending] == [False, True]


def test_deleting_a_published_reply_reopens_the_review_and_keeps_the_text(db: Database) -> None:
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()
    publish(db, platform, review, REPLY)
    delete_published_reply(db, platform, review)
    assert platform.deleted == [review.external_id]
    reply = get_reply(db, review.id)
    assert reply is not None
    assert reply.state == ReplyState.DRAFT and reply.text == REPLY and reply.published_at is None
    after = get_review(db, review.id)
    assert after is not None and after.status == Status.IN_PROGRESS
    assert "reply_deleted" in event_kinds(db, review)


def test_other_published_replies_feed_the_copy_paste_check(db: Database) -> None:
    first = stored_review(db, "g-1")
    second = stored_review(db, "g-2")
    publish(db, FakePlatform(), first, REPLY)
    assert other_published_texts(db, second.id) == [REPLY]
    assert other_published_texts(db, first.id) == []


# -- through the real Google connector, against the loopback Google ------------------------
@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


def test_a_reply_published_to_google_shows_on_the_next_sync_and_is_sent_once(
    db: Database, google_api: FakeGoogle
) -> None:
    location = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(
        location, 1, star="TWO", comment="I waited for an hour.", display_name="Maria Gonzalez"
    )
    tokens = TokenStore()
    connector = GoogleConnector(
        SourceContext(source=google_source(db, google_api, tokens), tokens=tokens)
    )
    try:
        [fetched] = [r for page in connector.fetch(None) for r in page.reviews]
        upsert_reviews(db, [fetched])
        assert fetched.id is not None
        review = get_review(db, fetched.id)
        assert review is not None

        reply = publish(db, connector, review, REPLY)

        assert reply.state == ReplyState.PUBLISHED
        assert google_api.replies == [(f"{location.parent}/reviews/{review.external_id}", REPLY)]
        [again] = [r for page in connector.fetch(None, full=True) for r in page.reviews]
        assert again.upstream_reply == REPLY
        assert reconcile_sending(db, [again]) == []  # nothing was left in 'sending'
    finally:
        connector.close()
