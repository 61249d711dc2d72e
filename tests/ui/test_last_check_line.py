"""The status bar's "last check" line on a Kyiv practice's one PC said "Остання перевірка:
root, 2026-12-04 05:24": the system account's name and a date in no one's format. It now says
when, in the window's language, and names who checked only when that was another PC."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from clinicrep import paths, workstation
from clinicrep.i18n import install_translators
from clinicrep.store import open_database
from clinicrep.store.live import practice_sync


@pytest.fixture
def ukrainian_window(seeded_db, qtbot) -> Iterator:
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), "uk")
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    install_translators(QApplication.instance(), "en")


def _checked(who: str) -> None:
    other = open_database(paths.db_path())  # the check while the window is closed, or a PC
    try:
        with practice_sync(other, who=who):
            pass
    finally:
        other.close()


LOCAL_DATE = r"\d{1,2} [^\W\d]+\.? \d{4}, \d{2}:\d{2}"  # "4 груд. 2026, 05:24"


def test_this_pcs_own_check_says_when_in_ukrainian_and_names_no_account(ukrainian_window, qtbot):
    window = ukrainian_window
    assert not workstation.current().chosen  # nobody chose a name: the login's is the default
    _checked(workstation.name())
    qtbot.waitUntil(lambda: window.last_sync.text().startswith("Остання перевірка: "))
    line = window.last_sync.text()
    assert re.fullmatch("Остання перевірка: " + LOCAL_DATE, line), line
    assert workstation.name() not in line


def test_another_pcs_check_is_named(ukrainian_window, qtbot):
    window = ukrainian_window
    _checked("Рецепція")
    qtbot.waitUntil(lambda: window.last_sync.text().startswith("Остання перевірка: Рецепція, "))
    line = window.last_sync.text()
    assert re.fullmatch("Остання перевірка: Рецепція, " + LOCAL_DATE, line), line
