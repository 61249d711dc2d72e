"""Two PCs over one store (issue 20): the receptionist's desk and the owner's consulting room.

Approval is on. The desk writes a reply to a Google complaint and cannot publish it; the
owner's PC sees it waiting, sends it back with a comment that the desk then reads above the
reply; the desk fixes it and asks again; the owner approves and publishes, and the reply
reaches Google once. Each PC is its own window with its own workstation name and role.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from clinicrep import workstation
from clinicrep.model import ReplyState
from clinicrep.secrets import default_store
from clinicrep.settings import Settings, save_settings
from clinicrep.store.events import events_for_review
from clinicrep.store.replies import get_reply
from clinicrep.sync import sync_all
from clinicrep.ui.inbox_model import Column
from clinicrep.workstation import Role
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source
from ui.dialogs import answer_next_dialog

FIRST_TRY = "Thank you for your feedback. We are sorry to hear this. — Anna, reception"
FIXED = (
    "Thank you for your feedback, and we are sorry to hear about this experience. "
    "We would like to look into it: please call us at +48 22 123 45 67 so we can talk it "
    "through. — Anna, practice manager"
)
COMMENT = "Please offer our phone number so she can call us."


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api


@pytest.fixture
def practice(db, google_api):
    location = google_api.add_location("200", "300", "Family Clinic")
    google_api.clock = datetime.now(UTC) - timedelta(hours=3)
    google_api.add_reviews(
        location,
        1,
        star="ONE",
        comment="I waited for an hour and nobody told me why.",
        display_name="Maria Gonzalez",
    )
    save_settings(
        db,
        Settings(
            practice_name="Family Clinic",
            contact_phone="+48 22 123 45 67",
            signer="Anna, practice manager",
            approval_required=True,
        ),
    )
    google_source(db, google_api, default_store())
    assert sync_all(db, tokens=default_store()).inserted == 1
    return db


def open_pc(db, qtbot, name: str, role: Role):
    """This PC's window, after the person chose its name and role."""
    from clinicrep.ui.main_window import MainWindow

    workstation.choose(name, role)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    return window


def send_back_with(comment: str) -> dict[str, bool]:
    """Type ``comment`` in the "Send the reply back" dialog and press "Send back"."""
    done = {"sent": False}
    deadline = time.monotonic() + 10

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "sendBackDialog":
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        box = dialog.findChild(QPlainTextEdit, "sendBackComment")
        box.setPlainText(comment)
        button = dialog.findChild(QPushButton, "sendBackConfirm")
        done["sent"] = button.isEnabled()
        button.click()

    QTimer.singleShot(0, poll)
    return done


def status_shown(window, review_id: int) -> str:
    row = window.model.row_of(review_id)
    assert row is not None
    return str(window.model.index(row, Column.STATUS).data())


def test_a_reply_from_the_desk_is_sent_back_fixed_approved_and_reaches_google_once(
    practice, qtbot, google_api
):
    db = practice
    desk = open_pc(db, qtbot, "Anna (desk)", Role.STAFF)
    editor = desk.editor
    review_id = editor.review.id

    # the desk writes; Publish is not there, "Ask for approval" is
    editor.text.setPlainText(FIRST_TRY)
    qtbot.waitUntil(lambda: editor.ask_button.isEnabled())
    assert not editor.publish_button.isVisible()
    assert editor.ask_button.isVisible()
    assert "once the owner approves" in editor.approval_note.text()
    assert not desk.waiting_button.isVisible()  # the count is the owner's
    qtbot.mouseClick(editor.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.approval_note.text().startswith("Waiting for approval"))
    assert not editor.ask_button.isEnabled()
    qtbot.waitUntil(lambda: status_shown(desk, review_id) == "Waiting for approval")
    editor.publish_now()  # even when asked directly, the desk publishes nothing
    assert google_api.replies == []

    # the owner's PC: the count, one click, the reply as the desk wrote it
    owner = open_pc(db, qtbot, "Dr Nowak", Role.OWNER)
    qtbot.waitUntil(lambda: owner.waiting_button.text() == "Waiting for approval: 1")
    assert owner.waiting_button.isVisible()
    qtbot.mouseClick(owner.waiting_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: owner.model.rowCount() == 1 and owner.model.complete)
    assert owner.filters.view.currentText() == "Waiting for approval"
    boss = owner.editor
    qtbot.waitUntil(lambda: boss.review is not None and boss.review.id == review_id)
    assert boss.text.toPlainText() == FIRST_TRY
    assert "written on Anna (desk)" in boss.approval_note.text()
    assert boss.approve_button.isVisible() and boss.send_back_button.isVisible()
    assert boss.approve_publish_button.isVisible() and not boss.publish_button.isVisible()

    sent = send_back_with(COMMENT)
    qtbot.mouseClick(boss.send_back_button, Qt.MouseButton.LeftButton)
    assert sent["sent"]
    qtbot.waitUntil(lambda: owner.waiting_button.text() == "Waiting for approval: 0")
    assert google_api.replies == []

    # the desk, at its next refresh: the owner's comment above the reply
    desk.reload(keep_review=review_id)
    qtbot.waitUntil(lambda: COMMENT in editor.approval_note.text())
    assert editor.approval_note.text().startswith("Sent back by Dr Nowak")
    assert editor.approval_note.isVisible()
    qtbot.waitUntil(lambda: status_shown(desk, review_id) == "Sent back")
    editor.text.setPlainText(FIXED)
    qtbot.waitUntil(lambda: editor.ask_button.isEnabled())
    qtbot.mouseClick(editor.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.approval_note.text().startswith("Waiting for approval"))

    # the owner approves and publishes; the guard still checks the text at Publish
    owner.reload(keep_review=review_id)
    qtbot.waitUntil(lambda: boss.text.toPlainText() == FIXED)
    qtbot.waitUntil(lambda: boss.approve_publish_button.isEnabled())
    confirmation = answer_next_dialog("Publish on Google")
    qtbot.mouseClick(boss.approve_publish_button, Qt.MouseButton.LeftButton)
    assert confirmation.pressed and FIXED in confirmation.text
    qtbot.waitUntil(lambda: len(google_api.replies) == 1, timeout=10000)
    assert google_api.replies[0][1] == FIXED
    qtbot.waitUntil(lambda: get_reply(db, review_id).state == ReplyState.PUBLISHED)
    boss.publish_now()  # nothing is sent twice
    assert len(google_api.replies) == 1

    steps = [
        (e.kind, e.detail.get("workstation"))
        for e in events_for_review(db, review_id)
        if e.kind in ("approval_requested", "reply_sent_back", "reply_approved", "reply_published")
    ]
    assert steps == [
        ("approval_requested", "Anna (desk)"),
        ("reply_sent_back", "Dr Nowak"),
        ("approval_requested", "Anna (desk)"),
        ("reply_approved", "Dr Nowak"),
        ("reply_published", "Dr Nowak"),
    ]


def test_with_approval_off_nothing_changes_for_the_desk(db, qtbot, google_api, practice):
    settings = Settings(practice_name="Family Clinic", approval_required=False)
    save_settings(db, settings)
    desk = open_pc(db, qtbot, "Anna (desk)", Role.STAFF)
    assert desk.editor.publish_button.isVisible()
    assert not desk.editor.ask_button.isVisible()
    assert not desk.editor.approval_note.isVisible()
    assert desk.filters.view.findData("waiting_for_approval") == -1
