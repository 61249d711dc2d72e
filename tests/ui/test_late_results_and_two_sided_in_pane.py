"""Round twenty-five (issue 19): what the review pane shows for results that came late (an
information complaint, not a booking one), for a doctor praised and then blamed (a mixed review
with the doctor's chip), and for a thumbs-up typed after a complaint (never praise)."""

from __future__ import annotations

import pytest

from ui.test_booking_and_refusal_in_pane import _open_review


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Олеся", "Врач внимательный. Результаты анализов пришли только через три недели."),
        ("吴先生", "医生很好。检查结果等了三周才出来。"),
    ],
)
def test_results_that_came_late_show_an_information_complaint(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _open_review(seeded_db, open_window, qtbot, author, text)
    chips = {c.text() for c in window.pane.aspect_chips.chips}
    assert "Doctor: praise" in chips
    # communication's chip is called "Explanations" (labels.py)
    assert "Explanations: complaint" in chips
    assert len(chips) == 2
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"


def test_a_doctor_praised_then_blamed_is_a_mixed_review(seeded_db, open_window, qtbot):
    text = "Врач был вежлив. Потом врач нахамил мне."
    window = _open_review(seeded_db, open_window, qtbot, "Ирина", text)
    chips = {c.text() for c in window.pane.aspect_chips.chips}
    assert "Doctor: complaint" in chips
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"


def test_a_thumbs_up_after_a_complaint_is_not_shown_as_praise(seeded_db, open_window, qtbot):
    window = _open_review(seeded_db, open_window, qtbot, "Mark", "Doctor rude 👍👍👍")
    chips = {c.text() for c in window.pane.aspect_chips.chips}
    assert chips == {"Doctor: complaint"}
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Negative"
