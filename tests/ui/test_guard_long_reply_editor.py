"""A receptionist answers a five-star review about reminders with a long reply of general
information (flu season, who the vaccine is for, the colleagues who set up the reminders named
in full): Publish stays on. One sentence about the reviewer's own asthma put in the middle turns
it off with a health finding on that sentence (issue 16, round 15l)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import one_google_review_window

REVIEW = "Good clinic, the text reminders are really helpful."
GENERAL = (
    "Thank you, Alan, we're glad the reminders help! Our receptionists Jenny Walsh and Tom Baker "
    "set them up last spring. As autumn is here, a short note for all our readers: flu season "
    "usually starts in October, and the vaccine is especially recommended for adults over 65 "
    "and anyone with asthma or diabetes. Vaccination clinics run every Saturday morning in "
    "November, no appointment needed. Stay well this winter."
)
LEAK = "We're glad your asthma has settled since the new inhaler."


@pytest.fixture
def reminders_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Clinic",
        signer="Anna, practice manager",
        star="FIVE",
        comment=REVIEW,
        display_name="Alan Moss",
    ) as window:
        yield window


def test_long_reply_of_general_information_can_be_published_until_a_leak_is_added(
    reminders_review_window, qtbot
):
    editor = reminders_review_window.editor
    editor.text.setPlainText(GENERAL)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled())
    assert not editor.findings

    leaking = GENERAL.replace("Vaccination clinics", LEAK + " Vaccination clinics")
    editor.text.setPlainText(leaking)
    qtbot.waitUntil(lambda: bool(editor.findings))
    assert not editor.publish_button.isEnabled()
    assert {f.rule_label for f in editor.findings} >= {"Health detail"}
    assert all(leaking[f.start : f.end] in LEAK for f in editor.findings)
