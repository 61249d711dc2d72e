"""An import stores the analyses as the workers hand them back (plain values), and what it
stores is what one core's analysis of the same rows stores."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep import importing
from clinicrep.analysis import parallel
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.importing import import_csv
from clinicrep.model import (
    Analysis,
    AnalysisValues,
    Aspect,
    AspectOpinion,
    Platform,
    Review,
    Sentiment,
    Topic,
)
from clinicrep.store import open_database
from clinicrep.store.aspects import aspects_of
from clinicrep.store.reviews import iter_all_reviews

TEXTS = [
    "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "Bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy.",
    "医生很耐心，服务很好，就是排队时间有点长。",
    "Rude receptionist, and nobody called me back about my results.",
    "The nurse was lovely but parking was impossible.",
]
# the pool's threshold and the import's page lowered, as in test_parallel_analysis.py: three
# pages of 100 shared out among two workers (1,500 rows of 500 a page took 145 s at load 10)
PAGE = 100
SHARED_FROM = 2 * PAGE
ROWS = SHARED_FROM + PAGE
# rows whose text the patients edited before the next export: in the first page, at the start
# of the second and in the third
CHANGED = {7, PAGE, PAGE + 1, 2 * PAGE + 34}


@pytest.fixture(autouse=True)
def shared_from_fewer_reviews(monkeypatch):
    monkeypatch.setattr(parallel, "PARALLEL_FROM", SHARED_FROM)
    monkeypatch.setattr(importing, "PAGE_SIZE", PAGE)


def _export(path: Path, edited: bool) -> Path:
    rng = random.Random(5)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Id;Date;Author;Rating;Review\n")
        for i in range(ROWS):
            text, rating = f"{rng.choice(TEXTS)} #{i}", 3
            if edited and i in CHANGED:
                text, rating = f"The bill was twice the price we were quoted. #{i}", 1
            out.write(f'r{i};{1 + i % 28:02d}.{1 + i % 12:02d}.2026;P {i};{rating};"{text}"\n')
    return path


def _stored(path: Path) -> dict[str, tuple]:
    with open_database(path) as db:
        return {
            r.external_id: (r.analysis, aspects_of(db, r.id or 0).opinions)
            for batch in iter_all_reviews(db)
            for r in batch
        }


def test_an_analysis_handed_back_as_values_is_the_analysis_the_worker_made():
    when = datetime(2026, 11, 1, tzinfo=UTC)
    for i, text in enumerate(TEXTS):
        review = Review(source_id=1, external_id=str(i), created_at=when, text=text, rating=2)
        made = analyse_review(review)
        assert AnalysisValues.of(made).analysis() == made
    corrected = Analysis(
        language="en",
        sentiment=Sentiment.MIXED,
        sentiment_score=-0.25,
        topics=(Topic.WAITING, Topic.STAFF_ATTITUDE),
        urgency=40,
        urgency_reason="waiting",
        rules="abc",
        aspects=(AspectOpinion(Aspect.PRICE, Sentiment.NEGATIVE, "", True),),
        sentiment_corrected=True,
    )
    values = AnalysisValues.of(corrected)
    assert values.sentiment == "mixed" and values.topics == ("waiting", "staff_attitude")
    assert values.aspects == (("price", "negative", "", True),)
    assert values.analysis() == corrected


def test_next_months_export_imported_on_two_cores_stores_its_edited_rows_as_one_core_does(
    tmp_path, monkeypatch
):
    first = _export(tmp_path / "october.csv", edited=False)
    again = _export(tmp_path / "november.csv", edited=True)
    stores = {}
    for workers in (1, 2):
        monkeypatch.setattr(parallel, "worker_count", lambda *_reading, n=workers: n)
        stores[workers] = tmp_path / f"{workers}.sqlite3"
        with open_database(stores[workers]) as db:
            import_csv(db, first, source_name="Export", platform=Platform.OTHER)
            before = {r.external_id: r.analysis for b in iter_all_reviews(db) for r in b}
            # the pages of the second import hold kept rows and edited ones side by side
            report = import_csv(db, again, source_name="Export", platform=Platform.OTHER)
        assert (report.imported, report.updated, report.unchanged) == (0, len(CHANGED), ROWS - 4)
        after = _stored(stores[workers])
        for i in range(ROWS):
            analysis, _opinions = after[f"r{i}"]
            if i in CHANGED:
                assert analysis is not None and analysis.sentiment is Sentiment.NEGATIVE
            else:
                assert analysis == before[f"r{i}"]
    one, two = _stored(stores[1]), _stored(stores[2])
    assert two == one
    # the aspects too (written from the values' opinions): some rows have them
    assert sum(1 for _analysis, opinions in one.values() if opinions) > ROWS // 2
