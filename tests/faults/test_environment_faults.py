"""A full disk, a read-only data folder, a database busy in another program: a clear message,
nothing half-written, nothing overwritten."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.errors import DatabaseLocked, DiskFull
from clinicrep.messages import message_for_code, user_message
from clinicrep.model import Review
from clinicrep.store import Database, open_database
from clinicrep.store import db as store_db
from clinicrep.store.replies import get_reply, save_draft
from clinicrep.store.reviews import count_reviews, upsert_reviews

from .conftest import T0, add_reviews, review_texts, subprocess_env


def fill_the_disk(db: Database) -> None:
    """SQLite's own limit stands in for a full disk: no page may be added any more."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_while_saving_a_draft_says_so_and_keeps_the_earlier_draft(
    db: Database,
) -> None:
    [review_id] = add_reviews(db, ["Rude receptionist"])
    save_draft(db, review_id, "We are sorry")
    fill_the_disk(db)
    with pytest.raises(DiskFull) as caught:
        save_draft(db, review_id, "We are sorry. " * 20_000)
    assert user_message(caught.value) == message_for_code("disk_full")
    reply = get_reply(db, review_id)
    assert reply is not None and reply.text == "We are sorry"
    db.execute("PRAGMA max_page_count = 1073741823")  # space was freed: it works again
    save_draft(db, review_id, "We are sorry. Please call us.")
    assert get_reply(db, review_id).text == "We are sorry. Please call us."  # type: ignore[union-attr]


def test_a_full_disk_in_the_middle_of_a_page_of_reviews_stores_none_of_that_page(
    db: Database,
) -> None:
    add_reviews(db, ["Already here"])
    source_id = db.execute("SELECT id FROM sources").fetchone()[0]
    fill_the_disk(db)
    page = [
        Review(source_id=source_id, external_id=f"n{i}", created_at=T0, text="Long " * 2000)
        for i in range(50)
    ]
    with pytest.raises(DiskFull):
        upsert_reviews(db, page)
    assert count_reviews(db) == 1
    assert db.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def test_a_database_being_written_by_another_program_gives_the_busy_message_not_a_hang(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 400)
    with open_database(paths.db_path()) as ours, open_database(paths.db_path()) as theirs:
        [review_id] = add_reviews(ours, ["Waited long"])
        theirs.execute("BEGIN IMMEDIATE")  # the other window is in the middle of a write
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as caught:
            save_draft(ours, review_id, "Sorry")
        waited = time.monotonic() - started
        theirs.execute("ROLLBACK")
        assert 0.3 < waited < 3.0  # waited for the busy timeout, then told the user
        assert user_message(caught.value) == message_for_code("database_locked")
        save_draft(ours, review_id, "Sorry")  # once the other one is done, it works


def test_a_shared_servers_lock_says_another_pc_not_a_backup_or_antivirus() -> None:
    """On the practice's server a lock is another PC changing the same reviews: "a backup or
    an antivirus" and "close that program" are a one-PC file's causes, not the server's."""
    import psycopg

    from clinicrep.store.pg import translate_pg_error

    for error in (
        psycopg.errors.DeadlockDetected("deadlock detected"),
        psycopg.errors.LockNotAvailable("could not obtain lock"),
    ):
        said = user_message(translate_pg_error(error))
        assert said.startswith("The shared review database is busy: another PC"), said
        assert "antivirus" not in said and "close" not in said


# The child imports everything first, then (when run as root, whom permissions do not stop)
# becomes ``nobody`` before it touches the store.
READ_ONLY_CHILD = """
import os, sys
from PySide6.QtCore import QCoreApplication
from clinicrep.store import open_database
from clinicrep.messages import user_message
from clinicrep.errors import ClinicrepError
import clinicrep.store.db, clinicrep.store.reviews, sqlite3
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
try:
    open_database(__import__("pathlib").Path(sys.argv[1]))
except ClinicrepError as e:
    print(e.code)
    print(user_message(e))
else:
    print("opened")
"""


@pytest.fixture
def world_readable_tmp() -> Iterator[Path]:
    """A folder the unprivileged user can reach (pytest's tmp dirs are root's own)."""
    base = Path(tempfile.mkdtemp(prefix="clinicrep-ro-"))
    base.chmod(0o755)
    yield base
    for root, dirs, _files in os.walk(base):
        for d in dirs:
            os.chmod(Path(root) / d, 0o700)
    shutil.rmtree(base, ignore_errors=True)


def _give_to_nobody(path: Path) -> None:
    if os.geteuid() == 0:
        for root, _dirs, files in os.walk(path):
            os.chown(root, 65534, 65534)
            for name in files:
                os.chown(Path(root) / name, 65534, 65534)


def test_a_read_only_data_folder_is_named_and_the_database_left_untouched(
    world_readable_tmp: Path,
) -> None:
    data = world_readable_tmp / "data"
    with open_database(data / paths.DB_FILE) as db:
        add_reviews(db, ["Must survive"])
    db_file = data / paths.DB_FILE
    before = db_file.read_bytes()
    _give_to_nobody(data)
    data.chmod(0o500)  # the folder cannot be written: no -wal can be created
    try:
        done = subprocess.run(
            [sys.executable, "-c", READ_ONLY_CHILD, str(db_file)],
            env=subprocess_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        data.chmod(0o700)
    assert done.returncode == 0, done.stderr
    code, message = done.stdout.splitlines()[:2]
    assert code == "data_dir_not_writable"
    assert message == message_for_code("data_dir_not_writable")
    assert db_file.read_bytes() == before
    if os.geteuid() == 0:
        os.chown(data, 0, 0)
        os.chown(db_file, 0, 0)
    with open_database(db_file) as db:
        assert review_texts(db) == ["Must survive"]


def test_a_data_folder_that_cannot_be_created_is_named(world_readable_tmp: Path) -> None:
    parent = world_readable_tmp / "locked"
    parent.mkdir()
    _give_to_nobody(parent)
    parent.chmod(0o500)
    try:
        done = subprocess.run(
            [sys.executable, "-c", READ_ONLY_CHILD, str(parent / "data" / paths.DB_FILE)],
            env=subprocess_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        parent.chmod(0o700)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "data_dir_not_writable"
    assert not (parent / "data").exists()
