"""Another program holds the practice's database file for a while (a backup tool copying it, a
second clinicrep started by the unattended check, a database viewer left open). The receptionist
in Kyiv goes on typing her reply, then marks the review answered. Typing met "Something
clinicrep did not expect happened" and a 5-second freeze at every keystroke; marking it answered
met the same dialog. Now her text stays and is stored once the file is free, and the status says
in her language what happened and what to do."""

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
        window.editor.text.setPlainText(REPLY)  # waits once for the file, then says nothing
        started = time.monotonic()
        window.editor.text.moveCursor(QTextCursor.MoveOperation.End)
        window.editor.text.insertPlainText(" З повагою, Анна.")  # the next keys do not wait
        waited = time.monotonic() - started
    finally:
        held.execute("ROLLBACK")  # the other program lets go
    assert waited < 1.0
    assert window.editor.text.toPlainText() == REPLY + " З повагою, Анна."
    window.select_row(1)  # she moves on: her draft is stored
    qtbot.waitUntil(
        lambda: window.editor.review is not None and window.editor.review.id != review_id
    )
    reply = get_reply(window.db, review_id)
    assert reply is not None and reply.text == REPLY + " З повагою, Анна."


def test_marking_answered_while_the_file_is_held_says_what_to_do_and_keeps_the_status(
    ukrainian_window, held, qtbot
):
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.pane.review is not None)
    review_id = window.pane.review.id
    before = get_review(window.db, review_id).status
    assert before != Status.ANSWERED
    said = answer_next_dialog("OK", timeout_s=20)
    window.table.setFocus()
    try:
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: said.seen, timeout=20_000)
    finally:
        held.execute("ROLLBACK")
    assert said.pressed, said.buttons
    assert said.title == "Статус не змінено"
    assert "База відгуків зайнята іншою програмою" in said.text
    assert window.pane.status.currentData() == before
    assert get_review(window.db, review_id).status == before

    # once the file is free, Review → Mark: answered does it
    assert window.pane.review.id == review_id
    window.status_actions[Status.ANSWERED].trigger()
    qtbot.waitUntil(
        lambda: get_review(window.db, review_id).status == Status.ANSWERED, timeout=10_000
    )


def _answer_reply_not_saved(button: str, seen: list[str], before_press=None) -> None:
    """Read the "Reply not saved" question when it comes, then press ``button`` (after
    ``before_press``: the other program lets go while she reads)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "replyNotSaved":
            seen.append(box.text())
            seen.append("|".join(b.text() for b in box.buttons() if b.isVisible()))
            if before_press is not None:
                before_press()
            found = [b for b in box.buttons() if b.text() == button]
            (found[0] if found else box.escapeButton()).click()  # a missing one fails, no hang
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_closing_while_another_program_holds_the_file_names_no_server_and_saves_on_try_again(
    ukrainian_window, held, qtbot
):
    """Her practice has one PC and a file, no server: closing the window while a backup holds
    the file said "the connection to the shared database server is lost" and "close the other
    clinicrep window". Now it says what is known, and Try again stores her reply and closes."""
    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    review_id = window.editor.review.id
    seen: list[str] = []
    try:
        window.editor.text.setPlainText(REPLY)
        _answer_reply_not_saved(
            "Спробувати ще раз", seen, before_press=lambda: held.execute("ROLLBACK")
        )
        window.close()
    finally:
        if held.in_transaction:
            held.execute("ROLLBACK")
    assert seen, "no question before closing"
    said, buttons = seen[0], seen[1]
    assert said.startswith("Набрану відповідь не збережено")
    assert "сервер" not in said
    assert "Закрийте інше вікно clinicrep" not in said
    assert (
        "іншою програмою (можливо, іншим вікном clinicrep, резервним копіюванням або "
        "антивірусом)" in said
    )
    assert set(buttons.split("|")) == {
        "Спробувати ще раз",
        "Не закривати вікно",
        "Закрити й утратити відповідь",
    }
    assert window.closed
    reply = get_reply(window.db, review_id)
    assert reply is not None and reply.text == REPLY


def test_a_check_for_new_reviews_holding_the_file_is_named_when_closing(
    ukrainian_window, held, qtbot
):
    """When the holder is a check for new reviews (its lock is taken), the question says so;
    she keeps the window open and her text stays."""
    from clinicrep import paths
    from clinicrep.monitoring.lock import SyncLock

    window = ukrainian_window
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    check = SyncLock(paths.data_dir(), holder="clinicrep sync --quiet")
    assert check.acquire(0)
    seen: list[str] = []
    try:
        window.editor.text.setPlainText(REPLY)
        _answer_reply_not_saved("Не закривати вікно", seen)
        window.close()
    finally:
        check.release()
        if held.in_transaction:
            held.execute("ROLLBACK")
    assert seen and "у неї записує перевірка нових відгуків" in seen[0]
    assert "сервер" not in seen[0]
    assert not window.closed and window.isVisible()
    assert window.editor.text.toPlainText() == REPLY


def test_a_window_closed_at_once_while_the_file_is_held_closes_without_waiting(db, qtbot):
    """Closed before its start-up wrote that she looked, the window writes it while closing;
    another program holding the file is waited for 50 ms at most, not the 5 s busy timeout,
    and the look is left for the next start."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)  # a practice's first start: nothing in the reply box to save
    qtbot.addWidget(window)
    window.show()
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()
    looks = db.execute("SELECT count(*) FROM events WHERE kind = 'looked'").fetchone()[0]
    assert looks == 0  # not recorded: the store was held


def test_a_window_closed_at_once_records_that_she_looked(db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.close()
    looks = db.execute("SELECT count(*) FROM events WHERE kind = 'looked'").fetchone()[0]
    assert looks == 1
