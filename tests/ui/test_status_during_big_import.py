"""The receptionist in Kyiv imports the practice's first big export (its rows are stored in one
transaction, the indexes built at its end: ``Database.indexes_built_at_end``) and, while it
runs, marks a review she already had "in progress". That transaction holds SQLite's write lock
for the rest of the import, far longer than the 5 s busy timeout on a busy machine: she waited
5 s with the window frozen, then read that another program holds the file and that she should
close the other clinicrep window. Now the window does not freeze, tells her in her language
that an import is being stored and that the status will be saved when it is done, shows the
status she chose, and stores it once the import commits; the import loses nothing either."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from clinicrep import importing
from clinicrep.i18n import install_translators
from clinicrep.importing import import_csv
from clinicrep.model import Status
from clinicrep.store import db as store_db
from clinicrep.store import open_database
from clinicrep.store.reviews import count_reviews, get_review
from ui.dialogs import answer_next_dialog

ROWS = 3_000


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


def write_export(path: Path) -> Path:
    lines = ["date;author;rating;text"]
    for i in range(ROWS):
        lines.append(f"{1 + i % 28:02d}.{1 + i % 12:02d}.2025;Пацієнт {i};{1 + i % 5};Відгук {i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextlib.contextmanager
def big_import_held(db_path: Path, tmp_path: Path) -> Iterator[threading.Event]:
    """A big first import on a thread of its own (as the import dialog runs it), held after
    its first batch, inside its one write transaction, until the test sets the event."""
    inside, go_on = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def hold(done: int, _total: int) -> None:
        if done >= 1_000 and not inside.is_set():
            inside.set()
            go_on.wait(60)

    def run() -> None:
        try:
            with open_database(db_path) as importer:
                import_csv(
                    importer,
                    write_export(tmp_path / "export.csv"),
                    source_name="Експорт",
                    analyse=False,
                    progress=hold,
                )
        except BaseException as e:  # the test says what went wrong, not the thread
            failed.append(e)

    importer_thread = threading.Thread(target=run)
    importer_thread.start()
    try:
        assert inside.wait(60)
        yield go_on
    finally:
        go_on.set()
        importer_thread.join(120)
    assert not failed, failed


@pytest.fixture
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_db, "BULK_INDEX_FROM", 1_000)  # a file a test writes in a moment
    monkeypatch.setattr(importing, "STORE_BATCH", 500)


def test_a_status_changed_during_a_big_first_import_is_kept_and_stored_when_it_ends(
    small_bulk, ukrainian_window, qtbot, tmp_path: Path
) -> None:
    window = ukrainian_window
    reviews_before = count_reviews(window.db)
    with big_import_held(window.db.path, tmp_path):
        assert window.db.storing_an_import()  # the one-transaction path: its write lock held
        window.select_row(0)
        qtbot.waitUntil(lambda: window.pane.review is not None)
        review_id = window.pane.review.id
        assert get_review(window.db, review_id).status != Status.IN_PROGRESS

        dialog = answer_next_dialog("OK", timeout_s=10)  # the old code's: not left hanging
        started = time.monotonic()
        window.change_status(review_id, Status.IN_PROGRESS)
        waited = time.monotonic() - started

        assert waited < 1.0  # the window did not freeze for the busy timeout
        assert not dialog.seen, (dialog.title, dialog.text)  # no dialog to dismiss
        said = window.undo_label.text()
        assert window.undo_label.isVisible() and "імпорт" in said.lower(), said
        assert "«У роботі»" in said, said
        assert window.pane.status.currentData() == Status.IN_PROGRESS  # what she chose
        assert get_review(window.db, review_id).status != Status.IN_PROGRESS  # not yet stored
    assert not window.db.storing_an_import()

    qtbot.waitUntil(
        lambda: get_review(window.db, review_id).status == Status.IN_PROGRESS, timeout=15_000
    )
    assert count_reviews(window.db) == reviews_before + ROWS  # the import lost nothing
    assert window.undo_label.text() == "Позначено: «У роботі»."
    assert window.undo_button.isVisible()  # and Undo, as for any status she sets


@pytest.fixture
def no_beat(monkeypatch: pytest.MonkeyPatch) -> None:
    from clinicrep.ui import main_window

    monkeypatch.setattr(main_window, "STATUS_RETRY_MS", 3_600_000)


def test_a_status_still_waiting_when_she_closes_the_window_is_stored_on_closing(
    small_bulk, no_beat, ukrainian_window, seeded_db, qtbot, tmp_path: Path
) -> None:
    window = ukrainian_window
    with big_import_held(window.db.path, tmp_path):
        window.select_row(0)
        qtbot.waitUntil(lambda: window.pane.review is not None)
        review_id = window.pane.review.id
        dialog = answer_next_dialog("OK", timeout_s=5)
        window.change_status(review_id, Status.ESCALATED)
        assert not dialog.seen
    # the import is stored; no beat came yet, and she closes the window
    assert get_review(seeded_db, review_id).status != Status.ESCALATED
    window.close()
    assert get_review(seeded_db, review_id).status == Status.ESCALATED


def test_a_status_still_waiting_when_she_closes_during_the_import_is_stored_at_the_next_start(
    small_bulk, no_beat, ukrainian_window, seeded_db, qtbot, tmp_path: Path
) -> None:
    """She closes the window while the import is still being stored: it used to freeze for
    the busy timeout and then drop the status she chose. Now it says, in her language, that
    the status is saved at the next start, and the next window stores it."""
    from clinicrep.ui.main_window import MainWindow

    window = ukrainian_window
    with big_import_held(window.db.path, tmp_path):
        window.select_row(0)
        qtbot.waitUntil(lambda: window.pane.review is not None)
        review_id = window.pane.review.id
        before = get_review(seeded_db, review_id).status
        window.change_status(review_id, Status.ESCALATED)

        told = answer_next_dialog("OK", timeout_s=10)
        window.editor.text.clear()  # no reply typed (a draft's save waits as before)
        started = time.monotonic()
        window.close()
        assert time.monotonic() - started < 2.0  # no try of the busy timeout
        assert told.seen and told.title == "Статус ще не збережено", told.title
        assert "імпорт" in told.text and "наступного запуску" in told.text, told.text
        assert get_review(seeded_db, review_id).status == before  # the import holds the file
    assert get_review(seeded_db, review_id).status == before

    reopened = MainWindow(seeded_db)  # her next start, the import done
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitUntil(
        lambda: get_review(seeded_db, review_id).status == Status.ESCALATED, timeout=15_000
    )
    assert reopened.undo_label.text() == "Позначено: «У власника»."
    reopened.close()


def test_a_kept_status_is_not_stored_over_a_change_made_since_on_another_window(
    seeded_db, qtbot
) -> None:
    """The status kept at closing is stored at the next start only where the review still
    has the status it had then: a change made meanwhile elsewhere stays."""
    from clinicrep.store.kept_statuses import keep_for_next_start
    from clinicrep.store.reviews import set_status
    from clinicrep.ui.main_window import MainWindow

    first, second = (r[0] for r in seeded_db.fetchall("SELECT id FROM reviews LIMIT 2"))
    was = {i: get_review(seeded_db, i).status for i in (first, second)}
    keep_for_next_start(
        seeded_db,
        {first: (Status.ESCALATED, was[first]), second: (Status.DISMISSED, was[second])},
    )
    set_status(seeded_db, second, Status.ANSWERED)  # on another window, before this start

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: get_review(seeded_db, first).status == Status.ESCALATED)
    assert get_review(seeded_db, second).status == Status.ANSWERED
    window.close()
