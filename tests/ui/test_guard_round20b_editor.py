"""A receptionist answers a reviewer who asks whether reviews earn anything: a refusal in words
no list holds ("we wouldn't dream of rewarding feedback with money off") can be published; the
same reply with an offer after the refusal ("..., but a free whitening pen is yours for this
review") turns Publish off (issue 16, round 20b: a refused reward is read from the clause's
negation). Round 21a (the reward rule read the other way round): a reply that tells of other
clinics swapping freebies for stars can be published (their practice, no offer of ours); the
same reply going on to make this review the condition of something free ("mention this review
at the desk and a whitening pen is free") turns Publish off."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = "Lovely team. Do you give anything for reviews?"
REFUSED = (
    "Thank you, Zoe! We wouldn't dream of rewarding feedback with money off; "
    "honest reviews are what help us improve."
)
OFFERED = (
    "Thank you, Zoe! We wouldn't dream of rewarding feedback with money off, "
    "but a free whitening voucher is yours for this review."
)


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


def test_a_refusal_in_new_words_can_be_published_and_an_offer_after_it_cannot(
    reward_question_window, qtbot
):
    editor = reward_question_window.editor
    assert_publishable_until_named(editor, qtbot, REFUSED, OFFERED, "voucher")


ANSWER = (
    "Thank you, Zoe! You may have seen clinics that swap freebies for five stars. "
    "We're not one of them; honest reviews are what help us improve."
)
CONDITIONED = ANSWER + " Mention this review at the desk and a whitening pen is free."


def test_others_freebies_for_stars_can_be_published_and_a_review_made_a_condition_cannot(
    reward_question_window, qtbot
):
    editor = reward_question_window.editor
    assert_publishable_until_named(editor, qtbot, ANSWER, CONDITIONED, "free")
