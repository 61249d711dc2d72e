"""A practice connected its Google profile with the wrong "Language of the reviews" and set it
right in Settings → Sources → Edit. Google gives no review's language, so a short review
("Super") is read in the source's language: the next sync kept every stored review's old
analysis (its title, text and stars were unchanged) and the inbox went on showing them in
the old language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.store.reviews import get_review_by_external_id
from clinicrep.store.sources import get_source
from clinicrep.sync import sync_source
from clinicrep.ui.sources_dialog import SourceForm
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


def test_a_changed_language_of_the_reviews_is_followed_by_the_next_sync(
    db: Database, google_api: FakeGoogle, qtbot
) -> None:
    clinic = google_api.add_location("200", "300", "Przychodnia Rodzinna")
    (short,) = google_api.add_reviews(clinic, 1, comment="Super")
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)  # "Language of the reviews": English
    assert sync_source(db, source, tokens=tokens).ok
    first = get_review_by_external_id(db, source.id, short.review_id)
    assert first is not None and first.analysis is not None
    assert first.analysis.language == "en"

    # Settings → Sources → Edit: the reviews are in Polish
    form = SourceForm(source, tokens=tokens)
    qtbot.addWidget(form)
    form.language.setCurrentIndex(form.language.findData("pl"))
    form.save(db)

    again = get_source(db, source.id)
    assert again is not None and again.language == "pl"
    assert sync_source(db, again, tokens=tokens, full=True).ok
    short_one = get_review_by_external_id(db, source.id, short.review_id)
    assert short_one is not None and short_one.analysis is not None
    assert short_one.analysis.language == "pl"  # the old code kept "en"


def _set_language_in_sources(window, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    """Settings → Sources, the source chosen, Edit…, "Language of the reviews", Save, Close."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from clinicrep.ui.sources_dialog import SourcesDialog

    saved = []

    def in_form() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, SourceForm):
            QTimer.singleShot(20, in_form)
            return
        form.language.setCurrentIndex(form.language.findData(code))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        saved.append(code)

    def in_sources() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SourcesDialog):
            QTimer.singleShot(20, in_sources)
            return
        dialog.list.setCurrentRow(0)
        QTimer.singleShot(0, in_form)
        edit = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Edit…")
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)  # back once the form is closed
        dialog.reject()

    QTimer.singleShot(0, in_sources)
    window.open_sources()
    assert saved == [code]


def test_a_changed_language_of_the_reviews_is_followed_in_the_open_window_at_once(
    db: Database, google_api: FakeGoogle, qtbot
) -> None:
    """The language changed in Settings → Sources: the window analyses the source's reviews
    again in the background at once (the old code waited for the next sync or start, and
    the review went on showing "English")."""
    from clinicrep.labels import language_label
    from clinicrep.ui.main_window import MainWindow

    clinic = google_api.add_location("200", "300", "Przychodnia Rodzinna")
    (short,) = google_api.add_reviews(clinic, 1, comment="Super")
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)  # "Language of the reviews": English
    assert sync_source(db, source, tokens=tokens).ok
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    assert window.pane.language.text() == language_label("en")

    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    _set_language_in_sources(window, qtbot, "pl")

    # the window says when the pass ends (the inbox may show the review's new analysis a
    # little before: it follows the store's changes as another PC's are followed)
    qtbot.waitUntil(lambda: "Analysis brought up to date for 1 review." in said, timeout=30_000)
    assert window.pane.language.text() == language_label("pl")
    stored = get_review_by_external_id(db, source.id, short.review_id)
    assert stored is not None and stored.analysis is not None
    assert stored.analysis.language == "pl"


@pytest.mark.sqlite_only(
    "a batch under way on PostgreSQL may still write the old language over the new mark"
)
def test_a_language_changed_while_the_analysis_is_being_updated_is_followed_to_the_end(
    db: Database, google_api: FakeGoogle, qtbot
) -> None:
    """The catch-up after an upgrade was analysing the source's reviews in English when the
    practice made it Polish: that pass read the sources' languages when it began, so it
    stops and another one analyses every stale review in Polish."""
    from clinicrep.model import Analysis, Review
    from clinicrep.store.reviews import iter_all_reviews, upsert_reviews
    from clinicrep.ui.main_window import MainWindow

    clinic = google_api.add_location("200", "300", "Przychodnia Rodzinna")
    google_api.add_reviews(clinic, 1, comment="Super")
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)  # "Language of the reviews": English
    assert sync_source(db, source, tokens=tokens).ok
    older = Analysis(language="en", rules="old-rules")  # what an older version wrote
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id=f"old{i}",
                created_at=datetime(2026, 1 + i % 12, 1 + i % 28, tzinfo=UTC),
                text=f"Super {i}",
                analysis=older,
            )
            for i in range(1500)
        ],
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.update_analysis()  # what the start-up timer of run_window does
    _set_language_in_sources(window, qtbot, "pl")
    # the first pass may have ended while the dialog was open (then the change started the
    # second): done once nothing runs
    qtbot.waitUntil(lambda: not window.reanalysis.running, timeout=60_000)
    languages = {r.analysis.language for batch in iter_all_reviews(db) for r in batch if r.analysis}
    assert languages == {"pl"}
