"""A waiting room judged by its chairs and toys ("The waiting room had broken chairs and no toys")
is the premises: the review pane shows a premises complaint beside the praise, and the inbox's
Topics column shows cleanliness and facilities, not the waiting time (round twenty-one: before,
the pane showed a waiting-time complaint, and after the aspect words alone the column still
said "Waiting time" while the chip said premises)."""

from __future__ import annotations

import pytest

from clinicrep.ui.inbox_model import Column
from ui.test_mixed_review_facts import _authors, _window_with


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Amy R.", "Dentist was lovely with my son. Waiting room had broken chairs and no toys."),
        ("Kasia", "Lekarka miła, ale w poczekalni połamane krzesła i ani jednej zabawki."),
        ("李女士", "医生很好，就是候诊区椅子坏了，一个玩具都没有。"),
    ],
)
def test_a_waiting_room_judged_by_its_furniture_is_shown_as_the_premises(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _window_with(seeded_db, open_window, author, text, None)
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: author in _authors(window))
    row = _authors(window).index(author)
    topics = window.model.index(row, Column.TOPICS).data()
    assert "Premises and cleanliness" in topics
    assert "Waiting time" not in topics
    window.select_row(row)
    qtbot.waitUntil(lambda: window.pane.author.text() == author)
    chips = {c.text() for c in window.pane.aspect_chips.chips}
    assert "Premises and cleanliness: complaint" in chips
    assert "Waiting time: complaint" not in chips
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"
