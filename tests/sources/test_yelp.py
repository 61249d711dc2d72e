"""Yelp: the three excerpts Yelp shows, read against a loopback Fusion API."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from clinicrep.errors import (
    AuthExpired,
    BadResponse,
    NotFound,
    NotSupported,
    PermissionMissing,
    PlatformUnavailable,
    RateLimited,
)
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import SourceContext
from clinicrep.sources.yelp import YelpConnector
from clinicrep.store.db import Database
from clinicrep.store.reviews import review_versions, upsert_reviews
from clinicrep.store.sources import add_source
from fakes.loopback import FakeResponse
from fakes.source_setup import FAST_SETTINGS
from fakes.yelp_server import API_KEY, BUSINESS_ID, FakeYelp, FakeYelpReview, yelp_error


@pytest.fixture
def yelp_api() -> Iterator[FakeYelp]:
    with FakeYelp() as api:
        yield api  # type: ignore[misc]


def connector(api: FakeYelp, *, key: str | None = API_KEY, source_id: int = 1,
              **settings: Any) -> YelpConnector:  # fmt: skip
    source = Source(
        kind=SourceKind.YELP, name="Yelp", platform=Platform.YELP, id=source_id,
        settings={"api_base": api.url, "business_id": BUSINESS_ID, **FAST_SETTINGS, **settings},
    )  # fmt: skip
    tokens = TokenStore()
    if key:
        tokens.set(source_owner(source_id), "api_key", key)
    return YelpConnector(SourceContext(source, tokens))


def three_reviews(api: FakeYelp) -> None:
    api.reviews = [
        FakeYelpReview("r1", "Dr. Lee was thorough and kind...", 5, "2026-11-20 10:00:00"),
        FakeYelpReview(
            "r2",
            "Waited ninety minutes past my slot...",
            2,
            "2026-07-04 23:30:00",
            user_name="Sam P.",
        ),  # fmt: skip
        FakeYelpReview("r3", "Front desk lost my paperwork...", 1, "2026-03-08 01:59:59"),
    ]
    api.total = 41


def test_yelp_excerpts_arrive_marked_as_excerpts_with_their_page_and_utc_times(
    yelp_api: FakeYelp,
) -> None:
    three_reviews(yelp_api)
    pages = list(connector(yelp_api).fetch(None))
    assert len(pages) == 1
    page = pages[0]
    assert page.total_hint == 41 and not page.complete
    first, second, third = page.reviews
    assert all(r.is_excerpt for r in page.reviews)
    assert (first.author, first.rating, first.external_id) == ("Jane D.", 5, "r1")
    assert first.text == "Dr. Lee was thorough and kind..."
    assert first.url.endswith("hrid=r1")
    # Pacific time: PST (UTC-8) in November, PDT (UTC-7) in July, PST just before the switch.
    assert first.created_at == datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    assert second.created_at == datetime(2026, 7, 5, 6, 30, tzinfo=UTC)
    assert third.created_at == datetime(2026, 3, 8, 9, 59, 59, tzinfo=UTC)


def test_the_business_time_zone_setting_decides_how_times_are_read(yelp_api: FakeYelp) -> None:
    three_reviews(yelp_api)
    page = next(connector(yelp_api, timezone="America/New_York").fetch(None))
    assert page.reviews[0].created_at == datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_a_business_without_reviews_gives_an_empty_inbox(yelp_api: FakeYelp) -> None:
    pages = list(connector(yelp_api).fetch(None))
    assert [p.reviews for p in pages] == [[]]


def test_the_daily_quota_is_shown_after_each_sync(yelp_api: FakeYelp) -> None:
    c = connector(yelp_api)
    list(c.fetch(None))
    assert c.quota is not None and (c.quota.limit, c.quota.remaining) == (500, 499)


def test_a_used_up_daily_quota_says_to_wait_until_yelp_resets_it(yelp_api: FakeYelp) -> None:
    yelp_api.remaining = 0
    with pytest.raises(RateLimited) as caught:
        list(connector(yelp_api).fetch(None))
    reset = datetime(2026, 11, 24, tzinfo=UTC)
    expected = max(0.0, (reset - datetime.now(UTC)).total_seconds())
    assert caught.value.params["reason"] == "daily_quota"
    assert caught.value.retry_after == pytest.approx(expected, abs=5)


def test_a_short_per_second_limit_is_waited_out(yelp_api: FakeYelp) -> None:
    three_reviews(yelp_api)
    yelp_api.fail_next(yelp_error(429, "TOO_MANY_REQUESTS_PER_SECOND", {"Retry-After": "0.05"}))
    assert len(next(connector(yelp_api).fetch(None)).reviews) == 3
    assert len(yelp_api.requests) == 2


def test_a_long_retry_after_is_reported_not_waited(yelp_api: FakeYelp) -> None:
    yelp_api.fail_next(yelp_error(429, "TOO_MANY_REQUESTS_PER_SECOND", {"Retry-After": "120"}))
    with pytest.raises(RateLimited) as caught:
        list(connector(yelp_api).fetch(None))
    assert caught.value.retry_after == 120


def test_a_wrong_api_key_asks_the_user_to_reconnect(yelp_api: FakeYelp) -> None:
    with pytest.raises(AuthExpired):
        list(connector(yelp_api, key="wrong").fetch(None))


def test_a_missing_api_key_fails_before_any_request(yelp_api: FakeYelp) -> None:
    with pytest.raises(AuthExpired):
        list(connector(yelp_api, key=None).fetch(None))
    assert yelp_api.requests == []


def test_a_forbidden_answer_means_a_missing_permission(yelp_api: FakeYelp) -> None:
    yelp_api.fail_next(yelp_error(403, "AUTHORIZATION_ERROR"))
    with pytest.raises(PermissionMissing):
        list(connector(yelp_api).fetch(None))


def test_an_unknown_business_is_reported_as_not_found(yelp_api: FakeYelp) -> None:
    with pytest.raises(NotFound):
        list(connector(yelp_api, business_id="no-such-clinic").fetch(None))


def test_a_server_error_is_retried_then_succeeds(yelp_api: FakeYelp) -> None:
    three_reviews(yelp_api)
    yelp_api.fail_next(yelp_error(500, "INTERNAL_SERVER_ERROR"))
    assert len(next(connector(yelp_api).fetch(None)).reviews) == 3


def test_a_body_that_is_not_json_is_a_bad_response(yelp_api: FakeYelp) -> None:
    yelp_api.fail_next(FakeResponse(200, b"<html>maintenance</html>"))
    with pytest.raises(BadResponse):
        list(connector(yelp_api).fetch(None))


def test_a_slow_yelp_is_reported_unavailable(yelp_api: FakeYelp) -> None:
    yelp_api.fail_next(FakeResponse(200, {"reviews": []}, delay=0.6), times=2)
    with pytest.raises(PlatformUnavailable):
        list(connector(yelp_api, timeout=0.2, retry_attempts=2).fetch(None))


def test_an_edited_excerpt_keeps_the_earlier_text(yelp_api: FakeYelp, db: Database) -> None:
    source = add_source(db, Source(kind=SourceKind.YELP, name="Yelp", platform=Platform.YELP))
    assert source.id is not None
    three_reviews(yelp_api)
    c = connector(yelp_api, source_id=source.id)
    upsert_reviews(db, next(c.fetch(None)).reviews)
    yelp_api.reviews[1].text = "Update: they called to apologise..."
    result = upsert_reviews(db, next(c.fetch(None)).reviews)
    assert result.updated == 1
    assert [v.text for v in review_versions(db, result.updated_ids[0])] == [
        "Waited ninety minutes past my slot..."
    ]


def test_a_review_yelp_stops_showing_is_not_taken_as_deleted(yelp_api: FakeYelp) -> None:
    three_reviews(yelp_api)
    c = connector(yelp_api)
    list(c.fetch(None))
    del yelp_api.reviews[0]
    page = next(c.fetch(None))
    assert [r.external_id for r in page.reviews] == ["r2", "r3"]
    assert not page.complete  # the sync must not mark r1 missing: Yelp shows only three


def test_replies_to_yelp_go_through_the_review_page(yelp_api: FakeYelp) -> None:
    three_reviews(yelp_api)
    c = connector(yelp_api)
    review = next(c.fetch(None)).reviews[0]
    assert not c.can_publish
    with pytest.raises(NotSupported):
        c.publish_reply(review, "Thank you!")
    assert c.review_url(review) == review.url


def test_the_api_key_never_reaches_logs_or_errors(
    yelp_api: FakeYelp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    yelp_api.fail_next(yelp_error(500, "INTERNAL_SERVER_ERROR"), times=5)
    with pytest.raises(PlatformUnavailable) as caught:
        list(connector(yelp_api).fetch(None))
    assert API_KEY not in caplog.text
    assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value.params)
