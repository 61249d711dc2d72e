"""The receptionist switches the window to Russian (or Polish, Ukrainian, Chinese) without a
restart, and everything she reads is in that language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.i18n_build import project_root, release


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    release(project_root())  # the build step: .ts -> .qm
    yield
    install_translators(QApplication.instance(), "en")


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_the_language_in_settings_rebuilds_the_window_in_russian(window, qtbot):
    from dataclasses import replace

    switched: list[str] = []
    window.language_changed.connect(switched.append)
    window.apply_settings(replace(window.settings, ui_language="ru"))
    assert switched == ["ru"]
    # what app.run_window does with the signal: install the translators and rebuild
    install_translators(QApplication.instance(), "ru")
    from clinicrep.ui.main_window import MainWindow

    russian = MainWindow(window.db)
    qtbot.addWidget(russian)
    assert _menu_titles(russian)[0] == "&Файл"
    shown = russian.filters.view.currentText()
    assert shown == QCoreApplication.translate("FilterBar", "Needs attention") != "Needs attention"
    header = russian.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == QCoreApplication.translate("InboxModel", "Platform") != "Platform"
    assert "отзыв" in russian.counts.text().lower() or "показ" in russian.counts.text().lower()


@pytest.mark.parametrize("lang, file_menu", [("uk", "&Файл"), ("ru", "&Файл")])
def test_each_language_translates_the_menus(window, qtbot, lang, file_menu):
    install_translators(QApplication.instance(), lang)
    from clinicrep.ui.main_window import MainWindow

    other = MainWindow(window.db)
    qtbot.addWidget(other)
    titles = _menu_titles(other)
    assert titles[0] == file_menu
    assert "&Help" not in titles
