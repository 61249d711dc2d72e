"""The window paints its first screen before anything else starts: the sync on start, the
integrity check, the reply checks' word lists wait for that paint (on a busy machine each of
them took time from it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from clinicrep.ui.first_paint import FirstPaint


def test_background_work_starts_once_the_first_screen_is_painted(qtbot) -> None:
    screen = QLabel("the inbox")
    qtbot.addWidget(screen)
    rows_in = [False]
    started: list[str] = []
    first = FirstPaint(screen, [screen], lambda: rows_in[0], fallback_ms=60_000)
    first.later(lambda: started.append("sync"))
    first.later(lambda: started.append("integrity check"))

    screen.show()  # painted, but the first rows are not in yet: nothing starts
    qtbot.waitExposed(screen)
    qtbot.wait(50)
    assert started == []

    rows_in[0] = True
    screen.update()  # painted with its rows
    qtbot.waitUntil(lambda: started == ["sync", "integrity check"], timeout=5000)
    first.later(lambda: started.append("later work"))  # after the paint: at once
    qtbot.waitUntil(lambda: started[-1] == "later work", timeout=5000)


def test_a_window_that_is_never_painted_starts_its_work_all_the_same(qtbot) -> None:
    hidden = QLabel("started in the tray")
    qtbot.addWidget(hidden)
    started: list[str] = []
    first = FirstPaint(hidden, [hidden], lambda: True, fallback_ms=100)
    first.later(lambda: started.append("sync"))
    qtbot.waitUntil(lambda: started == ["sync"], timeout=5000)


def test_the_window_syncs_on_start_after_painting_its_inbox(seeded_db, qtbot, monkeypatch):
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.sync_controller import SyncController

    calls: list[bool] = []
    monkeypatch.setattr(SyncController, "sync_now", lambda self, **_kw: calls.append(True))
    win = MainWindow(seeded_db, sync_on_start=True)
    qtbot.addWidget(win)
    assert calls == [] and not win.first_paint.done  # built, not painted: no sync yet
    win.show()
    qtbot.waitUntil(lambda: win.first_paint.done and calls == [True], timeout=5000)
    assert win.model.rowCount() > 0  # the inbox's rows were there when it started


def test_a_window_closed_before_its_first_paint_starts_no_sync(seeded_db, qtbot, monkeypatch):
    """Closed at once (she opened it by mistake): the sync it would have started after its
    first paint, or after FALLBACK_MS unpainted, is not started on the closed window."""
    from clinicrep.ui.first_paint import FALLBACK_MS
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.sync_controller import SyncController

    calls: list[bool] = []
    monkeypatch.setattr(SyncController, "sync_now", lambda self, **_kw: calls.append(True))
    win = MainWindow(seeded_db, sync_on_start=True)
    qtbot.addWidget(win)
    win.show()
    win.close()
    qtbot.waitUntil(lambda: win.first_paint.done, timeout=FALLBACK_MS + 5000)
    qtbot.wait(100)
    assert calls == []
