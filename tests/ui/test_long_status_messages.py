"""A long sentence in the status line is said whole: the line cut it off under its counts
(Polish at 1280 px), the banner above the inbox says it in full."""

from __future__ import annotations

from clinicrep.store import live


def test_a_check_skipped_while_another_pc_checks_is_said_whole_in_polish_at_1280(
    seeded_db, qtbot, in_polish, monkeypatch
):
    from clinicrep.ui.main_window import MainWindow

    with live.practice_sync(seeded_db, who="Recepcja 1") as turn:  # this morning's check
        turn.outcome = "ok"
    # now the other PC of the practice holds the practice's check
    monkeypatch.setattr(live, "_try_sync_lock", lambda db: False)
    monkeypatch.setattr(live, "syncing_now", lambda db: "Recepcja 2")
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert "Recepcja 1" in window.last_sync.text()
    assert not window.monitoring.isVisible()

    window.sync_action.trigger()  # "Sprawdź nowe opinie"
    qtbot.waitUntil(lambda: "Recepcja 2" in window.statusBar().currentMessage(), timeout=20_000)
    said = window.statusBar().currentMessage()
    bar = window.statusBar()
    assert bar.fontMetrics().horizontalAdvance(said) > window.counts.x()  # cut off there
    assert window.monitoring.isVisible() and said in window.monitoring.text.text()
