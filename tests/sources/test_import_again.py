"""A practice imports its whole export again every month: only the new and changed rows are
analysed; every other row keeps its analysis and the practice's corrections."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinicrep.importing import import_csv
from clinicrep.model import Aspect, Review, Sentiment
from clinicrep.store.aspects import aspects_of, correct_aspect, correct_sentiment
from clinicrep.store.db import Database
from clinicrep.store.reviews import get_review_by_external_id, iter_all_reviews, review_versions

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

HEADER = "id,date,rating,text\n"
ROWS = [
    "r1,2026-10-01,5,The doctor explained everything calmly and clearly.\n",
    "r2,2026-10-02,2,We waited two hours and the receptionist was rude.\n",
    "r3,2026-10-03,4,Clean rooms and a friendly nurse.\n",
    "r4,2026-10-04,1,The bill was much higher than the price we were quoted.\n",
    "r5,2026-10-05,5,Parking is easy and the staff are kind.\n",
]


def export(tmp_path: Path, rows: list[str], name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def stored(db: Database) -> dict[str, Review]:
    return {r.external_id: r for batch in iter_all_reviews(db) for r in batch}


def test_importing_this_months_export_again_analyses_none_of_its_stored_rows(
    db: Database, tmp_path: Path, analysed_ids: list[str]
) -> None:
    path = export(tmp_path, ROWS)
    first = import_csv(db, path, source_name="Monthly export")
    assert (first.imported, len(analysed_ids)) == (5, 5)
    before = {key: review.analysis for key, review in stored(db).items()}
    analysed_ids.clear()

    again = import_csv(db, path, source_name="Monthly export")

    assert analysed_ids == []
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 5)
    assert {key: review.analysis for key, review in stored(db).items()} == before
    assert all(analysis is not None for analysis in before.values())


def test_next_months_export_analyses_only_its_new_rows(
    db: Database, tmp_path: Path, analysed_ids: list[str]
) -> None:
    import_csv(db, export(tmp_path, ROWS[:3], "october.csv"), source_name="Monthly export")
    analysed_ids.clear()

    report = import_csv(db, export(tmp_path, ROWS, "november.csv"), source_name="Monthly export")

    assert analysed_ids == ["r4", "r5"]
    assert (report.imported, report.updated, report.unchanged) == (2, 0, 3)
    assert all(review.analysis is not None for review in stored(db).values())


def test_a_row_whose_text_changed_is_the_only_one_analysed_again_and_keeps_its_corrections(
    db: Database, tmp_path: Path, analysed_ids: list[str]
) -> None:
    import_csv(db, export(tmp_path, ROWS), source_name="Monthly export")
    by_id = stored(db)
    # the practice corrected two reviews: the one the patient will edit, and another
    correct_sentiment(db, by_id["r2"].id or 0, Sentiment.MIXED)
    correct_aspect(db, by_id["r2"].id or 0, Aspect.PRICE, Sentiment.NEGATIVE)
    correct_sentiment(db, by_id["r3"].id or 0, Sentiment.NEUTRAL)
    analysed_ids.clear()
    edited = "r2,2026-10-02,2,We waited two hours for the doctor and parking cost a fortune.\n"
    path = export(tmp_path, [ROWS[0], edited, *ROWS[2:]], "edited.csv")

    report = import_csv(db, path, source_name="Monthly export")

    assert analysed_ids == ["r2"]
    assert (report.imported, report.updated, report.unchanged) == (0, 1, 4)
    after = stored(db)
    r2 = after["r2"]
    assert r2.edited and "parking cost a fortune" in r2.text
    assert [v.text for v in review_versions(db, r2.id or 0)] == [ROWS[1].split(",", 3)[3].strip()]
    # analysed again from its new text (parking: access), and the corrections still apply
    assert r2.analysis is not None and r2.analysis.sentiment is Sentiment.MIXED
    opinions = {o.aspect: o for o in aspects_of(db, r2.id or 0).opinions}
    assert Aspect.ACCESS in opinions
    price = opinions[Aspect.PRICE]
    assert price.polarity is Sentiment.NEGATIVE and price.corrected
    assert after["r3"].analysis is not None and after["r3"].analysis.sentiment is Sentiment.NEUTRAL
    for key in ("r1", "r4", "r5"):
        assert after[key].analysis == by_id[key].analysis


def test_a_review_the_file_holds_twice_is_analysed_as_its_last_copy_says(
    db: Database, tmp_path: Path, analysed_ids: list[str]
) -> None:
    # the patient changed the review; the export lists the old copy and then the new one
    changed = "r1,2026-10-01,1,The doctor was rude and never explained anything.\n"
    path = export(tmp_path, [*ROWS, changed])
    import_csv(db, path, source_name="Monthly export")
    analysed_ids.clear()

    import_csv(db, path, source_name="Monthly export")

    r1 = get_review_by_external_id(db, stored(db)["r1"].source_id, "r1")
    assert r1 is not None and r1.text == changed.split(",", 3)[3].strip()
    assert r1.analysis is not None  # not left waiting for a re-analysis
    assert r1.analysis.sentiment is Sentiment.NEGATIVE
    assert sorted(analysed_ids) == ["r1", "r1"]  # both copies: the stored text changes twice


def test_a_first_import_asks_the_store_about_kept_analyses_only_for_a_page_with_a_row_it_stored(
    db: Database, tmp_path: Path, analysed_ids: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a practice's first import: no row of the source was stored before it, so only a row
    # this import stored (the export lists r1 again two pages on) can keep its analysis
    from clinicrep import importing

    monkeypatch.setattr(importing, "PAGE_SIZE", 2)
    monkeypatch.setattr(importing, "STORE_BATCH", 2)
    asked: list[list[str]] = []
    real = importing.analyses_kept

    def kept(into: Database, reviews: list[Review], rules: str) -> list[bool]:
        asked.append([r.external_id for r in reviews])
        return real(into, reviews, rules)

    monkeypatch.setattr(importing, "analyses_kept", kept)
    path = export(tmp_path, [*ROWS[:4], ROWS[0], ROWS[4]])

    report = import_csv(db, path, source_name="Monthly export")

    assert (report.imported, report.unchanged) == (5, 1)
    assert analysed_ids == ["r1", "r2", "r3", "r4", "r5"]  # r1's second copy kept its analysis
    assert asked == [["r1", "r5"]]
    assert all(review.analysis is not None for review in stored(db).values())
    # the next month's import of the same file asks about every page, and analyses nothing
    asked.clear()
    analysed_ids.clear()
    import_csv(db, path, source_name="Monthly export")
    assert len(asked) == 3 and analysed_ids == []
