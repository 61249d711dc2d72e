"""The receptionist signs in to Google: the Sources dialog says it waits for the browser,
shows a link she can copy, lets her cancel, and a sync started meanwhile is not held up."""

from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clinicrep.secrets import default_store, source_owner
from clinicrep.store.sources import list_sources
from clinicrep.ui.sources_dialog import SourcesDialog
from clinicrep.ui.workers import Op
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source


@pytest.fixture
def google_api():
    with FakeGoogle() as api:
        yield api


@pytest.fixture
def dialog(db, qtbot, google_api):
    google_api.add_location("200", "300", "Family Clinic")
    google_source(db, google_api, default_store())
    sources = SourcesDialog(db)
    qtbot.addWidget(sources)
    sources.show()
    sources.list.setCurrentRow(0)
    opened: list[str] = []
    sources.sign_in_panel.open_browser = opened.append  # no real browser in a test
    return sources, opened


def test_sign_in_waits_for_the_browser_with_a_link_to_copy_and_finishes(
    dialog, qtbot, db, google_api
):
    sources, opened = dialog
    panel = sources.sign_in_panel
    qtbot.mouseClick(sources.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
    assert panel.state.text().startswith("Waiting for your browser")
    assert panel.cancel_button.isVisible()
    assert opened == [panel.link.text()]

    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    link = QGuiApplication.clipboard().text()
    assert link.startswith(google_api.url) and "code_challenge" in link
    # she pastes the link in her browser and allows access
    threading.Thread(
        target=lambda: httpx.get(link, follow_redirects=True, timeout=5.0), daemon=True
    ).start()
    qtbot.waitUntil(lambda: panel.state.text() == "Signed in to Google.", timeout=10000)
    source_id = list_sources(db)[0].id
    assert default_store().get(source_owner(source_id), "refresh_token")
    assert not panel.cancel_button.isVisible()


def test_cancel_stops_the_sign_in_without_a_message_box(dialog, qtbot):
    sources, _opened = dialog
    panel = sources.sign_in_panel
    sources.sign_in_selected()
    qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert panel.state.text() == "Sign-in cancelled. Nothing was changed."
    assert QApplication.activeModalWidget() is None


def test_a_sign_in_never_holds_up_a_sync_or_an_import(dialog, qtbot):
    sources, _opened = dialog
    panel = sources.sign_in_panel
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(1)  # the worst case: one worker thread for everything else
    try:
        sources.sign_in_selected()
        qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
        done: list[str] = []
        Op(sources, lambda _p: "synced").on_success(done.append).start()
        qtbot.waitUntil(lambda: done == ["synced"], timeout=3000)
        assert panel.running  # still waiting for the browser meanwhile
    finally:
        panel.cancel()
        qtbot.waitUntil(lambda: not panel.running, timeout=5000)
        pool.setMaxThreadCount(before)


def test_closing_the_sources_dialog_cancels_the_sign_in(dialog, qtbot):
    sources, _opened = dialog
    panel = sources.sign_in_panel
    sources.sign_in_selected()
    qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
    sources.close()
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert QApplication.activeModalWidget() is None
