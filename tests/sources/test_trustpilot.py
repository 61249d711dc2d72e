"""Trustpilot: reading a business unit's reviews and posting the practice's replies."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    PermissionMissing,
    PlatformUnavailable,
    RateLimited,
)
from clinicrep.model import Platform, Source, SourceKind, Status
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import SourceContext
from clinicrep.sources.trustpilot import TrustpilotAuth, TrustpilotConnector
from clinicrep.store.db import Database
from clinicrep.store.reviews import (
    get_review_by_external_id,
    mark_missing_upstream,
    review_versions,
    upsert_reviews,
)
from clinicrep.store.sources import add_source
from fakes.loopback import FakeResponse
from fakes.source_setup import FAST_SETTINGS
from fakes.trustpilot_server import (
    API_KEY,
    API_SECRET,
    BUSINESS_UNIT_ID,
    BUSINESS_USER_ID,
    PASSWORD,
    USERNAME,
    FakeTpReview,
    FakeTrustpilot,
    tp_error,
)

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def tp_api() -> Iterator[FakeTrustpilot]:
    with FakeTrustpilot() as api:
        yield api  # type: ignore[misc]


def fill(api: FakeTrustpilot, count: int) -> None:
    """``count`` reviews, newest first, one every six hours back from START."""
    api.reviews = [
        FakeTpReview(f"tp{i}", 1 + i % 5, f"Review number {i}",
                     (START - timedelta(hours=6 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
        for i in range(count)
    ]  # fmt: skip


def make(api: FakeTrustpilot, *, db: Database | None = None, tokens: TokenStore | None = None,
         key: str | None = API_KEY, **settings: Any) -> TrustpilotConnector:  # fmt: skip
    source = Source(
        kind=SourceKind.TRUSTPILOT, name="Trustpilot", platform=Platform.TRUSTPILOT,
        settings={"api_base": api.url, "business_unit_id": BUSINESS_UNIT_ID,
                  "business_user_id": BUSINESS_USER_ID, **FAST_SETTINGS, **settings},
    )  # fmt: skip
    if db is not None:
        source = add_source(db, source)
    else:
        source.id = 1
    assert source.id is not None
    tokens = tokens or TokenStore()
    if key:
        tokens.set(source_owner(source.id), "api_key", key)
    tokens.set(source_owner(source.id), "api_secret", API_SECRET)
    return TrustpilotConnector(SourceContext(source, tokens))


def test_every_page_is_read_by_following_next_page_links(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 250)
    pages = list(make(tp_api).fetch(None))
    assert [len(p.reviews) for p in pages] == [100, 100, 50]
    assert [p.complete for p in pages] == [False, False, True]
    assert pages[-1].cursor == "2026-11-20T12:00:00Z"
    gets = tp_api.requests_to("/reviews", "GET")
    assert gets[0].param("perPage") == "100" and gets[0].param("page") == "1"
    assert [g.param("page") for g in gets] == ["1", "2", "3"]
    # the key goes in the header, never in a URL that could reach a log
    assert all(g.headers.get("apikey") == API_KEY and g.param("apikey") is None for g in gets)


def test_review_fields_and_nulls_are_read_as_documented(tp_api: FakeTrustpilot) -> None:
    tp_api.reviews = [
        FakeTpReview("a", 2, "Rude on the phone", "2026-11-20T10:00:00Z", title="Disappointed",
                     updated_at="2026-11-21T08:30:00.123Z", author="Piotr", language="pl",
                     reply={"text": "We are sorry, please call us.",
                            "createdAt": "2026-11-22T09:00:00Z"}),
        FakeTpReview("b", 5, "Great", "2026-11-19T10:00:00Z", title=None, author=None,
                     language=None),
    ]  # fmt: skip
    a, b = next(make(tp_api).fetch(None)).reviews
    assert (a.rating, a.title, a.text, a.author, a.language_hint) == (
        2, "Disappointed", "Rude on the phone", "Piotr", "pl")  # fmt: skip
    assert a.created_at == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert a.updated_at == datetime(2026, 11, 21, 8, 30, 0, 123000, tzinfo=UTC)
    assert a.upstream_reply == "We are sorry, please call us."
    assert a.upstream_reply_at == datetime(2026, 11, 22, 9, tzinfo=UTC)
    assert a.url == "https://www.trustpilot.com/reviews/a"
    assert (b.title, b.author, b.language_hint, b.updated_at, b.upstream_reply) == (
        "", "", "", None, None)  # fmt: skip


def test_a_business_unit_without_reviews_gives_an_empty_complete_scan(
    tp_api: FakeTrustpilot,
) -> None:
    pages = list(make(tp_api).fetch(None))
    assert [(p.reviews, p.complete) for p in pages] == [([], True)]


def test_a_later_sync_reads_only_the_recent_pages(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 500)  # 125 days of reviews
    c = make(tp_api, per_page=50)
    cursor = list(c.fetch(None))[-1].cursor
    tp_api.requests.clear()
    pages = list(c.fetch(cursor))
    # 30 days of overlap is 120 reviews: three pages of 50 reach past it
    assert len(tp_api.requests_to("/reviews")) == 3
    assert not pages[-1].complete


def test_a_wrong_api_key_asks_the_user_to_reconnect(tp_api: FakeTrustpilot) -> None:
    with pytest.raises(AuthExpired):
        list(make(tp_api, key="nope").fetch(None))


def test_a_forbidden_answer_means_a_missing_permission(tp_api: FakeTrustpilot) -> None:
    tp_api.fail_next(tp_error(403, "Forbidden"))
    with pytest.raises(PermissionMissing):
        list(make(tp_api).fetch(None))


def test_a_short_rate_limit_is_waited_out_and_a_long_one_reported(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 3)
    tp_api.fail_next(FakeResponse(429, {"message": "Too many"}, {"Retry-After": "0.05"}))
    assert len(next(make(tp_api).fetch(None)).reviews) == 3
    tp_api.fail_next(FakeResponse(429, {"message": "Too many"}, {"Retry-After": "3600"}))
    with pytest.raises(RateLimited) as caught:
        list(make(tp_api).fetch(None))
    assert caught.value.retry_after == 3600


def test_a_server_error_is_retried_then_succeeds(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 3)
    tp_api.fail_next(tp_error(500, "oops"))
    assert len(next(make(tp_api).fetch(None)).reviews) == 3


def test_a_body_that_is_not_json_is_a_bad_response(tp_api: FakeTrustpilot) -> None:
    tp_api.fail_next(FakeResponse(200, b"<html>Bad gateway</html>"))
    with pytest.raises(BadResponse):
        list(make(tp_api).fetch(None))


def test_a_slow_trustpilot_is_reported_unavailable(tp_api: FakeTrustpilot) -> None:
    tp_api.fail_next(FakeResponse(200, {"reviews": []}, delay=0.6), times=2)
    with pytest.raises(PlatformUnavailable):
        list(make(tp_api, timeout=0.2, retry_attempts=2).fetch(None))


def test_an_edited_review_keeps_its_earlier_text(tp_api: FakeTrustpilot, db: Database) -> None:
    fill(tp_api, 2)
    c = make(tp_api, db=db)
    upsert_reviews(db, next(c.fetch(None)).reviews)
    tp_api.reviews[0].text, tp_api.reviews[0].stars = "Changed my mind: good", 4
    result = upsert_reviews(db, next(c.fetch(None, full=True)).reviews)
    assert result.updated == 1
    assert [v.text for v in review_versions(db, result.updated_ids[0])] == ["Review number 0"]


def test_a_review_deleted_on_trustpilot_is_flagged_after_a_full_scan(
    tp_api: FakeTrustpilot, db: Database
) -> None:
    fill(tp_api, 3)
    c = make(tp_api, db=db)
    upsert_reviews(db, next(c.fetch(None)).reviews)
    del tp_api.reviews[1]
    pages = list(c.fetch(None, full=True))
    assert pages[-1].complete
    seen = {r.external_id for p in pages for r in p.reviews}
    assert mark_missing_upstream(db, c.source_id, seen) == 1
    gone = get_review_by_external_id(db, c.source_id, "tp1")
    assert gone is not None and gone.missing_upstream


def signed_in(api: FakeTrustpilot, **kwargs: Any) -> TrustpilotConnector:
    c = make(api, **kwargs)
    c.auth.sign_in(USERNAME, PASSWORD)
    return c


def test_signing_in_keeps_the_refresh_token_in_the_keyring_and_never_the_password(
    tp_api: FakeTrustpilot, memory_keyring: Any
) -> None:
    c = signed_in(tp_api)
    stored = memory_keyring.passwords
    assert any(k[1] == f"{source_owner(c.source_id)}:refresh_token" for k in stored)
    assert PASSWORD not in stored.values() and USERNAME not in stored.values()
    assert tp_api.token_requests == [{"grant_type": "password"}]


def test_a_reply_is_posted_as_the_business_user(tp_api: FakeTrustpilot, db: Database) -> None:
    fill(tp_api, 1)
    c = signed_in(tp_api, db=db)
    review = next(c.fetch(None)).reviews[0]
    c.publish_reply(review, "Thank you for your kind words, Anna.")
    (reply,) = tp_api.replies
    assert (reply.review_id, reply.author_business_user_id, reply.message) == (
        "tp0", BUSINESS_USER_ID, "Thank you for your kind words, Anna.")  # fmt: skip
    posts = tp_api.requests_to("/reply", "POST")
    assert len(posts) == 1 and posts[0].headers["content-type"].startswith("application/json")


def test_a_reply_with_an_expired_token_renews_it_once_and_posts_once(
    tp_api: FakeTrustpilot,
) -> None:
    fill(tp_api, 1)
    c = signed_in(tp_api)
    review = next(c.fetch(None)).reviews[0]
    tp_api.revoke_access_tokens()
    c.publish_reply(review, "Sorry to hear that.")
    assert len(tp_api.replies) == 1
    assert tp_api.token_requests == [{"grant_type": "password"}, {"grant_type": "refresh_token"}]


def test_a_refused_refresh_token_asks_the_user_to_sign_in_again(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 1)
    c = signed_in(tp_api)
    review = next(c.fetch(None)).reviews[0]
    tp_api.revoke_access_tokens()
    tp_api.refresh_tokens.clear()
    with pytest.raises(AuthExpired):
        c.publish_reply(review, "Hello")
    assert tp_api.replies == []


def test_a_new_session_reuses_the_access_token_instead_of_asking_again(
    tp_api: FakeTrustpilot,
) -> None:
    fill(tp_api, 1)
    tokens = TokenStore()
    first = signed_in(tp_api, tokens=tokens)
    review = next(first.fetch(None)).reviews[0]
    later = make(tp_api, tokens=tokens)  # e.g. after a restart: same keyring
    later.publish_reply(review, "Thanks!")
    assert tp_api.token_requests == [{"grant_type": "password"}]  # Trustpilot 429s eager refreshers


def test_replying_without_a_business_user_id_is_refused_before_any_call(
    tp_api: FakeTrustpilot,
) -> None:
    fill(tp_api, 1)
    c = signed_in(tp_api, business_user_id="")
    review = next(c.fetch(None)).reviews[0]
    with pytest.raises(PermissionMissing):
        c.publish_reply(review, "Hi")
    assert tp_api.requests_to("/reply") == []


def test_a_reply_removed_in_clinicrep_is_removed_on_trustpilot(tp_api: FakeTrustpilot) -> None:
    fill(tp_api, 1)
    c = signed_in(tp_api)
    review = next(c.fetch(None)).reviews[0]
    c.publish_reply(review, "Thanks")
    c.delete_reply(review)
    assert tp_api.replies == []


def test_a_next_page_link_to_another_host_stays_on_ours(tp_api: FakeTrustpilot) -> None:
    c = make(tp_api)
    moved = c._same_host("https://elsewhere.example/v1/business-units/x/reviews?page=2")
    assert moved == f"{tp_api.url}/v1/business-units/x/reviews?page=2"


def test_secrets_never_reach_logs_or_errors(
    tp_api: FakeTrustpilot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fill(tp_api, 1)
    c = signed_in(tp_api)
    review = next(c.fetch(None)).reviews[0]
    tp_api.fail_next(tp_error(500), path="/reply")
    with pytest.raises(PlatformUnavailable) as caught:
        c.publish_reply(review, "Hello")  # a POST is not retried: it may have arrived
    for secret in (API_KEY, API_SECRET, PASSWORD, "tp-access-1", "tp-refresh-1"):
        assert secret not in caplog.text
        assert secret not in str(caught.value) and secret not in repr(caught.value.params)


def test_the_answered_state_follows_the_company_reply(tp_api: FakeTrustpilot, db: Database) -> None:
    fill(tp_api, 1)
    tp_api.reviews[0].reply = {"text": "Thank you!", "createdAt": "2026-11-21T10:00:00Z"}
    c = make(tp_api, db=db)
    upsert_reviews(db, next(c.fetch(None)).reviews)
    stored = get_review_by_external_id(db, c.source_id, "tp0")
    assert stored is not None and stored.status == Status.ANSWERED


def test_auth_object_can_be_used_alone(tp_api: FakeTrustpilot) -> None:
    c = make(tp_api)
    auth = TrustpilotAuth(c.source, c.ctx.tokens)
    with pytest.raises(AuthExpired):
        auth.access_token()  # never signed in
    auth.sign_in(USERNAME, PASSWORD)
    assert auth.access_token() == "tp-access-1"
