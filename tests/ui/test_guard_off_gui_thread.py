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
    # a process's first check builds Chinese's and English's tables: over 5 s at a load of 9
    qtbot.waitUntil(lambda: bool(on_gui_thread) and not editor.checking, timeout=30_000)
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
        editor.release()  # as when the text was saved: another PC may change the reply now
        editor.reply_changed_elsewhere(None)  # ... and a live update says one did
        assert editor.state.text() == "Checking the reply…"  # still says why Publish is off
        assert not editor.publish_button.isEnabled()
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
    prepared: list[tuple[str, ...]] = []
    monkeypatch.setattr(confidentiality, "load_guidelines", lambda codes: compiled.append(codes))
    monkeypatch.setattr(confidentiality, "prepare_guidelines", lambda c: prepared.append(c))
    app_module._load_guidelines_in_background(None, ["pl", "zh", "xx"])
    qtbot.waitUntil(lambda: len(compiled) == 5)
    checks_pool().waitForDone(5_000)
    # the tables a first reply needs (the practice's languages, and English for the names in
    # Latin letters), then each language whole
    assert prepared == [("pl", "zh", "en")]
    assert compiled == [("pl",), ("zh",), ("en",), ("ru",), ("uk",)]


def test_the_first_reply_of_the_day_is_checked_before_any_language_is_compiled_whole(
    window, qtbot, monkeypatch
):
    """A reply shown as the window opens, its rules not compiled yet: its check waits only for
    the practice's tables being built (a fraction of a second), not for its language being
    compiled whole (Russian: 1.5 s of CPU, 3 s of "Checking the reply…" on a busy PC)."""
    from clinicrep import app as app_module
    from clinicrep.ui.workers import checks_pool

    editor = window.editor
    qtbot.waitUntil(lambda: editor.review is not None and not editor.checking)
    checks_pool().waitForDone(10_000)
    monkeypatch.setattr(confidentiality, "_ready", set())  # as in a process just started
    steps: list[str] = []
    asked = threading.Event()
    real_prepare = confidentiality.prepare_guidelines

    def prepare(codes):  # the step running when the check is asked
        asked.wait(10)
        steps.append("tables")
        real_prepare(codes)

    monkeypatch.setattr(confidentiality, "prepare_guidelines", prepare)
    monkeypatch.setattr(
        confidentiality, "load_guidelines", lambda codes: steps.append(f"whole {codes[0]}")
    )
    real_guard = reply_editor.guard_reply

    def guard(*args, **kwargs):
        steps.append("reply checked")
        return real_guard(*args, **kwargs)

    monkeypatch.setattr(reply_editor, "guard_reply", guard)
    app_module._load_guidelines_in_background(None, ["ru"])
    editor.text.setPlainText("Спасибо за отзыв, Maria! Нам жаль, что вам пришлось ждать.")
    editor.evaluate()
    assert editor.state.text() == "Checking the reply…"
    asked.set()
    qtbot.waitUntil(lambda: not editor.checking, timeout=20_000)
    assert editor.state.text() != "Checking the reply…"
    checks_pool().waitForDone(10_000)
    assert steps[:2] == ["tables", "reply checked"], steps
    assert steps[2:] == ["whole ru", "whole en", "whole uk", "whole pl", "whole zh"]


def test_the_languages_the_inbox_holds_get_their_tables_before_any_language_compiles_whole(
    qtbot, monkeypatch
):
    """A Polish desk whose inbox holds Ukrainian and Chinese reviews: their tables are built
    right after the practice's language (a reply to a Chinese review opened soon after the
    start waited for its check to build them: 4.7 s at a load of 9, now 0.6 s), one task
    each, so that a reply's check waits for one step at most."""
    from clinicrep import app as app_module
    from clinicrep.ui.workers import checks_pool

    steps: list[str] = []
    monkeypatch.setattr(
        confidentiality, "load_guidelines", lambda codes: steps.append(f"whole {codes[0]}")
    )
    monkeypatch.setattr(
        confidentiality, "prepare_guidelines", lambda codes: steps.append(f"tables {codes}")
    )
    app_module._load_guidelines_in_background(None, ["pl"], ["uk", "pl", "zh", "uk", "en"])
    qtbot.waitUntil(lambda: len(steps) == 8)
    checks_pool().waitForDone(5_000)
    assert steps == [
        "tables ('pl', 'en')",
        "whole pl",  # her own replies: checked at once from now on
        "tables ('uk',)",
        "tables ('zh',)",
        "whole uk",
        "whole zh",
        "whole en",
        "whole ru",
    ]


def test_the_window_names_the_languages_of_its_rows_in_their_order(db, qtbot):
    from datetime import UTC, datetime, timedelta

    from clinicrep.model import Platform, Review, Source, SourceKind
    from clinicrep.store.reviews import upsert_reviews
    from clinicrep.store.sources import add_source
    from clinicrep.ui.main_window import MainWindow

    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Google", platform=Platform.GOOGLE))
    now = datetime.now(UTC)
    texts = {
        "uk": "Чекала на прийом понад годину, ніхто нічого не пояснив.",
        "zh": "预约了还是等了一个多小时，没有人解释原因。",
        "pl": "Czekałam na wizytę ponad godzinę i nikt nic nie wyjaśnił.",
    }
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id=f"r{i}",
                author="Maria",
                created_at=now - timedelta(hours=1 + i),
                rating=2,
                text=texts[code],
                language_hint=code,
            )
            for i, code in enumerate(["uk", "zh", "uk", "pl"])
        ],
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)
    assert window.inbox_languages() == ["uk", "zh", "pl"]
