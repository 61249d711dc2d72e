"""The front desk's screen is 1280x800: Settings fit it with Save and Cancel in view, each
setting says what it does, the inbox shows a dozen reviews with the review and the reply
below, and the split the user chose comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
)

from clinicrep.i18n import install_translators
from clinicrep.monitoring.install import MonitorInstaller, RunResult
from clinicrep.settings import load_settings
from clinicrep.ui.settings_dialog import SettingsDialog
from ui.dialogs import answer_next_dialog
from ui.layout_checks import height_in_view, wait_until_settled

SCREEN_W, SCREEN_H = 1280, 800
WINDOW_H = 760  # the screen less a title bar and a panel


@pytest.fixture
def language(request):
    install_translators(QApplication.instance(), request.param)
    yield request.param
    install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "ru", "pl"], indirect=True)
def test_settings_fit_a_1280x800_screen_with_save_and_cancel_always_in_view(
    window, qtbot, language
):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= WINDOW_H - 40 and dialog.width() <= SCREEN_W
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        assert isinstance(page, QScrollArea)  # a long tab scrolls; it never grows the dialog
        save = dialog.buttons.buttons()[0]
        assert save.isVisible()
        bottom_right = save.mapTo(dialog, QPoint(save.width(), save.height()))
        assert dialog.rect().contains(bottom_right)
    assert dialog.height() <= WINDOW_H - 40


def test_every_setting_has_a_one_line_explanation(window, qtbot):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    fields = [
        w
        for kind in (QLineEdit, QAbstractSpinBox, QComboBox)
        for w in dialog.findChildren(kind)
        if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))  # a spin box's own line edit
    ]
    assert len(fields) >= 20
    missing = [
        w.accessibleName() or w.objectName() for w in fields if not w.accessibleDescription()
    ]
    assert missing == [], missing
    assert dialog.practice_name.accessibleDescription() == (
        "Used in replies and on every page of the monthly report."
    )


def test_a_monitoring_failure_names_what_failed_and_the_exact_command(window, qtbot, tmp_path):
    def no_such_program(_args, _stdin=None):
        return RunResult(127, "", "FileNotFoundError")

    window.monitor_installer = MonitorInstaller(
        system="Linux", runner=no_such_program, home=tmp_path
    )
    dialog = SettingsDialog(window.settings, window, installer=window.monitor_installer)
    qtbot.addWidget(dialog)
    dialog.monitoring.monitor_enabled.setChecked(True)
    shown = answer_next_dialog("OK")
    window.apply_settings(dialog.result_settings())
    assert shown.seen
    assert "FileNotFoundError" not in shown.text and "Details" not in shown.text
    assert "this computer has no “crontab” program" in shown.text
    assert "Command: crontab -" in shown.text


def test_the_inbox_shows_a_dozen_reviews_with_the_review_and_reply_below(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.resize(SCREEN_W, WINDOW_H)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.pane.review is not None, timeout=5000)
    qtbot.wait(100)  # the layout settles
    rows_in_view = window.table.viewport().height() // window.table.rowHeight(0)
    assert rows_in_view >= 12
    assert height_in_view(window.pane.text, window) >= 60
    assert height_in_view(window.editor.text, window) >= 80
    assert height_in_view(window.editor.publish_button, window) == (
        window.editor.publish_button.height()
    )


def test_the_split_the_user_dragged_is_remembered(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.resize(SCREEN_W, WINDOW_H)
    window.show()
    qtbot.waitExposed(window)
    before = window.splitter.sizes()
    handle = window.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(0, -60))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, -60))
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] < before[0] - 30)
    chosen = window.splitter.sizes()
    window.close()
    assert load_settings(seeded_db).inbox_split == chosen

    again = MainWindow(seeded_db)
    qtbot.addWidget(again)
    again.resize(SCREEN_W, WINDOW_H)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == chosen


def test_choosing_another_review_does_not_move_the_table(window, qtbot):
    window.resize(SCREEN_W, WINDOW_H)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 5, timeout=5000)
    wait_until_settled(window, qtbot)
    sizes = window.splitter.sizes()
    top = window.table.mapTo(window, QPoint(0, 0))
    for row in range(window.model.rowCount()):
        window.select_row(row)
        qtbot.wait(10)
        assert window.splitter.sizes() == sizes
        assert window.table.mapTo(window, QPoint(0, 0)) == top


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl", "zh_CN"], indirect=True)
def test_the_time_left_column_shows_whole_texts_in_every_language(seeded_db, qtbot, language):
    """'просрочка 105 дн.' was shown as 'просрочка 105 ...' at 1280x800."""
    from clinicrep.ui.inbox_model import Column
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.resize(SCREEN_W, WINDOW_H)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    width = window.table.columnWidth(Column.TIME_LEFT)
    metrics = window.table.fontMetrics()
    room = width - 12  # the cell's margins
    for text in window.model.time_left_samples():
        assert metrics.horizontalAdvance(text) <= room, (text, width)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_window_fits_an_800_px_screen_its_filters_on_two_lines(seeded_db, qtbot, language):
    """A 1024x768 laptop with a side bar leaves 800 px or less: the window could not be made
    narrower than 992 px (its filters on one line), and ran off the screen. The filters now
    go on to a second line where they do not fit, each shown whole, and on one line again
    at 1024 px; the reply and "Publish" stay in view (the review's pane scrolls)."""
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators
    from clinicrep.ui.main_window import MainWindow
    from ui.clipping import clipped_texts

    install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(seeded_db)
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.pane.review is not None, timeout=5000)
        qtbot.wait(100)  # the layout settles
        assert window.minimumSizeHint().width() <= 800
        assert window.width() == 800
        filters = window.filters
        combos = [filters.view, filters.platform, filters.stars, filters.sentiment]
        combos += [filters.topic, filters.aspect, filters.period]
        lines = set()
        for combo in combos:
            assert combo.isVisible(), combo.accessibleName()
            place = combo.mapTo(window, combo.rect().topLeft())
            assert 0 <= place.x() and place.x() + combo.width() <= 800, combo.accessibleName()
            lines.add(place.y())
        assert len(lines) == 2  # on two lines, each filter whole
        bar = window.filter_bar
        assert bar.height() >= filters.height() and filters.height() >= 2 * filters.view.height()
        assert not [t for t in clipped_texts(filters) if "QComboBox" in t or "filters" in t]
        assert height_in_view(window.editor.text, window) >= 40
        assert height_in_view(window.editor.publish_button, window) == (
            window.editor.publish_button.height()
        )

        window.resize(1024, 768)
        qtbot.waitUntil(lambda: window.width() == 1024)
        qtbot.wait(100)
        places = {combo.mapTo(window, combo.rect().topLeft()).y() for combo in combos}
        assert len(places) == 1  # room enough: one line
    finally:
        install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "pl"])
def test_at_1024_px_the_review_column_keeps_its_room_and_widens_back(seeded_db, qtbot, language):
    """At 1024 px the nine other columns took 958 px and the review's own text 40-46 px (a
    word or two). Topics, then sentiment, then urgency now give way (the review pane shows
    them) so the text keeps at least 260 px, and they come back on a wide screen."""
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators
    from clinicrep.ui.inbox_model import Column
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(seeded_db)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0)
        table = window.table
        qtbot.waitUntil(lambda: table.columnWidth(Column.TEXT) >= 260)
        assert not table.isColumnHidden(Column.STATUS)
        assert not table.isColumnHidden(Column.TIME_LEFT)
        assert table.isColumnHidden(Column.TOPICS)
        shown = [c for c in Column if not table.isColumnHidden(c)]
        total = sum(table.columnWidth(c) for c in shown)
        assert total <= table.viewport().width() + 1  # no sideways scrolling either
        window.resize(1800, 900)
        qtbot.waitUntil(lambda: not table.isColumnHidden(Column.TOPICS))
        assert all(not table.isColumnHidden(c) for c in Column)
        assert table.columnWidth(Column.TEXT) >= 260
    finally:
        install_translators(QApplication.instance(), "en")
