"""An import into the PostgreSQL store (session 43, imppg43): its rows by COPY, and a first
import into a new shared store in one transaction with the indexes of reviews built at its
end. The store it leaves is the one a SQLite import leaves (reviews, topics, aspects), and
the other desks are told, wait, or are never held."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clinicrep import importing, paths
from clinicrep.errors import DatabaseLocked
from clinicrep.importing import import_csv
from clinicrep.model import Status
from clinicrep.store import open_database
from clinicrep.store import pg as store_pg
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.pg import PgDatabase, StoreIntegrityError
from clinicrep.store.reviews import count_reviews, set_status

ROWS = 3_000
BATCH = 500
WORDS = ["парковка", "zaparkować", "停车场", "parking"]
TEXTS = [
    "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "Bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy.",
    "医生很耐心，服务很好，就是排队时间有点长。",
    "Rude receptionist, and nobody called me back about my results.",
]


@pytest.fixture(autouse=True)
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds of a big import, for a file a test writes in a moment."""
    monkeypatch.setattr(store_pg, "BULK_INDEX_FROM", 1_000)
    monkeypatch.setattr(store_pg, "BULK_INDEX_STORED_AT_MOST", 2 * BATCH)
    monkeypatch.setattr(importing, "STORE_BATCH", BATCH)


@pytest.fixture
def pg(pg_server: Any, pg_target: Any) -> Iterator[PgDatabase]:
    database = open_database(pg_target, password=pg_server.password)
    assert isinstance(database, PgDatabase)
    yield database
    database.close()


@pytest.fixture
def desk(pg: PgDatabase, pg_server: Any) -> Iterator[PgDatabase]:
    """Another desk's connection to the same store."""
    other = open_database(pg.target, password=pg_server.password)
    assert isinstance(other, PgDatabase)
    yield other
    other.close()


def write_export(path: Path, rows: int = ROWS, first: int = 0) -> Path:
    rng = random.Random(11)
    lines = ["date;author;rating;text"]
    for i in range(first, first + rows):
        lines.append(
            f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026;Patient {i:05d};{1 + i % 5};"
            f'"{rng.choice(TEXTS)} {rng.choice(WORDS)} #{i}"'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def indexes(db: Any) -> list[tuple[str, str]]:
    return [
        (str(name), str(sql))
        for name, sql in db.fetchall(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
        )
    ]


def stored(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """What an import stores, by (source name, external id): the same in either store."""
    key = "s.name, r.external_id"
    joined = "FROM reviews r JOIN sources s ON s.id = r.source_id"
    return {
        "reviews": [
            tuple(row)
            for row in db.fetchall(
                f"SELECT {key}, r.author, r.rating, r.title, r.text, r.created_at, r.status,"
                " r.language, r.sentiment, r.sentiment_score, r.urgency, r.urgency_reason,"
                f" r.first_topic, r.platform, r.analysed_at IS NULL {joined} ORDER BY 1, 2"
            )
        ],
        "topics": [
            tuple(row)
            for row in db.fetchall(
                f"SELECT {key}, t.topic {joined} JOIN review_topics t ON t.review_id = r.id"
                " ORDER BY 1, 2, 3"
            )
        ],
        "aspects": [
            tuple(row)
            for row in db.fetchall(
                f"SELECT {key}, a.aspect, a.polarity, a.words {joined}"
                " JOIN review_aspects a ON a.review_id = r.id ORDER BY 1, 2, 3"
            )
        ],
    }


def foreign_keys(db: Any) -> list[tuple[str, str, str]]:
    return [
        (str(table), str(name), str(definition))
        for table, name, definition in db.fetchall(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2"
        )
    ]


def spied(db: PgDatabase, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement ``db`` runs from now on (COPYs excepted)."""
    seen: list[str] = []
    real_execute, real_script = db.execute, db.script

    def execute(sql: str, params: object = ()) -> object:
        seen.append(sql)
        return real_execute(sql, params)

    def script(sql: str) -> None:
        seen.append(sql)
        real_script(sql)

    monkeypatch.setattr(db, "execute", execute)
    monkeypatch.setattr(db, "script", script)
    return seen


def test_many_rows_go_by_copy_and_a_row_another_pc_stored_first_is_left_alone(
    pg: PgDatabase, desk: PgDatabase
) -> None:
    pg.execute("CREATE TABLE t (k integer PRIMARY KEY, v text, n double precision)")
    rows = [(k, f"it's\t{k}\\%\n", k / 3 if k % 7 else None) for k in range(store_pg.COPY_FROM)]
    assert pg.executemany("INSERT INTO t (k, v, n) VALUES (?, ?, ?)", rows).rowcount == len(rows)
    assert pg.fetchall("SELECT k, v, n FROM t ORDER BY k") == rows

    desk.execute("INSERT INTO t (k, v) VALUES (?, ?)", (store_pg.COPY_FROM + 5, "the desk's"))
    more = [(k, "mine", None) for k in range(store_pg.COPY_FROM - 10, 2 * store_pg.COPY_FROM)]
    with pg.transaction():
        cursor = pg.executemany(
            "INSERT INTO t (k, v, n) VALUES (?, ?, ?) ON CONFLICT (k) DO NOTHING", more
        )
        assert cursor.rowcount == len(more) - 11  # 10 of its own, 1 of the desk's
        pg.execute("INSERT INTO t (k, v) VALUES (?, ?)", (-1, "after"))  # still usable
    assert pg.fetchall("SELECT count(*) FROM t")[0][0] == 2 * store_pg.COPY_FROM + 1
    assert pg.fetchall("SELECT v FROM t WHERE k = ?", (store_pg.COPY_FROM + 5,)) == [
        ("the desk's",)
    ]

    with pytest.raises(StoreIntegrityError), pg.transaction():  # no ON CONFLICT: an error
        pg.executemany("INSERT INTO t (k, v, n) VALUES (?, ?, ?)", more)
    assert pg.fetchall("SELECT count(*) FROM t")[0][0] == 2 * store_pg.COPY_FROM + 1


def test_a_first_import_into_a_shared_store_stores_what_sqlite_stores_with_every_index(
    pg: PgDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_export(tmp_path / "big.csv")
    before, keys = indexes(pg), foreign_keys(pg)
    seen = spied(pg, monkeypatch)
    report = import_csv(pg, export, source_name="Big", analyse=True)

    assert report.imported == ROWS == count_reviews(pg)
    dropped = [sql for sql in seen if sql.startswith("DROP INDEX")]
    # the secondary indexes of reviews, its topics and aspects; their keys to reviews
    assert len(dropped) == len([n for n, sql in before if " ON public.reviews " in sql]) - 2 + 2
    assert len([sql for sql in seen if "DROP CONSTRAINT" in sql]) == 2
    assert indexes(pg) == before
    assert foreign_keys(pg) == keys
    with open_database(paths.db_path()) as sqlite:
        import_csv(sqlite, export, source_name="Big", analyse=True)
        assert stored(pg) == stored(sqlite)
        shown = {w: len(review_ids(pg, ReviewQuery(search=w))) for w in WORDS}
        assert shown == {w: len(review_ids(sqlite, ReviewQuery(search=w))) for w in WORDS}
    assert sum(shown.values()) == ROWS
    assert stored(pg)["topics"] and stored(pg)["aspects"]
    # the same file again: nothing new, nothing dropped
    seen.clear()
    again = import_csv(pg, export, source_name="Big", analyse=True)
    assert (again.imported, again.unchanged) == (0, ROWS)
    assert not [sql for sql in seen if sql.startswith("DROP INDEX")]


def test_another_desk_is_told_while_a_first_import_holds_reviews_and_its_status_change_waits(
    pg: PgDatabase, desk: PgDatabase, tmp_path: Path
) -> None:
    import_csv(pg, write_export(tmp_path / "one.csv", rows=1, first=ROWS), source_name="One")
    one = review_ids(desk, ReviewQuery())[0]
    seen: list[bool] = []
    waited: list[type] = []

    def look(_done: int, _total: int) -> None:
        seen.append(desk.storing_an_import())
        if len(seen) == 2:
            with desk.waiting_at_most(0.2):
                try:
                    set_status(desk, one, Status.IN_PROGRESS)
                except DatabaseLocked as e:
                    waited.append(type(e))

    assert not desk.storing_an_import()
    report = import_csv(pg, write_export(tmp_path / "big.csv"), source_name="Big", progress=look)

    assert report.imported == ROWS
    # held from the first batch's commit to the end
    assert seen == [True] * len(seen) and len(seen) == ROWS // BATCH
    assert waited == [DatabaseLocked]
    assert not desk.storing_an_import()
    set_status(desk, one, Status.IN_PROGRESS)  # at once, after it
    assert len(review_ids(desk, ReviewQuery())) == ROWS + 1


def test_a_failure_late_in_a_first_import_leaves_the_first_batch_and_every_index(
    pg: PgDatabase, tmp_path: Path
) -> None:
    before, keys = indexes(pg), foreign_keys(pg)
    pages: list[int] = []

    def fail_late(done: int, _total: int) -> None:
        pages.append(done)
        if len(pages) == ROWS // BATCH - 1:
            raise OSError("the network went away")

    with pytest.raises(OSError, match="the network went away"):
        import_csv(pg, write_export(tmp_path / "big.csv"), source_name="Big", progress=fail_late)

    assert count_reviews(pg) == BATCH  # the first batch, stored alone; the rest rolled back
    assert indexes(pg) == before
    assert foreign_keys(pg) == keys
    report = import_csv(pg, tmp_path / "big.csv", source_name="Big")
    assert (report.imported, report.unchanged) == (ROWS - BATCH, BATCH)
    assert len(review_ids(pg, ReviewQuery(search="Patient"))) == ROWS


def test_an_import_is_stored_batch_by_batch_while_a_desk_reads_reviews_or_into_a_fuller_store(
    pg: PgDatabase, desk: PgDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_pg, "BULK_LOCK_WAIT_MS", 100)
    before = indexes(pg)
    seen = spied(pg, monkeypatch)
    with desk.transaction():  # a desk's read of reviews in progress: its lock held
        desk.fetchall("SELECT count(*) FROM reviews")
        report = import_csv(pg, write_export(tmp_path / "big.csv"), source_name="Big")
        desk.fetchall("SELECT count(*) FROM reviews")  # never waited
    assert report.imported == ROWS == count_reviews(pg)
    assert indexes(pg) == before
    # the import's lock of reviews waited for the desk's, and gave up: nothing dropped
    assert len([sql for sql in seen if sql.startswith("LOCK TABLE reviews")]) == 1
    assert not [sql for sql in seen if sql.startswith("DROP INDEX")]
    assert not [sql for sql in seen if sql.startswith("CREATE INDEX")]

    # a store holding more than a first batch: batch by batch, never held
    seen.clear()
    big = write_export(tmp_path / "more.csv", rows=ROWS, first=ROWS)
    assert import_csv(pg, big, source_name="More").imported == ROWS
    assert not [sql for sql in seen if sql.startswith("DROP INDEX")]
    assert len(review_ids(pg, ReviewQuery(search="Patient"))) == 2 * ROWS


def test_a_second_first_import_at_the_same_moment_is_stored_batch_by_batch(
    pg: PgDatabase, desk: PgDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spied(pg, monkeypatch)
    with desk.transaction():  # another desk's first import holds the store
        desk.execute("SELECT pg_advisory_xact_lock(?)", (store_pg.IMPORT_LOCK_KEY,))
        assert pg.storing_an_import() and not desk.storing_an_import()
        report = import_csv(pg, write_export(tmp_path / "big.csv"), source_name="Big")
    assert report.imported == ROWS == count_reviews(pg)
    assert not [sql for sql in seen if sql.startswith(("LOCK TABLE", "DROP INDEX"))]
    assert not pg.storing_an_import()
