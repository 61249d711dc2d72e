"""Round twenty (issue 19): a rude call to book a named doctor shows a front-desk complaint chip
in the review pane, not a doctor's (the doctor is the one being booked), and a review that ends by
refusing to come back is not shown positive in the pane, whatever its words say of the building."""

from __future__ import annotations

import pytest

from ui.test_mixed_review_facts import _authors, _window_with


def _open_review(seeded_db, open_window, qtbot, author: str, text: str):
    window = _window_with(seeded_db, open_window, author, text, None)
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: author in _authors(window))
    window.select_row(_authors(window).index(author))
    qtbot.waitUntil(lambda: window.pane.author.text() == author)
    return window


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Ольга", "Позвонила записаться к кардиологу, со мной разговаривали грубо."),
        ("Anna", "Zadzwoniłam, żeby umówić się do kardiologa, rozmawiano ze mną opryskliwie."),
        ("张女士", "打电话挂王医生的号，对方态度很差。"),
    ],
)
def test_a_rude_call_to_book_a_doctor_shows_the_front_desk_chip(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _open_review(seeded_db, open_window, qtbot, author, text)
    chips = {c.text() for c in window.pane.aspect_chips.chips}
    assert "Reception and staff: complaint" in chips
    assert "Doctor: complaint" not in chips
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Negative"


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Mark", "Lovely building, comfy chairs and the coffee was good. Not going back though."),
        ("Ирина", "Красивый ремонт, уютно, кофе вкусный. Больше не приду."),
    ],
)
def test_a_review_ending_in_a_refusal_to_come_back_is_not_shown_positive(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _open_review(seeded_db, open_window, qtbot, author, text)
    # negative by the rules; the practice's learned model may call it mixed, never positive
    assert window.pane.aspect_chips.sentiment.text() in {
        "Sentiment: Negative",
        "Sentiment: Mixed",
    }
