"""A receptionist opens a complaint about waiting and presses "Draft reply": the box fills
with a draft in the review's language that answers the wait with the practice's own fact and
offers its phone, the list under it says which sentence answers what, the guard is content,
Ctrl+Z brings her text back, and her own typing is never replaced without a question. With
an AI model chosen she first sees exactly what would be sent, then gets the model's draft."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.drafting.compose import fact_key
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.settings import Settings, load_settings, save_settings
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from fakes.chat_server import MODEL, FakeChatServer
from ui.dialogs import answer_next_dialog

NOW = datetime.now(UTC).replace(microsecond=0)
COMPLAINT = "Czekałam półtorej godziny w poczekalni, nikt nic nie powiedział. Rejestracja niemiła."
FACT = "Od listopada rano pracuje druga osoba w rejestracji."
AI_DRAFT = (
    "Dzień dobry, Pani Anno!\n\nDziękujemy za opinię i przepraszamy, że czekanie się "
    "przedłużyło. Od listopada rano pracuje druga osoba w rejestracji. Prosimy o kontakt "
    "pod numerem +48 22 123 45 67, abyśmy mogli porozmawiać bezpośrednio.\n\n"
    "Z wyrazami szacunku,\nZespół Przychodnia Na Zdrowie"
)


def _practice(**changes: object) -> Settings:
    settings = Settings(
        practice_name="Przychodnia Na Zdrowie",
        contact_phone="+48 22 123 45 67",
        practice_facts={fact_key("pl", "waiting"): FACT},
    )
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


@pytest.fixture
def complaint_window(db, qtbot) -> Iterator:
    def open_window(settings: Settings):  # type: ignore[no-untyped-def]
        save_settings(db, settings)
        source = add_source(db, Source(SourceKind.DEMO, "ZnanyLekarz", Platform.ZNANYLEKARZ, "pl"))
        review = Review(
            source_id=source.id or 0,
            external_id="zl-1",
            created_at=NOW - timedelta(hours=2),
            author="Anna W.",
            rating=2,
            text=COMPLAINT,
        )
        review.analysis = analyse_review(review, fallback_language="pl")
        upsert_reviews(db, [review])
        from clinicrep.ui.main_window import MainWindow

        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.editor.review is not None)
        qtbot.waitUntil(lambda: window.editor.checklist != [])
        return window

    yield open_window


def test_draft_reply_fills_the_editor_with_an_answer_to_this_review(complaint_window, qtbot):
    window = complaint_window(_practice())
    editor = window.editor
    before = editor.text.toPlainText()

    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)

    draft = editor.text.toPlainText()
    assert draft != before
    assert draft.startswith("Dzień dobry, Pani Anno!") or "Pani Anno" in draft.splitlines()[0]
    assert FACT in draft
    assert "+48 22 123 45 67" in draft
    assert draft.rstrip().endswith("Zespół Przychodnia Na Zdrowie")  # signed by the practice
    rows = editor.draft_map.sentences()
    assert any(row.startswith("Waiting time: complaint") for row in rows), rows
    assert any(FACT[:30] in row for row in rows), rows
    assert editor.draft_map.isVisible()
    qtbot.waitUntil(lambda: editor.findings == [] and editor.publish_button.isEnabled())
    assert "publish it yourself" in editor.state.text()

    editor.text.undo()
    assert editor.text.toPlainText() == before
    assert not editor.draft_map.isVisible()  # no sentence of the draft is left to explain


def test_a_sentence_she_rewrites_leaves_the_map(complaint_window, qtbot):
    window = complaint_window(_practice())
    editor = window.editor
    editor.draft_button.click()
    assert any(FACT[:30] in row for row in editor.draft_map.sentences())

    cursor = editor.text.document().find(FACT)
    cursor.insertText("Od grudnia otwieramy wcześniej.")

    rows = editor.draft_map.sentences()
    assert rows and not any(FACT[:30] in row for row in rows)


def test_clicking_a_row_of_the_map_selects_the_sentence_it_names(complaint_window, qtbot):
    window = complaint_window(_practice())
    editor = window.editor
    editor.draft_button.click()
    row = next(
        editor.draft_map.item(i)
        for i in range(editor.draft_map.count())
        if editor.draft_map.item(i).text().startswith("Waiting time: complaint")
    )

    editor.draft_map.itemClicked.emit(row)

    selected = editor.text.textCursor().selectedText()
    assert selected and selected in editor.text.toPlainText()
    assert selected == row.toolTip()


def test_her_own_text_is_replaced_only_when_she_says_so(complaint_window, qtbot):
    window = complaint_window(_practice())
    editor = window.editor
    editor.text.setPlainText("Dzień dobry, dziękujemy za opinię. Oddzwonimy.")

    answer = answer_next_dialog("Cancel")
    editor.draft_button.click()
    assert answer.pressed and answer.title == "Replace the reply?"
    assert editor.text.toPlainText() == "Dzień dobry, dziękujemy za opinię. Oddzwonimy."

    answer = answer_next_dialog("Replace")
    editor.draft_button.click()
    assert answer.pressed
    assert FACT in editor.text.toPlainText()
    editor.text.undo()
    assert editor.text.toPlainText() == "Dzień dobry, dziękujemy za opinię. Oddzwonimy."


def test_with_an_ai_model_she_sees_the_request_then_gets_its_checked_draft(
    complaint_window, qtbot, db
):
    with FakeChatServer(api_key="") as server:
        assert isinstance(server, FakeChatServer)
        server.say(AI_DRAFT)
        settings = _practice(ai_drafting=True, ai_base_url=server.base_url, ai_model=MODEL)
        window = complaint_window(settings)
        editor = window.editor

        answer = answer_next_dialog("Send and don't ask again")
        editor.draft_button.click()
        assert answer.pressed and answer.title == "Send this to the AI service?"
        assert FACT in editor.text.toPlainText()  # the composed draft, at once

        qtbot.waitUntil(lambda: editor.text.toPlainText() == AI_DRAFT, timeout=10_000)
        assert "checked by the guard" in editor.state.text()
        assert any(
            row.startswith("Waiting time: complaint") for row in editor.draft_map.sentences()
        )
        assert editor.draft_button.isEnabled()
        [request] = server.chat_requests()
        assert COMPLAINT in request.body.decode("utf-8")
        assert load_settings(db).ai_request_seen

        server.say(AI_DRAFT.replace("Dziękujemy", "Bardzo dziękujemy"))
        editor.draft_button.click()  # no preview the second time
        qtbot.waitUntil(lambda: len(server.chat_requests()) == 2, timeout=10_000)


def test_an_ai_service_that_is_down_leaves_the_composed_draft_and_says_why(complaint_window, qtbot):
    settings = _practice(
        ai_drafting=True, ai_base_url="http://127.0.0.1:9/v1", ai_model=MODEL, ai_request_seen=True
    )
    window = complaint_window(settings)
    editor = window.editor

    editor.draft_button.click()
    composed = editor.text.toPlainText()

    qtbot.waitUntil(lambda: "could not be reached" in editor.state.text(), timeout=10_000)
    assert editor.text.toPlainText() == composed
    assert FACT in composed
    assert editor.draft_button.isEnabled()


def test_ctrl_d_drafts_from_the_keyboard_and_is_listed_with_the_shortcuts(complaint_window, qtbot):
    from PySide6.QtWidgets import QMenu

    from clinicrep.ui.help_dialogs import ShortcutsDialog

    window = complaint_window(_practice())
    editor = window.editor
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor.text.setFocus()

    qtbot.keyClick(editor.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert FACT in editor.text.toPlainText()
    actions = [a for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    shortcuts = ShortcutsDialog(actions, window)
    qtbot.addWidget(shortcuts)
    rows = [shortcuts.table.item(r, 1).text() for r in range(shortcuts.table.rowCount())]
    assert "Draft a reply" in rows


@pytest.mark.parametrize(("code", "opening", "closing"), [("pl", "„", "”"), ("uk", "«", "»")])
def test_the_map_quotes_the_draft_as_her_language_quotes(
    complaint_window, qtbot, code, opening, closing
):
    """ "Czas oczekiwania: skarga — “…”" in a Polish window: the English quotation marks."""
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators

    install_translators(QApplication.instance(), code)
    try:
        window = complaint_window(_practice())
        qtbot.mouseClick(window.editor.draft_button, Qt.MouseButton.LeftButton)
        rows = window.editor.draft_map.sentences()
    finally:
        install_translators(QApplication.instance(), "en")
    assert rows
    for row in rows:
        quoted = row.split(" — ", 1)[1]
        assert quoted.startswith(opening) and quoted.endswith(closing), row


def test_an_ai_draft_still_arriving_stops_when_she_closes_the_window(complaint_window, qtbot):
    """A service sending its answer a byte at a time (35 s for a draft): closing the window
    stops the worker reading it at once, instead of holding it (and the quit) that long."""
    from PySide6.QtCore import QThreadPool

    from fakes.chat_server import completion
    from fakes.loopback import FakeResponse

    with FakeChatServer(api_key="") as server:
        assert isinstance(server, FakeChatServer)
        server.fail_next(FakeResponse(200, completion(AI_DRAFT), drip=0.05))
        settings = _practice(
            ai_drafting=True,
            ai_base_url=server.base_url,
            ai_model=MODEL,
            ai_request_seen=True,
            ai_timeout_seconds=120,
        )
        window = complaint_window(settings)
        editor = window.editor
        pool = QThreadPool.globalInstance()

        editor.draft_button.click()
        qtbot.waitUntil(lambda: len(server.chat_requests()) == 1, timeout=10_000)
        assert editor.state.text().startswith("Asking the AI model for a draft")
        assert pool.activeThreadCount() >= 1
        window.close()
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=3_000)


def test_she_cancels_an_ai_draft_a_slow_service_is_still_writing(complaint_window, qtbot):
    """A service sending its answer a byte at a time (35 s for a draft): "Cancel AI draft"
    beside the waiting sentence gives her the editor back at once, the composed draft stays,
    the worker stops reading, and the late answer never replaces her text."""
    from PySide6.QtCore import QThreadPool

    from fakes.chat_server import completion
    from fakes.loopback import FakeResponse

    with FakeChatServer(api_key="") as server:
        assert isinstance(server, FakeChatServer)
        server.fail_next(FakeResponse(200, completion(AI_DRAFT), drip=0.05))
        settings = _practice(
            ai_drafting=True,
            ai_base_url=server.base_url,
            ai_model=MODEL,
            ai_request_seen=True,
            ai_timeout_seconds=120,
        )
        window = complaint_window(settings)
        editor = window.editor
        pool = QThreadPool.globalInstance()
        cancel = editor.cancel_draft_button
        assert not cancel.isVisible()

        editor.draft_button.click()
        composed = editor.text.toPlainText()
        qtbot.waitUntil(lambda: len(server.chat_requests()) == 1, timeout=10_000)
        assert editor.state.text().startswith("Asking the AI model for a draft")
        assert cancel.isVisible() and cancel.text() == "Cancel AI draft"
        assert not editor.draft_button.isEnabled()

        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert editor.state.text().startswith("The AI draft was cancelled.")
        assert editor.draft_button.isEnabled() and not cancel.isVisible()
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=3_000)
        qtbot.wait(300)
        assert editor.text.toPlainText() == composed
        assert FACT in composed
        assert editor.state.text().startswith("The AI draft was cancelled.")

        # she asks again and this time lets it come
        server.say(AI_DRAFT)
        editor.draft_button.click()
        qtbot.waitUntil(lambda: editor.text.toPlainText() == AI_DRAFT, timeout=10_000)
        assert not cancel.isVisible()
