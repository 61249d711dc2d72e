"""The owner switches approval on in the consulting room while the desk's window is open
(issue 20, on both stores: two PCs share one PostgreSQL database). The desk's window follows
the store's setting at the next review it shows, and a Publish pressed on a reply shown before
the switch is refused with the text kept and "Ask for approval" in its place: nothing reaches
Google without the owner."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from clinicrep.secrets import default_store
from clinicrep.settings import load_settings, save_settings
from clinicrep.sync import sync_all
from clinicrep.workstation import Role
from ui.dialogs import answer_next_dialog
from ui.test_approval_flow import FIRST_TRY, google_api, open_pc, practice  # noqa: F401

pytestmark = pytest.mark.both_stores


def _approval_off(db) -> None:  # type: ignore[no-untyped-def]
    save_settings(db, replace(load_settings(db), approval_required=False))


def test_the_desk_shows_ask_for_approval_once_the_owner_switched_it_on_elsewhere(
    practice,  # noqa: F811
    qtbot,
    google_api,  # noqa: F811
):
    db = practice
    location = next(iter(google_api.locations.values()))
    google_api.add_reviews(location, 1, star="TWO", comment="Nobody called me back.")
    assert sync_all(db, tokens=default_store()).inserted == 1
    _approval_off(db)
    desk = open_pc(db, qtbot, "Anna (desk)", Role.STAFF)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 2)
    desk.select_row(0)
    assert desk.editor.publish_button.isVisible()
    owner = open_pc(db, qtbot, "Dr Nowak", Role.OWNER)
    owner.apply_settings(replace(owner.settings, approval_required=True))  # Settings > This PC

    desk.select_row(1)  # Anna clicks the next review in her list
    editor = desk.editor
    editor.text.setPlainText(FIRST_TRY)
    qtbot.waitUntil(lambda: editor.ask_button.isEnabled())
    assert editor.ask_button.isVisible()
    assert not editor.publish_button.isVisible()
    assert "once the owner approves" in editor.approval_note.text()
    assert desk.filters.view.findData("waiting_for_approval") != -1


def test_publish_pressed_after_the_owner_switched_approval_on_keeps_the_text_for_approval(
    practice,  # noqa: F811
    qtbot,
    google_api,  # noqa: F811
):
    db = practice
    _approval_off(db)
    desk = open_pc(db, qtbot, "Anna (desk)", Role.STAFF)
    editor = desk.editor
    editor.text.setPlainText(FIRST_TRY)
    qtbot.waitUntil(lambda: editor.publish_button.isEnabled())
    owner = open_pc(db, qtbot, "Dr Nowak", Role.OWNER)
    owner.apply_settings(replace(owner.settings, approval_required=True))

    confirmation = answer_next_dialog("Publish on Google")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert confirmation.pressed
    qtbot.waitUntil(lambda: editor.ask_button.isVisible())
    assert editor.state.text().startswith("Replies written on this PC wait for the owner's")
    assert not editor.publish_button.isVisible()
    assert editor.text.toPlainText() == FIRST_TRY
    qtbot.waitUntil(lambda: editor.ask_button.isEnabled())
    assert google_api.replies == []
