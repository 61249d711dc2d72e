"""A big import and a re-analysis use every core, and read each review exactly as one core does."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from tests.analysis.review_pages import review_pages

from clinicrep import importing
from clinicrep.analysis import parallel
from clinicrep.analysis.pipeline import analyse_review, reanalyse_store
from clinicrep.importing import import_csv
from clinicrep.model import Analysis, Platform, Review, Sentiment
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids

TEXTS = [
    "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "Bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy.",
    "医生很耐心，服务很好，就是排队时间有点长。",
    "Rude receptionist, and nobody called me back about my results.",
    "Лікар уважний, але черга довга і ніхто не відповідає на дзвінки.",
    "The nurse was lovely but parking was impossible.",
    "Wonderful doctor, thank you so much!",
]
# The pool's threshold and the import's page lowered for these tests: 300 rows are three pages
# of 100, shared out among two workers as 1,500 rows are three pages of 500 (the real threshold
# made the file 77 s of CPU, mostly the same analysis over and over; 1,500 rows of 500 a page
# still took 122 and 67 s of the file's two imports at load 10)
PAGE = 100
SHARED_FROM = 2 * PAGE
ROWS = SHARED_FROM + PAGE  # enough to be shared out among processes


@pytest.fixture(autouse=True)
def shared_from_fewer_reviews(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", SHARED_FROM)
    monkeypatch.setattr(importing, "PAGE_SIZE", PAGE)


@pytest.fixture
def pools_used(monkeypatch) -> list[int]:
    """How many processes each analysis pool entered had: proof that the work was shared."""
    used: list[int] = []
    enter = parallel.AnalysisPool.__enter__

    def counted(pool: parallel.AnalysisPool) -> parallel.AnalysisPool:
        used.append(pool.workers)
        return enter(pool)

    monkeypatch.setattr(parallel.AnalysisPool, "__enter__", counted)
    return used


@pytest.fixture
def export(tmp_path: Path) -> Path:
    rng = random.Random(3)
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Date;Author;Rating;Review\n")
        for i in range(ROWS):
            text = f"{rng.choice(TEXTS)} #{i}"
            out.write(
                f'{1 + i % 28:02d}.{1 + i % 12:02d}.2026;P {i};{rng.randint(1, 5)};"{text}"\n'
            )
    return path


def _readings(path: Path) -> dict[str, tuple]:
    with open_database(path) as db:
        reviews = reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created")))
    return {
        r.external_id: (r.analysis.language, r.analysis.sentiment, r.analysis.topics,
                        r.analysis.urgency, r.status)
        for r in reviews if r.analysis
    }  # fmt: skip


def test_an_import_on_two_cores_reads_every_review_as_one_core_does(
    export, tmp_path, monkeypatch, pools_used
):
    monkeypatch.setattr(parallel, "worker_count", lambda *_reading: 1)
    with open_database(tmp_path / "one.sqlite3") as db:
        import_csv(db, export, source_name="Export", platform=Platform.OTHER)
    monkeypatch.setattr(parallel, "worker_count", lambda *_reading: 2)
    with open_database(tmp_path / "two.sqlite3") as db:
        report = import_csv(db, export, source_name="Export", platform=Platform.OTHER)
    assert pools_used == [1, 2]
    assert report.imported == ROWS
    one, two = _readings(tmp_path / "one.sqlite3"), _readings(tmp_path / "two.sqlite3")
    assert len(two) == ROWS  # every review analysed
    assert two == one
    # and a re-analysis on two cores changes nothing either (in batches of a page a worker:
    # two, each shared out)
    with open_database(tmp_path / "two.sqlite3") as db:
        assert reanalyse_store(db, batch=PAGE) == ROWS
    assert pools_used == [1, 2, 2]
    assert _readings(tmp_path / "two.sqlite3") == one


def test_a_pool_shares_a_batch_out_in_its_order_with_each_source_language():
    from datetime import UTC, datetime

    from clinicrep.model import Review

    when = datetime(2026, 11, 1, tzinfo=UTC)
    reviews = [
        Review(source_id=i % 2, external_id=str(i), created_at=when, text=text, rating=3)
        for i, text in enumerate(["Dobrze", "Хорошо", "好", "Good", "Źle", "Плохо"] * 250)
    ]
    languages = {0: "pl", 1: "ru"}
    with parallel.AnalysisPool(analyse_review, len(reviews), workers=1) as pool:
        alone = pool.analyse_all(reviews, lambda r: languages[r.source_id])
    with parallel.AnalysisPool(analyse_review, len(reviews), workers=2) as pool:
        assert pool.workers == 2
        shared = pool.analyse_all(reviews, lambda r: languages[r.source_id])
    assert shared == alone
    assert {a.language for a in shared if a} >= {"pl", "ru"}


def test_the_workers_read_with_the_practices_learned_model(
    export, tmp_path, monkeypatch, pools_used
):
    import numpy as np

    from clinicrep.analysis import learning

    # a model (as if learned from this practice's corrections) sure that everything is a
    # complaint: where it is in use, even "Wonderful doctor" reads negative
    gloomy = learning.LearnedModel(
        ("negative", "positive"),
        {},  # it knows no word: its certainty is all in its prior
        np.zeros((2, 0)),
        np.array([0.0, -100.0]),
    )
    monkeypatch.setattr(parallel, "worker_count", lambda *_reading: 2)
    learning.install({"en": gloomy})
    try:
        with open_database(tmp_path / "learned.sqlite3") as db:
            import_csv(db, export, source_name="Export", platform=Platform.OTHER)
    finally:
        learning.install({})
    assert pools_used == [2]
    praise = [
        reading
        for key, reading in _readings(tmp_path / "learned.sqlite3").items()
        if reading[0] == "en" and key in _keys_of(tmp_path / "learned.sqlite3", "Wonderful")
    ]
    said = {reading[1] for reading in praise}
    # the rules read it positive (a mixed reading, 1 star beside praise, the model never turns)
    assert Sentiment.NEGATIVE in said and Sentiment.POSITIVE not in said


def _keys_of(path: Path, word: str) -> set[str]:
    with open_database(path) as db:
        return {r.external_id for r in reviews_by_ids(db, review_ids(db, ReviewQuery(search=word)))}


def test_the_pool_takes_the_cores_that_are_free(monkeypatch):
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)
    # a system that keeps no count of the cores' idle time (macOS): the load average decides
    # (tests/analysis/test_imp41_free_cores_read_now.py: Linux's reading)
    monkeypatch.setattr(parallel, "_proc_stat", lambda: None)
    loads = {"idle": 0.2, "one program busy": 1.1, "three busy": 3.0, "all busy": 4.6}
    counts = {}
    for name, load in loads.items():
        monkeypatch.setattr(parallel.os, "getloadavg", lambda load=load: (load, load, load))
        counts[name] = parallel.worker_count()
    # one worker would not pay: this process reads and stores beside the workers
    assert counts == {"idle": 4, "one program busy": 3, "three busy": 2, "all busy": 1}
    with parallel.AnalysisPool(analyse_review, 100_000) as pool:
        assert pool.workers == 1  # every core busy: the analysis stays in this process


def _niceness_as_urgency(review: Review, *, fallback_language: str = "") -> Analysis:
    """An "analysis" that reports the priority of the process that made it."""
    return Analysis(language=fallback_language, urgency=os.nice(0))


def test_the_workers_leave_the_importing_process_its_core():
    # the importing process reads and stores every row alone: the workers run below it, so
    # that on two cores it is never the one waiting for its share
    pages = review_pages(4, 50)
    with parallel.AnalysisPool(_niceness_as_urgency, parallel.PARALLEL_FROM, workers=2) as pool:
        analysed = [review for page in pool.analysed(pages, "pl") for review in page]
    here = os.nice(0)
    assert len(analysed) == 200
    assert {r.analysis.urgency for r in analysed if r.analysis} == {
        min(19, here + parallel.WORKER_NICENESS)
    }
    assert here == os.nice(0)  # this process keeps its own priority
