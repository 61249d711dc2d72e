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
