"""The status bar's counts (new, open, overdue) of the whole practice or of one location."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinicrep.model import AnswerClock, Platform, Review, Source, SourceKind, Status, utc_now
from clinicrep.store import Database
from clinicrep.store.inbox import count_by_status, count_overdue
from clinicrep.store.locations import add_location, set_source_location
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def two_locations(db: Database) -> tuple[int, int]:
    """Downtown (Google): 2 new, one of them 3 days old, and 1 answered; Riverside
    (Facebook): 1 new, 4 days old."""
    ids = []
    for name, platform, ages in (
        ("Downtown", Platform.GOOGLE, (2, 72, 5)),
        ("Riverside", Platform.FACEBOOK, (96,)),
    ):
        place = add_location(db, name)
        source = add_source(db, Source(kind=SourceKind.MANUAL, name=name, platform=platform))
        assert source.id is not None
        set_source_location(db, source.id, place.id)
        reviews = [
            Review(
                source_id=source.id,
                external_id=f"{name}-{i}",
                created_at=utc_now() - timedelta(hours=hours),
                author="A. B.",
                rating=3,
                text=f"Review {i} at {name}",
            )
            for i, hours in enumerate(ages)
        ]
        upsert_reviews(db, reviews)
        if name == "Downtown":
            assert reviews[2].id is not None
            set_status(db, reviews[2].id, Status.ANSWERED)
        ids.append(place.id)
    return ids[0], ids[1]


def test_the_counts_are_of_the_chosen_location_or_of_the_whole_practice(db: Database) -> None:
    downtown, riverside = two_locations(db)
    clock = AnswerClock()

    practice = count_by_status(db)
    assert (practice[Status.NEW], practice[Status.ANSWERED]) == (3, 1)
    assert count_overdue(db, clock) == 2

    here = count_by_status(db, location_id=downtown)
    assert (here[Status.NEW], here[Status.ANSWERED]) == (2, 1)
    assert count_overdue(db, clock, location_id=downtown) == 1

    there = count_by_status(db, location_id=riverside)
    assert (there[Status.NEW], there[Status.ANSWERED]) == (1, 0)
    assert count_overdue(db, clock, location_id=riverside) == 1

    # what the status bar reads: the open statuses only
    shown = count_by_status(db, location_id=downtown, open_only=True)
    assert (shown[Status.NEW], shown[Status.ANSWERED]) == (2, 0)
