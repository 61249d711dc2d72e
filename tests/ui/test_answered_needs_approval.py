"""Approval is on (issue 20): the desk cannot close a review without the owner by pressing
"Mark answered" (nor through the Review menu or the status box) while its reply is not
approved; once the owner approved it, the desk's "Mark answered" (after pasting it) works.
On both stores: the desk and the consulting room share one PostgreSQL database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinicrep.model import Status
from clinicrep.store.events import events_for_review
from clinicrep.store.reviews import get_review
from clinicrep.workstation import Role
from ui.dialogs import answer_next_dialog
from ui.test_approval_flow import (  # noqa: F401
    FIRST_TRY,
    google_api,
    open_pc,
    practice,
    status_shown,
)

pytestmark = pytest.mark.both_stores


def test_the_desk_marks_answered_only_once_the_owner_approved_the_reply(
    practice,  # noqa: F811
    qtbot,
    google_api,  # noqa: F811
):
    db = practice
    desk = open_pc(db, qtbot, "Anna (desk)", Role.STAFF)
    editor = desk.editor
    review_id = editor.review.id
    editor.text.setPlainText(FIRST_TRY)
    qtbot.waitUntil(lambda: editor.ask_button.isEnabled())

    # the editor's button is off and says why
    assert editor.answered_button.isVisible()
    assert not editor.answered_button.isEnabled()
    assert editor.answered_button.toolTip().startswith("While the owner approves replies")

    # the Review menu's "Mark as answered" (Ctrl+3): told what to do, the review stays open
    refusal = answer_next_dialog("OK")
    desk.status_actions[Status.ANSWERED].trigger()
    assert refusal.pressed and refusal.title == "Not marked answered"
    assert "Ask for approval" in refusal.text
    assert status_shown(desk, review_id) == "New"

    # the status box beside the review: the same, and it shows "New" again
    box = desk.pane.status
    refusal = answer_next_dialog("OK")
    box.activated.emit(box.findData(Status.ANSWERED))
    assert refusal.pressed and refusal.title == "Not marked answered"
    assert box.currentData() == Status.NEW
    assert status_shown(desk, review_id) == "New"
    assert not [e for e in events_for_review(db, review_id) if e.kind == "status_changed"]

    # asked, then approved on the owner's PC: the desk may close it now
    qtbot.mouseClick(editor.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.approval_note.text().startswith("Waiting for approval"))
    assert not editor.answered_button.isEnabled()
    owner = open_pc(db, qtbot, "Dr Nowak", Role.OWNER)
    assert owner.editor.answered_button.isEnabled()  # the owner's is as before
    owner.reload(keep_review=review_id)
    qtbot.waitUntil(lambda: owner.editor.review is not None and owner.editor.review.id == review_id)
    qtbot.waitUntil(lambda: owner.editor.approve_button.isEnabled())
    qtbot.mouseClick(owner.editor.approve_button, Qt.MouseButton.LeftButton)

    desk.reload(keep_review=review_id)
    qtbot.waitUntil(lambda: editor.approval_note.text().startswith("Approved by Dr Nowak"))
    qtbot.waitUntil(lambda: editor.answered_button.isEnabled())
    assert editor.answered_button.toolTip() == ""
    qtbot.mouseClick(editor.answered_button, Qt.MouseButton.LeftButton)
    # answered: it leaves the desk's list of open reviews
    qtbot.waitUntil(lambda: desk.model.row_of(review_id) is None)
    assert get_review(db, review_id).status == Status.ANSWERED
    assert google_api.replies == []  # marked by hand: nothing was published
