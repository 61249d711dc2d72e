"""The store keeps every review once, remembers edits, never deletes, and protects the file."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.errors import DatabaseDamaged, DatabaseTooNew, SourceNameTaken
from clinicrep.messages import user_message
from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.store import db as store_db
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, count_by_status, review_ids
from clinicrep.store.reviews import (
    get_review,
    mark_missing_upstream,
    review_versions,
    reviews_by_ids,
    set_status,
    upsert_reviews,
)
from clinicrep.store.sources import add_source, list_sources, update_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _source(db, platform=Platform.GOOGLE) -> Source:
    return add_source(db, Source(kind=SourceKind.GOOGLE, name="Google", platform=platform))


def _review(source_id: int, ext: str, text: str, rating: int | None = 5, **kw) -> Review:
    return Review(
        source_id=source_id, external_id=ext, created_at=T0, text=text, rating=rating, **kw
    )


def test_the_same_review_fetched_twice_is_one_row(db):
    src = _source(db)
    first = upsert_reviews(db, [_review(src.id, "a", "Great doctor")])
    second = upsert_reviews(db, [_review(src.id, "a", "Great doctor")])
    assert (first.inserted, second.inserted, second.unchanged) == (1, 0, 1)
    assert review_ids(db, ReviewQuery()) == first.inserted_ids


def test_a_review_twice_in_one_page_is_one_row_and_its_later_edit_is_kept(db):
    # an export that lists a review twice, the second time as the patient edited it
    src = _source(db)
    result = upsert_reviews(
        db,
        [
            _review(src.id, "a", "Good", rating=4),
            _review(src.id, "a", "Good", rating=4),
            _review(src.id, "a", "Terrible after all", rating=1),
        ],
    )
    assert (result.inserted, result.unchanged, result.updated) == (1, 1, 1)
    [review_id] = result.inserted_ids
    assert review_ids(db, ReviewQuery()) == [review_id]
    review = get_review(db, review_id)
    assert (review.text, review.rating, review.edited) == ("Terrible after all", 1, True)
    [old] = review_versions(db, review_id)
    assert (old.text, old.rating) == ("Good", 4)


def test_an_edited_review_keeps_its_earlier_version_and_is_flagged(db):
    src = _source(db)
    [review_id] = upsert_reviews(db, [_review(src.id, "a", "Good", rating=4)]).inserted_ids
    result = upsert_reviews(db, [_review(src.id, "a", "Terrible after all", rating=1)])
    assert result.updated_ids == [review_id]
    review = get_review(db, review_id)
    assert review.text == "Terrible after all" and review.rating == 1 and review.edited
    [old] = review_versions(db, review_id)
    assert (old.text, old.rating) == ("Good", 4)


def test_a_review_missing_upstream_is_marked_not_deleted(db):
    src = _source(db)
    upsert_reviews(db, [_review(src.id, "a", "one"), _review(src.id, "b", "two")])
    assert mark_missing_upstream(db, src.id, {"a"}) == 1
    ids = review_ids(db, ReviewQuery(sort="created"))
    gone = [r for r in reviews_by_ids(db, ids) if r.missing_upstream]
    assert [r.external_id for r in gone] == ["b"]
    # seen again later: no longer missing
    upsert_reviews(db, [_review(src.id, "b", "two")])
    assert not any(r.missing_upstream for r in reviews_by_ids(db, ids))


def test_a_reply_already_on_the_platform_marks_the_review_answered(db):
    src = _source(db)
    [review_id] = upsert_reviews(db, [_review(src.id, "a", "Thanks")]).inserted_ids
    assert get_review(db, review_id).status == Status.NEW
    replied = T0 + timedelta(hours=5)
    upsert_reviews(
        db, [_review(src.id, "a", "Thanks", upstream_reply="Thank you!", upstream_reply_at=replied)]
    )
    review = get_review(db, review_id)
    assert review.status == Status.ANSWERED and review.answered_at == replied


@pytest.mark.parametrize(
    "text, term",
    [
        ("Врач очень внимательный, спасибо", "внимательн"),
        ("Лікар дуже уважний, дякую", "УВАЖНИЙ"),
        ("Świetna przychodnia, pan doktor Łukasz", "łukasz"),
        ("医生非常专业，但是候诊时间太长了", "候诊时间"),
        ("Helpful nurse", "he nu"),  # short words fall back to LIKE
    ],
)
def test_search_finds_words_in_every_language(db, text, term):
    src = _source(db)
    upsert_reviews(db, [_review(src.id, "x", text), _review(src.id, "y", "unrelated words")])
    found = reviews_by_ids(db, review_ids(db, ReviewQuery(search=term)))
    assert [r.text for r in found] == [text]


@pytest.mark.parametrize("largest_id_taken", [False, True])
def test_new_reviews_in_any_date_order_each_keep_their_own_text_and_search_entry(
    db, largest_id_taken
):
    src = _source(db)
    upsert_reviews(db, [_review(src.id, "old", "an older review")])
    if largest_id_taken:  # new rows then get ids anywhere: SQLite cannot give the next one
        db.execute("UPDATE reviews SET id = 9223372036854775807 WHERE external_id = 'old'")
    texts = {
        f"r{i}": f"review {i} about {word}" for i, word in enumerate(["parking", "停车场"] * 3)
    }
    page = [_review(src.id, ext, text) for ext, text in texts.items()]
    for i, review in enumerate(page):  # the store writes them in date order, not the page's
        review.created_at = T0 - timedelta(days=(7 * i) % 5)
    result = upsert_reviews(db, page)

    assert [r.id for r in page] == result.inserted_ids
    stored = reviews_by_ids(db, result.inserted_ids)
    assert {r.external_id: r.text for r in stored} == texts
    for word in ("parking", "停车场"):
        found = reviews_by_ids(db, review_ids(db, ReviewQuery(search=word)))
        assert sorted(r.text for r in found) == sorted(t for t in texts.values() if word in t)


def test_status_change_is_logged_and_counted(db):
    src = _source(db)
    [review_id] = upsert_reviews(db, [_review(src.id, "a", "x")]).inserted_ids
    set_status(db, review_id, Status.ESCALATED, note="owner")
    assert count_by_status(db)[Status.ESCALATED] == 1
    from clinicrep.store.events import events_for_review

    [event] = events_for_review(db, review_id)
    assert event.kind == "status_changed" and event.detail["to"] == "escalated"


def test_database_file_is_readable_by_its_owner_only(db):
    for suffix in ("", "-wal"):
        path = Path(str(paths.db_path()) + suffix)
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_damaged_file_is_refused_and_left_untouched(data_dir):
    path = data_dir / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(data_dir):
    path = data_dir / "newer.sqlite3"
    db = open_database(path)
    db.conn.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(DatabaseTooNew):
        open_database(path)


def test_a_migration_keeps_a_copy_of_the_file_first(data_dir, monkeypatch):
    path = data_dir / "old.sqlite3"
    db = open_database(path)
    src = _source(db)
    upsert_reviews(db, [_review(src.id, "a", "kept")])
    db.close()
    real = store_db.migrations()
    last = real[-1][0]
    extra = (last + 1, f"{last + 1:04d}_test.sql", "CREATE TABLE t_new (x);")
    monkeypatch.setattr(store_db, "migrations", lambda: [*real, extra])
    db = open_database(path, backup_dir=data_dir / "backups")
    assert db.user_version == last + 1
    db.close()
    [backup] = (data_dir / "backups").iterdir()
    copy = open_database(backup)  # the copy is a complete store at the old version ...
    assert get_review(copy, 1).text == "kept"
    copy.close()


def test_a_store_made_before_0014_keeps_its_reviews_and_every_index_on_them(data_dir, monkeypatch):
    """0014 drops two copied indexes on PostgreSQL; SQLite had no copies and keeps all."""
    path = data_dir / "old.sqlite3"
    real = store_db.migrations()
    monkeypatch.setattr(store_db, "migrations", lambda: [m for m in real if m[0] < 14])
    db = open_database(path)
    assert db.user_version == 13
    src = _source(db)
    upsert_reviews(db, [_review(src.id, "a", "Kind nurse"), _review(src.id, "b", "Long wait")])

    def indexes() -> list[str]:
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reviews'"
            " ORDER BY name"
        )
        return [row[0] for row in rows]

    before = indexes()
    db.close()
    monkeypatch.setattr(store_db, "migrations", lambda: [m for m in real if m[0] <= 14])
    # words only on SQLite: the file opens as current (its check deferred, as on any day) and
    # no backup copy is made (on 1,000,000 reviews those cost 50 s and 2.3 GB)
    db = open_database(path, backup_dir=data_dir / "backups", defer_check=True)
    assert db.check_pending
    assert db.user_version == 14
    assert not list((data_dir / "backups").glob("*"))
    assert indexes() == before
    assert [get_review(db, i).text for i in (1, 2)] == ["Kind nurse", "Long wait"]
    assert review_ids(db, ReviewQuery(search="nurse")) == [1]
    db.close()


def test_a_store_made_before_0015_keeps_its_reviews_and_lists_the_open_ones_from_their_index(
    data_dir, monkeypatch
):
    """0015 adds the index of the open reviews by urgency (the opening view): a real change,
    so the file is copied first, and every review and status is as it was."""
    from dataclasses import replace

    from clinicrep.model import Analysis

    path = data_dir / "old.sqlite3"
    real = store_db.migrations()
    monkeypatch.setattr(store_db, "migrations", lambda: [m for m in real if m[0] < 15])
    db = open_database(path)
    assert db.user_version == 14
    src = _source(db)
    upsert_reviews(
        db,
        [
            _review(src.id, "calm", "Kind nurse", analysis=Analysis(urgency=5)),
            _review(src.id, "angry", "No parking, rude nurse", analysis=Analysis(urgency=40)),
            _review(src.id, "done", "Nurse was late", status=Status.ANSWERED),
        ],
    )
    db.close()
    monkeypatch.setattr(store_db, "migrations", lambda: real)
    db = open_database(path, backup_dir=data_dir / "backups")
    assert db.user_version == real[-1][0]  # 0015 and every step after it
    [copy] = (data_dir / "backups").iterdir()
    assert ".schema14." in copy.name
    opening = ReviewQuery.needs_attention()
    texts = [r.text for r in reviews_by_ids(db, review_ids(db, opening, limit=64))]
    assert texts == ["No parking, rude nurse", "Kind nurse"]
    assert review_ids(db, replace(opening, search="nurse")) == review_ids(db, opening)
    assert count_by_status(db)[Status.ANSWERED] == 1
    assert db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'reviews_open_urgency'"
    ).fetchone() == (1,)
    db.close()


def test_a_failing_migration_changes_nothing(data_dir, monkeypatch):
    path = data_dir / "old.sqlite3"
    open_database(path).close()
    real = store_db.migrations()
    bad = (real[-1][0] + 1, "bad.sql", "CREATE TABLE half (x); THIS IS NOT SQL;")
    monkeypatch.setattr(store_db, "migrations", lambda: [*real, bad])
    with pytest.raises(Exception):  # noqa: B017 - any error; what matters is what is left
        open_database(path)
    monkeypatch.setattr(store_db, "migrations", lambda: real)
    db = open_database(path)
    assert db.user_version == real[-1][0]
    assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchall()
    db.close()


def test_reviews_stored_before_and_after_the_search_index_change_are_all_found(
    data_dir, monkeypatch
):
    path = data_dir / "old.sqlite3"
    real = store_db.migrations()
    monkeypatch.setattr(store_db, "migrations", lambda: real[:5])  # the schema before 0006
    db = open_database(path, backup_dir=data_dir / "backups")
    src = _source(db)
    # as 0005's code stored a review: one INSERT, which 0001's trigger indexed
    db.execute(
        "INSERT INTO reviews (source_id, external_id, text, created_at, fetched_at, platform)"
        " VALUES (?, 'old', 'Лікар дуже уважний, дякую', ?, ?, ?)",
        (src.id, "2026-01-02T00:00:00+00:00", "2026-01-02T00:00:00+00:00", src.platform),
    )
    db.close()
    monkeypatch.setattr(store_db, "migrations", lambda: real)
    db = open_database(path, backup_dir=data_dir / "backups")
    assert db.user_version == real[-1][0]
    upsert_reviews(db, [_review(src.id, "new", "Лікар уважний, але черга довга")])
    upsert_reviews(db, [_review(src.id, "old", "Лікар дуже уважний, дякую!")])  # an edit
    found = reviews_by_ids(db, review_ids(db, ReviewQuery(search="уважний", sort="created")))
    assert sorted(r.external_id for r in found) == ["new", "old"]
    [queue] = reviews_by_ids(db, review_ids(db, ReviewQuery(search="черга")))
    assert queue.external_id == "new"
    # FTS5's own check: the index holds exactly what the table holds
    db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")
    db.close()


def test_sources_that_already_shared_a_name_keep_their_reviews_under_numbered_names(
    data_dir, monkeypatch
):
    path = data_dir / "old.sqlite3"
    real = store_db.migrations()
    monkeypatch.setattr(store_db, "migrations", lambda: [m for m in real if m[0] <= 7])
    db = open_database(path)
    for name in ("ZnanyLekarz", "znanylekarz", "Google"):  # two imports raced, once
        db.execute(
            "INSERT INTO sources (kind, name, platform, created_at)"
            " VALUES ('csv', ?, 'other', '2026-01-01T00:00:00Z')",
            (name,),
        )
    db.close()
    monkeypatch.setattr(store_db, "migrations", lambda: real)
    db = open_database(path, backup_dir=data_dir / "backups")
    assert [s.name for s in list_sources(db)] == ["ZnanyLekarz", "znanylekarz (2)", "Google"]
    db.close()


def test_adding_a_source_by_a_taken_name_answers_the_existing_one(db):
    first = add_source(db, Source(kind=SourceKind.CSV, name="ZnanyLekarz", platform=Platform.OTHER))
    again = add_source(db, Source(kind=SourceKind.CSV, name="znanylekarz", platform=Platform.OTHER))
    assert again.id == first.id and again.name == "ZnanyLekarz"
    # the same name on another platform is another source
    other = add_source(
        db, Source(kind=SourceKind.CSV, name="ZnanyLekarz", platform=Platform.GOOGLE)
    )
    assert other.id != first.id


def test_a_second_source_the_user_adds_by_a_taken_name_gets_a_number(db):
    add_source(db, Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE))
    second = add_source(
        db,
        Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE),
        new_name_if_taken=True,
    )
    third = add_source(
        db,
        Source(kind=SourceKind.GOOGLE, name="Google", platform=Platform.GOOGLE),
        new_name_if_taken=True,
    )
    assert [s.name for s in list_sources(db)] == ["Google", "Google (2)", "Google (3)"]
    assert len({second.id, third.id}) == 2


def test_renaming_a_source_to_the_name_of_another_says_so(db):
    add_source(db, Source(kind=SourceKind.CSV, name="ZnanyLekarz", platform=Platform.OTHER))
    other = add_source(db, Source(kind=SourceKind.CSV, name="Doctolib", platform=Platform.OTHER))
    other.name = "ZnanyLekarz"
    with pytest.raises(SourceNameTaken) as raised:
        update_source(db, other)
    assert "ZnanyLekarz" in user_message(raised.value)
