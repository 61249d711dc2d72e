"""The room where patients wait is not the wait (item: "poczekalnia" in the Topics column).

A practice reads its inbox: a review that praises a clean waiting room shows "Cleanliness and
facilities" in the Topics column, as its aspect chip does, and not "Waiting time"; a review
that waited two hours in that room shows "Waiting time". In each language of the analysis.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column

ROOM_IS_CLEAN = {
    "Kasia": "Poczekalnia czysta i przestronna, pani doktor bardzo miła.",
    "Olivia": "The waiting room is clean and bright, the nurse was lovely.",
    "Оксана": "Зал очікування чистий і затишний.",
    "王女士": "候诊室很干净，很宽敞。",
}
ROOM_IS_THE_WAIT = {
    "Marek": "Czekałem w poczekalni dwie godziny.",
    "Tom": "We sat in the waiting room for two hours.",
    "Петро": "Чекав у залі очікування дві години.",
    "李先生": "在候诊室等了两个小时。",
}


@pytest.fixture
def window(db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Google", platform=Platform.GOOGLE))
    assert source.id is not None
    now = datetime.now(UTC)
    reviews = [
        Review(
            source_id=source.id,
            external_id=f"w{i}",
            created_at=now - timedelta(hours=i + 1),
            author=author,
            rating=5 if author in ROOM_IS_CLEAN else 2,
            text=text,
        )
        for i, (author, text) in enumerate((ROOM_IS_CLEAN | ROOM_IS_THE_WAIT).items())
    ]
    upsert_reviews(db, reviews)
    reanalyse_store(db)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.rowCount() == len(reviews) and win.model.complete)
    return win


def topics_shown(window) -> dict[str, str]:
    model = window.model
    return {
        model.index(r, Column.AUTHOR).data(): model.index(r, Column.TOPICS).data() or ""
        for r in range(model.rowCount())
    }


def test_a_clean_waiting_room_is_facilities_not_waiting_time_in_the_topics_column(window, qtbot):
    shown = topics_shown(window)
    for author in ROOM_IS_CLEAN:
        assert "Premises and cleanliness" in shown[author], author
        assert "Waiting time" not in shown[author], author
    for author in ROOM_IS_THE_WAIT:
        assert "Waiting time" in shown[author], author


def test_the_topics_column_agrees_with_the_aspect_chips_of_the_polish_review(window, qtbot):
    authors = list(topics_shown(window))
    window.select_row(authors.index("Kasia"))
    qtbot.waitUntil(lambda: window.pane.author.text() == "Kasia")
    chips = [chip.text() for chip in window.pane.aspect_chips.chips]
    assert not [c for c in chips if c.startswith("Waiting")]
    assert "Premises and cleanliness: praise" in chips, chips
