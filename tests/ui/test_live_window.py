"""The window while others work on the same store: another window (a second PC, or a
scheduled check on this one) changes a review, starts a reply, or checks for reviews.

The other side is a second connection to the store, as another process would have.
"""

from __future__ import annotations

from datetime import timedelta

from clinicrep import paths, workstation
from clinicrep.model import Status
from clinicrep.store import open_database
from clinicrep.store.live import claim_presence, practice_sync, release_presence
from clinicrep.store.replies import save_draft
from clinicrep.store.reviews import set_status
from clinicrep.ui.inbox_model import Column


def _status_shown(window, review_id: int) -> str | None:
    row = window.model.row_of(review_id)
    if row is None:
        return None
    return window.model.data(window.model.index(row, Column.STATUS))


def test_a_change_made_elsewhere_shows_without_moving_the_selection_or_the_typing(window, qtbot):
    qtbot.waitUntil(lambda: window.editor.review is not None)
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
    qtbot.waitUntil(lambda: not window.model.loading)
    mine = window.selected_review_id()
    assert mine is not None
    window.editor.text.setFocus()
    window.editor.text.selectAll()
    window.editor.text.insertPlainText("Thank you for")
    other_id = next(i for i in window.model.review_ids() if i != mine)
    assert _status_shown(window, other_id) != "Escalated"

    other = open_database(paths.db_path())
    try:
        set_status(other, other_id, Status.ESCALATED)
    finally:
        other.close()

    qtbot.waitUntil(lambda: _status_shown(window, other_id) == "Escalated", timeout=3000)
    assert window.selected_review_id() == mine
    assert window.editor.text.toPlainText() == "Thank you for"
    assert not window.editor.text.isReadOnly()


def test_the_review_shown_changed_elsewhere_stays_in_view_even_if_it_leaves_the_filter(
    window, qtbot
):
    qtbot.waitUntil(lambda: window.editor.review is not None)
    mine = window.selected_review_id()
    assert mine is not None
    other = open_database(paths.db_path())
    try:
        set_status(other, mine, Status.DISMISSED)  # "needs attention" no longer lists it
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.model.row_of(mine) is None, timeout=3000)
    qtbot.wait(100)
    assert window.pane.review is not None and window.pane.review.id == mine
    assert window.pane.review.status == Status.DISMISSED
    assert window.editor.review is not None and window.editor.isEnabled()


def test_someone_replying_elsewhere_locks_the_box_and_publish_until_they_are_done(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    review_id = editor.review.id
    other = open_database(paths.db_path())
    try:
        assert claim_presence(other, review_id, session="room", who="Dr Nowak") is None
        qtbot.waitUntil(editor.replying_note.isVisible, timeout=3000)
        assert editor.replying_note.text() == (
            "Dr Nowak is replying to this review on another PC. You can read along; you can "
            "answer it once they are done."
        )
        assert editor.text.isReadOnly()
        assert not editor.publish_button.isEnabled()
        assert editor.publish_button.toolTip() == (
            "Dr Nowak is replying to this review on another PC."
        )
        release_presence(other, session="room")
        qtbot.waitUntil(lambda: not editor.replying_note.isVisible(), timeout=3000)
        assert not editor.text.isReadOnly()
    finally:
        other.close()


def test_typing_a_reply_tells_the_others_and_closing_the_window_clears_it(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    review_id = editor.review.id
    editor.text.setFocus()
    editor.text.insertPlainText(" Thank you.")
    other = open_database(paths.db_path())
    try:
        taken = claim_presence(other, review_id, session="room", who="Dr Nowak")
        assert taken is not None and taken.who == workstation.name()
        window.close()
        assert claim_presence(other, review_id, session="room", who="Dr Nowak") is None
    finally:
        other.close()


def test_the_status_bar_says_who_checked_for_reviews_last(window, qtbot):
    other = open_database(paths.db_path())
    try:
        with practice_sync(other, who="Reception desk"):
            pass
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.last_sync.text().startswith("Last check: Reception desk, "))


def test_words_typed_at_the_moment_someone_else_started_are_kept_in_the_box(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    review_id = editor.review.id
    other = open_database(paths.db_path())
    try:
        # Dr Nowak starts a moment before this window has heard of it ...
        claim_presence(other, review_id, session="room", who="Dr Nowak")
        editor.text.setFocus()
        editor.text.selectAll()
        editor.text.insertPlainText("My own words")  # ... and she types at the same moment
        assert editor.replying_note.isVisible() and editor.text.isReadOnly()
        save_draft(other, review_id, "Dr Nowak's reply, being written.")
        qtbot.wait(1200)  # his draft arrives (poll, debounce, re-read)
        assert editor.text.toPlainText() == "My own words"  # hers is not overwritten
        assert not editor.publish_button.isEnabled()
    finally:
        other.close()


def test_the_inbox_marks_the_reviews_someone_else_is_answering(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and not window.model.loading)
    mine = editor.review.id
    theirs = next(i for i in window.model.review_ids() if i != mine)

    def text_of(review_id: int) -> str:
        row = window.model.row_of(review_id)
        assert row is not None
        return str(window.model.data(window.model.index(row, Column.TEXT)))

    editor.text.setFocus()
    editor.text.insertPlainText(" Thank you.")  # this window answers its own review
    other = open_database(paths.db_path())
    try:
        claim_presence(other, theirs, session="room", who="Dr Nowak")
        qtbot.waitUntil(lambda: text_of(theirs).startswith("[Dr Nowak is replying] "), timeout=3000)
        assert "is replying" not in text_of(mine)
        release_presence(other, session="room")
        qtbot.waitUntil(lambda: "is replying" not in text_of(theirs), timeout=3000)
    finally:
        other.close()


def test_a_pc_that_crashed_while_replying_stops_blocking_once_its_claim_runs_out(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    editor._presence_timer.setInterval(200)  # the 15 s heartbeat, shortened for the test
    other = open_database(paths.db_path())
    try:
        # Dr Nowak's PC claimed it, then froze: nothing renews or clears the claim
        claim_presence(
            other, editor.review.id, session="room", who="Dr Nowak", ttl=timedelta(seconds=3)
        )
    finally:
        other.close()
    qtbot.waitUntil(editor.replying_note.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: not editor.replying_note.isVisible(), timeout=6000)
    assert not editor.text.isReadOnly()


def test_the_inbox_mark_of_a_frozen_pc_goes_once_its_claim_runs_out(window, qtbot):
    qtbot.waitUntil(lambda: window.editor.review is not None and not window.model.loading)
    window._presence_sweep.setInterval(200)  # 15 s, shortened for the test
    theirs = next(i for i in window.model.review_ids() if i != window.selected_review_id())
    other = open_database(paths.db_path())
    try:
        claim_presence(other, theirs, session="room", who="Dr Nowak", ttl=timedelta(seconds=3))
    finally:
        other.close()
    qtbot.waitUntil(lambda: theirs in window.model.replying, timeout=3000)
    qtbot.waitUntil(lambda: theirs not in window.model.replying, timeout=6000)
    row = window.model.row_of(theirs)
    assert row is not None
    assert "is replying" not in str(window.model.data(window.model.index(row, Column.TEXT)))
