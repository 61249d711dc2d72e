"""The practice adapts its reply templates, and can always go back to the originals."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

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

    dialog.text.setPlainText("{greeting}\n\nNowy szablon.\n\n{signer}")
    dialog.add_new()
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
