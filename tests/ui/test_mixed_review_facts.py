"""A mixed review whose complaint is told as a fact ("every time I wait 40+ minutes") is shown as
mixed: its chips in the review pane name the praise and the complaint, and the inbox's "Mixed"
filter lists it (round fifteen, issue 19)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column

TEXT = "Receptionists are always friendly. Every single time I come I wait 40+ minutes."


@pytest.fixture
def mixed_window(seeded_db, open_window) -> Iterator:
    source = add_source(
        seeded_db, Source(kind=SourceKind.DEMO, name="google 2", platform=Platform.GOOGLE)
    )
    review = Review(
        source_id=source.id or 0,
        external_id="facts-1",
        created_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        author="Priya S.",
        rating=3,
        text=TEXT,
    )
    upsert_reviews(seeded_db, [review])
    reanalyse_store(seeded_db)  # as the program reads them, aspects included
    yield open_window(seeded_db)


def _authors(window) -> list[str]:
    return [window.model.index(r, Column.AUTHOR).data() for r in range(window.model.rowCount())]


def test_a_wait_told_as_a_fact_beside_praise_shows_as_mixed_in_the_pane_and_the_filter(
    mixed_window, qtbot
):
    window = mixed_window
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: "Priya S." in _authors(window))
    window.select_row(_authors(window).index("Priya S."))
    qtbot.waitUntil(lambda: window.pane.author.text() == "Priya S.")
    chips = {chip.text(): chip.toolTip() for chip in window.pane.aspect_chips.chips}
    assert set(chips) == {"Reception and staff: praise", "Waiting time: complaint"}
    assert "i wait 40 minutes" in chips["Waiting time: complaint"]
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"

    filters = window.filters
    filters.sentiment.setCurrentIndex(filters.sentiment.findData("mixed"))
    qtbot.waitUntil(lambda: "Priya S." in _authors(window))
    filters.sentiment.setCurrentIndex(filters.sentiment.findData("positive"))
    qtbot.waitUntil(lambda: "Priya S." not in _authors(window))
