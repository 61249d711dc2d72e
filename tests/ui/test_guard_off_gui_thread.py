"""A reply whose rules are not compiled yet (a new process, a language not met before) is
checked on a worker; once compiled, checks run at once on the GUI thread. Compiling took the
GUI thread 1-2 s on a busy PC, and a worker compiling every language at once held up the
window's other work (the live updates of a shared store)."""

from __future__ import annotations

import threading

from clinicrep.guidelines import confidentiality
from clinicrep.ui import reply_editor


def test_a_reply_in_letters_not_compiled_yet_is_checked_on_a_worker(window, qtbot, monkeypatch):
    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and not editor.checking)
    monkeypatch.setattr(confidentiality, "_ready", set())  # as in a process just started
    on_gui_thread: list[bool] = []
    real = reply_editor.guard_reply

    def spy(*args, **kwargs):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reply_editor, "guard_reply", spy)
    editor.text.setPlainText("Thank you for the kind words! 谢谢您的评价。")
    editor.evaluate()  # (the editor's timer would, 150 ms later)
    assert editor.checking  # the user is told why the checklist is empty and Publish off
    assert editor.state.text() == "Checking the reply…"
    assert not editor.publish_button.isEnabled()
    qtbot.waitUntil(lambda: bool(on_gui_thread) and not editor.checking)
    assert editor.state.text() != "Checking the reply…"
    assert on_gui_thread == [False]
    assert not editor.findings

    editor.text.setPlainText("Thank you for the kind words! 谢谢您的好评。")
    qtbot.waitUntil(lambda: len(on_gui_thread) == 2 and not editor.checking)
    assert on_gui_thread[-1] is True  # its rules are compiled now: checked at once
    assert editor.publish_button.isEnabled()


def test_a_reply_is_checked_while_every_general_worker_is_busy(window, qtbot, monkeypatch):
    """A check for new reviews on a dead network or a long import can hold every worker of
    the global pool for minutes; the reply's check has a thread of its own, so "Publish" does
    not stay off all that time."""
    from PySide6.QtCore import QThreadPool

    from clinicrep.ui.workers import Op

    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and not editor.checking)
    monkeypatch.setattr(confidentiality, "_ready", set())
    release = threading.Event()
    pool = QThreadPool.globalInstance()
    busy = [Op(window, lambda _p: release.wait(30)) for _ in range(pool.maxThreadCount() + 1)]
    for op in busy:
        op.start()
    try:
        qtbot.waitUntil(lambda: pool.activeThreadCount() == pool.maxThreadCount())
        editor.text.setPlainText("Thank you, we are glad the visit went well.")
        editor.evaluate()
        assert editor.state.text() == "Checking the reply…"
        qtbot.waitUntil(lambda: not editor.checking, timeout=20_000)
        assert not release.is_set()  # the general workers were busy all along
        assert editor.state.text() != "Checking the reply…"
        assert editor.publish_button.isEnabled()
    finally:
        release.set()
        pool.waitForDone(10_000)


def test_the_word_lists_compile_the_practices_languages_first(qtbot, monkeypatch):
    """After the first paint each language compiles on the checks' thread, the practice's
    reply languages first, so the first reply of the day is not waiting for Chinese."""
    from clinicrep import app as app_module
    from clinicrep.ui.workers import checks_pool

    compiled: list[tuple[str, ...]] = []
    monkeypatch.setattr(confidentiality, "load_guidelines", lambda codes: compiled.append(codes))
    app_module._load_guidelines_in_background(None, ["pl", "zh", "xx"])
    qtbot.waitUntil(lambda: len(compiled) == 5)
    checks_pool().waitForDone(5_000)
    assert compiled == [("pl",), ("zh",), ("en",), ("ru",), ("uk",)]
