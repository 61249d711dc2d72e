"""Background work: a task that ends after the program has begun to close tells nobody and
prints no traceback (the installer's smoke test quits while the rules still compile)."""

from __future__ import annotations

import logging

import shiboken6

from clinicrep.ui.workers import _Signals, _Task


def test_a_task_ending_after_its_signals_are_gone_ends_quietly(caplog) -> None:
    caplog.set_level(logging.INFO, logger="clinicrep.ui.workers")
    signals = _Signals()
    task = _Task(lambda _progress: "done", signals)
    shiboken6.delete(signals)  # what closing the application does to it
    task.run()  # no RuntimeError escapes into the thread pool
    assert "after the program closed" in caplog.text


def test_a_wrong_password_is_logged_in_one_line_and_a_bug_with_its_traceback(caplog) -> None:
    """Test connection with a wrong password is no bug: the log names the error without a
    traceback or the server's text (the form shows the sentence); an unexpected exception
    keeps its traceback."""
    from clinicrep.errors import ServerLoginFailed

    caplog.set_level(logging.INFO, logger="clinicrep.ui.workers")
    failures: list[BaseException] = []
    signals = _Signals()
    signals.failed.connect(failures.append)

    def wrong_password(_progress):
        raise ServerLoginFailed('FATAL: password authentication failed for user "desk"')

    _Task(wrong_password, signals).run()
    (expected,) = caplog.records
    assert expected.getMessage() == (
        "background task failed: server_login_failed (ServerLoginFailed)"
    )
    assert expected.exc_info is None and "FATAL" not in caplog.text
    caplog.clear()

    def bug(_progress):
        raise KeyError("no such column")

    _Task(bug, signals).run()
    (unexpected,) = caplog.records
    assert unexpected.exc_info is not None  # the traceback, for the bug report
    assert [type(e).__name__ for e in failures] == ["ServerLoginFailed", "KeyError"]


def test_closing_waits_for_the_running_check_and_drops_those_not_started(qtbot) -> None:
    """A word list still compiling when the window closed crashed the process as Python
    shut down (CI, the two-PC test): the program now waits for it, and starts nothing new."""
    import threading
    import time

    from clinicrep.ui.workers import Op, checks_pool, wait_before_exit

    started = threading.Event()
    ran: list[str] = []

    def slow(_progress: object) -> None:
        started.set()
        time.sleep(0.3)
        ran.append("running one")

    Op(None, slow).start(checks_pool())
    Op(None, lambda _p: ran.append("queued one")).start(checks_pool())
    assert started.wait(5)
    assert wait_before_exit(5_000)
    assert ran == ["running one"]
