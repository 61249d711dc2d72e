"""Google revoked the practice's connection. The receptionist presses "Check for new reviews":
what happened and what to do ("Open Sources and connect the account again") is said in full in
the banner over the inbox, in her language; the status line had cut it off under its counts
("…Откройте «Источни"). Once she has connected again, the next check takes it away."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.secrets import default_store
from fakes.google_server import REFRESH_TOKEN, FakeGoogle
from fakes.source_setup import google_source

WHAT_TO_DO = {
    "en": "Open Sources and connect the account again.",
    "ru": "Откройте «Источники» и подключите учётную запись заново.",
    "uk": "Відкрийте «Джерела» й підключіть обліковий запис знову.",
    "pl": "Otwórz Źródła i połącz konto ponownie.",
    "zh_CN": "请打开“来源”并重新连接账号。",
}


@pytest.fixture
def language():
    yield lambda code: install_translators(QApplication.instance(), code)
    install_translators(QApplication.instance(), "en")


def _check(window, qtbot) -> None:
    window.sync_button.trigger()
    qtbot.waitUntil(lambda: window.sync.running, timeout=3000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)


@pytest.mark.parametrize("code", list(WHAT_TO_DO))
def test_a_revoked_connection_says_what_to_do_in_full_over_the_inbox(db, qtbot, language, code):
    from clinicrep.ui.main_window import MainWindow

    language(code)
    with FakeGoogle() as api:
        api.add_reviews(api.add_location("200", "300", "Клініка на Подолі"), 2)
        google_source(db, api, default_store(), name="Google: Поділ")
        window = MainWindow(db, sync_on_start=False)
        qtbot.addWidget(window)
        window.resize(1280, 760)
        window.show()
        qtbot.waitExposed(window)
        api.refresh_tokens.clear()  # revoked in the Google account
        _check(window, qtbot)
        banner = window.monitoring
        assert banner.isVisible()
        said = banner.text.text()
        assert said.startswith(("Google: Поділ: ", "Google: Поділ：")), said
        assert said.rstrip().endswith(WHAT_TO_DO[code]), said
        assert banner.text.isVisible() and banner.text.wordWrap()

        api.refresh_tokens.add(REFRESH_TOKEN)  # connected again
        _check(window, qtbot)
        assert WHAT_TO_DO[code] not in banner.text.text()
        assert not banner.isVisible()
    window.close()
