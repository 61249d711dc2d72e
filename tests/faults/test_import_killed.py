"""kill -9 in the middle of a big import: the batches stored are whole, each review is found by
search, and importing the file again stores the rest once. An import big against the store
(one transaction after its first batch, the indexes built at the end) leaves its first batch
and every index."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.importing import import_csv
from clinicrep.model import Status
from clinicrep.store import Database, open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, get_review, iter_all_reviews, set_status

from .conftest import subprocess_env

ROWS = 20_000
BATCH = 1_000
TEXTS = {  # a word only the reviews of one language contain -> those texts
    "внимательно": "Доктор внимательно выслушал, всё объяснил.",
    "уважно": "Лікар уважно вислухав і все пояснив.",
    "rzeczowy": "Bardzo miła obsługa, lekarz konkretny i rzeczowy.",
    "排队时间": "医生很耐心，就是排队时间有点长。",
    "receptionist": "Rude receptionist, nobody called me back.",
}


def write_export(path: Path) -> None:
    rng = random.Random(3)
    lines = ["date;author;rating;text"]
    for i in range(ROWS):
        text = f"{rng.choice(list(TEXTS.values()))} #{i}"
        lines.append(f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026;Patient {i};{1 + i % 5};{text}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def search_finds_every_stored_review(db: Database) -> None:
    texts = [r.text for batch in iter_all_reviews(db) for r in batch]
    for word in TEXTS:
        found = review_ids(db, ReviewQuery(search=word))
        assert len(found) == sum(word in t for t in texts), word
    # and FTS5's own check that the index holds exactly what the table holds
    db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")


def indexes(db: Database) -> list[tuple[str, str]]:
    return db.fetchall("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")


def kill_import(data_dir: Path, export: Path, rows_read_before_kill: int, bulk: bool) -> None:
    """An import of ``export`` in a child process, SIGKILLed once it has read that many rows;
    with ``bulk`` the file is big against the store (the rest of it one transaction)."""
    bulk_from = [str(ROWS // 2)] if bulk else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "faults.crash_child", str(data_dir), "import", str(export),
         str(BATCH), *bulk_from],
        env=subprocess_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        read = 0
        while read < rows_read_before_kill:
            line = proc.stdout.readline()
            if not line or line.strip() == "done":  # it must still be importing
                pytest.fail(f"child ended ({proc.poll()}): {proc.stderr and proc.stderr.read()}")
            read = int(line)
    finally:
        proc.send_signal(signal.SIGKILL)  # somewhere in a batch: reading, inserting, committing
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize(
    ("rows_read_before_kill", "bulk"), [(1_500, False), (7_500, False), (7_500, True)]
)
def test_an_import_killed_between_batches_keeps_whole_batches_and_a_rerun_completes_it(
    data_dir: Path, tmp_path: Path, rows_read_before_kill: int, bulk: bool
) -> None:
    export = tmp_path / "export.csv"
    write_export(export)
    with open_database(paths.db_path()) as db:
        indexes_before = indexes(db)
    kill_import(data_dir, export, rows_read_before_kill, bulk)

    with open_database(paths.db_path()) as db:  # refuses a damaged file
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = count_reviews(db)
        assert 0 < stored < ROWS and stored % BATCH == 0  # whole batches, nothing half-done
        if bulk:  # the first batch alone, the rest rolled back with the indexes' drop
            assert stored == BATCH
        assert indexes(db) == indexes_before
        search_finds_every_stored_review(db)

        report = import_csv(db, export, source_name="Big export", analyse=False)
        assert (report.imported, report.unchanged) == (ROWS - stored, stored)
        assert count_reviews(db) == ROWS
        external_ids = {r.external_id for batch in iter_all_reviews(db) for r in batch}
        assert len(external_ids) == ROWS  # no review twice
        search_finds_every_stored_review(db)


def test_the_marker_of_a_killed_big_import_is_known_as_stale_and_removed(
    data_dir: Path, tmp_path: Path
) -> None:
    """The window asks ``storing_an_import`` before each status change: a killed import's
    marker made it wait and say that an import was being stored, for ever."""
    export = tmp_path / "export.csv"
    write_export(export)
    with open_database(paths.db_path()) as db:
        marker = db.import_marker()
        kill_import(data_dir, export, 7_500, bulk=True)
        assert marker.exists()  # the kill left it: no import holds the store any more

        assert not db.storing_an_import()
        assert not marker.exists()  # removed, so nobody looks at it again
        # and a status change waits for nobody
        review_id = review_ids(db, ReviewQuery())[0]
        with db.waiting_at_most(0.1):
            set_status(db, review_id, Status.ESCALATED)
        assert get_review(db, review_id).status == Status.ESCALATED
