"""A bug in a slot is not lost on stderr: the user sees a dialog saying where the log is, with
the details (secrets masked), and the log has the traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from clinicrep import paths
from clinicrep.logs import setup_logging
from clinicrep.ui.bug_report import install_bug_hook


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_with_the_log_path(qtbot, monkeypatch, data_dir):
    setup_logging()
    shown: list[QMessageBox] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    button = QPushButton("Mark as answered")
    qtbot.addWidget(button)

    def buggy_slot() -> None:
        raise KeyError("access_token=SECRET123456789 was not in the dict")

    button.clicked.connect(buggy_slot)
    previous = install_bug_hook()
    try:
        button.click()
    finally:
        sys.excepthook = previous

    [box] = shown
    log_file = paths.log_dir() / "clinicrep.log"
    assert box.text().startswith("Something went wrong that clinicrep did not expect.")
    assert str(log_file) in box.informativeText()
    assert "buggy_slot" in box.detailedText() and "KeyError" in box.detailedText()
    assert "SECRET123456789" not in box.detailedText()
    logged = log_file.read_text(encoding="utf-8")
    assert "ERROR clinicrep.ui.bug_report: unexpected error in the window" in logged
    assert "Traceback (most recent call last)" in logged and "buggy_slot" in logged
    assert "SECRET123456789" not in logged


@pytest.mark.qt_no_exception_capture
def test_the_window_installs_the_bug_dialog(qtbot, monkeypatch, data_dir):
    """run_window's hook: a bug raised in a slot of the running window reaches the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clinicrep.app import run_window

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def raise_in_slot() -> None:
        raise RuntimeError("a bug in a slot")

    def exec_loop(*_args: object) -> int:
        QTimer.singleShot(0, raise_in_slot)
        QApplication.processEvents()
        for window in QApplication.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_loop)
    run_window()
    assert any(text.startswith("Something went wrong that clinicrep") for text in shown)
