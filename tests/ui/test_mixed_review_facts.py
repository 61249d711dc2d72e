"""A mixed review whose complaint is told as a fact ("every time I wait 40+ minutes") is shown as
mixed: its chips in the review pane name the praise and the complaint, and the inbox's "Mixed"
filter lists it (round fifteen, issue 19); so is one whose praise is granted with "at least"
after facts that judge nothing (round seventeen); so are, in round eighteen, a bare deed granted
with 至少, a late start told only by its minutes and an amount above the price quoted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.inbox_model import Column

TEXT = "Receptionists are always friendly. Every single time I come I wait 40+ minutes."


def _window_with(seeded_db, open_window, author: str, text: str, rating: int | None):
    source = add_source(
        seeded_db, Source(kind=SourceKind.DEMO, name="google 2", platform=Platform.GOOGLE)
    )
    review = Review(
        source_id=source.id or 0,
        external_id="facts-1",
        created_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        author=author,
        rating=rating,
        text=text,
    )
    upsert_reviews(seeded_db, [review])
    reanalyse_store(seeded_db)  # as the program reads them, aspects included
    return open_window(seeded_db)


def _authors(window) -> list[str]:
    return [window.model.index(r, Column.AUTHOR).data() for r in range(window.model.rowCount())]


GRANTED = (
    "I phoned about my blood results on Monday and again on Friday. At least the phlebotomist"
    " was quick and gentle."
)

GRANTED_ZH = "检查结果一个星期都没人通知我。至少医生把药开了。"
LATE = "Lovely surgeon, very kind. Surgery started 50 minutes late."
ABOVE_QUOTE = "Лікар уважний. МРТ коштувало 2400 грн, хоча на сайті було 1800."


@pytest.mark.parametrize(
    ("author", "text", "rating", "praise", "complaint", "words"),
    [
        # a wait told as a fact beside praise (round fifteen)
        ("Priya S.", TEXT, 3, "Reception and staff", "Waiting time", "i wait 40 minutes"),
        # praise granted with "at least" after facts that judge nothing (round seventeen)
        ("Tom R.", GRANTED, None, "Nurses", "Explanations", "blood results on monday"),
        # a bare deed granted with 至少 after facts that judge nothing (round eighteen)
        ("Li W.", GRANTED_ZH, None, "Doctor", "Explanations", "检查结果一个星期都没人通知我"),
        # a late start told only by its minutes, and an amount above the price quoted
        ("Maeve O.", LATE, None, "Doctor", "Waiting time", "surgery started 50 minutes late"),
        ("Olena P.", ABOVE_QUOTE, None, "Doctor", "Prices and billing", "мрт коштувало 2400 грн"),
    ],
)
def test_a_complaint_told_as_a_fact_beside_praise_shows_as_mixed_in_the_pane_and_the_filter(
    seeded_db,
    open_window,
    qtbot,
    author: str,
    text: str,
    rating: int | None,
    praise: str,
    complaint: str,
    words: str,
):
    window = _window_with(seeded_db, open_window, author, text, rating)
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: author in _authors(window))
    window.select_row(_authors(window).index(author))
    qtbot.waitUntil(lambda: window.pane.author.text() == author)
    chips = {chip.text(): chip.toolTip() for chip in window.pane.aspect_chips.chips}
    assert set(chips) == {f"{praise}: praise", f"{complaint}: complaint"}
    assert words in chips[f"{complaint}: complaint"]
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"

    filters = window.filters
    filters.sentiment.setCurrentIndex(filters.sentiment.findData("mixed"))
    qtbot.waitUntil(lambda: author in _authors(window))
    filters.sentiment.setCurrentIndex(filters.sentiment.findData("positive"))
    qtbot.waitUntil(lambda: author not in _authors(window))
