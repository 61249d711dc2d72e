"""A practice in Kyiv starts clinicrep on a Ukrainian system and opens Settings -> Practice: the
country said "Інша країна", so the reply guard cited no law and left out Ukraine's rules until
she noticed. The country now comes from the system's locale on the first start; what she
picks herself is kept whatever the system says."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.settings import load_settings
from clinicrep.ui.settings_dialog import SettingsDialog


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:
    install_translators(QApplication.instance(), "uk")
    yield
    install_translators(QApplication.instance(), "en")


def _open_window(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _practice_settings(window, qtbot) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    return dialog


def test_a_kyiv_practice_finds_ukraine_on_the_first_start(ukrainian, seeded_db, qtbot, monkeypatch):
    monkeypatch.setattr("clinicrep.settings.system_locale_name", lambda: "uk_UA")
    window = _open_window(seeded_db, qtbot)
    dialog = _practice_settings(window, qtbot)
    assert dialog.country.currentText() == "Україна"
    assert window.settings.practice_country == "UA"  # the guard's Ukrainian rules apply


@pytest.mark.parametrize(
    ("system", "country"),
    [
        ("ru_RU", "RU"),
        ("pl_PL", "PL"),
        ("zh_CN", "CN"),
        ("en_US", "US"),
        ("en_GB", "UK"),
        ("ru_UA", "UA"),  # a Russian-speaking desk in Ukraine: the country is the territory's
        ("de_DE", "other"),
        ("C", "other"),
    ],
)
def test_the_country_follows_the_systems_locale(system, country, seeded_db, qtbot, monkeypatch):
    monkeypatch.setattr("clinicrep.settings.system_locale_name", lambda: system)
    window = _open_window(seeded_db, qtbot)
    dialog = _practice_settings(window, qtbot)
    assert dialog.country.currentData() == country


def test_her_own_choice_wins_over_the_system(ukrainian, seeded_db, qtbot, monkeypatch):
    monkeypatch.setattr("clinicrep.settings.system_locale_name", lambda: "uk_UA")
    window = _open_window(seeded_db, qtbot)
    dialog = _practice_settings(window, qtbot)
    dialog.country.setCurrentIndex(dialog.country.findText("Інша країна"))
    window.apply_settings(dialog.result_settings())
    window.close()
    assert load_settings(seeded_db).practice_country == "other"
    again = _open_window(seeded_db, qtbot)  # the next start, still on a Ukrainian system
    assert _practice_settings(again, qtbot).country.currentText() == "Інша країна"
