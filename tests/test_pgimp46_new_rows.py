"""New reviews stored in a page (session 46, pgimp46): each one's topics and aspects land on
its own row whether the store's ids for them come one after another or not, and a review
stored again still has its aspects replaced and its corrections applied over them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.model import AnalysisValues, Aspect, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.store import dialect
from clinicrep.store.aspects import aspects_of, correct_aspect
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
TOPICS = ("waiting", "billing", "reception", "outcome", "access")
ASPECTS = ("doctor", "nurse", "price", "waiting")
PAGE = 600  # more than PgDatabase.executemany's COPY_FROM: the reviews go by COPY


def _values(i: int, polarity: str = "negative") -> AnalysisValues:
    """An analysis of its own for the i-th review: its topic and aspect tell it apart."""
    return AnalysisValues(
        language="en",
        sentiment=polarity,
        sentiment_score=-0.5,
        topics=(TOPICS[i % len(TOPICS)],),
        urgency=0,
        urgency_reason="",
        rules="test",
        aspects=((ASPECTS[i % len(ASPECTS)], polarity, f"words of review {i}", False),),
        sentiment_corrected=False,
    )


def _page(source_id: int, count: int, text: str = "Waited an hour") -> list[Review]:
    # newest first, as a platform lists them: the store inserts them in date order
    return [
        Review(
            source_id=source_id,
            external_id=f"r{i}",
            created_at=T0 - timedelta(minutes=i),
            text=f"{text} #{i}",
            rating=1 + i % 5,
        )
        for i in range(count)
    ]


def _export(db) -> Source:
    return add_source(
        db, Source(kind=SourceKind.CSV, name="Export", platform=Platform.OTHER, language="en")
    )


def _assert_each_review_has_its_own(db, source_id: int, ids: list[int], count: int) -> None:
    for id_ in ids:
        review = get_review(db, id_)
        assert review is not None and review.source_id == source_id
        i = int(review.external_id[1:])
        assert review.text.endswith(f"#{i}")
        assert review.analysis is not None
        assert [t.value for t in review.analysis.topics] == [TOPICS[i % len(TOPICS)]]
        stored = aspects_of(db, id_).opinions
        assert [(o.aspect.value, o.words) for o in stored] == [
            (ASPECTS[i % len(ASPECTS)], f"words of review {i}")
        ]
    assert len(set(ids)) == count


@pytest.mark.parametrize("step", [1, 7])
def test_each_new_review_gets_its_own_topics_and_aspects_whatever_ids_the_store_gives(db, step):
    # step 7: the server's sequence hands out every seventh id, as when other PCs' rows take
    # the ids between this page's (SQLite always gives the next ones)
    source = _export(db)
    if dialect.is_pg(db):
        sequence = db.fetchall("SELECT pg_get_serial_sequence('reviews', 'id')")[0][0]
        db.execute(f"ALTER SEQUENCE {sequence} INCREMENT BY {step}")
        try:
            _two_pages(db, source)
        finally:  # the test database is emptied and used again by the next test
            db.execute(f"ALTER SEQUENCE {sequence} INCREMENT BY 1")
    else:
        _two_pages(db, source)


def _two_pages(db, source: Source) -> None:
    reviews = _page(source.id, PAGE)
    result = upsert_reviews(db, reviews, analyses=[_values(i) for i in range(PAGE)])
    assert result.inserted == PAGE
    assert sorted(result.inserted_ids) == sorted(r.id for r in reviews)
    _assert_each_review_has_its_own(db, source.id, result.inserted_ids, PAGE)
    # a second page after the first, as an import's next batch
    more = [
        Review(
            source_id=source.id,
            external_id=f"r{i}",
            created_at=T0 + timedelta(days=1, minutes=i),
            text=f"Later #{i}",
        )
        for i in range(PAGE, PAGE + 3)
    ]
    later = upsert_reviews(db, more, analyses=[_values(i) for i in range(PAGE, PAGE + 3)])
    _assert_each_review_has_its_own(db, source.id, later.inserted_ids, 3)


def test_a_review_stored_again_with_a_new_text_gets_its_new_aspects_and_keeps_a_correction(db):
    source = _export(db)
    reviews = _page(source.id, 3)
    first = upsert_reviews(db, reviews, analyses=[_values(i) for i in range(3)])
    review_id = first.inserted_ids[0]
    i = int(get_review(db, review_id).external_id[1:])
    # the practice says this review blames its aspect: the analysis read again says otherwise
    correct_aspect(db, review_id, Aspect(ASPECTS[i % len(ASPECTS)]), Sentiment.NEGATIVE)
    edited = _page(source.id, 3, text="Seen at once")
    again = upsert_reviews(db, edited, analyses=[_values(j, "positive") for j in range(3)])
    assert again.updated == 3 and again.inserted == 0
    for id_ in first.inserted_ids:
        j = int(get_review(db, id_).external_id[1:])
        (opinion,) = aspects_of(db, id_).opinions
        assert (opinion.aspect.value, opinion.words) == (
            ASPECTS[j % len(ASPECTS)],
            f"words of review {j}",
        )
        assert opinion.polarity == (Sentiment.NEGATIVE if id_ == review_id else Sentiment.POSITIVE)
        assert opinion.corrected == (id_ == review_id)
