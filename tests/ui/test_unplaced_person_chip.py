"""A complaint about a person the review names by no role ("the man who answered was rude",
"со мной разговаривали грубо", "跟我说话的语气居高临下") shows a person's complaint chip in the
review pane, where the inbox's Topics column shows the staff's attitude: before round nineteen
the pane showed no chip, or an explanations chip, and the two disagreed (issue 19)."""

from __future__ import annotations

import pytest

from clinicrep.ui.inbox_model import Column
from ui.test_mixed_review_facts import _authors, _window_with


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
    window = _window_with(seeded_db, open_window, author, text, None)
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
