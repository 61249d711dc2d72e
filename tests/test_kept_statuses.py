"""Statuses a window closed during an import could not store: kept beside this PC's file for
the next start (store/kept_statuses.py); a shared store never needs them (no import holds it)."""

from __future__ import annotations

import pytest

from clinicrep.model import Status
from clinicrep.store.kept_statuses import keep_for_next_start, take_kept

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def test_statuses_kept_at_two_closes_are_all_there_at_the_next_start_and_only_once(db) -> None:
    if db.dialect != "sqlite":  # a server: nothing to keep, nothing written anywhere
        assert not keep_for_next_start(db, {1: (Status.ESCALATED, Status.NEW)})
        assert take_kept(db) == {}
        return
    assert keep_for_next_start(db, {1: (Status.ESCALATED, Status.NEW)})
    # the next window closed during an import again, before it could store the first
    assert keep_for_next_start(db, {2: (Status.DISMISSED, Status.IN_PROGRESS)})
    kept_file = db.path.with_name(db.path.name + "-statuses.json")
    assert kept_file.stat().st_mode & 0o077 == 0  # the owner's alone, as the store

    assert take_kept(db) == {
        1: (Status.ESCALATED, Status.NEW),
        2: (Status.DISMISSED, Status.IN_PROGRESS),
    }
    assert take_kept(db) == {}  # taken: stored once, not at every start
    assert not kept_file.exists()


@pytest.mark.sqlite_only("the file beside this PC's store; a server keeps none (above)")
def test_a_damaged_kept_file_loses_its_statuses_and_nothing_else(db) -> None:
    kept_file = db.path.with_name(db.path.name + "-statuses.json")
    kept_file.write_text('{"7": ["escalated", "new"], "x": 1, "8": ["no such", "new"]', "utf-8")
    assert take_kept(db) == {}  # not JSON: lost, logged
    kept_file.write_text('{"7": ["escalated", "new"], "x": 1, "8": ["no such", "new"]}', "utf-8")
    assert take_kept(db) == {7: (Status.ESCALATED, Status.NEW)}
