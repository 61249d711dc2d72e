"""A carer writes that her father has dementia and nobody called her back: the reply that says
what caring for a parent with dementia is like, and that she should not have waited, can be
published; the same reply that names a diagnosis the review never gave turns Publish off
(issue 16, round 20c: the review's own illness in a statement about anyone who lives it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = (
    "My dad has dementia and I'm his only carer. I work full time and nobody called me back "
    "for two weeks."
)
ANSWER = (
    "Helen, thank you for telling us. Caring for a parent with dementia while working full time "
    "is exhausting, and you should never have had to chase us for two weeks. Please ask for our "
    "carers' lead by name when you next call."
)
LEAKING = ANSWER.replace("with dementia", "with dementia and Parkinson's disease")


@pytest.fixture
def carer_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Elm Road Surgery",
        signer="Anna, practice manager",
        star="TWO",
        comment=REVIEW,
        display_name="Helen",
    ) as window:
        yield window


def test_reply_echoing_a_carers_story_in_general_can_be_published_until_it_names_more(
    carer_window, qtbot
):
    editor = carer_window.editor
    assert_publishable_until_named(editor, qtbot, ANSWER, LEAKING, "Parkinson")
