"""A receptionist answers reviews: an empty reply box when nothing is chosen, a template that
asks before it replaces her words, a publish step that shows what goes public, sites without
a reply API that are answered only once she has pasted the reply, and Undo for every status."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clinicrep import paths
from clinicrep.analysis.triage import describe_urgency
from clinicrep.i18n_build import literal_translate_calls, project_root
from clinicrep.model import Platform, Review, Source, SourceKind, Status, utc_now
from clinicrep.store.events import events_for_review
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source
from ui.dialogs import answer_next_dialog


def _selected_id(window) -> int | None:
    return window.selected_review_id()


def test_reply_box_is_cleared_and_disabled_when_no_review_is_selected(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    assert editor.isEnabled() and editor.text.toPlainText()

    window.search.setText("nothing-matches-this-text")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=5000)
    qtbot.waitUntil(lambda: not editor.isEnabled())
    assert editor.text.toPlainText() == ""
    assert editor.text.placeholderText() == "Select a review in the list to answer it."
    assert window.pane.review is None


def test_start_from_template_asks_first_and_ctrl_z_brings_my_words_back(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    editor.text.setPlainText("My own words for this patient.")

    refused = answer_next_dialog("Cancel")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    assert refused.pressed and refused.title == "Replace the reply?"
    assert editor.text.toPlainText() == "My own words for this patient."

    accepted = answer_next_dialog("Replace")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    assert accepted.pressed
    template = editor.text.toPlainText()
    assert template and template != "My own words for this patient."

    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text.toPlainText() == "My own words for this patient."


def test_the_template_replaces_an_empty_box_without_asking(window, qtbot):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    editor.text.setPlainText("")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    assert editor.text.toPlainText()  # no dialog stood in the way


def test_her_own_template_is_picked_from_a_menu_beside_the_bundled_one(window, qtbot, seeded_db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMenu

    from clinicrep.guidelines.kinds import ReplyKind
    from clinicrep.guidelines.templates import add_template, list_templates, reply_language

    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    kind = ReplyKind(editor.kind.currentData())
    language = reply_language(editor.review)
    bundled = next(t for t in list_templates(seeded_db, language) if t.kind == kind)
    add_template(
        seeded_db, language, kind, "Short thanks", "{greeting}\n\nThank you, truly.\n\n{signer}"
    )
    editor.text.setPlainText("")
    offered: list[list[str]] = []

    def pick_the_second() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick_the_second)
            return
        offered.append([a.text() for a in menu.actions()])
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
            qtbot.keyClick(menu, key)

    QTimer.singleShot(0, pick_the_second)
    editor.template_button.setFocus()
    qtbot.keyClick(editor.template_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(offered))
    assert offered[0] == [bundled.name, "Short thanks"]
    assert "Thank you, truly." in editor.text.toPlainText()
    assert "{greeting}" not in editor.text.toPlainText()


def test_with_no_template_of_the_kind_the_button_says_where_to_add_one(window, qtbot, seeded_db):
    from clinicrep.guidelines.kinds import ReplyKind
    from clinicrep.guidelines.templates import delete_template, list_templates, reply_language

    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    kind = ReplyKind(editor.kind.currentData())
    for template in list_templates(seeded_db, reply_language(editor.review)):
        if template.kind == kind:
            delete_template(seeded_db, template)
    editor.text.setPlainText("Started by hand.")

    told = answer_next_dialog("OK")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    assert told.pressed and told.title == "Reply templates"
    assert "Add one in Review → Reply templates…" in told.text
    assert editor.text.toPlainText() == "Started by hand."


def test_publish_shows_the_final_text_and_that_it_goes_public_and_cancel_sends_nothing(
    window, qtbot, seeded_db
):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None)
    review_id = editor.review.id
    editor.text.setPlainText("Thank you for your kind words. — Anna")
    qtbot.waitUntil(editor.publish_button.isEnabled)

    asked = answer_next_dialog("Cancel")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert asked.pressed
    assert "Thank you for your kind words. — Anna" in asked.text
    assert "public" in asked.text
    platform = get_review(seeded_db, review_id).platform
    assert f"Publish on {platform.value.capitalize()}" in " ".join(asked.buttons) or any(
        b.startswith("Publish on ") for b in asked.buttons
    )
    qtbot.wait(200)
    assert get_review(seeded_db, review_id).status == Status.NEW  # nothing was published
    assert editor.state.text() != "Publishing…"


@pytest.fixture
def site_without_api(seeded_db):
    source = add_source(
        seeded_db,
        Source(kind=SourceKind.CSV, name="ZnanyLekarz export", platform=Platform.ZNANYLEKARZ),
    )
    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=source.id,
                external_id="zl-1",
                created_at=utc_now() - timedelta(hours=1),
                author="Tomasz",
                rating=1,
                text="Nikt nie odbierał telefonu przez dwa dni, skandal i brak szacunku.",
            )
        ],
    )
    return source


def test_a_site_without_reply_api_says_copied_and_is_answered_only_when_confirmed(
    site_without_api, seeded_db, qtbot
):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    window.search.setText("telefonu")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: window.editor.review is not None and window.editor.review.author == "Tomasz"
    )
    editor = window.editor
    review_id = editor.review.id
    assert not editor.publish_button.isVisible()
    assert "paste" in editor.state.text() and "publish" not in editor.state.text().lower()
    editor.text.setPlainText("Dziękujemy za opinię, prosimy o kontakt: 22 123 45 67.")
    qtbot.waitUntil(editor.copy_button.isEnabled)  # no page address: copying still works
    assert editor.copy_button.text() == "Copy the reply"

    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Dziękujemy za opinię")
    assert editor.state.text().startswith("Copied — paste it on the site")
    assert "published" not in editor.state.text().lower()
    assert get_review(seeded_db, review_id).status == Status.NEW  # not until she confirms

    assert editor.answered_button.text() == "I pasted it"
    qtbot.mouseClick(editor.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_review(seeded_db, review_id).status == Status.ANSWERED)
    assert any(e.kind == "reply_pasted" for e in events_for_review(seeded_db, review_id))
    assert "published" not in window.statusBar().currentMessage().lower()


def test_an_old_review_on_a_site_without_reply_api_says_to_paste_it_there_today(
    site_without_api, seeded_db, qtbot
):
    """ "Publish the reply today" sent her looking for a Publish button that is not there."""
    from clinicrep.ui.main_window import MainWindow

    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=site_without_api.id,
                external_id="zl-old",
                created_at=utc_now() - timedelta(days=3, hours=2),
                author="Halina",
                rating=2,
                text="Recepcja zgubiła moje skierowanie, musiałam przyjść drugi raz.",
            )
        ],
    )
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    window.search.setText("skierowanie")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: window.editor.review is not None and window.editor.review.author == "Halina"
    )
    editor = window.editor
    editor.text.setPlainText("Dzień dobry, przepraszamy za kłopot.")
    lines = editor.checklist_list

    def prompt() -> str:
        texts = [lines.item(i).text() for i in range(lines.count())]
        return next((t for t in texts if "Answer promptly" in t), "")

    qtbot.waitUntil(lambda: "3 days old" in prompt(), timeout=5000)
    assert "Paste the reply on its page today and confirm here." in prompt()
    assert "Publish" not in prompt()


def test_dismiss_selects_the_next_review_and_undo_in_the_status_bar_brings_it_back(
    window, qtbot, seeded_db
):
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3, timeout=5000)
    window.select_row(0)
    first = window.model.review_at(0).id
    second = window.model.review_at(1).id
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Dismiss

    qtbot.waitUntil(lambda: _selected_id(window) == second, timeout=5000)
    assert get_review(seeded_db, first).status == Status.DISMISSED
    assert window.model.row_of(first) is None  # it left "Needs attention"
    assert window.undo_button.isVisible()
    assert window.undo_label.text() == "Marked “Dismissed”."

    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _selected_id(window) == first, timeout=5000)
    assert get_review(seeded_db, first).status == Status.NEW
    assert not window.undo_button.isVisible()


def test_marking_answered_and_undoing_it_leaves_no_answer_time_behind(window, qtbot, seeded_db):
    qtbot.waitUntil(lambda: window.model.rowCount() >= 2, timeout=5000)
    window.select_row(0)
    first = window.model.review_at(0).id
    window.status_actions[Status.ANSWERED].trigger()
    qtbot.waitUntil(lambda: get_review(seeded_db, first).answered_at is not None)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: get_review(seeded_db, first).status == Status.NEW)
    assert get_review(seeded_db, first).answered_at is None


def test_the_banner_names_a_reason_once():
    assert describe_urgency("stars=1|legal=legal action") == "1★, mentions “legal action”"
    assert describe_urgency("legal=lawyer") == "mentions “lawyer” (legal action)"


def _counted_sources() -> list[tuple[str, str]]:
    return sorted(
        (context, text)
        for context, text, counted in literal_translate_calls(project_root())
        if counted
    ) + [
        ("ReplyEditor", "Answer within %n hour(s)"),
        ("ReplyEditor", "Later than your aim: %n hour(s) left to answer"),
        ("ReplyEditor", "Answer within %n minute(s)"),
        ("ReplyEditor", "Later than your aim: %n minute(s) left to answer"),
        ("ReplyEditor", "Overdue by %n day(s)"),
        ("ReplyEditor", "Overdue by %n hour(s)"),
        ("AlertBanner", "(%n more alert(s))"),
    ]


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "pl", "zh_CN"])
def test_counted_texts_read_naturally_in_every_language(lang):
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(paths.resource("translations", f"clinicrep_{lang}.qm")))
    app.installTranslator(translator)
    try:
        for context, source in _counted_sources():
            for n in (1, 2, 5, 15, 21):
                text = QCoreApplication.translate(context, source, "", n)
                assert "(s)" not in text, (lang, source, n, text)
                assert str(n) in text, (lang, source, n, text)
                assert " N " not in f" {text} ", (lang, source, text)
        if lang == "en":
            assert QCoreApplication.translate("ReplyEditor", "Answer within %n hour(s)", "", 1) == (
                "Answer within 1 hour"
            )
            assert QCoreApplication.translate("ReplyEditor", "Overdue by %n day(s)", "", 3) == (
                "Overdue by 3 days"
            )
    finally:
        app.removeTranslator(translator)


def test_the_last_hour_is_counted_in_minutes_as_the_inbox_counts_it(window, qtbot, seeded_db):
    """The editor said "0 hours left to answer" beside the inbox's "35 min left"."""
    import re

    from clinicrep.ui.inbox_model import Column

    source = add_source(seeded_db, Source(SourceKind.DEMO, "Yelp", Platform.YELP, "en"))
    created = utc_now() - timedelta(hours=48) + timedelta(minutes=35, seconds=30)
    upsert_reviews(
        seeded_db,
        [Review(source_id=source.id or 0, external_id="late", created_at=created, text="Rude.")],
    )
    review_id = seeded_db.fetchall("SELECT id FROM reviews WHERE external_id = 'late'")[0][0]
    window.apply_filters(then=lambda: window.show_review(review_id))
    qtbot.waitUntil(
        lambda: window.editor.review is not None and window.editor.review.id == review_id
    )
    clock = window.editor.clock.text()
    found = re.fullmatch(r"Later than your aim: (\d+) minutes left to answer", clock)
    assert found and 33 <= int(found.group(1)) <= 35, clock
    row = window.model.row_of(review_id)
    shown = window.model.index(row, Column.TIME_LEFT).data()
    assert shown == f"{found.group(1)} min left"
