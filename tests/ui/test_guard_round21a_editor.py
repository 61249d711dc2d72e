"""A receptionist answers a reviewer who asks whether reviews earn anything: a reply that tells
of other clinics swapping freebies for stars can be published (their practice, no offer of
ours); the same reply going on to make this review the condition of something free ("mention
this review at the desk and a whitening pen is free") turns Publish off (issue 16, round 21a:
the reward rule read the other way round)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = "Lovely team. Do you give anything for reviews?"
ANSWER = (
    "Thank you, Zoe! You may have seen clinics that swap freebies for five stars. "
    "We're not one of them; honest reviews are what help us improve."
)
CONDITIONED = ANSWER + " Mention this review at the desk and a whitening pen is free."


@pytest.fixture
def reward_question_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Elm Street Dental",
        signer="Amy, reception",
        star="FIVE",
        comment=REVIEW,
        display_name="Zoe",
    ) as window:
        yield window


def test_others_freebies_for_stars_can_be_published_and_a_review_made_a_condition_cannot(
    reward_question_window, qtbot
):
    editor = reward_question_window.editor
    assert_publishable_until_named(editor, qtbot, ANSWER, CONDITIONED, "free")
