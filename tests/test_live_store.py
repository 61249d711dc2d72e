"""Who is replying, one sync at a time, and a reply sent once: the store's rules (both stores).

Two windows are two sessions (two connections, for the locks); the store decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.model import Platform, ReplyState, Review, Source, SourceKind
from clinicrep.store import Database, open_database
from clinicrep.store.live import (
    PRESENCE_TTL,
    claim_presence,
    last_sync_run,
    practice_sync,
    presence_of,
    release_presence,
    replying_elsewhere,
    server_now,
)
from clinicrep.store.replies import (
    ReplyBusy,
    ReplyChangedElsewhere,
    ReplyElsewhere,
    begin_sending,
    get_reply,
    mark_published,
)
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second connection to the same store: the other PC."""
    second = open_database(db.path)
    yield second
    second.close()


@pytest.fixture
def review_id(db: Database) -> int:
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    assert source.id is not None
    stored = upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id="r1",
                created_at=T0,
                author="Patient",
                rating=2,
                text="The wait was long.",
            )
        ],
    )
    return stored.inserted_ids[0]


def test_the_first_to_write_is_the_one_replying_and_the_other_is_told_who(
    db: Database, other: Database, review_id: int
) -> None:
    assert claim_presence(db, review_id, session="desk", who="Anna") is None
    taken = claim_presence(other, review_id, session="room", who="Boris")
    assert taken is not None and taken.who == "Anna"
    assert replying_elsewhere(other, review_id, "room") == taken
    assert replying_elsewhere(db, review_id, "desk") is None  # her own claim is no one else
    # renewing keeps it hers; releasing lets Boris answer
    assert claim_presence(db, review_id, session="desk", who="Anna") is None
    release_presence(db, session="desk", review_id=review_id)
    assert presence_of(other, review_id) is None
    assert claim_presence(other, review_id, session="room", who="Boris") is None


def test_a_window_that_crashed_stops_blocking_once_its_claim_expires(
    db: Database, other: Database, review_id: int
) -> None:
    claim_presence(db, review_id, session="desk", who="Anna")  # and then the PC froze
    later = server_now(other) + PRESENCE_TTL + timedelta(seconds=1)
    assert replying_elsewhere(other, review_id, "room", now=later) is None
    assert replying_elsewhere(other, review_id, "room") is not None  # not yet, though


def test_publish_is_refused_while_someone_else_writes_the_reply(
    db: Database, other: Database, review_id: int
) -> None:
    claim_presence(db, review_id, session="desk", who="Anna")
    with pytest.raises(ReplyElsewhere) as refused:
        begin_sending(other, review_id, "Thank you.", session="room")
    assert refused.value.params["who"] == "Anna"
    assert get_reply(other, review_id) is None  # nothing marked as going out
    begin_sending(db, review_id, "Thank you.", session="desk")  # hers goes


def test_the_reply_goes_out_once_whoever_presses_publish(
    db: Database, other: Database, review_id: int
) -> None:
    begin_sending(db, review_id, "Thank you.", seen_published_at=None)
    with pytest.raises(ReplyBusy):
        begin_sending(other, review_id, "Thanks!", seen_published_at=None)
    mark_published(db, review_id, external_id="x")
    # Boris had the review open before Anna's reply went out: his would replace it unseen
    with pytest.raises(ReplyChangedElsewhere):
        begin_sending(other, review_id, "Thanks!", seen_published_at=None)
    reply = get_reply(other, review_id)
    assert reply is not None and reply.state == ReplyState.PUBLISHED and reply.text == "Thank you."
    # once he has seen it, replacing it is his choice
    begin_sending(other, review_id, "Thanks!", seen_published_at=reply.published_at)


def test_each_sync_is_recorded_with_who_ran_it(db: Database) -> None:
    assert last_sync_run(db) is None
    with practice_sync(db, who="Anna") as turn:
        assert turn.held
    with practice_sync(db, who="Boris") as turn:
        turn.outcome = "failed"
    last = last_sync_run(db)
    assert last is not None and last.who == "Boris" and last.outcome == "failed"
    assert last.finished_at is not None


def test_on_a_shared_server_one_sync_runs_and_the_other_is_told_whose_it_is(
    pg_server: object, pg_target: object
) -> None:
    password = getattr(pg_server, "password", None)
    desk = open_database(pg_target, password=password)  # type: ignore[call-overload]
    room = open_database(pg_target, password=password)  # type: ignore[call-overload]
    try:
        with practice_sync(desk, who="Anna") as first:
            with practice_sync(room, who="Boris") as second:
                assert first.held and not second.held
                assert second.holder == "Anna"
        with practice_sync(room, who="Boris") as again:
            assert again.held
        desk.close()  # a PC that dies mid-sync: the server drops its lock with the session
        with practice_sync(room, who="Boris") as after:
            assert after.held
    finally:
        desk.close()
        room.close()
