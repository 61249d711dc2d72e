"""Daily rolling backups through SQLite's backup API, and restoring one."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from clinicrep import paths
from clinicrep.errors import DatabaseDamaged, DatabaseLocked, DatabaseTooNew
from clinicrep.store import Database, open_database
from clinicrep.store.backup import (
    backup_is_due,
    daily_backup_path,
    list_backups,
    make_backup,
    make_daily_backup_if_due,
    restore_backup,
)

from .conftest import add_reviews, review_texts

TODAY = date(2026, 11, 23)


def test_a_daily_backup_holds_what_is_still_in_the_wal_and_is_owner_only(db: Database) -> None:
    add_reviews(db, ["Kind doctor", "Long wait"])
    assert Path(f"{db.path}-wal").exists()  # the reviews are not checkpointed yet
    folder = paths.backup_dir()
    made = make_backup(db, folder, today=TODAY)
    assert made == folder / "clinicrep-2026-11-23.sqlite3"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not Path(f"{made}-wal").exists()  # one self-contained file
    with open_database(made) as copy:
        assert review_texts(copy) == ["Kind doctor", "Long wait"]


def test_backups_roll_keeping_n_days_and_never_the_migration_copies(db: Database) -> None:
    folder = paths.backup_dir()
    migration_copy = folder / "clinicrep.schema2.20200101T000000Z.sqlite3"
    migration_copy.write_bytes(b"")
    for back in range(10, -1, -1):
        make_backup(db, folder, keep_days=3, today=TODAY - timedelta(days=back))
    daily = sorted(b.path.name for b in list_backups(folder) if b.kind == "daily")
    assert daily == [
        "clinicrep-2026-11-21.sqlite3",
        "clinicrep-2026-11-22.sqlite3",
        "clinicrep-2026-11-23.sqlite3",
    ]
    assert migration_copy.exists()
    assert {b.kind for b in list_backups(folder)} == {"daily", "migration"}


def test_the_start_up_backup_is_made_once_a_day(db: Database) -> None:
    folder = paths.backup_dir()
    assert backup_is_due(folder, today=TODAY)
    first = make_daily_backup_if_due(db.path, folder, today=TODAY)
    assert first == daily_backup_path(folder, TODAY)
    assert not backup_is_due(folder, today=TODAY)
    assert make_daily_backup_if_due(db.path, folder, today=TODAY) is None


def test_restoring_a_backup_brings_back_its_reviews_and_keeps_the_current_file(
    data_dir: Path,
) -> None:
    db_path = paths.db_path()
    with open_database(db_path) as db:
        add_reviews(db, ["Before the accident"])
        backup = make_backup(db, paths.backup_dir(), today=TODAY)
        add_reviews(db, ["Written after the backup"], source_name="Later")
    restored_from = backup
    kept = restore_backup(restored_from, db_path)
    with open_database(db_path) as db:
        assert review_texts(db) == ["Before the accident"]
    assert kept is not None and kept.name.startswith("before-restore-")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with open_database(kept) as old:  # nothing is lost: the replaced file is still there
        assert review_texts(old) == ["Before the accident", "Written after the backup"]
    assert any(b.kind == "before_restore" for b in list_backups(paths.backup_dir()))


def test_restoring_over_a_damaged_file_works_and_keeps_the_damaged_bytes(data_dir: Path) -> None:
    db_path = paths.db_path()
    with open_database(db_path) as db:
        add_reviews(db, ["Saved"])
        backup = make_backup(db, paths.backup_dir(), today=TODAY)
    damaged = b"SQLite format 3\x00" + os.urandom(8192)
    db_path.write_bytes(damaged)
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    kept = restore_backup(backup, db_path)
    assert kept is not None and kept.read_bytes() == damaged
    with open_database(db_path) as db:
        assert review_texts(db) == ["Saved"]


def test_a_damaged_or_newer_backup_is_refused_and_the_current_file_left_alone(
    data_dir: Path,
) -> None:
    db_path = paths.db_path()
    with open_database(db_path) as db:
        add_reviews(db, ["Current"])
    before = db_path.read_bytes()
    broken = paths.backup_dir() / "clinicrep-2026-11-01.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    with pytest.raises(DatabaseDamaged):
        restore_backup(broken, db_path)
    newer = paths.backup_dir() / "clinicrep-2026-11-02.sqlite3"
    with open_database(newer) as other:
        other.conn.execute("PRAGMA user_version = 999")
    with pytest.raises(DatabaseTooNew):
        restore_backup(newer, db_path)
    assert db_path.read_bytes() == before
    assert not [b for b in list_backups(data_dir / "backups") if b.kind == "before_restore"]


def test_a_restore_is_refused_while_another_program_has_the_database_open(db: Database) -> None:
    add_reviews(db, ["In use"])
    backup = make_backup(db, paths.backup_dir(), today=TODAY)
    db.execute("BEGIN IMMEDIATE")  # another window in the middle of writing
    try:
        with pytest.raises(DatabaseLocked):
            restore_backup(backup, db.path)
    finally:
        db.execute("ROLLBACK")
    assert review_texts(db) == ["In use"]
