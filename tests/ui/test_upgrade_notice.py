"""A receptionist is writing a reply when IT upgrades clinicrep underneath her: the window
says so in her language, keeps working, and Restart now saves her draft and starts the new
version with the same data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from clinicrep.i18n import install_translators
from clinicrep.installation import UpgradeWatch, find_installation
from clinicrep.store.replies import get_reply
from clinicrep.ui.upgrade_notice import (
    offer_restart_on_upgrade,
    restart_after_upgrade,
    start_detached,
)


@pytest.fixture
def installed(tmp_path: Path) -> tuple[UpgradeWatch, Path]:
    """0.1.0 installed side by side, as the .deb lays it out; returns its watch and run/."""
    run = tmp_path / "opt" / "clinicrep" / "run"
    for version in ("0.1.0",):
        (run / version / "_internal").mkdir(parents=True)
        (run / version / "_internal" / "VERSION").write_text(version + "\n")
        (run / version / "clinicrep").write_text("")
    (run / "current").symlink_to("0.1.0")
    installation = find_installation(run / "0.1.0" / "clinicrep", run / "0.1.0" / "_internal")
    return UpgradeWatch(installation, running="0.1.0"), run


def _upgrade(run: Path, version: str) -> None:
    (run / version / "_internal").mkdir(parents=True)
    (run / version / "_internal" / "VERSION").write_text(version + "\n")
    (run / version / "clinicrep").write_text("")
    (run / "current.new").symlink_to(version)
    (run / "current.new").replace(run / "current")


def _type_a_draft(window, qtbot, text: str) -> int:
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    window.editor.text.setPlainText(text)
    return window.editor.review.id


def test_upgrade_under_an_open_window_is_announced_and_restart_keeps_the_draft(
    window, qtbot, installed, seeded_db
) -> None:
    watch, run = installed
    started: list[list[str]] = []

    def restart() -> None:
        restart_after_upgrade(
            window,
            watch,
            ["--data-dir", "/srv/clinic"],
            close_store=lambda: None,  # the fixture's store outlives the window
            start=lambda command: started.append(command) or True,
        )

    monitor = offer_restart_on_upgrade(window, watch, restart)
    monitor.timer.setInterval(50)
    banner = monitor.banner
    assert not banner.isVisible()

    review_id = _type_a_draft(window, qtbot, "Thank you for telling us. We are sorry")
    _upgrade(run, "0.1.1")
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert "clinicrep 0.1.1 was installed while this window was open" in banner.text.text()
    assert "Your draft reply is kept" in banner.text.text()
    assert banner.restart_button.text() == "Restart now"
    # the window goes on working meanwhile: the draft is still being written
    assert window.editor.text.toPlainText().endswith("We are sorry")

    banner.restart_button.click()
    assert started == [[str(run / "current" / "clinicrep"), "--data-dir", "/srv/clinic"]]
    assert not window.isVisible()
    draft = get_reply(seeded_db, review_id)
    assert draft is not None and draft.text == "Thank you for telling us. We are sorry"


def test_later_hides_the_notice_until_yet_another_version_comes(window, qtbot, installed) -> None:
    watch, run = installed
    monitor = offer_restart_on_upgrade(window, watch, lambda: None)
    _upgrade(run, "0.1.1")
    assert monitor.check() == "0.1.1"
    qtbot.waitUntil(monitor.banner.isVisible)
    monitor.banner.later_button.click()
    assert monitor.check() == "0.1.1"
    assert not monitor.banner.isVisible()
    _upgrade(run, "0.1.2")
    monitor.check()
    qtbot.waitUntil(monitor.banner.isVisible)
    assert "0.1.2" in monitor.banner.text.text()


def test_a_window_that_runs_the_installed_version_shows_no_notice(window, installed) -> None:
    watch, _run = installed
    monitor = offer_restart_on_upgrade(window, watch, lambda: None)
    assert monitor.check() is None
    assert not monitor.banner.isVisible()


def test_the_notice_speaks_russian_for_a_russian_desk(window, qtbot, installed) -> None:
    app = QCoreApplication.instance()
    install_translators(app, "ru")
    try:
        watch, run = installed
        monitor = offer_restart_on_upgrade(window, watch, lambda: None)
        _upgrade(run, "0.1.1")
        monitor.check()
        text = monitor.banner.text.text()
        assert "0.1.1" in text and "черновик" in text.lower()
        assert monitor.banner.restart_button.text() == "Перезапустить"
    finally:
        install_translators(app, "en")


def test_when_the_new_version_cannot_start_the_user_is_told_and_the_draft_is_saved(
    window, qtbot, installed, seeded_db
) -> None:
    from ui.dialogs import answer_next_dialog

    watch, run = installed
    _upgrade(run, "0.1.1")
    review_id = _type_a_draft(window, qtbot, "We are sorry to hear that")
    seen = answer_next_dialog("OK")
    assert not restart_after_upgrade(
        window, watch, [], close_store=lambda: None, start=lambda command: False
    )
    assert seen.pressed
    assert "could not be started" in seen.text and "applications menu" in seen.text
    draft = get_reply(seeded_db, review_id)
    assert draft is not None and draft.text == "We are sorry to hear that"


def test_the_new_version_is_started_as_a_program_of_its_own(tmp_path: Path, qtbot) -> None:
    # a real process: it outlives the window and is told it is no helper of this bundle
    seen = tmp_path / "started.txt"
    script = tmp_path / "clinicrep"
    script.write_text(f'#!/bin/sh\necho "$* $PYINSTALLER_RESET_ENVIRONMENT" > "{seen}"\n')
    script.chmod(0o755)
    assert start_detached([str(script), "--data-dir", "/srv/clinic"])
    qtbot.waitUntil(lambda: seen.is_file() and bool(seen.read_text().strip()), timeout=5000)
    assert seen.read_text().strip() == "--data-dir /srv/clinic 1"
    assert not start_detached([str(tmp_path / "no-such-program")])
