"""An urgent review raises one alert: a banner and a tray message, once, until acknowledged."""

from __future__ import annotations

from clinicrep.store.alerts import unacknowledged_alerts


def _wait_for_banner(window, qtbot):
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)


def test_urgent_review_shows_a_banner_and_one_tray_message(window, qtbot):
    _wait_for_banner(window, qtbot)
    assert "urgent review" in window.banner.text.text().lower()
    assert len(window.tray.shown) == 1
    # checking again (the next sync) raises nothing new and notifies nothing again
    window.check_alerts()
    qtbot.wait(300)
    assert len(window.tray.shown) == 1
    assert len(unacknowledged_alerts(window.db)) == 1


def test_show_review_from_the_banner_selects_it(window, qtbot):
    _wait_for_banner(window, qtbot)
    window.filters.search.setText("Лікар")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.banner.show_button.click()
    qtbot.waitUntil(lambda: window.pane.author.text() == "Mallory")


def test_an_acknowledged_alert_does_not_come_back_after_a_restart(window, qtbot, seeded_db):
    _wait_for_banner(window, qtbot)
    window.banner.ack_button.click()
    assert not window.banner.isVisible()
    window.close()
    from clinicrep.ui.main_window import MainWindow

    again = MainWindow(seeded_db)
    qtbot.addWidget(again)
    again.show()
    qtbot.wait(500)
    assert not again.banner.isVisible()
    assert again.tray.shown == []
