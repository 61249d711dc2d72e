"""Another program holds the practice's database file for a while (a backup tool copying it, a
second clinicrep started by the unattended check, a database viewer left open). The receptionist
in Kyiv goes on typing her reply, then marks the review answered. Typing met "Something
clinicrep did not expect happened" and a 5-second freeze at every keystroke; marking it answered
met the same dialog (later: a 5-second freeze, then "Status not changed"). Now both wait in the
window's write queue: her text and the status she chose stay, the status bar says in her
language that they will be saved when the file is free, and they are stored once it is; closing
the window while the file is still held keeps them for the next start."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.model import Status
from clinicrep.store.replies import get_reply
from clinicrep.store.reviews import get_review
from ui.dialogs import answer_next_dialog

REPLY = "Вітаємо! Дякуємо, що розповіли про це. Зателефонуйте, будь ласка, керівнику клініки."


@pytest.fixture
def ukrainian_window(seeded_db, qtbot) -> Iterator:
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), "uk")
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 1 and not window.model.loading)
    yield window
    window.close()
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def held(seeded_db) -> Iterator[sqlite3.Connection]:
    """The file held by another program: a write transaction it does not end."""
    other = sqlite3.connect(seeded_db.path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_her_reply_typed_while_the_file_is_held_is_kept_and_stored_once_it_is_free(
    ukrainian_window, held, qtbot
):
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    review_id = window.editor.review.id
    try:
        started = time.monotonic()
        window.editor.text.setPlainText(REPLY)
        window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
        window.editor.text.insertPlainText(" З повагою, Анна.")
        window.select_row(1)  # she moves on: her draft goes to the store
        waited = time.monotonic() - started
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage().startswith("Зберігаємо…"), timeout=5_000
        )
        assert get_reply(window.db, review_id) is None  # not yet
    finally:
        held.execute("ROLLBACK")  # the other program lets go
    assert waited < 1.0
    assert window.editor.review.id != review_id
    qtbot.waitUntil(lambda: get_reply(window.db, review_id) is not None, timeout=10_000)
    assert get_reply(window.db, review_id).text == REPLY + " З повагою, Анна."


def test_marking_answered_while_the_file_is_held_shows_it_at_once_and_stores_it_when_free(
    ukrainian_window, held, qtbot
):
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.pane.review is not None)
    review_id = window.pane.review.id
    before = get_review(window.db, review_id).status
    assert before != Status.ANSWERED
    said = answer_next_dialog("OK", timeout_s=3)
    window.table.setFocus()
    try:
        started = time.monotonic()
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        assert time.monotonic() - started < 1.0
        assert window.undo_label.text() == "Позначено: «З відповіддю»."
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage().startswith("Зберігаємо…"), timeout=5_000
        )
        said_then = window.statusBar().currentMessage()
        assert "файл використовує інша програма" in said_then, said_then
        assert get_review(window.db, review_id).status == before
    finally:
        held.execute("ROLLBACK")
    qtbot.waitUntil(
        lambda: get_review(window.db, review_id).status == Status.ANSWERED, timeout=10_000
    )
    assert not said.seen, (said.title, said.text)  # no dialog to dismiss


def test_closing_while_another_program_holds_the_file_keeps_her_reply_for_the_next_start(
    ukrainian_window, held, qtbot, monkeypatch
):
    """Her practice has one PC and a file, no server: closing the window while a backup holds
    the file said "the connection to the shared database server is lost", later offered to
    lose her reply. Now it says what is known, and her reply is stored at the next start."""
    from clinicrep.ui import write_queue

    monkeypatch.setattr(write_queue, "CLOSE_WAIT_MS", 500)
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    review_id = window.editor.review.id
    told = answer_next_dialog("OK", timeout_s=20)
    try:
        window.editor.text.setPlainText(REPLY)
        window.close()
    finally:
        held.execute("ROLLBACK")
    assert told.pressed
    assert told.title == "Зміни буде збережено під час наступного запуску"
    assert told.text.startswith("Файл досі використовує інша програма"), told.text
    assert "сервер" not in told.text
    assert "нічого з того, що ви набрали чи обрали, не втрачено" in told.text
    assert window.closed
    assert get_reply(window.db, review_id) is None

    from clinicrep.ui.main_window import MainWindow

    again = MainWindow(window.db)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: get_reply(window.db, review_id) is not None, timeout=10_000)
    assert get_reply(window.db, review_id).text == REPLY
    again.close()


def test_a_check_for_new_reviews_holding_the_file_is_named_when_closing(
    ukrainian_window, held, qtbot, monkeypatch
):
    """When the holder is a check for new reviews (its lock is taken), the closing message
    says so."""
    from clinicrep import paths
    from clinicrep.monitoring.lock import SyncLock
    from clinicrep.ui import write_queue

    monkeypatch.setattr(write_queue, "CLOSE_WAIT_MS", 500)
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    check = SyncLock(paths.data_dir(), holder="clinicrep sync --quiet")
    assert check.acquire(0)
    told = answer_next_dialog("OK", timeout_s=20)
    try:
        window.editor.text.setPlainText(REPLY)
        window.close()
    finally:
        check.release()
        if held.in_transaction:
            held.execute("ROLLBACK")
    assert told.pressed
    assert told.text.startswith("Перевірка нових відгуків досі записує у файл"), told.text
    assert "сервер" not in told.text
    assert window.closed
