"""When the database cannot be used, the program says so and offers a way out; nothing is
overwritten. Driven through ``run_window`` with the user's clicks simulated on the dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from clinicrep import paths
from clinicrep.app import run_window
from clinicrep.errors import DatabaseLocked, DiskFull
from clinicrep.messages import message_for_code
from clinicrep.store import db as store_db
from clinicrep.store import open_database
from clinicrep.store.backup import list_backups, make_backup
from clinicrep.store.replies import save_draft
from clinicrep.ui.main_window import MainWindow
from clinicrep.ui.store_recovery import open_store_with_way_out

from .conftest import add_reviews, review_texts


class User:
    """Answers the dialogs in order, like a person clicking, and remembers what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *clicks: str) -> None:
        self.clicks = list(clicks)
        self.shown: list[str] = []  # the main text of every question box
        self.buttons: list[list[str]] = []
        self.told: list[str] = []  # information / critical messages
        self.folder = ""
        user = self

        def exec_box(box: QMessageBox) -> int:
            user.shown.append(box.text())
            user.buttons.append([b.text() for b in box.buttons()])
            wanted = user.clicks.pop(0)
            [button] = [b for b in box.buttons() if b.text() == wanted]
            button.click()
            return 0

        def tell(_parent: object, _title: str, text: str, *_a: object) -> object:
            user.told.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", exec_box)
        monkeypatch.setattr(QMessageBox, "information", tell)
        monkeypatch.setattr(QMessageBox, "critical", tell)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(
            QInputDialog, "getItem", lambda _p, _t, _l, items, current, _e: (items[current], True)
        )
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: user.folder)


def run_app(monkeypatch: pytest.MonkeyPatch, while_open: Callable[[MainWindow], None]) -> int:
    """``run_window`` with the event loop replaced by ``while_open(window)``, then quit."""

    def exec_loop(*_args: object) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        while_open(next(w for w in windows if w.isVisible()))
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()
                window.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_loop)
    return run_window()


def visible_window_texts(window: MainWindow) -> list[str]:
    # the inbox shows its first screen first; the rest of the list follows off the GUI thread
    deadline = time.monotonic() + 10
    while window.model.loading and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return sorted(
        r.text for r in (window.model.review_at(i) for i in range(window.model.rowCount())) if r
    )


def damage(path: Path) -> bytes:
    content = b"SQLite format 3\x00" + os.urandom(8192)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(content)
    return content


def test_a_damaged_database_offers_a_backup_which_is_restored_and_opened(
    qtbot, monkeypatch, data_dir
) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Kept in yesterday's copy"])
        make_backup(db, paths.backup_dir())
    damaged = damage(paths.db_path())
    user = User(monkeypatch, "Restore a backup…")
    seen: list[list[str]] = []

    assert run_app(monkeypatch, lambda w: seen.append(visible_window_texts(w))) == 0

    assert user.shown == [message_for_code("database_damaged")]
    assert {"Restore a backup…", "Choose another folder…", "Quit"} <= set(user.buttons[0])
    assert "Try again" not in user.buttons[0]  # a damaged file will not mend itself
    assert seen == [["Kept in yesterday's copy"]]
    [kept] = [b for b in list_backups(paths.backup_dir()) if b.kind == "before_restore"]
    assert kept.path.read_bytes() == damaged  # the damaged file is kept, not overwritten


def test_a_database_from_a_newer_version_can_be_left_for_another_folder(
    qtbot, monkeypatch, data_dir, tmp_path
) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Written by clinicrep 9"])
        db.conn.execute("PRAGMA user_version = 999")
    newer = paths.db_path()
    before = newer.read_bytes()
    user = User(monkeypatch, "Choose another folder…")
    user.folder = str(tmp_path / "elsewhere")
    Path(user.folder).mkdir()
    seen: list[Path] = []

    assert run_app(monkeypatch, lambda w: seen.append(w.db.path)) == 0

    assert user.shown == [message_for_code("database_too_new")]
    assert seen == [Path(user.folder).resolve() / paths.DB_FILE]
    [how] = [t for t in user.told if "--data-dir" in t]
    assert "CLINICREP_DATA_DIR" in how and user.folder in how
    assert newer.read_bytes() == before  # the newer file was not touched


def test_quitting_at_the_way_out_changes_nothing(qtbot, monkeypatch, data_dir) -> None:
    damaged = damage(paths.db_path())
    User(monkeypatch, "Quit")
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("the window opened"))
    assert run_window() == 2
    assert paths.db_path().read_bytes() == damaged


def test_restore_from_backup_in_the_running_window_reopens_on_the_copy(
    qtbot, monkeypatch, data_dir
) -> None:
    with open_database(paths.db_path()) as db:
        [first] = add_reviews(db, ["In the backup"])
        save_draft(db, first, "Thank you, we")
        make_backup(db, paths.backup_dir())
        add_reviews(db, ["After the backup"], source_name="Later")
    User(monkeypatch)
    seen: dict[str, object] = {}

    def use(window: MainWindow) -> None:
        seen["before"] = visible_window_texts(window)
        window.restore_action.trigger()
        [fresh] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["same_window"] = fresh is window
        seen["after"] = visible_window_texts(fresh)
        seen["db_after"] = review_texts(fresh.db)

    assert run_app(monkeypatch, use) == 0
    assert seen["before"] == ["After the backup", "In the backup"]
    assert seen["same_window"] is False
    assert seen["after"] == seen["db_after"] == ["In the backup"]
    with open_database(paths.db_path()) as db:
        assert review_texts(db) == ["In the backup"]
    [kept] = [b for b in list_backups(paths.backup_dir()) if b.kind == "before_restore"]
    with open_database(kept.path) as old:
        assert review_texts(old) == ["After the backup", "In the backup"]


def test_a_copy_exported_on_the_old_pc_is_restored_from_a_usb_stick_on_the_new_one(
    qtbot, monkeypatch, data_dir, tmp_path
) -> None:
    """Moving to a new PC: File → Export a copy… on the old one, then File → Restore from
    backup… on the new one reaches the copy where she put it, not only the backups folder."""
    stick = tmp_path / "usb"
    stick.mkdir()
    with open_database(stick / "clinicrep-copy.sqlite3") as old_pc:
        add_reviews(old_pc, ["Answered on the old PC"])
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["New PC's first start"])
        make_backup(db, paths.backup_dir())
    User(monkeypatch)
    offered: list[list[str]] = []

    def pick_last(_p: object, _t: str, _l: str, items: list[str], _c: int, _e: bool):
        offered.append(list(items))
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_last)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (str(stick / "clinicrep-copy.sqlite3"), ""),
    )
    seen: dict[str, object] = {}

    def use(window: MainWindow) -> None:
        visible_window_texts(window)
        window.restore_action.trigger()
        [fresh] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["after"] = visible_window_texts(fresh)

    assert run_app(monkeypatch, use) == 0
    assert offered[0][-1] == "A copy saved elsewhere (from another PC, a USB stick)…"
    assert len(offered[0]) >= 2  # the backups folder's copies come first
    assert seen["after"] == ["Answered on the old PC"]
    with open_database(paths.db_path()) as db:
        assert review_texts(db) == ["Answered on the old PC"]


def test_with_no_backups_at_all_a_copy_on_a_usb_stick_is_still_offered(
    qtbot, monkeypatch, data_dir, tmp_path
) -> None:
    """A new PC has no backups yet: File → Restore from backup… used to say "choose another
    folder instead, or copy a backup file there", the start-up screen's words (this message
    has no folder button, and copying files into a hidden folder is no job for the desk); now
    it says why there are none and points at the button for a copy from elsewhere."""
    stick = tmp_path / "usb"
    stick.mkdir()
    with open_database(stick / "clinicrep-copy.sqlite3") as old_pc:
        add_reviews(old_pc, ["Answered on the old PC"])
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["New PC's first start"])
    user = User(monkeypatch, "A copy saved elsewhere (from another PC, a USB stick)…")
    picked: list[str] = []

    def pick(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        picked.append(start)
        return str(stick / "clinicrep-copy.sqlite3"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    seen: dict[str, object] = {}

    def use(window: MainWindow) -> None:
        seen["before"] = visible_window_texts(window)
        seen["backups"] = list_backups(paths.backup_dir())
        window.restore_action.trigger()
        [fresh] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["after"] = visible_window_texts(fresh)

    assert run_app(monkeypatch, use) == 0
    assert seen["before"] == ["New PC's first start"] and seen["backups"] == []
    # worded for the menu: no "choose another folder", no file to copy by hand (the start-up
    # screen's words: that screen has a button for another folder, this message has none)
    assert user.shown[0] == (
        "There are no backup copies of this data yet: clinicrep makes one each day it is used "
        "and before each update. To restore a copy from another PC or a USB stick, choose "
        "“A copy saved elsewhere”."
    )
    assert sorted(user.buttons[0]) == [
        "A copy saved elsewhere (from another PC, a USB stick)…",
        "Close",
    ]
    assert picked == [str(paths.documents_dir())]
    assert seen["after"] == ["Answered on the old PC"]
    with open_database(paths.db_path()) as db:
        assert review_texts(db) == ["Answered on the old PC"]


def test_with_no_backups_closing_the_message_changes_nothing(qtbot, monkeypatch, data_dir) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["New PC's first start"])
    user = User(monkeypatch, "Close")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("no picker after Close")
    )
    seen: dict[str, object] = {}

    def use(window: MainWindow) -> None:
        visible_window_texts(window)
        window.restore_action.trigger()
        seen["after"] = visible_window_texts(window)

    assert run_app(monkeypatch, use) == 0
    assert len(user.shown) == 1 and seen["after"] == ["New PC's first start"]


def test_restore_waits_for_a_slow_job_with_the_window_awake_and_says_so(
    qtbot, monkeypatch, data_dir
) -> None:
    """The store is closed only after the jobs on it end; meanwhile the GUI answers and a
    small dialog says what it waits for (no frozen, windowless pause)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from clinicrep.ui.workers import Op

    with open_database(paths.db_path()) as db:
        add_reviews(db, ["In the backup"])
        make_backup(db, paths.backup_dir())
    User(monkeypatch)
    seen: dict[str, object] = {"ticks": 0}

    def look() -> None:
        seen["ticks"] = int(seen["ticks"]) + 1  # type: ignore[call-overload]
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible():
                seen["dialog"] = w.labelText()

    def use(window: MainWindow) -> None:
        visible_window_texts(window)
        job_done: list[bool] = []
        Op(window, lambda _p: time.sleep(1.5)).on_finished(lambda: job_done.append(True)).start()
        ticker = QTimer()
        ticker.timeout.connect(look)
        ticker.start(100)
        window.restore_action.trigger()
        ticker.stop()
        seen["job_done_first"] = bool(job_done)
        [fresh] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["after"] = visible_window_texts(fresh)

    assert run_app(monkeypatch, use) == 0
    assert seen["dialog"] == "Finishing the work in progress before the store is closed…"
    assert int(seen["ticks"]) >= 5  # type: ignore[call-overload]  # the GUI thread was not blocked
    assert seen["job_done_first"] is True
    assert seen["after"] == ["In the backup"]


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(60)
"""


def test_a_database_locked_by_another_process_is_named_so_without_hanging(
    qtbot, monkeypatch, data_dir
) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Safe"])
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 300)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(paths.db_path())], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        user = User(monkeypatch, "Try again")
        started = time.monotonic()
        calls: list[float] = []
        original = QMessageBox.exec

        def first_then_release(box: QMessageBox) -> int:
            calls.append(time.monotonic() - started)
            locker.kill()  # the other program is closed before "Try again"
            locker.wait(10)
            return original(box)

        monkeypatch.setattr(QMessageBox, "exec", first_then_release)
        db = open_store_with_way_out()
        assert db is not None
        try:
            assert review_texts(db) == ["Safe"]
        finally:
            db.close()
        assert user.shown == [message_for_code(DatabaseLocked.code)]
        assert "Try again" in user.buttons[0]
        assert calls[0] < 3.0  # told within the busy timeout, not after a hang
    finally:
        locker.kill()
        locker.wait(10)


def test_an_emptied_database_beside_backups_offers_the_newest_copy(
    qtbot, monkeypatch, data_dir
) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["In the older copy"])
        older = make_backup(db, paths.backup_dir(), today=date(2026, 11, 1))
        add_reviews(db, ["Only in the newest copy"], source_name="Facebook")
        make_backup(db, paths.backup_dir(), today=date(2026, 11, 2))
    os.utime(older, (time.time() - 86_400,) * 2)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.db_path()}{suffix}").unlink(missing_ok=True)
    paths.db_path().write_bytes(b"")  # the disk filled up, or a copy went wrong
    user = User(monkeypatch, "Restore a backup…")
    seen: list[list[str]] = []

    assert run_app(monkeypatch, lambda w: seen.append(visible_window_texts(w))) == 0

    assert user.shown == [message_for_code("database_empty")]
    assert seen == [["In the older copy", "Only in the newest copy"]]  # the newest, offered first


def test_an_empty_file_without_backups_is_a_new_store(data_dir) -> None:
    paths.db_path().write_bytes(b"")
    with open_database(paths.db_path()) as db:
        assert review_texts(db) == []


class MigrationWatch(QObject):
    """Watches the first start from the GUI thread (a timer, as the user's eyes and mouse)
    and holds a store's migration until the GUI thread has been seen working beside it: the
    notice shown, repainted and moved by the user. ``gui_kept_up`` is False when the GUI
    thread stayed blocked for the whole migration (the notice "not responding")."""

    WAIT_S = 5.0

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__()
        self.notices: list[str] = []  # texts of the update notices seen on screen
        self.gui_kept_up: list[bool] = []  # one per migration run
        self.moved_to: list[tuple[int, int]] = []
        self._migrating = threading.Event()
        self._gui_saw_it = threading.Event()
        self._paints = 0
        self._filtered: QWidget | None = None
        real_migrate = store_db.Database._migrate

        def migrate(db: store_db.Database) -> None:
            if db.user_version < store_db.schema_version():
                self._migrating.set()
                self.gui_kept_up.append(self._gui_saw_it.wait(self.WAIT_S))
            real_migrate(db)

        monkeypatch.setattr(store_db.Database, "_migrate", migrate)
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._paints += 1
        return False

    def _look(self) -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "updateNotice" and w.isVisible()
        ]
        for notice in shown:
            text = notice.text()  # type: ignore[attr-defined]
            if text not in self.notices:
                self.notices.append(text)
        if not shown or not self._migrating.is_set() or self._gui_saw_it.is_set():
            return
        notice = shown[0]
        if self._filtered is None:  # the user drags the notice aside while it works
            self._filtered = notice
            notice.installEventFilter(self)
            notice.move(notice.x() + 40, notice.y() + 30)
            self.moved_to.append((notice.x(), notice.y()))
            notice.update()
        elif self._paints:  # ... and it was painted again where it went
            self._gui_saw_it.set()

    def stop(self) -> None:
        self._timer.stop()


def test_the_first_start_after_an_update_says_the_reviews_are_being_brought_up_to_date(
    qtbot, monkeypatch, data_dir
) -> None:
    """A store written before the search folded diacritics (schema 15) is rebuilt once at the
    first start, up to a minute on a big practice: a window says so for the wait and stays
    alive meanwhile (the rebuild runs on a worker: the notice repaints and can be moved),
    then goes, and the reviews are there, found without their diacritics."""
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Nie było gdzie zaparkować."])
        db.conn.execute("PRAGMA user_version = 15")
    watch = MigrationWatch(monkeypatch)
    found: list[list[str]] = []

    def search_without_diacritics(window: MainWindow) -> None:
        notices_left = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == "updateNotice"
        ]
        assert not [w for w in notices_left if w.isVisible()]
        window.search.setText("zaparkowac")
        window.apply_filters()
        found.append(visible_window_texts(window))

    try:
        assert run_app(monkeypatch, search_without_diacritics) == 0
    finally:
        watch.stop()

    [notice] = watch.notices
    assert "bringing your reviews up to date for this version" in notice
    assert "Please wait" in notice
    assert watch.gui_kept_up == [True]  # the old start held the GUI thread the whole time
    assert len(watch.moved_to) == 1
    assert found == [["Nie było gdzie zaparkować."]]
    with open_database(paths.db_path()) as db:
        assert db.user_version == store_db.schema_version()


def test_a_migration_that_fails_on_the_worker_offers_the_usual_way_out(
    qtbot, monkeypatch, data_dir
) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Nie było gdzie zaparkować."])
        db.conn.execute("PRAGMA user_version = 15")

    def disk_full(db: store_db.Database) -> None:
        if db.user_version < store_db.schema_version():
            raise DiskFull("no space left while rebuilding the search index")

    monkeypatch.setattr(store_db.Database, "_migrate", disk_full)
    user = User(monkeypatch, "Quit")
    monkeypatch.setattr(QApplication, "exec", lambda *a: pytest.fail("the window opened"))

    assert run_window() == 2

    assert user.shown == [message_for_code("disk_full")]
    assert "Try again" in user.buttons[0]
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "updateNotice" and w.isVisible()
    ]


def test_a_store_already_up_to_date_opens_without_the_notice(qtbot, monkeypatch, data_dir) -> None:
    with open_database(paths.db_path()) as db:
        add_reviews(db, ["Up to date"])
    watch = MigrationWatch(monkeypatch)
    try:
        assert run_app(monkeypatch, lambda w: None) == 0
    finally:
        watch.stop()
    assert watch.notices == []
    assert watch.gui_kept_up == []
