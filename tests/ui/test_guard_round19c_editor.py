"""A receptionist answers a reviewer who asks whether reviews earn a discount: "Rewards for
reviews? Never." can be published; the cheerful "We can't wait to give you a discount for your
review!" turns Publish off (issue 16, round 19c: a negative that denies nothing is no refusal,
a bare denial answering the question is one)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = "Nice clinic. Do you give discounts for reviews?"
REFUSED = "Thank you, Zoe! Rewards for reviews? Never. Honest feedback is what helps us improve."
OFFERED = "Thank you, Zoe! We can't wait to give you a discount for your review!"


@pytest.fixture
def discount_question_window(db, qtbot) -> Iterator[object]:
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


def test_a_refusal_can_be_published_and_an_eager_offer_cannot(discount_question_window, qtbot):
    editor = discount_question_window.editor
    assert_publishable_until_named(editor, qtbot, REFUSED, OFFERED, "discount")
