"""A read the user no longer wants (a search typed on) is stopped from the GUI thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from clinicrep.errors import QueryInterrupted
from clinicrep.store import open_database

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


def test_a_running_query_stops_when_interrupted_from_another_thread(tmp_path: Path) -> None:
    db_path = tmp_path / "clinicrep.sqlite3"
    open_database(db_path).close()
    holder: dict[str, object] = {}
    started = threading.Event()

    def read() -> None:
        with open_database(db_path) as db:
            holder["db"] = db
            started.set()
            try:
                db.execute(ENDLESS).fetchone()
            except QueryInterrupted as e:
                holder["error"] = e

    reader = threading.Thread(target=read)
    reader.start()
    assert started.wait(10)
    time.sleep(0.1)  # it is counting now
    holder["db"].interrupt()  # type: ignore[attr-defined]
    reader.join(10)
    assert not reader.is_alive()
    assert isinstance(holder.get("error"), QueryInterrupted)


def test_interrupting_an_idle_connection_does_not_hurt_its_next_query(tmp_path: Path) -> None:
    with open_database(tmp_path / "clinicrep.sqlite3") as db:
        db.interrupt()
        assert db.execute("SELECT 1").fetchone() == (1,)


def test_a_read_past_its_time_limit_stops_and_the_connection_reads_on(tmp_path: Path) -> None:
    with open_database(tmp_path / "clinicrep.sqlite3") as db:
        started = time.perf_counter()
        with pytest.raises(QueryInterrupted), db.time_limit(0.05):
            db.fetchall(ENDLESS)
        assert time.perf_counter() - started < 2.0
        assert db.fetchall("SELECT 1") == [(1,)]  # no limit left behind


@pytest.mark.parametrize("search", ["w", "wa", "wai"])
def test_a_search_typed_on_is_answered_for_the_newest_text(qtbot, tmp_path: Path, search) -> None:
    from datetime import UTC, datetime, timedelta

    from clinicrep.model import Platform, Review, Source, SourceKind
    from clinicrep.store.inbox import ReviewQuery
    from clinicrep.store.reviews import upsert_reviews
    from clinicrep.store.sources import add_source
    from clinicrep.ui.inbox_model import InboxModel

    db = open_database(tmp_path / "clinicrep.sqlite3")
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    now = datetime.now(UTC)
    texts = ["we waited an hour", "wonderful staff", "a warm welcome", "kind nurse"]
    upsert_reviews(
        db,
        [
            Review(source_id=source.id or 0, external_id=str(i), created_at=now - timedelta(i),
                   author=f"P{i}", rating=4, text=text)
            for i, text in enumerate(texts)
        ],
    )  # fmt: skip
    model = InboxModel(db, background=True)
    model.set_query(ReviewQuery(sort="created"))  # the first query runs at once
    assert model.rowCount() == 4
    for typed in ("k", "kin", search):  # typed quickly: each replaces the one before
        model.set_query(ReviewQuery(sort="created", search=typed))
    qtbot.waitUntil(lambda: not model.loading)
    shown = {model.review_at(r).text for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert shown == {t for t in texts if search in t}
    model.close()
    db.close()


class _InterruptedAfterTheFirstStep:
    """A connection whose every statement is interrupted just after its first step: a newer
    keystroke's interrupt arriving while the query thread holds the row."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql, params=()):
        cursor = self._conn.execute(sql, params)
        self._conn.interrupt()
        return cursor

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_the_rest_of_the_ids_stopped_as_their_row_arrives_stops_quietly(tmp_path: Path) -> None:
    """Every id of the opening view and the overdue count (read on the query thread) stop
    with QueryInterrupted, which the inbox drops, never a bare "interrupted" error, which it
    showed the user as "Something went wrong"."""
    from clinicrep.model import AnswerClock
    from clinicrep.store.inbox import ReviewQuery, count_overdue, review_ids

    with open_database(tmp_path / "clinicrep.sqlite3") as db:
        real = db.conn
        db.conn = _InterruptedAfterTheFirstStep(real)  # type: ignore[assignment]
        try:
            with pytest.raises(QueryInterrupted):
                review_ids(db, ReviewQuery.needs_attention())
            with pytest.raises(QueryInterrupted):
                count_overdue(db, AnswerClock())
        finally:
            db.conn = real
        assert review_ids(db, ReviewQuery.needs_attention()) == []


def test_a_read_kept_waiting_by_a_busy_machine_is_limited_by_its_own_cpu(tmp_path: Path) -> None:
    """The window's first screen is read on the GUI thread within 8 ms of its CPU: a read that
    waits (here: sleeps between rows, as a thread waits for a core other programs hold) is
    not stopped for the clock's time alone, unless it waits four times the budget."""
    with open_database(tmp_path / "clinicrep.sqlite3") as db:
        db.conn.create_function("nap", 0, lambda: time.sleep(0.005) or 1)
        napping = (  # 2,000 rows (the limit is looked at every 1,000 steps), 50 ms asleep
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " SELECT count(CASE WHEN i % 200 = 0 THEN nap() END) FROM n"
        )
        with pytest.raises(QueryInterrupted), db.time_limit(0.02):
            db.fetchall(napping)  # by the clock: stopped
        with db.time_limit(0.04, by_cpu=True):  # 160 ms by the clock at most
            assert db.fetchall(napping) == [(10,)]  # its CPU: well within
        with pytest.raises(QueryInterrupted), db.time_limit(0.005, by_cpu=True):
            db.fetchall(napping)  # 50 ms > 4 x 5 ms by the clock: stopped
        with pytest.raises(QueryInterrupted), db.time_limit(0.05, by_cpu=True):
            db.fetchall(ENDLESS)  # busy: its CPU runs out
        assert db.fetchall("SELECT 1") == [(1,)]  # no limit left behind
