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
