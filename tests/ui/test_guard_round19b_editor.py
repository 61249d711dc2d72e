"""A Polish receptionist answers a review asking whether the flu jab can give you the flu: the
reply that greets her as "Pani Irmino," and then explains the vaccine in general can be
published; the same reply that goes on to tell when she had her own jab with us turns Publish
off (issue 16, round 19b: a greeting's title before the name only greets)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = "Czy szczepionka na grypę może wywołać grypę?"
ANSWER = (
    "Pani Irmino, szczepionka przeciw grypie zawiera inaktywowany wirus i nie może wywołać "
    "grypy. Lekkie osłabienie w pierwszej dobie zdarza się i mija samo."
)
LEAKING = ANSWER + " Po szczepieniu, które dostała Pani u nas w zeszły piątek, to normalne."


@pytest.fixture
def flu_question_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Przychodnia Lipowa",
        signer="Anna, rejestracja",
        star="FOUR",
        comment=REVIEW,
        display_name="Irmina",
    ) as window:
        yield window


def test_general_flu_answer_after_a_polite_greeting_can_be_published_until_her_jab_is_told(
    flu_question_window, qtbot
):
    editor = flu_question_window.editor
    assert_publishable_until_named(editor, qtbot, ANSWER, LEAKING, "zeszły")
