"""A receptionist adds feedback a patient gave at the desk, typing when it was given."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.store.reviews import get_review
from clinicrep.ui.manual_dialog import ManualEntryDialog


@pytest.fixture
def clock_and_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """This computer's time zone (TZ and time.tzset, as the CSV export's Kyiv test) and the
    window's language, both put back after the test."""

    def set_to(zone: str, code: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        install_translators(QApplication.instance(), code)

    yield set_to
    monkeypatch.undo()
    time.tzset()
    install_translators(QApplication.instance(), "en")


def _open(window, qtbot) -> ManualEntryDialog:
    dialog = ManualEntryDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _save(dialog: ManualEntryDialog, qtbot) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


# 00:30 on 3 November is still 2 November in UTC east of Greenwich (and Kyiv is +3 in July);
# 11:45 PM in New York is already 4 November in UTC. Typed as she would: digits and the
# separators between them; the review shows the day and time she typed.
WHEN_TYPED = [
    (
        "Europe/Kyiv",
        "uk",
        "03.11.2026 00:30",
        datetime(2026, 11, 2, 22, 30, tzinfo=UTC),
        "3 листопада 2026 р. (вівторок), 00:30",
    ),
    (
        "Europe/Kyiv",
        "uk",
        "03.07.2026 00:30",
        datetime(2026, 7, 2, 21, 30, tzinfo=UTC),
        "3 липня 2026 р. (пʼятниця), 00:30",
    ),
    (
        "Europe/Warsaw",
        "pl",
        "3.11.2026 00:30",
        datetime(2026, 11, 2, 23, 30, tzinfo=UTC),
        "wtorek, 3 listopada 2026, 00:30",
    ),
    (
        "Asia/Shanghai",
        "zh_CN",
        "2026/11/3 00:30",
        datetime(2026, 11, 2, 16, 30, tzinfo=UTC),
        "2026年11月3日 星期二 00:30",
    ),
    (
        "America/New_York",
        "en",
        "11/3/2026 11:45 PM",
        datetime(2026, 11, 4, 4, 45, tzinfo=UTC),
        "Tuesday, 3 November 2026, 23:45",
    ),
]


@pytest.mark.parametrize("reached_by", ["click", "tab"])
@pytest.mark.parametrize(("zone", "code", "typed", "stored", "shown"), WHEN_TYPED)
def test_the_date_typed_in_when_is_the_date_the_feedback_gets(
    window, qtbot, clock_and_language, reached_by, zone, code, typed, stored, shown
):
    """The field dropped the first digits typed after a click (the cursor sat inside "04"
    unselected) and skipped the month after a two-digit day (the "." she typed moved on a
    second time): the feedback kept today's day or month, a day off, and which day depended
    on the time zone, since the field starts at the local "now"."""
    clock_and_language(zone, code)
    dialog = _open(window, qtbot)
    when = dialog.when
    if reached_by == "click":
        line = when.lineEdit()
        QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    else:
        dialog.rating.setFocus()
        QTest.keyClick(dialog.rating, Qt.Key.Key_Tab)
    qtbot.waitUntil(when.hasFocus)
    qtbot.wait(20)  # she looks at the field before typing
    QTest.keyClicks(when, typed)
    assert when.lineEdit().text().replace("\u202f", " ") == typed
    QTest.keyClicks(dialog.author, "Pani Zofia")
    QTest.keyClicks(dialog.text, "Patient said at the desk: the wait was too long.")
    _save(dialog, qtbot)

    assert dialog.review is not None
    review = get_review(window.db, dialog.review.id)
    assert review is not None and review.created_at == stored
    window.sources_changed()
    window.show_review(review.id)
    qtbot.waitUntil(lambda: window.pane.author.text() == "Pani Zofia")
    assert window.pane.date.text() == shown


def test_the_window_answers_while_the_feedback_waits_for_a_busy_store(window, qtbot, monkeypatch):
    """Another program holds the database for a moment when she presses Save: the save
    waits on a worker, the dialog says so and the window keeps answering; once the other
    program is done the feedback is added. (Stored on the window's thread, the window froze
    for the whole wait, and the other program could not even finish meanwhile.)"""
    from PySide6.QtCore import QTimer

    from clinicrep.store import db as store_db
    from clinicrep.store import open_database

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 8000)
    dialog = _open(window, qtbot)
    QTest.keyClicks(dialog.author, "Pan Tadeusz")
    QTest.keyClicks(dialog.text, "Rang to say the new reception hours are good.")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    ticks: list[float] = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(time.monotonic()))
    clock.start(50)
    with open_database(window.db.path) as other:
        other.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
        started = time.monotonic()
        save.click()
        assert time.monotonic() - started < 1.0
        assert dialog.problem.text() == "Adding the feedback…"
        assert not save.isEnabled() and not dialog.text.isEnabled()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # she cannot lose it half-way
        assert dialog.isVisible()
        qtbot.wait(600)
        assert dialog.isVisible() and dialog.review is None
        other.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    clock.stop()
    assert len([t for t in ticks if t > started]) >= 8  # the window answered all along
    assert dialog.review is not None
    stored = get_review(window.db, dialog.review.id)
    assert stored is not None and stored.author == "Pan Tadeusz"
