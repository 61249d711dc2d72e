"""A complaint about a person the review names by no role ("the man who answered was rude",
"со мной разговаривали грубо", "跟我说话的语气居高临下") shows a person's complaint chip in the
review pane, where the inbox's Topics column shows the staff's attitude: before round nineteen
the pane showed no chip, or an explanations chip, and the two disagreed (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column


def _authors(window) -> list[str]:
    return [window.model.index(r, Column.AUTHOR).data() for r in range(window.model.rowCount())]


@pytest.mark.parametrize(
    ("author", "text", "chip", "words"),
    [
        (
            "Dan K.",
            "I rang to change my appointment and the man who answered was rude.",
            "Reception and staff: complaint",
            "the man who answered was rude",
        ),
        (
            "Ольга",
            "Позвонила записаться, со мной разговаривали грубо.",
            "Reception and staff: complaint",
            "со мной разговаривали грубо",
        ),
        ("张女士", "跟我说话的语气居高临下，问什么都不耐烦。", "Doctor: complaint", "居高临下"),
    ],
)
def test_a_complaint_about_a_person_with_no_role_shows_a_person_chip_beside_the_topic(
    seeded_db, open_window, qtbot, author: str, text: str, chip: str, words: str
):
    source = add_source(
        seeded_db, Source(kind=SourceKind.DEMO, name="google 2", platform=Platform.GOOGLE)
    )
    review = Review(
        source_id=source.id or 0,
        external_id="unplaced-1",
        created_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        author=author,
        rating=None,
        text=text,
    )
    upsert_reviews(seeded_db, [review])
    reanalyse_store(seeded_db)  # as the program reads them, aspects included
    window = open_window(seeded_db)
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: author in _authors(window))
    row = _authors(window).index(author)
    assert "Staff attitude" in window.model.index(row, Column.TOPICS).data()
    window.select_row(row)
    qtbot.waitUntil(lambda: window.pane.author.text() == author)
    chips = {c.text(): c.toolTip() for c in window.pane.aspect_chips.chips}
    assert set(chips) == {chip}
    assert words in chips[chip]
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Negative"
