"""A main window over a throw-away store with a few reviews in five languages."""

from __future__ import annotations

from collections.abc import Iterator
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
def window(seeded_db, qtbot) -> Iterator:  # the store outlives the widgets
    from clinicrep.ui.main_window import MainWindow

    win = MainWindow(seeded_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture(autouse=True)
def _clipboard_emptied_after(qapp) -> Iterator[None]:
    """A QMimeData a test made and left on the clipboard is freed by Qt after Python's copy at
    the application's end: the test process then died with a segmentation fault on exit
    (test_paste_dialog.py run alone, rc 139, after every test had passed)."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
