"""A practice manager thanks the two members of staff a review praised by the names the review
gave them (guard round 13f): the reply leaves Publish on, where the guard used to flag "Tom
Hughes" as a patient's full name; naming someone the review did not turns Publish off with a
full-name finding."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.guidelines.confidentiality import FindingCode
from ui.conftest import one_google_review_window

THANKS = (
    "Carla, thank you! We've passed your message on to Dr. Emily Carter and Tom Hughes, who "
    "were both delighted to read it. Warm regards from all of us. — Susan, practice manager"
)
SOMEONE_ELSE = (
    "Carla, thank you! Please pass our warmest wishes on to Margaret Ellison; the whole team "
    "grew fond of her. — Susan, practice manager"
)


@pytest.fixture
def review_naming_staff(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Riverside Family Practice",
        signer="Susan, practice manager",
        star="FIVE",
        comment="Dr. Emily Carter and nurse Tom Hughes were amazing. Thank you both!",
        display_name="Carla",
    ) as window:
        yield window


def test_thanking_staff_by_the_names_the_review_gave_them_leaves_publish_on(
    review_naming_staff, qtbot
):
    editor = review_naming_staff.editor
    editor.text.setPlainText(SOMEONE_ELSE)
    qtbot.waitUntil(lambda: any(f.code == FindingCode.FULL_NAME for f in editor.findings))
    name = next(f for f in editor.findings if f.code == FindingCode.FULL_NAME)
    assert SOMEONE_ELSE[name.start : name.end] == "Margaret Ellison"
    assert not editor.publish_button.isEnabled()

    editor.text.setPlainText(THANKS)
    qtbot.waitUntil(lambda: not editor.findings)
    assert editor.publish_button.isEnabled()
