"""The practice adapts its reply templates, and can always go back to the originals."""

from __future__ import annotations

from dialogs import answer_next_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from clinicrep.guidelines.templates import list_templates
from clinicrep.ui.templates_dialog import TemplatesDialog


def test_edit_add_delete_and_restore_templates(qtbot, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = TemplatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    original = list_templates(db, "pl")
    assert dialog.list.count() == len(original) >= 5

    dialog.list.setCurrentRow(0)
    dialog.text.setPlainText("{greeting}\n\nDziękujemy za opinię!\n\n{signer}")
    dialog.save_current()
    assert list_templates(db, "pl")[0].text.startswith("{greeting}\n\nDziękujemy")
    assert "(edited)" in dialog.list.item(0).text()

    # a template that would confirm a visit cannot be saved
    dialog.text.setPlainText("Dziękujemy za Pana wizytę u nas wczoraj.")
    assert not dialog.save_button.isEnabled()
    assert dialog.problems.text()

    dropped = answer_next_dialog("Discard the changes")  # the refused text is not kept
    dialog.add_new()
    assert dropped.pressed
    dialog.text.setPlainText("{greeting}\n\nNowy szablon.\n\n{signer}")
    dialog.save_current()
    assert len(list_templates(db, "pl")) == len(original) + 1

    dialog.restore_defaults()
    restored = list_templates(db, "pl")
    assert [t.text for t in restored if not t.customised][: len(original)]
    assert restored[0].text == original[0].text
    assert len(restored) == len(original) + 1  # the user's own template stays

    own = next(i for i, t in enumerate(dialog.templates) if t.name == "New template")
    dialog.list.setCurrentRow(own)
    dialog.delete_current()
    assert len(list_templates(db, "pl")) == len(original)


def test_a_template_that_rewards_reviews_cannot_be_saved_in_english_or_chinese(qtbot, db):
    dialog = TemplatesDialog(db)
    qtbot.addWidget(dialog)
    for language, reward, plain in (
        (
            "en",
            "{greeting}\n\nAs a thank-you for your review, your next polish is on the house!"
            "\n\n{signer}",
            "{greeting}\n\nThank you for your review, it helps us improve.\n\n{signer}",
        ),
        (
            "zh",
            "{greeting}\n\n凡是留下评价的朋友，下次洗牙一律免费。\n\n{signer}",
            "{greeting}\n\n感谢您的评价，这能帮助我们做得更好。\n\n{signer}",
        ),
    ):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.list.setCurrentRow(0)
        dialog.text.setPlainText(reward)
        assert not dialog.save_button.isEnabled(), language
        assert dialog.problems.text(), language
        dialog.text.setPlainText(plain)
        assert dialog.save_button.isEnabled(), language
        assert not dialog.problems.text(), language
        dialog.text.setPlainText(list_templates(db, language)[0].text)  # nothing left unsaved


def test_the_templates_open_in_the_window_language_or_the_review_being_answered(qtbot, db):
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators

    install_translators(QApplication.instance(), "uk")
    try:
        dialog = TemplatesDialog(db)
        qtbot.addWidget(dialog)
        assert dialog.language.currentText() == "Українська"
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert names and all(" — " in n for n in names)
        assert [t.name for t in list_templates(db, "uk")][0] in names[0]
        assert dialog.name.text() == list_templates(db, "uk")[0].name
    finally:
        install_translators(QApplication.instance(), "en")

    answering_polish = TemplatesDialog(db, language="pl")
    qtbot.addWidget(answering_polish)
    assert answering_polish.language.currentText() == "Polski"
    assert answering_polish.name.text() == list_templates(db, "pl")[0].name


def test_an_edited_template_is_saved_or_dropped_only_when_she_says_so(qtbot, db):
    original = list_templates(db, "en")
    dialog = TemplatesDialog(db, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    # she edits the first template, then clicks the second in the list
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    QTest.keyClicks(dialog.text, " We read every review.")
    second = dialog.list.visualItemRect(dialog.list.item(1)).center()
    answer = answer_next_dialog("Save")
    QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.waitUntil(lambda: answer.seen)
    assert f"“{original[0].name}”" in answer.text and answer.pressed
    assert list_templates(db, "en")[0].text.endswith("We read every review.")
    assert dialog.list.currentRow() == 1
    assert dialog.text.toPlainText() == original[1].text
    assert "(edited)" in dialog.list.item(0).text()

    # she edits the second, presses Escape, and changes her mind: her text is still there
    QTest.keyClicks(dialog.text, "Half-written ")
    answer = answer_next_dialog("Cancel")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answer.seen)
    assert answer.pressed and "Don't save" in answer.buttons
    assert dialog.isVisible()
    assert "Half-written " in dialog.text.toPlainText()

    # another language with the change still there: asked too; Cancel keeps English and the text
    answer = answer_next_dialog("Cancel")
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert answer.seen and answer.pressed
    assert dialog.language.currentData() == "en" and dialog.list.currentRow() == 1
    assert "Half-written " in dialog.text.toPlainText()

    # a change the guard refuses cannot be saved on the way out, only dropped
    QTest.keyClicks(dialog.text, "We saw you at your appointment yesterday. ")
    assert not dialog.save_button.isEnabled()
    answer = answer_next_dialog("Discard the changes")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: answer.seen)
    assert answer.pressed and "Save" not in answer.buttons and "red" in answer.text
    assert not dialog.isVisible()
    assert list_templates(db, "en")[1].text == original[1].text


def test_new_template_starts_empty_and_leaves_the_shown_one_as_it_was(qtbot, db):
    """ "New template" copied the text shown, under the name "New template": she could not
    tell her new template from the one copied, and an edit she had not saved went into the
    copy. Now it starts empty (the greeting and the signature), its name ready to type, and
    an unsaved edit of the shown one is asked about first."""
    original = list_templates(db, "en")
    dialog = TemplatesDialog(db, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    new = dialog.findChild(QPushButton, "newTemplate")
    assert new.text() == "New template" and "empty" in new.toolTip()

    # an edit she has not saved: asked about; Cancel keeps it and makes nothing
    QTest.keyClicks(dialog.text, "Half-written ")
    kept = answer_next_dialog("Cancel")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert kept.pressed and f"“{original[0].name}”" in kept.text
    assert len(list_templates(db, "en")) == len(original)
    assert dialog.text.toPlainText().startswith("Half-written ")

    dropped = answer_next_dialog("Don't save")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert dropped.pressed
    assert len(list_templates(db, "en")) == len(original) + 1
    assert dialog.list.currentItem().text().endswith("— New template")
    assert dialog.text.toPlainText() == "{greeting}\n\n{signer}"
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name)
    assert dialog.name.selectedText() == "New template"
    assert list_templates(db, "en")[0].text == original[0].text  # the shown one as it was

    QTest.keyClicks(dialog.name, "Thanks for a long wait")
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.Start)
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.Down)
    QTest.keyClicks(dialog.text, "Thank you for your patience with us.")
    dialog.save_button.click()
    mine = [t for t in list_templates(db, "en") if t.name == "Thanks for a long wait"]
    assert [t.text for t in mine] == ["{greeting}\nThank you for your patience with us.\n{signer}"]
