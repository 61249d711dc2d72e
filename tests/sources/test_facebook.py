"""Facebook Page recommendations against a loopback Graph API."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from clinicrep.errors import (
    AuthExpired,
    FeatureRetired,
    NotSupported,
    PermissionMissing,
    RateLimited,
)
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.facebook import FacebookConnector
from clinicrep.store import Database
from fakes.facebook_server import PAGE_ID, PAGE_TOKEN, FakeGraph, graph_error
from fakes.source_setup import facebook_source


def connector(db: Database, api: FakeGraph, **settings: object) -> FacebookConnector:
    tokens = TokenStore()
    source = facebook_source(db, api, tokens, **settings)
    return FacebookConnector(SourceContext(source=source, tokens=tokens))


def test_recommendations_arrive_page_by_page_following_the_cursors(
    db: Database, graph_api: FakeGraph
) -> None:
    graph_api.add_ratings(10)
    pages = list(connector(db, graph_api).fetch(None))
    assert [len(p.reviews) for p in pages] == [4, 4, 2]
    assert pages[-1].complete
    reviews = [r for p in pages for r in p.reviews]
    assert len({r.external_id for r in reviews}) == 10
    newest = reviews[0]
    assert newest.external_id == f"{PAGE_ID}_9010"
    assert newest.reply_target == f"{PAGE_ID}_9010"
    assert newest.rating is None  # recommendations since 2018 have no stars
    assert newest.recommendation == "positive"
    assert newest.created_at.tzinfo is not None
    # the \u0410-style escapes Graph sends come back as the patient's Cyrillic
    assert any(r.text.startswith("Отзыв") for r in reviews)
    assert {r.recommendation for r in reviews} == {"positive", "negative"}
    for request in graph_api.requests_to("/ratings"):
        assert request.path == f"/v21.0/{PAGE_ID}/ratings"
        assert "recommendation_type" in (request.param("fields") or "")


def test_an_old_star_rating_without_a_story_is_kept_but_cannot_be_answered(
    db: Database, graph_api: FakeGraph
) -> None:
    (old,) = graph_api.add_ratings(1, rating=4, recommendation=None, story_id=None)
    old.created = datetime(2017, 5, 1, 12, 0, tzinfo=UTC)
    conn = connector(db, graph_api)
    first = list(conn.fetch(None))[0].reviews[0]
    again = list(conn.fetch(None, full=True))[0].reviews[0]
    assert first.rating == 4
    assert first.recommendation is None
    assert first.reply_target == ""
    assert first.external_id == again.external_id  # a stable id, so no duplicates
    graph_api.requests.clear()
    with pytest.raises(NotSupported):
        conn.publish_reply(first, "Thank you!")
    assert graph_api.requests == []


def test_a_reply_is_posted_as_a_comment_on_the_recommendation_story(
    db: Database, graph_api: FakeGraph
) -> None:
    graph_api.add_ratings(1)
    conn = connector(db, graph_api)
    review = list(conn.fetch(None))[0].reviews[0]
    published = conn.publish_reply(review, "Спасибо за тёплые слова!")
    assert graph_api.comments == [(review.reply_target, "Спасибо за тёплые слова!")]
    assert published.external_id


def test_an_expired_page_token_asks_the_user_to_reconnect(
    db: Database, graph_api: FakeGraph
) -> None:
    graph_api.add_ratings(2)
    graph_api.token = "a-new-token-the-app-does-not-have"
    with pytest.raises(AuthExpired) as caught:
        list(connector(db, graph_api).fetch(None))
    assert caught.value.params["platform_code"] == 190


def test_page_throttling_reports_the_wait_facebook_estimates_in_minutes(
    db: Database, graph_api: FakeGraph
) -> None:
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 7}]}
    graph_api.fail_next(
        graph_error(80001, headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
    )
    with pytest.raises(RateLimited) as caught:
        list(connector(db, graph_api).fetch(None))
    assert caught.value.retry_after == 7 * 60


def test_a_throttle_that_is_already_over_is_simply_retried(
    db: Database, graph_api: FakeGraph
) -> None:
    graph_api.add_ratings(2)
    usage = {PAGE_ID: [{"type": "pages", "estimated_time_to_regain_access": 0}]}
    graph_api.fail_next(
        graph_error(80001, headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
    )
    assert len(list(connector(db, graph_api).fetch(None))[0].reviews) == 2


@pytest.mark.parametrize("code", [10, 200, 283])
def test_a_missing_permission_is_reported_as_such(
    db: Database, graph_api: FakeGraph, code: int
) -> None:
    graph_api.fail_next(graph_error(code))
    with pytest.raises(PermissionMissing):
        list(connector(db, graph_api).fetch(None))


def test_a_graph_version_where_ratings_are_retired_fails_with_a_clear_error(
    db: Database, graph_api: FakeGraph
) -> None:
    with pytest.raises(FeatureRetired):
        list(connector(db, graph_api, graph_version="v22.0").fetch(None))


def test_every_sync_reads_the_whole_list_so_edits_and_deletions_are_seen(
    db: Database, graph_api: FakeGraph
) -> None:
    made = graph_api.add_ratings(10)
    conn = connector(db, graph_api)
    cursor = list(conn.fetch(None))[-1].cursor
    # Facebook gives recommendations no update time: an edit moves nothing in the list.
    made[0].text = "Edited: the wait was long after all"
    graph_api.delete_rating(made[5].story_id or "")
    pages = list(conn.fetch(cursor))
    reviews = {r.external_id: r for p in pages for r in p.reviews}
    assert len(reviews) == 9 and pages[-1].complete
    assert reviews[made[0].story_id or ""].text == "Edited: the wait was long after all"
    assert made[5].story_id not in reviews


def test_a_recommendation_answered_on_the_page_arrives_with_its_answer(
    db: Database, graph_api: FakeGraph
) -> None:
    answered, visited, silent = graph_api.add_ratings(3)
    graph_api.comment_as_visitor(answered.story_id or "", "Same experience here")
    graph_api.answer_on_page(answered.story_id or "", "Thank you, we are glad!")
    graph_api.comment_as_visitor(visited.story_id or "", "I disagree")
    reviews = {r.external_id: r for p in connector(db, graph_api).fetch(None) for r in p.reviews}
    assert reviews[answered.story_id or ""].upstream_reply == "Thank you, we are glad!"
    assert reviews[answered.story_id or ""].upstream_reply_at is not None
    # a visitor's comment is not the practice's answer
    assert reviews[visited.story_id or ""].upstream_reply is None
    assert reviews[silent.story_id or ""].upstream_reply is None
    for request in graph_api.requests_to("/comments", "GET"):
        assert {"from{id", "message", "created_time"} <= set(
            (request.param("fields") or "").split(",")
        )


def test_the_page_token_goes_only_to_the_configured_host(
    db: Database, graph_api: FakeGraph
) -> None:
    graph_api.add_ratings(9)
    list(connector(db, graph_api).fetch(None))
    assert all(r.param("access_token") == PAGE_TOKEN for r in graph_api.requests)
    assert len(graph_api.requests_to("/ratings")) == 3
    assert len(graph_api.requests_to("/comments")) == 9  # one per story


def test_a_paging_cursor_that_comes_back_ends_the_scan_instead_of_looping_for_ever(
    db: Database, graph_api: FakeGraph
) -> None:
    """Graph answering every page with the same ``after`` cursor kept the sync reading the
    same recommendations for ever; it now stops at the repeat and does not call the list
    complete."""
    from itertools import islice

    from fakes.loopback import FakeResponse

    made = graph_api.add_ratings(2)
    page = {
        "data": [r.to_json() for r in made],
        "paging": {"cursors": {"after": "QVFIUjAgain"}, "next": f"{graph_api.url}/next"},
    }
    graph_api.fail_next(FakeResponse(200, page), path="/ratings", times=1000)
    pages = list(islice(connector(db, graph_api).fetch(None), 50))
    assert len(pages) == 2
    assert len(pages[0].reviews) == 2
    assert not pages[-1].complete
