"""The window opens before the integrity check of a big store has finished; nothing is
written to the file until that check has passed, and damage it finds offers the way out."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from clinicrep import paths
from clinicrep.app import run_window
from clinicrep.errors import DatabaseDamaged
from clinicrep.messages import message_for_code
from clinicrep.model import Status
from clinicrep.store import open_database
from clinicrep.store.backup import list_backups, make_backup
from clinicrep.store.reviews import get_review, set_status
from clinicrep.ui.main_window import MainWindow

from .conftest import add_reviews, review_texts
from .test_store_way_out import User, visible_window_texts

PAGE = 4096


def open_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def damage_data_pages(path: Path) -> bytes:
    """Scramble pages in the second half of the file; the header and schema stay whole."""
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists() or Path(f"{path}{suffix}").stat().st_size == 0
    content = bytearray(path.read_bytes())
    pages = len(content) // PAGE
    assert pages > 40, "the store must be big enough to have data pages to damage"
    for page in range(pages // 2, pages - 2, 3):
        content[page * PAGE : (page + 1) * PAGE] = os.urandom(PAGE)
    path.write_bytes(bytes(content))
    return bytes(content)


def a_store_with(count: int) -> list[int]:
    with open_database(paths.db_path()) as db:
        ids = add_reviews(
            db, [f"Review number {i} " + "about the visit. " * 40 for i in range(count)]
        )
    return ids


def test_reads_run_at_once_and_a_write_waits_for_the_deferred_check(data_dir) -> None:
    [first, *_] = a_store_with(300)
    db = open_database(paths.db_path(), defer_check=True)
    try:
        assert db.check_pending  # opened without reading the whole file
        assert len(review_texts(db)) == 300  # the inbox can be shown meanwhile
        checker = threading.Thread(target=db.finish_integrity_check)
        checker.start()
        set_status(db, first, Status.ANSWERED)  # waits for the check, then writes
        checker.join()
        assert not db.check_pending
        assert get_review(db, first).status == Status.ANSWERED  # type: ignore[union-attr]
    finally:
        db.close()


def test_damage_found_by_the_deferred_check_stops_every_write(data_dir) -> None:
    [first, *_] = a_store_with(300)
    damaged = damage_data_pages(paths.db_path())

    db = open_database(paths.db_path(), defer_check=True)  # header and schema look fine
    try:
        with pytest.raises(DatabaseDamaged):
            db.finish_integrity_check()
        with pytest.raises(DatabaseDamaged):
            set_status(db, first, Status.ANSWERED)
    finally:
        db.close()
    assert paths.db_path().read_bytes() == damaged  # not a byte written
    with pytest.raises(DatabaseDamaged):
        open_database(paths.db_path())  # and the next start says so at once


def test_damage_found_after_the_window_opened_offers_the_backup_and_reopens_on_it(
    qtbot, monkeypatch, data_dir
) -> None:
    a_store_with(300)
    with open_database(paths.db_path()) as db:
        make_backup(db, paths.backup_dir())
        add_reviews(db, ["Written after the backup"], source_name="Facebook")
    damaged = damage_data_pages(paths.db_path())
    user = User(monkeypatch, "Restore a backup…")
    seen: list[list[str]] = []

    def event_loop(*_args: object) -> int:
        # the window opens at once; the check (or a read) finds the damage a moment later
        qtbot.waitUntil(lambda: bool(user.shown), timeout=10_000)
        qtbot.waitUntil(lambda: len(open_windows()) == 1, timeout=10_000)
        [window] = open_windows()
        seen.append(visible_window_texts(window))
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_window() == 0

    assert user.shown == [message_for_code("database_damaged")]
    [texts] = seen  # the window the user works in now is the one on the restored copy
    assert len(texts) == 300 and "Written after the backup" not in texts
    [kept] = [b for b in list_backups(paths.backup_dir()) if b.kind == "before_restore"]
    assert kept.path.read_bytes() == damaged  # the damaged file is kept as it was
