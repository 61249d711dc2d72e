"""The questions asked before typed work is dropped name their buttons for what they do, in
the user's language: Qt's own Russian "Отклонить" (reject) for Discard read wrongly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dialogs import answer_next_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.ui.manual_dialog import ManualEntryDialog
from clinicrep.ui.settings_dialog import SettingsDialog
from clinicrep.ui.templates_dialog import TemplatesDialog


@pytest.fixture
def in_russian() -> Iterator[None]:
    install_translators(QApplication.instance(), "ru")
    yield
    install_translators(QApplication.instance(), "en")


def test_closing_the_settings_with_changes_asks_with_russian_words_that_fit(
    window, qtbot, in_russian
):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.practice_name.setFocus()
    dialog.practice_name.setText("Семейная клиника")
    answer = answer_next_dialog("Закрыть без сохранения")
    QTest.keyClick(dialog.practice_name, Qt.Key.Key_Escape)
    assert answer.pressed and not dialog.isVisible()
    assert sorted(answer.buttons) == ["Закрыть без сохранения", "Отмена"]


def test_leaving_an_edited_template_offers_save_and_dont_save_in_russian(db, qtbot, in_russian):
    dialog = TemplatesDialog(db, language="ru")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    dialog.text.insertPlainText(" Спасибо.")
    answer = answer_next_dialog("Отмена")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answer.seen)
    assert answer.pressed and answer.text.startswith("Сохранить изменения")
    assert sorted(answer.buttons) == ["Не сохранять", "Отмена", "Сохранить"]
    assert "Отклонить" not in answer.buttons
    dropped = answer_next_dialog("Не сохранять")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dropped.seen)
    assert dropped.pressed and not dialog.isVisible()


def test_closing_typed_feedback_says_close_without_adding_in_russian(db, qtbot, in_russian):
    dialog = ManualEntryDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.author.setText("Анна")
    answer = answer_next_dialog("Отмена")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: answer.seen)
    assert answer.pressed and dialog.isVisible() and dialog.author.text() == "Анна"
    assert sorted(answer.buttons) == ["Закрыть, не добавляя", "Отмена"]
    dropped = answer_next_dialog("Закрыть, не добавляя")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dropped.seen)
    assert dropped.pressed and not dialog.isVisible()
