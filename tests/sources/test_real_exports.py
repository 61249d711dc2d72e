"""Ten real exports written by tools and people outside this project import right.

The files live in ../shared/realfiles/ (sources and licences in its README) and are read
from there, never copied into the repository. For each: how many reviews, three texts
with non-ASCII characters and their stars, their dates, and that a second import adds
nothing.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from clinicrep.i18n_build import project_root
from clinicrep.importing import import_csv
from clinicrep.model import Platform, Review
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, reviews_by_ids
from clinicrep.store.sources import find_source

# beside the checkout (CI, the main tree); CLINICREP_REAL_FILES, or CLINICREP_SHARED_DIR's
# realfiles/, points elsewhere (worktrees, a clone in /tmp)
_SHARED = os.environ.get("CLINICREP_SHARED_DIR")
REAL_FILES = Path(
    os.environ.get("CLINICREP_REAL_FILES")
    or (Path(_SHARED) if _SHARED else Path(project_root()).parent / "shared") / "realfiles"
)

pytestmark = [
    pytest.mark.both_stores,  # store behaviour: on SQLite and on PostgreSQL
    pytest.mark.skipif(
        not REAL_FILES.is_dir(),
        reason=f"the real export files are not beside the checkout ({REAL_FILES} is absent)",
    ),
]


def local(*parts: int) -> datetime:
    """A time written without a zone in a file: this computer's local time, as UTC."""
    return datetime(*parts).astimezone(UTC)  # type: ignore[misc]


def stored(db: Database) -> list[Review]:
    return reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created", descending=False)))


def review_starting(db: Database, start: str) -> Review:
    [found] = [r for r in stored(db) if r.text.startswith(start)]
    return found


def import_twice(db: Database, name: str, **options: object) -> tuple[int, int]:
    """Import the file twice; (reviews after the first import, new ones from the second)."""
    path = REAL_FILES / name
    first = import_csv(db, path, source_name=name, analyse=False, **options)  # type: ignore[arg-type]
    count = count_reviews(db)
    assert first.imported == count
    again = import_csv(db, path, source_name=name, analyse=False, **options)  # type: ignore[arg-type]
    assert (again.imported, again.updated, count_reviews(db)) == (0, 0, count)
    return count, again.imported


def test_russian_google_maps_relative_dates_count_back_from_the_export_date(db: Database) -> None:
    saved = datetime(2025, 3, 24, 12, tzinfo=UTC)
    count, _ = import_twice(db, "ru_google_maps_mriya.csv", export_date=saved)
    assert count == 44
    first = review_starting(db, "Цены для толстосумов")
    assert (first.author, first.rating) == ("Светлана Исакова", 1)
    assert first.created_at.astimezone().date() == (saved - timedelta(days=4)).astimezone().date()
    week = review_starting(db, "Всё нормально, но цена")
    assert week.rating == 2
    assert week.created_at.astimezone().date() == (saved - timedelta(days=7)).astimezone().date()
    month = review_starting(db, "Добрый день .Пишу отзыв")
    assert month.rating == 2 and month.created_at.astimezone().date().month == 2
    year_ago = [r for r in stored(db) if r.created_at.astimezone().date().year == 2024]
    assert len(year_ago) >= 17  # "год назад" and "N месяцев назад"


def test_yandex_maps_unix_times_stars_and_the_resorts_answers(db: Database) -> None:
    count, _ = import_twice(db, "ru_yandex_maps_mriya.csv")
    assert count == 500
    reviews = stored(db)
    assert sum(1 for r in reviews if r.upstream_reply) == 437  # the `answer` column
    assert {r.rating for r in reviews} == {1, 2, 3}
    assert not any("avatars" in r.url for r in reviews)  # the avatar is never the link
    first = review_starting(db, "Неоднократно всей семьей")
    assert (first.author, first.rating, first.upstream_reply) == ("Роман Павлов", 1, None)
    assert first.created_at == datetime(2025, 3, 20, 2, 21, 27, tzinfo=UTC)
    second = review_starting(db, "Добрый день, отдыхаю в отеле")
    assert second.rating == 1 and second.upstream_reply
    assert second.created_at == datetime(2025, 3, 10, 0, 19, 9, tzinfo=UTC)
    third = review_starting(db, "Худший отдых в моей жизни.")
    assert third.created_at == datetime(2025, 3, 4, 11, 10, 58, tzinfo=UTC)
    source = find_source(db, "ru_yandex_maps_mriya.csv")
    assert source is not None


def test_places_api_tab_separated_file_with_unix_times_and_language_codes(db: Database) -> None:
    count, _ = import_twice(db, "en_places_api_tab.csv")
    assert count == 5
    best = review_starting(db, "Tesla Springfield is the best")
    assert (best.rating, best.author, best.language_hint) == (5, "", "en")
    assert best.created_at == datetime(2022, 11, 9, 11, 17, tzinfo=UTC)
    future = review_starting(db, "the future is aka")
    assert future.rating == 4 and "🧿" in future.text
    second = review_starting(db, "Second Tesla place I’ve visited")
    assert second.rating == 2
    assert second.created_at == datetime(2021, 11, 5, 5, 51, 56, tzinfo=UTC)


def test_indian_jeweller_times_with_the_ist_abbreviation(db: Database) -> None:
    count, _ = import_twice(db, "en_mr_google_jewellers.csv")
    assert count == 10
    marathi = review_starting(db, "अतिशय छान अनुभव")
    assert marathi.rating == 4
    ist = timezone(timedelta(hours=5, minutes=30))
    assert marathi.created_at == datetime(2026, 5, 26, 8, 56, tzinfo=ist)
    thumbs = review_starting(db, "Anita is very good service 👍")
    assert thumbs.rating == 5
    report = import_csv(db, REAL_FILES / "en_mr_google_jewellers.csv", source_name="again")
    assert [w.code for w in report.warnings] == ["one_date"]  # every row: the job's run time


def test_melbourne_deli_rows_sharing_a_place_id_stay_distinct_reviews(db: Database) -> None:
    count, _ = import_twice(db, "en_google_maps_hectors.csv")
    assert count == 219  # place_id repeats, so it is no review id; rating-only rows stay apart
    tuna = review_starting(db, "Well worth seeking out, next level tuna toasting! 😋")
    assert (tuna.author, tuna.rating) == ("Tanya Hickey", 5)
    assert tuna.created_at == datetime(2026, 3, 28, 22, 8, 33, tzinfo=UTC)
    chungus = review_starting(db, "I stand with Big Chungus 🐇")
    assert chungus.rating == 3
    assert chungus.created_at == datetime(2026, 3, 18, 0, 5, 25, tzinfo=UTC)
    rating_only = [r for r in stored(db) if not r.text]
    assert len(rating_only) == 48
    assert sum(1 for r in rating_only if r.author == "Luther Kingsley") == 2
    assert not any("/contrib/" in r.url for r in stored(db))  # a profile is not the review


def test_gosom_places_file_imports_the_reviews_nested_in_each_place(db: Database) -> None:
    count, _ = import_twice(db, "en_gosom_places.csv")
    assert count == 75  # 80 nested reviews, 5 without a date: skipped with their line
    report = import_csv(db, REAL_FILES / "en_gosom_places.csv", source_name="x", dry_run=True)
    assert [p.code for p in report.problems] == ["date_missing"] * 5
    rudi = review_starting(db, "Everything was great. After having some")
    assert (rudi.author, rudi.rating) == ("Rudi Rüssel", 5)
    nicosia = timezone(timedelta(hours=3))  # the place's own time zone, in summer
    assert rudi.created_at == datetime(2023, 6, 23, tzinfo=nicosia)
    harper = review_starting(db, "Came for dinner early evening")
    assert harper.rating == 2
    with_date_unknown = import_csv(
        db, REAL_FILES / "en_gosom_places.csv", source_name="all", unknown_dates=True,
        analyse=False,
    )  # fmt: skip
    assert with_date_unknown.imported == 80
    assert [p.code for p in with_date_unknown.problems] == ["date_empty_imported"] * 5


def test_dianping_prefers_the_review_time_and_ignores_the_class_column(db: Database) -> None:
    count, _ = import_twice(db, "zh_dianping_wunvshan.csv", platform=Platform.DIANPING)
    assert count == 99  # ids 1296 and 1297 are the same review, saved twice by the scraper
    first = review_starting(db, "再次爬五女山")
    assert (first.author, first.rating) == ("芷阿", None)  # rank_level 1 = 好评, not 1★
    assert first.created_at == local(2021, 5, 18, 0, 15)  # comment_at, not created_at
    second = review_starting(db, "桓仁五女山，世界文化遗产")
    assert second.created_at == local(2021, 5, 11, 23, 58)
    third = review_starting(db, "爱生活爱点评五一长假")
    assert third.author == "Rock_3309"


def test_ceneo_csv_half_star_scores(db: Database) -> None:
    count, _ = import_twice(db, "pl_ceneo_opinions.csv")
    assert count == 16
    alufelgi = review_starting(db, "Alufelgi raptem o 50% droższe")
    assert (alufelgi.rating, alufelgi.external_id) == (5, "8578041")
    assert alufelgi.created_at == local(2018, 11, 16, 16, 32, 54)
    zalozylem = review_starting(db, "dopiero co je założyłem")
    assert zalozylem.rating == 4
    ladne = review_starting(db, "Bardzo ładne felgi")
    assert (ladne.author, ladne.rating) == ("Michał.", 5)


def test_ceneo_json_array_is_read_as_json_not_as_csv(db: Database) -> None:
    count, _ = import_twice(db, "pl_ceneo_opinions.json")
    assert count == 13  # three opinions have "review_date": null
    dywan = review_starting(db, "U mnie wjeżdża na czarny dywan")
    assert (dywan.rating, dywan.external_id) == (5, "11754441")
    assert dywan.created_at == local(2020, 2, 11, 20, 37, 4)
    lubie = review_starting(db, "tez lubię bardzo roombe")
    assert lubie.rating == 5
    prawda = review_starting(db, "to prawda, u mnie super odkurzał")
    assert prawda.rating == 4
    report = import_csv(db, REAL_FILES / "pl_ceneo_opinions.json", source_name="j", dry_run=True)
    assert report.kind == "json" and report.preset == "ceneo"
    assert sorted(p.line for p in report.problems) == [44, 114, 128]


def test_ceneo_excel_workbook(db: Database) -> None:
    count, _ = import_twice(db, "pl_ceneo_opinions_255509.xlsx")
    assert count == 16
    alufelgi = review_starting(db, "Alufelgi raptem o 50% droższe")
    assert alufelgi.rating == 5 and alufelgi.created_at == local(2018, 11, 16)
    zalozylem = review_starting(db, "dopiero co je założyłem")
    assert zalozylem.rating == 4
    ladne = review_starting(db, "Bardzo ładne felgi")
    assert ladne.author == "Michał."
