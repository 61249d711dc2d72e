"""What every sync checks without being asked: replies left 'sending', the Page's answers,
edits and deletions upstream. Each story runs on every platform that has a reply API
(or a full-scan rule), against loopback fakes written from the platforms' documentation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.model import ReplyState, Source, Status, utc_now
from clinicrep.publishing import publish
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.registry import KINDS, opened_connector
from clinicrep.store import Database
from clinicrep.store.replies import begin_sending, get_reply
from clinicrep.store.reviews import get_review_by_external_id
from clinicrep.store.sources import get_source, record_full_scan
from clinicrep.sync import sync_source
from fakes.facebook_server import FakeGraph
from fakes.google_server import FakeGoogle
from fakes.source_setup import facebook_source, google_source, trustpilot_source
from fakes.trustpilot_server import FakeTpReview, FakeTrustpilot

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

REPLY = "Thank you for your feedback; we have passed it on to the whole team."
START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@dataclass
class Platform:
    """One platform's fake and source, with what a test does to it upstream."""

    kind: str
    source: Source
    add_review: Callable[[], str]  # a new review upstream; its external id
    delete: Callable[[str], None]  # the platform no longer lists this review
    edit_silently: Callable[[str, str], None]  # new text, no date moves (where possible)
    replies_received: Callable[[], list[str]]  # every reply the platform was sent


def _google(db: Database, tokens: TokenStore, stack: ExitStack, count: int) -> Platform:
    api = stack.enter_context(FakeGoogle())
    assert isinstance(api, FakeGoogle)
    loc = api.add_location("200", "300", "Family Clinic")
    api.add_reviews(loc, count)

    def edit(external_id: str, text: str) -> None:
        with api._state_lock:
            loc.reviews[external_id].comment = text  # an edit Google did not date

    return Platform(
        "google",
        google_source(db, api, tokens),
        add_review=lambda: api.add_reviews(loc, 1)[0].review_id,
        delete=lambda external_id: api.delete_review(loc, external_id),
        edit_silently=edit,
        replies_received=lambda: [text for _, text in api.replies],
    )


def _facebook(db: Database, tokens: TokenStore, stack: ExitStack, count: int) -> Platform:
    api = stack.enter_context(FakeGraph())
    assert isinstance(api, FakeGraph)
    api.add_ratings(count)

    def edit(external_id: str, text: str) -> None:
        next(r for r in api.ratings if r.story_id == external_id).text = text

    return Platform(
        "facebook",
        facebook_source(db, api, tokens),
        add_review=lambda: api.add_ratings(1)[0].story_id or "",
        delete=api.delete_rating,
        edit_silently=edit,
        replies_received=lambda: [text for _, text in api.comments],
    )


def _trustpilot(db: Database, tokens: TokenStore, stack: ExitStack, count: int) -> Platform:
    api = stack.enter_context(FakeTrustpilot())
    assert isinstance(api, FakeTrustpilot)

    def at(hours_back: float) -> str:
        return (START - timedelta(hours=hours_back)).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    api.reviews = [
        FakeTpReview(f"tp{i}", 1 + i % 5, f"Review number {i}", at(6 * (i + 1)))
        for i in range(count)
    ]
    added = iter(range(1000, 2000))

    def add() -> str:
        review = FakeTpReview(f"tp{next(added)}", 5, "A new one", at(0))
        api.reviews.insert(0, review)
        return review.id

    def delete(external_id: str) -> None:
        api.reviews = [r for r in api.reviews if r.id != external_id]

    def edit(external_id: str, text: str) -> None:
        next(r for r in api.reviews if r.id == external_id).text = text

    return Platform(
        "trustpilot",
        # a one-day overlap keeps an ordinary sync on its first page
        trustpilot_source(db, api, tokens, overlap_days=1),
        add_review=add,
        delete=delete,
        edit_silently=edit,
        replies_received=lambda: [r.message for r in api.replies],
    )


HARNESSES = {"google": _google, "facebook": _facebook, "trustpilot": _trustpilot}
PUBLISHING_KINDS = sorted(k for k, info in KINDS.items() if info.can_publish and k != "demo")
FULL_SCAN_KINDS = sorted({k for k, info in KINDS.items() if info.full_scan_daily} | {"facebook"})


def test_every_platform_with_a_reply_api_is_covered_by_these_stories() -> None:
    # A new publishing connector must join the stories below (with its fake).
    assert sorted(HARNESSES) == PUBLISHING_KINDS
    assert set(FULL_SCAN_KINDS) <= set(HARNESSES)


@pytest.fixture
def tokens() -> TokenStore:
    return TokenStore()


@pytest.fixture(params=PUBLISHING_KINDS)
def platform(
    request: pytest.FixtureRequest, db: Database, tokens: TokenStore
) -> Iterator[Platform]:
    with ExitStack() as stack:
        yield HARNESSES[request.param](db, tokens, stack, 30)


def fresh(db: Database, source: Source) -> Source:
    assert source.id is not None
    found = get_source(db, source.id)
    assert found is not None
    return found


def oldest_review_id(db: Database, platform: Platform, external_id: str) -> int:
    assert platform.source.id is not None
    review = get_review_by_external_id(db, platform.source.id, external_id)
    assert review is not None and review.id is not None
    return review.id


def post_without_hearing_back(
    db: Database, tokens: TokenStore, platform: Platform, review_id: int
) -> None:
    """'sending' is stored, the platform gets the reply, the program dies before the answer."""
    from clinicrep.store.reviews import get_review

    review = get_review(db, review_id)
    assert review is not None
    begin_sending(db, review_id, REPLY)
    with opened_connector(SourceContext(fresh(db, platform.source), tokens)) as connector:
        connector.publish_reply(review, REPLY)


def first_sync(db: Database, tokens: TokenStore, platform: Platform) -> list[str]:
    result = sync_source(db, fresh(db, platform.source), tokens=tokens)
    assert result.ok and result.inserted == 30
    assert platform.source.id is not None
    from clinicrep.store.reviews import iter_all_reviews

    stored = [r for batch in iter_all_reviews(db) for r in batch]
    return [r.external_id for r in sorted(stored, key=lambda r: r.created_at)]


def test_a_reply_left_sending_is_published_after_the_next_ordinary_sync_wherever_its_review_is(
    db: Database, tokens: TokenStore, platform: Platform
) -> None:
    oldest = first_sync(db, tokens, platform)[0]
    review_id = oldest_review_id(db, platform, oldest)
    post_without_hearing_back(db, tokens, platform, review_id)
    platform.add_review()
    # An ordinary sync (the window's, the scheduled check's): the oldest review is on no
    # page it reads, except on Facebook, which reads its whole list.
    result = sync_source(db, fresh(db, platform.source), tokens=tokens)
    assert result.ok and result.settled_replies == 1
    if platform.kind != "facebook":
        assert not result.complete_scan
    reply = get_reply(db, review_id)
    assert reply is not None and reply.state == ReplyState.PUBLISHED
    from clinicrep.store.reviews import get_review

    stored = get_review(db, review_id)
    assert stored is not None and stored.status == Status.ANSWERED
    assert platform.replies_received() == [REPLY]  # once, and only once


def test_a_reply_that_never_arrived_becomes_failed_for_the_user_to_retry(
    db: Database, tokens: TokenStore, platform: Platform
) -> None:
    oldest = first_sync(db, tokens, platform)[0]
    review_id = oldest_review_id(db, platform, oldest)
    begin_sending(db, review_id, REPLY)  # the program died before the request went out
    result = sync_source(db, fresh(db, platform.source), tokens=tokens)
    assert result.ok and result.settled_replies == 1
    reply = get_reply(db, review_id)
    assert reply is not None and reply.state == ReplyState.FAILED
    assert platform.replies_received() == []
    # the user may now send it, and it goes out once
    from clinicrep.store.reviews import get_review

    review = get_review(db, review_id)
    assert review is not None
    with opened_connector(SourceContext(fresh(db, platform.source), tokens)) as connector:
        publish(db, connector, review, REPLY)
    assert platform.replies_received() == [REPLY]


def test_a_reply_whose_review_was_deleted_upstream_becomes_failed(
    db: Database, tokens: TokenStore, platform: Platform
) -> None:
    oldest = first_sync(db, tokens, platform)[0]
    review_id = oldest_review_id(db, platform, oldest)
    begin_sending(db, review_id, REPLY)
    platform.delete(oldest)
    assert sync_source(db, fresh(db, platform.source), tokens=tokens).ok
    reply = get_reply(db, review_id)
    assert reply is not None and reply.state == ReplyState.FAILED


@pytest.fixture(params=FULL_SCAN_KINDS)
def scanned(request: pytest.FixtureRequest, db: Database, tokens: TokenStore) -> Iterator[Platform]:
    with ExitStack() as stack:
        yield HARNESSES[request.param](db, tokens, stack, 30)


def test_edits_and_deletions_upstream_are_noticed_within_a_day_without_a_full_sync_asked_for(
    db: Database, tokens: TokenStore, scanned: Platform
) -> None:
    platform = scanned
    ids = first_sync(db, tokens, platform)
    first_check = fresh(db, platform.source).last_full_scan_at
    assert first_check is not None  # the first sync read everything
    platform.delete(ids[3])
    platform.edit_silently(ids[4], "Edited later: the wait was long")
    if platform.kind != "facebook":
        # Within the day an ordinary sync stays incremental ...
        soon = sync_source(db, fresh(db, platform.source), tokens=tokens)
        assert soon.ok and not soon.complete_scan
        assert fresh(db, platform.source).last_full_scan_at == first_check
        # ... and once a day has passed since the last full check, the next one reads it all.
        assert platform.source.id is not None
        record_full_scan(db, platform.source.id, utc_now() - timedelta(hours=25))
    result = sync_source(db, fresh(db, platform.source), tokens=tokens)
    assert result.ok and result.complete_scan and result.marked_missing == 1
    assert platform.source.id is not None
    gone = get_review_by_external_id(db, platform.source.id, ids[3])
    edited = get_review_by_external_id(db, platform.source.id, ids[4])
    assert gone is not None and gone.missing_upstream
    assert edited is not None and edited.text == "Edited later: the wait was long"
    checked = fresh(db, platform.source).last_full_scan_at
    assert checked is not None and checked > utc_now() - timedelta(minutes=1)


def test_a_recommendation_answered_on_the_facebook_page_shows_as_answered(
    db: Database, tokens: TokenStore
) -> None:
    with FakeGraph() as api:
        assert isinstance(api, FakeGraph)
        answered, unanswered = api.add_ratings(2)
        api.answer_on_page(answered.story_id or "", "Thank you, see you next time!")
        api.comment_as_visitor(unanswered.story_id or "", "Me too")
        source = facebook_source(db, api, tokens)
        assert sync_source(db, source, tokens=tokens).ok
        assert source.id is not None
        shown = get_review_by_external_id(db, source.id, answered.story_id or "")
        open_one = get_review_by_external_id(db, source.id, unanswered.story_id or "")
        assert shown is not None and shown.status == Status.ANSWERED
        assert shown.upstream_reply == "Thank you, see you next time!"
        assert open_one is not None and open_one.status == Status.NEW


def test_a_facebook_reply_that_timed_out_is_found_live_and_never_posted_twice(
    db: Database, tokens: TokenStore
) -> None:
    from clinicrep.errors import PlatformUnavailable
    from clinicrep.store.replies import ReplyBusy
    from clinicrep.store.reviews import get_review

    with FakeGraph() as api:
        assert isinstance(api, FakeGraph)
        (rating,) = api.add_ratings(1)
        source = facebook_source(db, api, tokens, timeout=0.3)
        assert sync_source(db, source, tokens=tokens).ok
        assert source.id is not None
        stored = get_review_by_external_id(db, source.id, rating.story_id or "")
        assert stored is not None and stored.id is not None
        api.comment_answer_delay = 1.0  # Facebook makes the comment; its answer is late
        with opened_connector(SourceContext(fresh(db, source), tokens)) as connector:
            with pytest.raises(PlatformUnavailable):
                publish(db, connector, stored, REPLY)
            with pytest.raises(ReplyBusy):  # the user presses Publish again: refused
                publish(db, connector, stored, REPLY)
        # Even the full sync (which used to mark the live comment 'failed') finds it.
        assert sync_source(db, fresh(db, source), tokens=tokens, full=True).ok
        reply = get_reply(db, stored.id)
        assert reply is not None and reply.state == ReplyState.PUBLISHED
        after = get_review(db, stored.id)
        assert after is not None and after.status == Status.ANSWERED
        assert api.comments == [(rating.story_id, REPLY)]  # one comment on Facebook


@pytest.mark.sqlite_only("the command line opens the store of this PC (--db is pg-connect's)")
def test_the_last_full_check_is_shown_by_sync_by_monitor_status_and_in_sources(
    db: Database, tokens: TokenStore, capsys: pytest.CaptureFixture[str], qtbot: object
) -> None:
    from clinicrep.monitoring.unattended import status_report
    from clinicrep.secrets import default_store
    from clinicrep.sync import run_sync_cli
    from clinicrep.ui.sources_dialog import SourcesDialog

    with FakeGraph() as api:
        assert isinstance(api, FakeGraph)
        made = api.add_ratings(6)
        facebook_source(db, api, default_store())
        assert run_sync_cli(None, full=False, quiet=False) == 0
        api.delete_rating(made[0].story_id or "")
        assert run_sync_cli(None, full=False, quiet=False) == 0
    out = capsys.readouterr().out
    assert "Clinic on Facebook: 1 review no longer shown by the platform" in out
    assert "Clinic on Facebook: last full check (edits and deletions) " in out

    class NothingInstalled:
        def status(self) -> list[object]:
            return []

    report = status_report(db, NothingInstalled())  # type: ignore[arg-type]
    assert "Clinic on Facebook: last full check (edits and deletions) " in report
    dialog = SourcesDialog(db, tokens=tokens)
    assert "last full check" in dialog.list.item(0).text()
    dialog.close()
