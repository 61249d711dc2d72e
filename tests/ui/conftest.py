"""A main window over a throw-away store with a few reviews in five languages."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind, Topic
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source

NOW = datetime.now(UTC).replace(microsecond=0)

SAMPLES = [
    # (platform, author, rating, text, hours ago, sentiment, urgency, topics)
    (
        Platform.GOOGLE,
        "Anna K.",
        5,
        "Dr. Nowak was kind and thorough.",
        3,
        Sentiment.POSITIVE,
        5,
        (Topic.OUTCOME,),
    ),
    (
        Platform.GOOGLE,
        "Mallory",
        1,
        "<b>x</b><img src=file:///etc/passwd>",
        30,
        Sentiment.NEGATIVE,
        80,
        (),
    ),
    (
        Platform.FACEBOOK,
        "Олена П.",
        None,
        "Лікар дуже уважний, дякую!",
        50,
        Sentiment.POSITIVE,
        10,
        (Topic.STAFF_ATTITUDE,),
    ),
    (
        Platform.ZNANYLEKARZ,
        "Marek W.",
        2,
        "Czekałem półtorej godziny w poczekalni.",
        70,
        Sentiment.NEGATIVE,
        60,
        (Topic.WAITING,),
    ),
    (
        Platform.PRODOCTOROV,
        "Ирина",
        4,
        "Врач внимательный, но регистратура грубит.",
        5,
        Sentiment.NEUTRAL,
        40,
        (Topic.RECEPTION,),
    ),
    (
        Platform.DIANPING,
        "张女士",
        5,
        "医生非常专业，环境也很干净。",
        100,
        Sentiment.POSITIVE,
        3,
        (Topic.CLEANLINESS,),
    ),
]


@pytest.fixture
def seeded_db(db):
    sources: dict[Platform, int] = {}
    reviews = []
    for i, (platform, author, rating, text, hours, sentiment, urgency, topics) in enumerate(
        SAMPLES
    ):
        if platform not in sources:
            sources[platform] = add_source(
                db, Source(kind=SourceKind.DEMO, name=platform.value, platform=platform)
            ).id
        reviews.append(
            Review(
                source_id=sources[platform],
                external_id=f"r{i}",
                created_at=NOW - timedelta(hours=hours),
                author=author,
                rating=rating,
                text=text,
                url=f"https://example.org/review/{i}",
                analysis=Analysis(
                    language="en", sentiment=sentiment, urgency=urgency, topics=topics
                ),
            )
        )
    upsert_reviews(db, reviews)
    return db


@pytest.fixture
def open_window(qtbot):
    """Opens the main window of a store, shown and exposed, as a user opens it."""
    from clinicrep.ui.main_window import MainWindow

    def open_(db):
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return open_


@pytest.fixture
def window(seeded_db, open_window) -> Iterator:  # the store outlives the widgets
    yield open_window(seeded_db)


@pytest.fixture(autouse=True)
def _clipboard_emptied_after(qapp) -> Iterator[None]:
    """A QMimeData a test made and left on the clipboard is freed by Qt after Python's copy at
    the application's end: the test process then died with a segmentation fault on exit
    (test_paste_dialog.py run alone, rc 139, after every test had passed)."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@contextmanager
def one_google_review_window(
    db,
    qtbot,
    *,
    practice: str,
    signer: str,
    star: str,
    comment: str,
    display_name: str,
    country: str = "other",
) -> Iterator:
    """The main window of a practice whose one Google review (three hours old) came in by a
    real sync from the fake Google on 127.0.0.1, selected with its reply editor open."""
    from clinicrep.secrets import default_store
    from clinicrep.settings import Settings, save_settings
    from clinicrep.sync import sync_all
    from clinicrep.ui.main_window import MainWindow
    from fakes.google_server import FakeGoogle
    from fakes.source_setup import google_source

    with FakeGoogle() as api:
        location = api.add_location("200", "300", practice)
        api.clock = datetime.now(UTC) - timedelta(hours=3)
        api.add_reviews(location, 1, star=star, comment=comment, display_name=display_name)
        save_settings(db, Settings(practice_name=practice, signer=signer, practice_country=country))
        google_source(db, api, default_store())
        assert sync_all(db, tokens=default_store()).inserted == 1
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.editor.review is not None)
        yield window


@pytest.fixture
def in_polish() -> Iterator[None]:
    """The window's words in Polish for one test (the longest of the five languages)."""
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators

    install_translators(QApplication.instance(), "pl")
    yield
    install_translators(QApplication.instance(), "en")


def assert_publishable_until_named(editor, qtbot, answer: str, leaking: str, named: str) -> None:
    """The reply ``answer`` can be published with no finding; the same reply going on to tell
    ``named`` (a leak) turns Publish off, with a finding on those words."""
    editor.text.setPlainText(answer)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
    assert not editor.findings

    editor.text.setPlainText(leaking)
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
    assert not editor.publish_button.isEnabled()
    assert any(named in leaking[f.start : f.end] for f in editor.findings), [
        (f.rule_label, leaking[f.start : f.end]) for f in editor.findings
    ]
