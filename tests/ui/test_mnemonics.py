"""Alt and a letter does what its underlined letter says, in every language: no two items of
a menu, and no two buttons of the paste dialog, share a letter (Alt+M in the Chinese paste
dialog only moved the focus between 'Merge with the next' and 'Paste more')."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from clinicrep.i18n import install_translators
from clinicrep.ui.paste_dialog import PasteDialog

LANGUAGES = ("en", "pl", "ru", "uk", "zh_CN")


@pytest.fixture
def in_language() -> Iterator[object]:
    def switch(code: str) -> None:
        install_translators(QApplication.instance(), code)

    yield switch
    install_translators(QApplication.instance(), "en")


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _shared(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = _letter(text)
        if letter:
            by_letter.setdefault(letter, []).append(text)
    return {letter: both for letter, both in by_letter.items() if len(both) > 1}


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_items_of_a_menu_share_their_letter(seeded_db, qtbot, in_language, code):
    from clinicrep.ui.main_window import MainWindow

    in_language(code)
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert _shared([action.text() for action in window.menuBar().actions()]) == {}
    for menu in menus:
        items = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        assert _shared(items) == {}, menu.title()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_controls_of_the_paste_dialog_share_their_letter(qtbot, db, in_language, code):
    in_language(code)
    dialog = PasteDialog(db.path, html=None, text="Ola\n12.11.2026\nDobrze.")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert _shared(texts) == {}


def test_alt_m_merges_two_pasted_rows_in_chinese(qtbot, db, in_language):
    in_language("zh_CN")
    dialog = PasteDialog(
        db.path, html=None, text="小张\n2026-11-05\n很好。\n王先生\n2026-11-06\n一般。"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.model.rowCount() == 2
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.merge_button.isEnabled()
    assert dialog.merge_button.text() == "与下一条合并(&M)"
    qtbot.keyClick(dialog.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    # closed past its question about the merged rows (asked at teardown, it waited forever)
    QDialog.done(dialog, QDialog.DialogCode.Rejected)
