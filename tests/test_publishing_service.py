"""What the window calls to publish: the source's connector is built, used and closed here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.model import ReplyState, Status
from clinicrep.publishing import PublishBlocked, delete_from_platform, publish_to_platform
from clinicrep.secrets import TokenStore
from clinicrep.sources.google import GoogleConnector
from clinicrep.store import Database
from clinicrep.store.replies import get_reply
from clinicrep.store.reviews import get_review, get_review_by_external_id
from clinicrep.sync import sync_source
from fakes.google_server import FakeGoogle, FakeLocation
from fakes.source_setup import google_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

REPLY = "Thank you for your kind words, we look forward to seeing you again."


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        assert isinstance(api, FakeGoogle)
        yield api


@pytest.fixture
def closed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = GoogleConnector.close

    def close(self: GoogleConnector) -> None:
        calls.append(1)
        original(self)

    monkeypatch.setattr(GoogleConnector, "close", close)
    return calls


def a_synced_review(db: Database, api: FakeGoogle, tokens: TokenStore) -> tuple[FakeLocation, int]:
    loc = api.add_location("200", "300", "Clinic")
    (fake,) = api.add_reviews(loc, 1, star="FIVE", comment="Wonderful doctor, thank you!")
    source = google_source(db, api, tokens)
    assert sync_source(db, source, tokens=tokens).ok
    assert source.id is not None
    review = get_review_by_external_id(db, source.id, fake.review_id)
    assert review is not None and review.id is not None
    return loc, review.id


def test_publishing_from_the_window_posts_once_and_closes_the_connection(
    db: Database, google_api: FakeGoogle, closed: list[int]
) -> None:
    tokens = TokenStore()
    loc, review_id = a_synced_review(db, google_api, tokens)
    closed.clear()
    review = get_review(db, review_id)
    assert review is not None
    reply = publish_to_platform(db, review, REPLY, tokens=tokens)
    assert reply.state == ReplyState.PUBLISHED
    assert [text for _, text in google_api.replies] == [REPLY]
    assert closed == [1]
    # and taking it down again, from the window, through the same service
    delete_from_platform(db, review, tokens=tokens)
    assert all(r.reply is None for r in loc.reviews.values())
    after = get_review(db, review_id)
    assert after is not None and after.status == Status.IN_PROGRESS
    assert closed == [1, 1]


def test_a_refused_reply_still_closes_the_connection(
    db: Database, google_api: FakeGoogle, closed: list[int]
) -> None:
    tokens = TokenStore()
    _loc, review_id = a_synced_review(db, google_api, tokens)
    closed.clear()
    review = get_review(db, review_id)
    assert review is not None
    with pytest.raises(PublishBlocked):
        publish_to_platform(db, review, "We saw you at your visit on Monday.", tokens=tokens)
    assert google_api.replies == [] and closed == [1]
    reply = get_reply(db, review_id)
    assert reply is None or reply.state != ReplyState.PUBLISHED
