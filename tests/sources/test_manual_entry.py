"""Entering feedback the practice received at the desk, by phone or by letter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.errors import NotSupported
from clinicrep.manual_entry import add_manual_review
from clinicrep.model import Platform, SourceKind, Status
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.manual import Channel, ManualConnector, channel_of
from clinicrep.store.db import Database
from clinicrep.store.reviews import count_reviews
from clinicrep.store.sources import list_sources

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def test_a_phone_complaint_lands_in_the_inbox_under_offline_feedback(db: Database) -> None:
    review = add_manual_review(
        db,
        author="Mrs Kowalska",
        text="Called to say nobody phoned her back about the test results.",
        rating=None,
        channel=Channel.PHONE,
        created_at=datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
    )
    assert review.id is not None
    assert review.status == Status.NEW
    assert review.platform == Platform.OFFLINE
    assert review.rating is None
    assert review.created_at == datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    assert channel_of(review) == Channel.PHONE
    assert review.analysis is not None  # ranked in the inbox like any other review
    (source,) = list_sources(db)
    assert (source.kind, source.name) == (SourceKind.MANUAL, "Offline feedback")


def test_every_entry_is_kept_even_with_the_same_words(db: Database) -> None:
    for channel in ("desk", "letter"):
        add_manual_review(db, author="", text="Thank you!", rating=5, channel=channel,
                          created_at=datetime(2026, 11, 23, 12, 0))  # fmt: skip
    assert count_reviews(db) == 2
    assert len(list_sources(db)) == 1


@pytest.mark.parametrize(("text", "rating"), [("   ", None), ("Fine", 0), ("Fine", 6)])
def test_an_entry_without_text_or_with_an_impossible_rating_is_refused(
    db: Database, text: str, rating: int | None
) -> None:
    with pytest.raises(ValueError):
        add_manual_review(db, author="A", text=text, rating=rating, channel=Channel.DESK,
                          created_at=datetime(2026, 11, 23))  # fmt: skip
    assert count_reviews(db) == 0


def test_offline_feedback_has_nothing_to_fetch_and_no_reply_route(db: Database) -> None:
    review = add_manual_review(
        db,
        author="A",
        text="Cold waiting room",
        rating=2,
        channel=Channel.LETTER,
        created_at=datetime(2026, 11, 1),
    )
    (source,) = list_sources(db)
    connector = ManualConnector(SourceContext(source, TokenStore()))
    assert list(connector.fetch(None, full=True)) == []
    assert not connector.can_publish and connector.review_url(review) == ""
    with pytest.raises(NotSupported):
        connector.publish_reply(review, "We are sorry")
