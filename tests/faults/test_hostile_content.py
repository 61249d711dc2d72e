"""Hostile content from a platform, synced for real and shown in the real window: markup is
shown as the characters it is, huge and odd texts neither crash nor freeze anything."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.store.reviews import iter_all_reviews
from clinicrep.sync import sync_source
from clinicrep.ui.inbox_model import Column
from clinicrep.ui.main_window import MainWindow
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source

HOSTILE = {
    # review id suffix: (display name, comment)
    "html": ('<img src=x onerror="alert(1)">Eve', "<script>alert('x')</script><b>bold</b> &amp;"),
    "huge": ("Verbose", "Очень долго ждали приёма. " * 40_000),  # ~1 MB
    "control": ("Ctl\x07\x1b[31mred", "Bell\x07 escape\x1b[2J tab\there\x0bvt\x7fdel"),
    "nul": ("Nul\x00name", "before\x00after"),
    "rtl": ("\u202eevil.exe\u202c", "שלום, الطبيب ممتاز \u200fRTL\u200e mark"),
    "zero_width": ("Zero\u200bWidth\u200d", "in\u200bvis\u2060ible\ufeff joiners"),
    "emoji": ("👩‍⚕️ Dr fan", "Great 👍🏽 care 🦷✨ — 10/10 🇵🇱"),
}


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


def visible(text: str) -> str:
    """What may be dropped on the way (NUL, which no text widget can hold)."""
    return text.replace("\x00", "")


def test_hostile_reviews_are_stored_once_and_shown_literally_and_the_window_stays_responsive(
    db: Database, google_api: FakeGoogle, qtbot
) -> None:
    location = google_api.add_location("200", "300", "Family Clinic")
    for key, (name, comment) in HOSTILE.items():
        [review] = google_api.add_reviews(location, 1, display_name=name, comment=comment)
        review.review_id = f"hostile-{key}"
        location.reviews[review.review_id] = location.reviews.pop(
            next(k for k, v in location.reviews.items() if v is review)
        )
    tokens = TokenStore()
    source = google_source(db, google_api, tokens, page_size=3, timeout=10.0)
    assert sync_source(db, source, tokens=tokens).ok
    stored = {r.external_id: r for batch in iter_all_reviews(db) for r in batch}
    assert sorted(stored) == sorted(f"hostile-{k}" for k in HOSTILE)  # each exactly once
    assert sync_source(db, source, tokens=tokens, full=True).ok
    assert len([r for batch in iter_all_reviews(db) for r in batch]) == len(HOSTILE)

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
    qtbot.waitUntil(lambda: not window.model.loading)  # the query runs off the GUI thread
    assert window.model.rowCount() == len(HOSTILE)
    for row in range(window.model.rowCount()):
        review = window.model.review_at(row)
        assert review is not None
        key = review.external_id.removeprefix("hostile-")
        name, comment = HOSTILE[key]
        # the GUI thread's own CPU time: what the window spends, however busy the machine
        # (and a wall-clock bound with room for a loaded machine: no waiting on anything)
        started, wall = time.thread_time(), time.monotonic()
        index = window.model.index(row, Column.TEXT)
        window.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.wait(10)  # the event loop still turns
        assert time.thread_time() - started < 3.0, f"showing the {key} review froze the window"
        assert time.monotonic() - wall < 15.0, f"showing the {key} review waited on something"
        shown = window.pane.text.toPlainText()
        # the text arrives as written (markup not interpreted, nothing inserted)
        assert visible(shown) == visible(stored[review.external_id].text)
        assert "<script>" in shown if key == "html" else True
        assert window.pane.author.textFormat() == Qt.TextFormat.PlainText
        cell = index.data()
        assert isinstance(cell, str) and len(cell) <= len(comment) + 1
    window.close()
