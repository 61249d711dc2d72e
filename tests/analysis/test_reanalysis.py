"""After an upgrade changes the analysis rules, stored reviews are analysed again, once.

Each review remembers which rules analysed it; ``reanalyse_store(only_stale=True)`` finds the
ones an older version (or none) analysed, and a stopped run goes on where it was.
"""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep import paths
from clinicrep.analysis import pipeline
from clinicrep.analysis.pipeline import analyse_review, reanalyse_store, rules_version
from clinicrep.cli import main
from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind
from clinicrep.store.reviews import (
    count_reviews_to_analyse,
    get_review,
    upsert_reviews,
)
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
COMPLAINT = "The receptionist was rude and we waited two hours. Never again."
# what an older version said of that complaint
OLD = Analysis(language="en", sentiment=Sentiment.POSITIVE, sentiment_score=0.4, rules="0ld")


def _source(db) -> int:
    source = add_source(db, Source(SourceKind.CSV, "Import", Platform.OTHER, language="en"))
    assert source.id is not None
    return source.id


def _review(source_id: int, n: int, text: str = COMPLAINT, analysis=None) -> Review:
    return Review(
        source_id=source_id,
        external_id=f"r{n}",
        created_at=T0 + timedelta(minutes=n),
        text=text,
        rating=None,
        analysis=analysis,
    )


def _analysed_with(db, review_id: int) -> tuple[str | None, str | None]:
    row = db.execute(
        "SELECT analysed_with, analysed_at FROM reviews WHERE id = ?", (review_id,)
    ).fetchone()
    return row[0], row[1]


def test_only_reviews_older_rules_analysed_are_analysed_again(db):
    src = _source(db)
    current = _review(src, 1, "Wonderful doctor, thank you!")
    current.analysis = analyse_review(current)
    old, never = _review(src, 2, analysis=OLD), _review(src, 3)
    ids = upsert_reviews(db, [current, old, never], now=T0).inserted_ids
    before = _analysed_with(db, ids[0])
    assert before[0] == rules_version()
    assert count_reviews_to_analyse(db, rules_version()) == 2

    seen: list[tuple[int, int]] = []
    assert reanalyse_store(db, lambda d, t: seen.append((d, t)), only_stale=True) == 2

    assert seen[-1] == (2, 2)
    assert count_reviews_to_analyse(db, rules_version()) == 0
    assert _analysed_with(db, ids[0]) == before  # up to date: not touched
    for review_id in ids[1:]:
        review = get_review(db, review_id)
        assert review is not None and review.analysis is not None
        assert review.analysis.sentiment is Sentiment.NEGATIVE  # no longer the old "positive"
        assert _analysed_with(db, review_id)[0] == rules_version()
    # nothing left: a second start finds nothing to do
    assert reanalyse_store(db, only_stale=True) == 0


def test_an_edited_review_is_analysed_again_even_with_the_current_rules(db):
    src = _source(db)
    review = _review(src, 1, "Wonderful doctor, thank you!")
    review.analysis = analyse_review(review)
    [review_id] = upsert_reviews(db, [review], now=T0).inserted_ids
    edited = _review(src, 1, COMPLAINT)  # the patient changed their text; no analysis yet
    upsert_reviews(db, [edited], now=T0 + timedelta(days=1))
    assert count_reviews_to_analyse(db, rules_version()) == 1
    reanalyse_store(db, only_stale=True)
    stored = get_review(db, review_id)
    assert stored is not None and stored.analysis is not None
    assert stored.analysis.sentiment is Sentiment.NEGATIVE


def test_a_stopped_run_goes_on_from_where_it_was(db):
    src = _source(db)
    upsert_reviews(db, [_review(src, n, analysis=OLD) for n in range(25)], now=T0)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        assert total == 25
        stop.set()  # the window closed during the first batch

    assert reanalyse_store(db, progress, only_stale=True, batch=10, stop=stop) == 10
    assert count_reviews_to_analyse(db, rules_version()) == 15
    assert reanalyse_store(db, only_stale=True, batch=10) == 15
    assert count_reviews_to_analyse(db, rules_version()) == 0


@pytest.mark.sqlite_only("the command line opens the store of this PC (--db is pg-connect's)")
def test_the_command_line_re_analyses_all_or_only_the_stale_ones(data_dir, db, capsys):
    src = _source(db)
    current = _review(src, 1, "Wonderful doctor, thank you!")
    current.analysis = analyse_review(current)
    upsert_reviews(db, [current, _review(src, 2, analysis=OLD)], now=T0)
    args = ["--data-dir", str(data_dir)]
    assert main([*args, "reanalyse", "--only-stale"]) == 0
    assert "1 reviews analysed" in capsys.readouterr().out
    assert main([*args, "reanalyse"]) == 0
    assert "2 reviews analysed" in capsys.readouterr().out


def test_the_rules_version_follows_the_lexicons(tmp_path, monkeypatch):
    shipped = rules_version()
    assert len(shipped) == 16 and shipped == rules_version()
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    pipeline.rules_version.cache_clear()
    try:
        assert rules_version() == shipped  # the same words: the same rules
        lexicon = copy / "lexicons" / "sentiment_en.txt"
        lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\nsplendiferous 3\n", "utf-8")
        pipeline.rules_version.cache_clear()
        assert rules_version() != shipped
    finally:
        pipeline.rules_version.cache_clear()
