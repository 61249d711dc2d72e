"""The end of a big import's one transaction (issue 22): once the indexes are built again
(while the analysis workers finish the last pages), the search index's buffer of new
entries is back to FTS5's default, so what it gathered is written out with the next rows,
not by the COMMIT after the workers are done; every review is still found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store import db as store_db
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

WORDS = ["парковка", "zaparkować", "停车场", "parking"]


def _reviews(source_id: int, first: int, count: int) -> list[Review]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        Review(
            source_id=source_id,
            external_id=f"r{i}",
            created_at=start + timedelta(hours=i),
            author=f"Patient {i:05d}",
            text=f"Review {i}: {WORDS[i % len(WORDS)]} was hard, the doctor kind",
        )
        for i in range(first, first + count)
    ]


def _buffer(db: store_db.Database) -> list[tuple[object, ...]]:
    return [
        tuple(row) for row in db.fetchall("SELECT v FROM reviews_fts_config WHERE k = 'hashsize'")
    ]


def test_the_search_buffer_is_the_default_again_once_the_indexes_are_built(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(store_db, "BULK_INDEX_FROM", 100)
    with open_database(tmp_path / "store.sqlite3") as db:
        source = add_source(db, Source(kind=SourceKind.CSV, name="Big", platform=Platform.OTHER))
        assert source.id is not None
        with db.bulk_writes(), db.indexes_built_at_end(1_000) as dropped:
            assert dropped is not None
            upsert_reviews(db, _reviews(source.id, 0, 600))
            assert _buffer(db) == [(store_db.BULK_FTS_BUFFER,)]
            dropped.build()
            assert _buffer(db) == [(store_db.FTS_BUFFER,)]
            upsert_reviews(db, _reviews(source.id, 600, 400))
        assert _buffer(db) == [(store_db.FTS_BUFFER,)]
        db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")
        for word in WORDS:
            assert len(review_ids(db, ReviewQuery(search=word))) == 250
        assert len(review_ids(db, ReviewQuery(search="Patient 00599"))) == 1
        assert len(review_ids(db, ReviewQuery(search="Patient 00999"))) == 1
