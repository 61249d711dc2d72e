"""A big import into a small store: its indexes are built once at the end, in one transaction
with the rows (SQLite), and nobody sees the store without them; PostgreSQL imports batch by
batch here (its thresholds are its own: a first import into a new shared store only, tested in
test_imppg43_pg_import.py)."""

from __future__ import annotations

import contextlib
import gc
import random
from pathlib import Path

import pytest

from clinicrep import importing
from clinicrep.importing import import_csv
from clinicrep.model import Sentiment
from clinicrep.sources.base import CancelToken
from clinicrep.store import Database, open_database
from clinicrep.store import db as store_db
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, reviews_by_ids

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

ROWS = 3_000
BATCH = 500
WORDS = ["парковка", "zaparkować", "停车场", "parking"]


@pytest.fixture(autouse=True)
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds of a big import, for a file a test writes in a moment."""
    monkeypatch.setattr(store_db, "BULK_INDEX_FROM", 1_000)
    monkeypatch.setattr(importing, "STORE_BATCH", BATCH)


def write_export(path: Path, rows: int = ROWS, first: int = 0) -> Path:
    rng = random.Random(5)
    lines = ["date;author;rating;text"]
    for i in range(first, first + rows):
        word = rng.choice(WORDS)
        lines.append(
            f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026;Patient {i:05d};{1 + i % 5};"
            f"Review {i}: {word} was hard, the doctor kind"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def indexes(db: Database) -> list[tuple[str, str]]:
    if db.dialect == "postgresql":
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'reviews' ORDER BY 1"
    else:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    return [tuple(row) for row in db.fetchall(sql)]


def what_the_inbox_shows(db: Database) -> dict[str, list[int]]:
    queries = {
        "needs attention": ReviewQuery.needs_attention(),
        "by author": ReviewQuery(sort="author", descending=False),
        "by rating": ReviewQuery(sort="rating"),
        "by text": ReviewQuery(sort="text", descending=False),
        "negative": ReviewQuery(sentiments=(Sentiment.NEGATIVE,), sort="created"),
        **{word: ReviewQuery(search=word) for word in WORDS},
    }
    return {label: review_ids(db, query) for label, query in queries.items()}


def test_a_big_import_into_an_empty_store_keeps_every_index_and_the_inbox_finds_every_review(
    db: Database, tmp_path: Path
) -> None:
    before = indexes(db)
    if db.dialect == "sqlite":  # as PRAGMA optimize may have done: the planner's statistics
        import_csv(db, write_export(tmp_path / "one.csv", rows=10, first=ROWS), source_name="One")
        db.execute("ANALYZE")
        stats = db.fetchall("SELECT idx FROM sqlite_stat1 WHERE tbl = 'reviews' ORDER BY idx")
    report = import_csv(db, write_export(tmp_path / "big.csv"), source_name="Big", analyse=True)

    assert report.imported == ROWS == count_reviews(db) - (10 if db.dialect == "sqlite" else 0)
    assert indexes(db) == before
    if db.dialect == "sqlite":  # kept for the indexes built again, as an import row by row
        assert len(stats) == 13
        assert (
            db.fetchall("SELECT idx FROM sqlite_stat1 WHERE tbl = 'reviews' ORDER BY idx") == stats
        )
    shown = what_the_inbox_shows(db)
    assert len(shown["needs attention"]) > 0
    first_three = reviews_by_ids(db, shown["by author"][:3])
    assert [r.author for r in first_three] == ["Patient 00000", "Patient 00001", "Patient 00002"]
    assert sum(len(shown[word]) for word in WORDS) == count_reviews(db)
    if db.dialect == "sqlite":
        assert db.fetchall("PRAGMA integrity_check") == [("ok",)]
        db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.sqlite_only("one transaction with the indexes built at its end is SQLite's path")
def test_the_window_sees_the_store_as_before_with_its_indexes_until_the_import_ends(
    db: Database, tmp_path: Path
) -> None:
    import_csv(db, write_export(tmp_path / "first.csv", rows=200), source_name="Old")
    shown_before = what_the_inbox_shows(db)
    seen: list[tuple[int, int]] = []
    with open_database(db.path) as window:

        def look(done: int, _total: int) -> None:
            # the opening view names its index (INDEXED BY): it fails on a store without it
            shown = what_the_inbox_shows(window)
            seen.append((done, len(shown["by author"])))
            if len(shown["by author"]) > 200:
                assert shown["by author"] != shown_before["by author"]

        report = import_csv(
            db, write_export(tmp_path / "big.csv", first=200), source_name="Big", progress=look
        )
        after = what_the_inbox_shows(window)

    assert report.imported == ROWS
    # the first batch stored alone (before the first look), the rest all at once at the end
    assert len(seen) == ROWS // BATCH
    assert {count for _done, count in seen} == {200 + BATCH}, seen
    assert len(after["by author"]) == 200 + ROWS
    assert after == what_the_inbox_shows(db)


def analysed_on(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """The import's analysis in this process (1) or in ``workers`` worker processes."""
    from clinicrep.analysis import parallel

    if workers > 1:
        monkeypatch.setattr(parallel, "PARALLEL_FROM", 1_000)
        monkeypatch.setattr(parallel, "worker_count", lambda *_reading: workers)


@pytest.mark.sqlite_only("one transaction with the indexes built at its end is SQLite's path")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_failure_late_in_a_big_import_leaves_the_store_with_every_index_and_the_first_batch(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    # with two workers the indexes are built again before the last pages are stored (below):
    # a failure after that rolls them back with the rows
    analysed_on(monkeypatch, workers)
    before = indexes(db)
    pages: list[bool] = []  # per page stored: whether the indexes were built again before it
    real_execute = db.execute

    def execute(sql: str, params: object = ()) -> object:
        if sql.startswith("CREATE INDEX") and pages:
            pages[-1] = True
        return real_execute(sql, params)

    def fail_late(_done: int, _total: int) -> None:
        # (pages, not rows read: two workers have the whole file read at the first page)
        pages.append(bool(pages and pages[-1]))
        if len(pages) == ROWS // BATCH - 1:
            raise OSError("the disk went away")

    monkeypatch.setattr(db, "execute", execute)
    with pytest.raises(OSError, match="the disk went away"):
        import_csv(db, write_export(tmp_path / "big.csv"), source_name="Big", progress=fail_late)

    assert pages[-1] == (workers > 1)  # two workers: the indexes stood again when it failed
    assert count_reviews(db) == BATCH  # the first batch, stored alone; the rest rolled back
    assert indexes(db) == before
    assert db.fetchall("PRAGMA integrity_check") == [("ok",)]
    report = import_csv(db, tmp_path / "big.csv", source_name="Big")
    assert (report.imported, report.unchanged) == (ROWS - BATCH, BATCH)
    assert len(what_the_inbox_shows(db)["by author"]) == ROWS


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cancelled_big_import_keeps_what_it_read_with_every_index(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    # with two workers, cancelled after the indexes were built again (at the second page)
    analysed_on(monkeypatch, workers)
    before = indexes(db)
    cancel = CancelToken()
    pages: list[int] = []

    def cancel_halfway(done: int, _total: int) -> None:
        # (pages, not rows read: two workers have the whole file read at the first page)
        pages.append(done)
        if len(pages) == ROWS // BATCH // 2:
            cancel.cancel()

    report = import_csv(
        db, write_export(tmp_path / "big.csv"), source_name="Big", cancel=cancel,
        progress=cancel_halfway,
    )  # fmt: skip

    stored = count_reviews(db)
    assert stored == report.imported and ROWS // 2 <= stored < ROWS
    assert indexes(db) == before
    assert len(what_the_inbox_shows(db)["by author"]) == stored
    again = import_csv(db, tmp_path / "big.csv", source_name="Big")
    assert (again.imported, again.unchanged) == (ROWS - stored, stored)


@pytest.mark.sqlite_only("one transaction with the indexes built at its end is SQLite's path")
def test_an_import_into_a_store_much_bigger_than_it_keeps_its_indexes_up_batch_by_batch(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # which indexes an import drops hangs on the rows it brings and the store's, not on their
    # analysis: the reviews go in unanalysed (12,500 analyses were most of the test's 32 s)
    import_csv(
        db, write_export(tmp_path / "first.csv", rows=ROWS), source_name="Old", analyse=False
    )
    dropped: list[str] = []
    real = db.execute

    def execute(sql: str, params: object = ()) -> object:
        if sql.startswith("DROP INDEX"):
            dropped.append(sql)
        return real(sql, params)

    monkeypatch.setattr(db, "execute", execute)
    # 1,500 rows into 3,000 (more than 1.5 times as many): row by row, as before
    report = import_csv(
        db,
        write_export(tmp_path / "small.csv", rows=1_500, first=ROWS),
        source_name="New",
        analyse=False,
    )
    assert report.imported == 1_500 and dropped == []
    # the same file again: its first batch is not new, so nothing is rebuilt either
    import_csv(db, tmp_path / "first.csv", source_name="Old", analyse=False)
    assert dropped == []
    # 5,000 rows into 4,500: at the end
    big = write_export(tmp_path / "big.csv", rows=5_000, first=2 * ROWS)
    import_csv(db, big, source_name="B", analyse=False)
    assert len(dropped) == len([n for n, _sql in indexes(db) if n.startswith("reviews_")])


def test_another_connection_knows_while_a_big_import_holds_the_store(
    db: Database, tmp_path: Path
) -> None:
    # the window's status change asks, so as not to wait for the busy timeout and give up
    seen: list[bool] = []
    with open_database(db.path) if db.dialect == "sqlite" else contextlib.nullcontext(db) as window:
        assert not window.storing_an_import()
        import_csv(
            db,
            write_export(tmp_path / "big.csv"),
            source_name="Big",
            progress=lambda _done, _total: seen.append(window.storing_an_import()),
        )
        assert not window.storing_an_import()
    # SQLite: from the first batch's commit to the end; PostgreSQL (below its own thresholds)
    # locks rows, never the store
    assert seen == [db.dialect == "sqlite"] * len(seen) and len(seen) == ROWS // BATCH


@pytest.mark.sqlite_only("one transaction with the indexes built at its end is SQLite's path")
def test_a_big_import_on_two_cores_builds_the_indexes_while_the_last_pages_are_analysed(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # built after every row, the sort kept the workers idle (100,000 rows: about 1 s); built
    # once the workers have the last pages, the rows stored after it are indexed one by one
    analysed_on(monkeypatch, 2)
    before = indexes(db)
    steps: list[str] = []
    real_execute, real_upsert = db.execute, importing.upsert_reviews

    def execute(sql: str, params: object = ()) -> object:
        if sql.startswith("CREATE INDEX"):
            steps.append("index")
        return real_execute(sql, params)

    def upsert(into: Database, reviews: list, **kwargs: object) -> object:
        steps.append(f"{len(reviews)} rows")
        return real_upsert(into, reviews, **kwargs)

    monkeypatch.setattr(db, "execute", execute)
    monkeypatch.setattr(importing, "upsert_reviews", upsert)
    report = import_csv(db, write_export(tmp_path / "big.csv"), source_name="Big")

    assert report.imported == ROWS == count_reviews(db)
    built = steps.index("index")
    assert any(step.endswith("rows") for step in steps[built:]), steps  # stored after them
    assert indexes(db) == before
    shown = what_the_inbox_shows(db)
    assert sum(len(shown[word]) for word in WORDS) == ROWS
    first_three = reviews_by_ids(db, shown["by author"][:3])
    assert [r.author for r in first_three] == ["Patient 00000", "Patient 00001", "Patient 00002"]
    assert all(r.analysis is not None for r in reviews_by_ids(db, shown["by text"]))
    assert db.fetchall("PRAGMA integrity_check") == [("ok",)]


def test_a_big_import_keeps_what_the_program_held_before_it_out_of_the_collectors_passes(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the window's rows, a sync's results: made before the import, alive through it. With
    # the analysis on two workers nothing froze them in this process, and each full pass of
    # the collector (about one a batch) walked them all, holding the window's thread too.
    analysed_on(monkeypatch, 2)
    held_by_the_program = [{"review": i, "row": [i]} for i in range(1_000)]
    walked: list[int] = []  # how many of them each full pass walks

    def full_pass(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            collected = {id(o) for o in gc.get_objects()}  # every generation but the frozen
            walked.append(sum(1 for held in held_by_the_program if id(held) in collected))

    gc.callbacks.append(full_pass)
    try:
        report = import_csv(db, write_export(tmp_path / "big.csv"), source_name="Big")
        gc.collect()  # one full pass at the least
    finally:
        gc.callbacks.remove(full_pass)

    assert report.imported == ROWS == count_reviews(db)
    assert walked and walked[-1] == 0, walked  # before: all 1,000, at every full pass
    assert all(r.analysis is not None for r in reviews_by_ids(db, review_ids(db, ReviewQuery())))


def test_a_big_import_walks_its_rows_in_flight_only_while_young_and_leaves_the_collector_as_it_was(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rows of a batch live until it is stored: each pass of the older generations walked
    # them again (100,000 rows: 0.3-0.7 s of the importing process's CPU)
    analysed_on(monkeypatch, 2)
    settings = gc.get_threshold()
    passes: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(counted)
    try:
        report = import_csv(db, write_export(tmp_path / "big.csv"), source_name="Big")
    finally:
        gc.callbacks.remove(counted)

    assert report.imported == ROWS == count_reviews(db)
    assert passes.count(1) == passes.count(2) == 0, passes
    assert gc.get_threshold() == settings
    assert all(r.analysis is not None for r in reviews_by_ids(db, review_ids(db, ReviewQuery())))


def search_entries(db: Database) -> list[tuple[object, ...]]:
    """Every entry of both search indexes (word, review, field, position), read from them."""
    entries: list[tuple[object, ...]] = []
    for table in ("reviews_fts", "reviews_cjk"):
        db.execute(f"CREATE VIRTUAL TABLE temp.{table}_v USING fts5vocab(main, {table}, instance)")
        entries += [
            (table, *row)
            for row in db.fetchall(f"SELECT * FROM temp.{table}_v ORDER BY 1, 2, 3, 4")
        ]
        db.execute(f"DROP TABLE temp.{table}_v")
    return entries


@pytest.mark.sqlite_only("one transaction with the indexes built at its end is SQLite's path")
def test_a_big_import_indexes_every_word_as_an_import_batch_by_batch_and_later_writes_as_before(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_export(tmp_path / "big.csv")
    # the search index's new entries gathered in a larger buffer (fewer segments to merge),
    # made small here so that this file's entries fill it several times
    monkeypatch.setattr(store_db, "BULK_FTS_BUFFER", 64 * 1024)
    assert import_csv(db, export, source_name="Big", analyse=False).imported == ROWS
    monkeypatch.setattr(store_db, "BULK_INDEX_FROM", 10 * ROWS)  # batch by batch
    with open_database(tmp_path / "batches.sqlite3") as batches:
        import_csv(batches, export, source_name="Big", analyse=False)
        assert search_entries(db) == search_entries(batches)
        assert {w: review_ids(db, ReviewQuery(search=w)) for w in WORDS} == {
            w: review_ids(batches, ReviewQuery(search=w)) for w in WORDS
        }
    # the buffer is FTS5's default again for every later write, and a new review is found
    assert db.fetchall("SELECT v FROM reviews_fts_config WHERE k = 'hashsize'") == [
        (store_db.FTS_BUFFER,)
    ]
    import_csv(db, write_export(tmp_path / "one.csv", rows=1, first=ROWS), source_name="One")
    assert len(review_ids(db, ReviewQuery(search="Patient 03000"))) == 1
    db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")
