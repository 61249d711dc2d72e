"""A receptionist answers a review that asks for the Christmas hours with a bulleted timetable
("• Mon 23 Dec: 8:00-13:00"): the days are the practice's calendar, so Publish stays on; the
same list with the reviewer's own follow-up in it ("• Your follow-up: Mon 23 Dec at 10:40")
turns Publish off with a date finding on that day (issue 16, round 18a: a timetable line)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import one_google_review_window

REVIEW = "Great surgery, but what are the Christmas hours?"
TIMETABLE = (
    "Thanks for the kind words, Priya! Our hours over the holidays:\n"
    "• Mon 23 Dec: 8:00-13:00\n"
    "• 24-26 Dec: closed\n"
    "• Fri 27 Dec: 9:00-17:00\n"
    "Out of hours, NHS 111 is available day and night."
)
LEAKING = (
    "Thanks for the kind words, Priya! Our hours over the holidays:\n"
    "• Mon 23 Dec: 8:00-13:00\n"
    "• Your follow-up: Fri 27 Dec at 10:40\n"
    "Out of hours, NHS 111 is available day and night."
)


@pytest.fixture
def hours_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Family Practice",
        signer="Helen, practice manager",
        star="FIVE",
        comment=REVIEW,
        display_name="Priya V.",
    ) as window:
        yield window


def test_holiday_timetable_can_be_published_until_it_lists_their_follow_up(
    hours_review_window, qtbot
):
    editor = hours_review_window.editor
    editor.text.setPlainText(TIMETABLE)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled(), timeout=60_000)
    assert not editor.findings

    editor.text.setPlainText(LEAKING)
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=60_000)
    assert not editor.publish_button.isEnabled()
    dates = [f for f in editor.findings if "27 Dec" in LEAKING[f.start : f.end]]
    assert dates, [(f.rule_label, LEAKING[f.start : f.end]) for f in editor.findings]
