"""A receptionist answers a reviewer who asks whether reviews earn anything: a refusal in words
no list holds ("we wouldn't dream of rewarding feedback with money off") can be published; the
same reply with an offer after the refusal ("..., but a free whitening pen is yours for this
review") turns Publish off (issue 16, round 20b: a refused reward is read from the clause's
negation)."""

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
