"""Round twenty-one (issue 19): in the review pane and the inbox, a regret that names nothing
after praise leaves the doctor's praise chip (quoted from the praise) and shows the review mixed;
a fee stated beside praise shows no price complaint; the time a doctor gives shows no "Waiting
time" topic in the inbox; a rude booking call told in one clause shows the front desk's chip."""

from __future__ import annotations

import pytest

from clinicrep.ui.inbox_model import Column
from ui.test_booking_and_refusal_in_pane import _open_review
from ui.test_mixed_review_facts import _authors


def _chips(window) -> dict[str, str]:
    return {chip.text(): chip.toolTip() for chip in window.pane.aspect_chips.chips}


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Oksana", "Лікарка уважна. На жаль, не все так добре."),
        ("Ewa", "Pani doktor bardzo miła. Niestety nie wszystko było tak dobrze."),
        ("Ann", "Dr Lee takes her time. Unfortunately, some things were not good."),
    ],
)
def test_a_regret_after_praise_shows_the_praise_chip_and_a_mixed_review(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _open_review(seeded_db, open_window, qtbot, author, text)
    chips = _chips(window)
    assert set(chips) == {"Doctor: praise"}
    # the hover quotes the praise, not the regret
    assert not any(w in chips["Doctor: praise"].lower() for w in ("жаль", "niestety", "unfortun"))
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"


def test_a_fee_stated_beside_praise_shows_no_price_complaint(seeded_db, open_window, qtbot):
    text = "Pani doktor bardzo miła. Wizyta kosztowała 200 zł."
    window = _open_review(seeded_db, open_window, qtbot, "Marta", text)
    assert set(_chips(window)) == {"Doctor: praise"}
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Positive"


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Taras", "Лікар провів зі мною майже 40 хвилин, все пояснив."),
        ("Jan", "Lekarz poświęcił mi 40 minut."),
    ],
)
def test_the_time_a_doctor_gives_shows_no_waiting_topic(
    seeded_db, open_window, qtbot, author: str, text: str
):
    window = _open_review(seeded_db, open_window, qtbot, author, text)
    row = _authors(window).index(author)
    topics = window.model.index(row, Column.TOPICS).data() or ""
    assert "Waiting" not in topics
    assert "Waiting time: complaint" not in _chips(window)


def test_a_rude_booking_call_in_one_clause_shows_the_front_desk_chip(seeded_db, open_window, qtbot):
    text = "I rang to book with Dr Lee and was spoken to rudely."
    window = _open_review(seeded_db, open_window, qtbot, "Sam", text)
    assert set(_chips(window)) == {"Reception and staff: complaint"}
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Negative"
