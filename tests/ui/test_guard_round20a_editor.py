"""A supplier complains in a Google review that its invoice was paid late: the reply that names
the colleague from accounts who will confirm the payment, and is signed by the practice manager
on the last lines, can be published; the same reply that goes on to name a patient in full
turns Publish off (issue 16, round 20a: whose full name a reply tells)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.conftest import assert_publishable_until_named, one_google_review_window

REVIEW = "Been waiting 60 days for payment of our invoice. Not good enough for a small business."
BODY = (
    "Mark, we're sorry the payment was late. The invoice has now been paid, and Karen Lowe "
    "from our accounts team will confirm it by email today."
)
SIGNATURE = "\n\nKind regards,\nSarah Whitlock\nPractice Manager"
ANSWER = BODY + SIGNATURE
LEAKING = BODY + " The boiler repair was for our patient Arthur Pennington's room." + SIGNATURE


@pytest.fixture
def supplier_window(db, qtbot) -> Iterator[object]:
    with one_google_review_window(
        db,
        qtbot,
        practice="Elm Road Surgery",
        signer="Sarah, practice manager",
        star="TWO",
        comment=REVIEW,
        display_name="Mark Devlin",
    ) as window:
        yield window


def test_reply_to_a_supplier_naming_staff_and_signed_can_be_published_until_a_patient_is_named(
    supplier_window, qtbot
):
    editor = supplier_window.editor
    assert_publishable_until_named(editor, qtbot, ANSWER, LEAKING, "Pennington")
