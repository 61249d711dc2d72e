"""A search in a big inbox shows its first screen first; the rest of the list follows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui import inbox_model
from clinicrep.ui.inbox_model import FIRST_ROWS, InboxModel

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _add_parking_reviews(db, count: int, *, rated: bool) -> None:  # type: ignore[no-untyped-def]
    """``count`` reviews, newest first; every second one speaks of parking (or 停车)."""
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.GOOGLE))
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id or 0,
                external_id=str(i),
                created_at=NOW - timedelta(hours=i),
                author=f"Patient {i}",
                rating=1 + i % 5 if rated else None,
                text="Parking was hard, 停车难" if i % 2 == 0 else "Kind nurse",
            )
            for i in range(count)
        ],
    )


@pytest.fixture
def store(tmp_path: Path):
    """500 reviews; every second one speaks of parking (or 停车)."""
    db = open_database(tmp_path / "clinicrep.sqlite3")
    _add_parking_reviews(db, 500, rated=True)
    yield db
    db.close()


def _texts(model: InboxModel) -> list[str]:
    return [model.review_at(r).author for r in range(model.rowCount())]  # type: ignore[union-attr]


@pytest.mark.parametrize("search", ["parking", "p", "停车", ""])
@pytest.mark.parametrize("here", [True, False], ids=["read-here", "query-thread"])
def test_a_search_shows_its_first_screen_then_the_whole_list_in_the_same_order(
    qtbot, store, search, here, monkeypatch
):
    if not here:  # a first screen too slow for the GUI thread: the query thread reads it
        monkeypatch.setattr(inbox_model, "HERE_BUDGET_S", 0.0)
    model = InboxModel(store, background=True)
    model.set_query(ReviewQuery(sort="created"))  # the window's first query, at once
    seen_first: list[list[str]] = []
    done: list[bool] = []
    model.set_query(
        ReviewQuery(sort="created", search=search),
        then=lambda: done.append(True),
        first_rows=lambda: seen_first.append(_texts(model)),
    )
    qtbot.waitUntil(lambda: bool(done))
    assert not model.loading and model.complete
    whole = _texts(model)
    expected = len(review_ids(store, ReviewQuery(sort="created", search=search)))
    assert len(whole) == expected > FIRST_ROWS
    # the first screen came alone, and the rest continued it without moving it
    assert [len(rows) for rows in seen_first] == [FIRST_ROWS]
    assert whole[:FIRST_ROWS] == seen_first[0]
    assert whole[0] == "Patient 0"
    model.close()


@pytest.mark.parametrize("here", [True, False], ids=["read-here", "query-thread"])
def test_a_new_search_while_the_rest_of_the_last_one_is_read_wins(qtbot, store, here, monkeypatch):
    if not here:
        monkeypatch.setattr(inbox_model, "HERE_BUDGET_S", 0.0)
    model = InboxModel(store, background=True)
    model.set_query(ReviewQuery(sort="created"))
    for typed in ("p", "pa", "par", "kind"):  # each replaces the one before, even its rest
        model.set_query(ReviewQuery(sort="created", search=typed))
    qtbot.waitUntil(lambda: not model.loading)
    assert len(_texts(model)) == 250
    assert {model.review_at(r).text for r in range(model.rowCount())} == {"Kind nurse"}  # type: ignore[union-attr]
    model.close()


def test_queries_share_one_warm_connection_closed_with_the_window(qtbot, store, monkeypatch):
    monkeypatch.setattr(inbox_model, "HERE_BUDGET_S", 0.0)  # every query on the query thread
    opened: list[object] = []
    closed: list[object] = []
    real_open = inbox_model.open_database

    def counting_open(*args, **kwargs):
        db = real_open(*args, **kwargs)
        opened.append(db)
        real_close = db.close

        def close() -> None:
            closed.append(db)
            real_close()

        db.close = close
        return db

    monkeypatch.setattr(inbox_model, "open_database", counting_open)
    model = InboxModel(store, background=True)
    model.set_query(ReviewQuery(sort="created"))
    for typed in ("p", "pa", "par", "park", "parki", "parkin", "parking"):
        model.set_query(ReviewQuery(sort="created", search=typed))
        qtbot.waitUntil(lambda: not model.loading)
    assert len(opened) == 1  # one connection for seven searches
    model.close()
    qtbot.waitUntil(lambda: closed == opened)


def test_on_a_shared_server_typing_a_search_never_waits_on_the_network_in_the_window(
    qtbot, pg_server, pg_target
):
    """Each statement to a server is a round trip of its network: the window's own
    connection reads nothing while the user types; the query thread answers every
    keystroke, first screen and rest."""
    db = open_database(pg_target, password=pg_server.password)
    _add_parking_reviews(db, 300, rated=False)
    model = InboxModel(db, background=True)
    model.set_query(ReviewQuery(sort="created"))  # the window's first query, at once
    read_here: list[str] = []
    real_execute = db.execute
    db.execute = lambda sql, params=(): read_here.append(sql) or real_execute(sql, params)  # type: ignore[method-assign]
    firsts: list[list[str]] = []
    for typed in ("p", "pa", "par", "park", "停车"):
        model.set_query(
            ReviewQuery(sort="created", search=typed),
            first_rows=lambda: firsts.append(_texts(model)),
        )
    qtbot.waitUntil(lambda: not model.loading)
    assert read_here == []
    assert firsts and firsts[-1] == [f"Patient {i}" for i in range(0, 2 * FIRST_ROWS, 2)]
    assert _texts(model) == [f"Patient {i}" for i in range(0, 300, 2)]
    model.close()
    db.execute = real_execute  # type: ignore[method-assign]
    db.close()
