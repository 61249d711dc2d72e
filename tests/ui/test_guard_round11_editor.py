"""A receptionist answers a review that tells of the flu: a get-well wish leaves Publish on, and
the nurse's call about the baby's next shots (a care relationship) turns it off with a finding
(guard round eleven, as a user sees it in the editor)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.secrets import default_store
from clinicrep.settings import Settings, save_settings
from clinicrep.sync import sync_all
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source

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
    with FakeGoogle() as api:
        location = api.add_location("200", "300", "Family Clinic")
        api.clock = datetime.now(UTC) - timedelta(hours=3)
        api.add_reviews(
            location,
            1,
            star="FOUR",
            comment="Came in with the flu and waited a while, but the nurses were lovely.",
            display_name="Jo Pratt",
        )
        save_settings(db, Settings(practice_name="Family Clinic", signer="Anna, practice manager"))
        google_source(db, api, default_store())
        assert sync_all(db, tokens=default_store()).inserted == 1
        from clinicrep.ui.main_window import MainWindow

        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.editor.review is not None)
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
