"""A review with no stars that judges nothing ("Visited on Monday.", a question) was offered
the "Mixed feedback" template, which is sorry that not everything met the patient's
expectations: the kind took a missing rating for three stars. It gets its own kind and
template now; a review with no stars that praises and blames keeps "Mixed feedback"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.test_mixed_review_facts import _authors, _window_with


def _answer(seeded_db, open_window, qtbot, author: str, text: str):
    """The review selected in the inbox, its reply editor open, the template inserted."""
    window = _window_with(seeded_db, open_window, author, text, None)
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: author in _authors(window))
    window.select_row(_authors(window).index(author))
    qtbot.waitUntil(lambda: window.editor.review is not None)
    qtbot.waitUntil(lambda: window.editor.review.author == author)
    editor = window.editor
    editor.text.setPlainText("")
    qtbot.mouseClick(editor.template_button, Qt.MouseButton.LeftButton)
    return editor


@pytest.mark.parametrize(
    ("author", "text", "words"),
    [
        ("Quentin V.", "Visited on Monday.", "If you have a question"),
        ("Jadwiga Z.", "Czy przyjmujecie w soboty?", "Jeśli mają Państwo pytanie"),
        ("Зоя Н.", "Была на приёме в понедельник.", "Если у вас есть вопрос"),
    ],
)
def test_a_review_without_stars_that_judges_nothing_is_offered_the_neutral_template(
    seeded_db, open_window, qtbot, author: str, text: str, words: str
):
    editor = _answer(seeded_db, open_window, qtbot, author, text)
    assert editor.kind.currentText() == "Neutral feedback"  # was "Mixed feedback"
    reply = editor.text.toPlainText()
    assert words in reply
    assert "not everything" not in reply and "nie wszystko" not in reply


def test_a_review_without_stars_that_praises_and_blames_keeps_mixed_feedback(
    seeded_db, open_window, qtbot
):
    text = "The doctor was wonderful, but the receptionist was rude and we waited an hour."
    editor = _answer(seeded_db, open_window, qtbot, "Yusuf O.", text)
    assert editor.kind.currentText() == "Mixed feedback"
    assert "not everything met your expectations" in editor.text.toPlainText()
