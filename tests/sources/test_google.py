"""Google Business Profile: reviews, replies, sign-in and discovery against a loopback Google."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from clinicrep.errors import AuthExpired, RateLimited
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.secrets import TokenStore, source_owner
from clinicrep.sources.base import SourceContext
from clinicrep.sources.google import (
    GoogleConnector,
    ReplyTooLong,
    discover_locations,
    parse_rfc3339,
    review_from_json,
    split_translation,
)
from clinicrep.sources.google_oauth import GoogleAuth, save_sign_in, sign_in
from clinicrep.store import Database
from fakes.google_server import CLIENT_ID, CLIENT_SECRET, FakeGoogle
from fakes.loopback import FakeResponse
from fakes.source_setup import google_source


def connector(db: Database, api: FakeGoogle, **settings: object) -> GoogleConnector:
    tokens = TokenStore()
    source = google_source(db, api, tokens, **settings)
    return GoogleConnector(SourceContext(source=source, tokens=tokens))


def test_all_reviews_arrive_over_several_pages_newest_first(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 12)
    pages = list(connector(db, google_api).fetch(None))
    assert [len(p.reviews) for p in pages] == [5, 5, 2]
    assert pages[0].total_hint == 12
    assert pages[-1].complete
    ids = [r.external_id for p in pages for r in p.reviews]
    assert ids == [f"rev{n:04d}" for n in range(12, 0, -1)]
    for request in google_api.requests_to("/reviews"):
        assert request.param("orderBy") == "updateTime desc"
        assert int(request.param("pageSize") or 0) <= 50


def test_a_location_without_reviews_answers_empty_and_syncs_cleanly(
    db: Database, google_api: FakeGoogle
) -> None:
    google_api.add_location("200", "300", "New Clinic")
    pages = list(connector(db, google_api).fetch(None))
    assert len(pages) == 1
    assert pages[0].reviews == []
    assert pages[0].complete


def test_stars_names_and_missing_fields_are_read_as_google_documents_them() -> None:
    review = review_from_json(
        1,
        {
            "name": "accounts/1/locations/2/reviews/abc",
            "reviewId": "abc",
            "reviewer": {"isAnonymous": True},
            "starRating": "STAR_RATING_UNSPECIFIED",
            "createTime": "2026-11-02T10:00:00Z",
            "updateTime": "2026-11-02T10:00:00.123456789Z",
        },
    )
    assert review.rating is None
    assert review.author == ""
    assert review.text == ""  # a rating-only review has no comment field at all
    assert review.upstream_reply is None
    assert review.updated_at == datetime(2026, 11, 2, 10, 0, 0, 123456, tzinfo=UTC)

    four = review_from_json(
        1,
        {
            "reviewId": "x",
            "reviewer": {"displayName": "Olena"},
            "starRating": "FOUR",
            "comment": "Good",
            "createTime": "2026-11-02T10:00:00.5Z",
            "updateTime": "2026-11-03T10:00:00Z",
            "reviewReply": {"comment": "Thank you!", "updateTime": "2026-11-04T08:00:00.000Z"},
        },
    )
    assert (four.rating, four.author, four.text) == (4, "Olena", "Good")
    assert four.upstream_reply == "Thank you!"
    assert four.upstream_reply_at == datetime(2026, 11, 4, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-22T10:00:00Z",
        "2026-11-22T10:00:00.123Z",
        "2026-11-22T10:00:00.123456Z",
        "2026-11-22T10:00:00.123456789Z",
        "2026-11-22T12:00:00+02:00",
    ],
)
def test_every_documented_timestamp_precision_is_read(text: str) -> None:
    moment = parse_rfc3339(text)
    assert moment.replace(microsecond=0) == datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def test_a_review_google_translated_keeps_the_patients_own_words_as_text() -> None:
    comment = "(Translated by Google) Very attentive doctor\n\n(Original)\nОчень внимательный врач"
    assert split_translation(comment) == ("Очень внимательный врач", "Very attentive doctor")
    other_way = "Bardzo miła obsługa\n\n(Translated by Google)\nVery nice staff"
    assert split_translation(other_way) == ("Bardzo miła obsługa", "Very nice staff")
    assert split_translation("Plain text") == ("Plain text", "")


def test_the_next_sync_reads_only_what_changed_since_the_last_one(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 12)
    first = list(connector(db, google_api).fetch(None))
    cursor = first[-1].cursor
    google_api.add_reviews(loc, 2)
    google_api.requests.clear()
    second = list(connector(db, google_api).fetch(cursor))
    fetched = [r.external_id for p in second for r in p.reviews]
    assert fetched[:2] == ["rev0014", "rev0013"]
    assert "rev0001" not in fetched
    assert len(google_api.requests_to("/reviews")) == 1
    assert not second[-1].complete  # an incremental read is no full scan


def test_a_reply_is_put_on_the_review_and_can_be_withdrawn(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 1)
    conn = connector(db, google_api)
    review = next(iter(conn.fetch(None))).reviews[0]
    conn.publish_reply(review, "Thank you for your kind words — Dr. Nowak")
    assert google_api.replies == [
        ("accounts/200/locations/300/reviews/rev0001", "Thank you for your kind words — Dr. Nowak")
    ]
    assert loc.reviews["rev0001"].reply is not None
    conn.delete_reply(review)
    assert loc.reviews["rev0001"].reply is None


def test_a_reply_longer_than_google_allows_is_refused_before_sending(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 1)
    conn = connector(db, google_api)
    review = next(iter(conn.fetch(None))).reviews[0]
    google_api.requests.clear()
    with pytest.raises(ReplyTooLong) as caught:
        conn.publish_reply(review, "Дякуємо! " * 400)  # Cyrillic: 2 bytes a letter
    assert caught.value.params["limit"] == 4096
    assert google_api.requests == []


def test_an_expired_access_token_is_renewed_without_bothering_the_user(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 3)
    conn = connector(db, google_api)
    list(conn.fetch(None))
    google_api.access_tokens.clear()  # Google expired every access token
    assert len(list(conn.fetch(None))[0].reviews) == 3
    assert len(google_api.requests_to("/token")) == 2


def test_a_revoked_sign_in_asks_the_user_to_reconnect(db: Database, google_api: FakeGoogle) -> None:
    google_api.add_location("200", "300", "Family Clinic")
    google_api.refresh_tokens.clear()
    with pytest.raises(AuthExpired) as caught:
        list(connector(db, google_api).fetch(None))
    assert caught.value.params["reason"] == "invalid_grant"


def test_googles_quota_answer_is_reported_as_rate_limited(
    db: Database, google_api: FakeGoogle
) -> None:
    google_api.add_location("200", "300", "Family Clinic")
    body = {"error": {"code": 429, "message": "Quota exceeded", "status": "RESOURCE_EXHAUSTED"}}
    google_api.fail_next(FakeResponse(429, body, {"Retry-After": "60"}), path="/reviews")
    with pytest.raises(RateLimited) as caught:
        list(connector(db, google_api).fetch(None))
    assert caught.value.retry_after == 60


def test_signing_in_through_the_browser_keeps_only_the_refresh_token(
    db: Database, google_api: FakeGoogle, memory_keyring: object
) -> None:
    source = Source(
        kind=SourceKind.GOOGLE,
        name="g",
        platform=Platform.GOOGLE,
        settings={"api_base": google_api.url, "timeout": 2.0},
    )
    visited: list[str] = []

    def browser(url: str) -> None:
        visited.append(url)
        # The user clicks "Allow"; Google redirects the browser to our loopback page.
        answer = httpx.get(url, follow_redirects=True, timeout=2.0)
        assert "clinicrep" in answer.text

    result = sign_in(source, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, open_browser=browser)
    assert "code_challenge_method=S256" in visited[0]
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in visited[0]
    assert result.refresh_token in google_api.refresh_tokens
    assert result.refresh_token not in repr(result)

    tokens = TokenStore()
    save_sign_in(tokens, 7, client_secret=CLIENT_SECRET, result=result)
    assert tokens.get(source_owner(7), "refresh_token") == result.refresh_token
    assert tokens.get(source_owner(7), "access_token") is None


def test_discovery_lists_the_practices_locations_across_accounts(
    db: Database, google_api: FakeGoogle
) -> None:
    google_api.add_location("200", "300", "Family Clinic Kraków")
    google_api.add_location("200", "301", "Family Clinic Warszawa")
    source = Source(
        kind=SourceKind.GOOGLE,
        name="g",
        platform=Platform.GOOGLE,
        settings={"api_base": google_api.url, "timeout": 2.0},
    )
    auth = GoogleAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=next(iter(google_api.refresh_tokens)),
        token_url=f"{google_api.url}/token",
    )
    found = discover_locations(source, auth)
    assert [(x.account_id, x.location_id, x.title) for x in found] == [
        ("200", "300", "Family Clinic Kraków"),
        ("200", "301", "Family Clinic Warszawa"),
    ]
    assert found[0].settings() == {
        "account_id": "200",
        "location_id": "300",
        "place_id": "ChIJ300",
    }
    # the PERSONAL account (first, no locations) was asked too, with the required readMask
    asked = google_api.requests_to("/locations")
    assert [r.path for r in asked] == ["/v1/accounts/100/locations", "/v1/accounts/200/locations"]
    assert all(r.param("readMask") for r in asked)


def test_a_stale_page_token_from_an_interrupted_sync_restarts_the_scan(
    db: Database, google_api: FakeGoogle
) -> None:
    loc = google_api.add_location("200", "300", "Family Clinic")
    google_api.add_reviews(loc, 7)
    stale = '{"page_token": "bm90LWEtdG9rZW4="}'  # Google no longer accepts this token
    pages = list(connector(db, google_api).fetch(stale))
    assert sum(len(p.reviews) for p in pages) == 7
    assert [r.param("pageToken") for r in google_api.requests_to("/reviews")][:2] == [
        "bm90LWEtdG9rZW4=",
        None,
    ]


def _quota_zero() -> dict:
    """Google's answer to a project not yet approved for the Business Profile APIs."""
    return {
        "error": {
            "code": 429,
            "message": "Quota exceeded for quota metric 'Requests' and limit 'Requests per "
            "minute' of service 'mybusinessaccountmanagement.googleapis.com'.",
            "status": "RESOURCE_EXHAUSTED",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "RATE_LIMIT_EXCEEDED",
                    "domain": "googleapis.com",
                    "metadata": {"quota_limit_value": "0", "consumer": "projects/123"},
                }
            ],
        }
    }


def test_quota_zero_is_access_not_yet_approved_not_a_slow_down(
    db: Database, google_api: FakeGoogle
) -> None:
    from clinicrep.errors import AccessNotApproved
    from clinicrep.messages import user_message

    google_api.add_location("200", "300", "Family Clinic")
    google_api.fail_next(FakeResponse(429, _quota_zero()), path="/reviews", times=5)
    with pytest.raises(AccessNotApproved) as caught:
        list(connector(db, google_api).fetch(None))
    assert len(google_api.requests_to("/reviews")) == 1  # no retries: waiting will not help
    assert "has not approved your Cloud project" in user_message(caught.value)


def test_an_ordinary_429_is_still_a_rate_limit(db: Database, google_api: FakeGoogle) -> None:
    body = _quota_zero()
    body["error"]["details"][0]["metadata"]["quota_limit_value"] = "300"
    google_api.add_location("200", "300", "Family Clinic")
    google_api.fail_next(FakeResponse(429, body), path="/reviews", times=5)
    with pytest.raises(RateLimited):
        list(connector(db, google_api).fetch(None))


def test_apis_not_enabled_in_the_project_say_which_to_enable(
    db: Database, google_api: FakeGoogle
) -> None:
    from clinicrep.errors import ApiDisabled
    from clinicrep.messages import user_message

    disabled = {
        "error": {
            "code": 403,
            "message": "My Business Account Management API has not been used in project 123 "
            "before or it is disabled.",
            "status": "PERMISSION_DENIED",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "SERVICE_DISABLED",
                    "domain": "googleapis.com",
                    "metadata": {"service": "mybusinessaccountmanagement.googleapis.com"},
                }
            ],
        }
    }
    google_api.add_location("200", "300", "Family Clinic")
    google_api.fail_next(FakeResponse(403, disabled), path="/reviews")
    with pytest.raises(ApiDisabled) as caught:
        list(connector(db, google_api).fetch(None))
    assert "My Business Account Management API" in user_message(caught.value)


def test_a_page_token_that_comes_back_ends_the_scan_instead_of_looping_for_ever(
    db: Database, google_api: FakeGoogle
) -> None:
    """A tester's Google answered every page with the same ``nextPageToken``: the sync read
    the same reviews again and again and never finished. It now stops at the repeat, keeps
    what it read, and does not call the list complete (nothing is taken for deleted)."""
    from itertools import islice

    loc = google_api.add_location("200", "300", "Family Clinic")
    made = google_api.add_reviews(loc, 2)
    page = {"reviews": [r.to_json(loc.parent) for r in made], "nextPageToken": "again"}
    google_api.fail_next(FakeResponse(200, page), path="/reviews", times=1000)
    pages = list(islice(connector(db, google_api).fetch(None), 50))
    assert len(pages) == 2
    assert [r.external_id for r in pages[0].reviews] == [r.review_id for r in made]
    assert not pages[-1].complete
