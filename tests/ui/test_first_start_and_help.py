"""A new user's first minutes: a short guide on the welcome page, an honest status line when
nothing is connected, the file picker in Documents, and Help with the keys and a user guide
that opens without a network in each of the five languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from clinicrep.i18n import install_translators
from clinicrep.sync import SyncReport
from ui.dialogs import answer_next_dialog


@pytest.fixture
def new_window(db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_welcome_page_says_what_clinicrep_does_and_the_three_steps(new_window):
    welcome = new_window.welcome
    assert new_window.pages.currentWidget() is welcome
    steps = welcome.steps.text()
    assert "connect a platform" in steps and "import a file" in steps
    assert "Monthly summary" in steps
    assert welcome.demo_button.isVisible() and welcome.connect_button.isVisible()


def test_a_sync_with_nothing_connected_says_how_to_connect_not_up_to_date(new_window):
    new_window._on_sync_finished(SyncReport())
    message = new_window.statusBar().currentMessage()
    assert "Up to date" not in message and "0 new" not in message
    assert "connect a platform" in message


def _import_picker_asked(window, monkeypatch) -> list[tuple[str, str]]:
    """File → Import a file… with the file picker cancelled: (folder, kinds) it was opened with."""
    asked: list[tuple[str, str]] = []

    def picker(_parent, _title, folder, kinds):
        asked.append((folder, kinds))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(picker))
    window.import_action.trigger()
    return asked


def test_the_file_picker_opens_in_the_documents_folder(new_window, monkeypatch, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(documents))
    asked = _import_picker_asked(new_window, monkeypatch)
    assert [folder for folder, _kinds in asked] == [str(documents)]


def test_the_file_picker_shows_every_kind_of_file_the_importer_reads(new_window, monkeypatch):
    """A receptionist who saved the reviews as an Excel sheet or JSON must see the file in
    File → Import a file…, not an empty folder."""
    offered = [kinds for _folder, kinds in _import_picker_asked(new_window, monkeypatch)]
    first_choice = offered[0].split(";;")[0]
    for pattern in ("*.csv", "*.xlsx", "*.json", "*.jsonl"):
        assert pattern in first_choice


@pytest.mark.parametrize(
    ("code", "button"),
    [
        ("en", "Check for new reviews"),
        ("pl", "Sprawdź nowe opinie"),
        ("ru", "Проверить новые отзывы"),
    ],
)
def test_the_button_that_fetches_reviews_says_so_without_the_word_sync(db, qtbot, code, button):
    """A receptionist does not know what "sync" means; she knows she wants the new reviews."""
    from PySide6.QtWidgets import QPushButton, QToolButton

    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.sources_dialog import SourcesDialog

    install_translators(QApplication.instance(), code)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        corner = window.menuBar().cornerWidget()
        assert corner.findChild(QToolButton, "syncNow").text() == button
        assert window.sync_action.text().replace("&", "") == button
        sources = SourcesDialog(db, window)
        qtbot.addWidget(sources)
        labels = [b.text() for b in sources.findChildren(QPushButton)]
        assert button in labels
        for word in ("Sync", "Synchroniz", "Синхрониз"):
            assert not any(word in text for text in [*labels, window.sync_action.text()])
    finally:
        install_translators(QApplication.instance(), "en")


def test_help_lists_every_menu_key_and_the_ones_without_a_menu(new_window, qtbot):
    from clinicrep.ui.help_dialogs import ShortcutsDialog

    shown = answer_next_dialog("Close")
    new_window.shortcuts_action.trigger()
    assert shown.pressed and shown.title == "Keyboard shortcuts"
    actions = [a for m in new_window.menuBar().findChildren(QMenu) for a in m.actions()]
    dialog = ShortcutsDialog(actions, new_window)
    qtbot.addWidget(dialog)
    rows = dict((what, keys) for keys, what in dialog.rows())
    assert rows["Check for new reviews"] == "F5"
    assert rows["Dismiss"] == "Ctrl+5"
    assert rows["Next / previous review in the inbox"] == "J / K"
    assert "Ctrl+Z" in rows.values()


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("en", "user guide"),
        ("ru", "руководство пользователя"),
        ("uk", "посібник користувача"),
        ("pl", "przewodnik"),
        ("zh_CN", "使用指南"),
    ],
)
def test_the_user_guide_opens_offline_in_the_users_language(qtbot, code, heading):
    from clinicrep.ui.help_dialogs import UserGuideDialog

    install_translators(QApplication.instance(), code)
    try:
        dialog = UserGuideDialog()
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert heading in text
        assert "http" not in dialog.browser.toHtml().split("<body", 1)[1]
    finally:
        install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("code", ["en", "ru", "uk", "pl", "zh_CN"])
def test_the_user_guide_speaks_without_programmers_words(qtbot, code):
    """The receptionist reads "sites clinicrep cannot connect to", not "sites without an API"."""
    from clinicrep.ui.help_dialogs import UserGuideDialog

    install_translators(QApplication.instance(), code)
    try:
        dialog = UserGuideDialog()
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        for word in ("API", "token", "FTS", "sync"):
            assert word not in text
        assert "clinicrep" in text and "ZnanyLekarz" in text
    finally:
        install_translators(QApplication.instance(), "en")


def test_every_language_has_a_guide_file():
    from clinicrep import paths

    for code in ("en", "ru", "uk", "pl", "zh_CN"):
        assert Path(paths.resource("guide", f"{code}.html")).stat().st_size > 1000


def test_the_welcome_page_leads_to_the_practice_name_and_signature(new_window, qtbot):
    """Before her first reply she names the practice: the welcome page has the way there."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from clinicrep.ui.settings_dialog import SettingsDialog

    button = new_window.welcome.practice_button
    assert button.isVisible()
    assert button.text() == "Your practice's name and how replies are signed…"
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, fill_in)
            return
        seen.append(dialog.pages.currentItem().text())
        assert dialog.practice_name.isVisibleTo(dialog)
        QTest.keyClicks(dialog.practice_name, "Family Dental Care")
        QTest.keyClicks(dialog.signer, "Anna, practice manager")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["Practice"]
    assert new_window.settings.practice_name == "Family Dental Care"
    assert new_window.settings.signer == "Anna, practice manager"


def test_a_fresh_start_says_there_are_no_reviews_yet_not_four_zero_counts(new_window, qtbot):
    """'Shown: 0 · new: 0 · open: 0 · overdue: 0' under the welcome page read as an inbox
    looked through and found empty; after the first paste the counts are there."""
    from clinicrep.model import Platform
    from clinicrep.pasting import store_pasted
    from clinicrep.sources.paste import parse_paste
    from sources import paste_samples as samples

    qtbot.waitUntil(lambda: not new_window.model.loading)
    qtbot.wait(50)  # the inbox's first (empty) count delivered
    assert new_window.counts.isVisible()
    assert new_window.counts.text() == "No reviews yet"

    reviews = parse_paste(samples.YANDEX_HTML, "").reviews
    store_pasted(new_window.db, reviews, source_name="Yandex Maps", platform=Platform.YANDEX)
    new_window.sources_changed()  # what the paste dialog's OK does
    qtbot.waitUntil(lambda: new_window.counts.text().startswith("Shown: "))
    assert new_window.pages.currentWidget() is not new_window.welcome
