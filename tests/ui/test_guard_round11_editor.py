"""A receptionist answers a review that tells of the flu: a get-well wish leaves Publish on, and
the nurse's call about the baby's next shots (a care relationship) turns it off with a finding
(guard round eleven, as a user sees it in the editor)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import one_google_review_window

WISH = (
    "Thank you for the kind words about our nurses, and we're sorry about the wait. "
    "We hope you feel better soon! — Anna, practice manager"
)
NEXT_SHOTS = (
    "Thank you for the kind words about our nurses, and we're sorry about the wait. "
    "Our nurse will ring you about the baby's next shots. — Anna, practice manager"
)


@pytest.fixture
def flu_review_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Family Clinic",
        signer="Anna, practice manager",
        star="FOUR",
        comment="Came in with the flu and waited a while, but the nurses were lovely.",
        display_name="Jo Pratt",
    ) as window:
        yield window


def test_a_get_well_wish_publishes_and_the_babys_next_shots_do_not(flu_review_window, qtbot):
    editor = flu_review_window.editor
    editor.text.setPlainText(NEXT_SHOTS)
    qtbot.waitUntil(lambda: bool(editor.findings))
    assert "patient" in " ".join(f.reason for f in editor.findings).lower()
    assert not editor.publish_button.isEnabled()

    editor.text.setPlainText(WISH)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()
