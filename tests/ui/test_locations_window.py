"""A practice with two locations (issue 20): the owner names them once, says which source
belongs where, and then filters the inbox and the charts by location and makes a monthly
report per location. A practice without locations sees no location choice anywhere."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTableWidget

from clinicrep.model import Platform
from clinicrep.ui.report_dialogs import MonthlyReportDialog


def when_dialog_opens(name: str, act: Callable[[object], None]) -> dict[str, bool]:
    """Do ``act`` in the modal dialog called ``name`` once it is open, then close it."""
    done = {"acted": False}
    deadline = time.monotonic() + 10

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        act(dialog)
        done["acted"] = True
        dialog.reject()  # "Close"

    QTimer.singleShot(0, poll)
    return done


def name_two_locations(dialog) -> None:
    field = dialog.findChild(QLineEdit, "newLocation")
    add = dialog.findChild(QPushButton, "addLocation")
    for name in ("Downtown", "Riverside"):
        field.setText(name)
        add.click()
    table = dialog.findChild(QTableWidget, "sourceLocations")
    assert table.isVisibleTo(dialog)
    for row in range(table.rowCount()):
        label = table.item(row, 0).text()
        choice = table.cellWidget(row, 1)
        assert isinstance(choice, QComboBox)
        if label.startswith(Platform.GOOGLE.value):
            choice.setCurrentIndex(choice.findText("Downtown"))
        elif label.startswith(Platform.FACEBOOK.value):
            choice.setCurrentIndex(choice.findText("Riverside"))


def platforms_shown(window) -> set[str]:
    return {
        str(window.model.review_at(row).platform.value) for row in range(window.model.rowCount())
    }


def test_without_locations_there_is_no_location_choice_anywhere(window, qtbot):
    assert not window.filters.location.isVisible()
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not window.charts.loading)
    assert not window.charts.location.isVisible()
    dialog = MonthlyReportDialog(window, ())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.location.isVisible()


def test_locations_named_once_filter_the_inbox_the_charts_and_the_report(window, qtbot):
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == 6)
    acted = when_dialog_opens("locationsDialog", name_two_locations)
    window.locations_action.trigger()
    assert acted["acted"]

    combo = window.filters.location
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All locations",
        "Downtown",
        "Riverside",
    ]
    combo.setCurrentIndex(combo.findText("Downtown"))
    qtbot.waitUntil(lambda: window.model.complete and platforms_shown(window) == {"google"})
    assert window.model.rowCount() == 2
    combo.setCurrentIndex(combo.findText("Riverside"))
    qtbot.waitUntil(lambda: window.model.complete and platforms_shown(window) == {"facebook"})

    # the charts: one location or all of them
    window.tabs.setCurrentIndex(1)
    charts = window.charts
    qtbot.waitUntil(lambda: not charts.loading and charts.data is not None)
    assert charts.location.isVisible()
    everything = sum(p.count for p in charts.data.rating)
    charts.location.setCurrentIndex(charts.location.findText("Downtown"))
    qtbot.waitUntil(lambda: not charts.loading and sum(p.count for p in charts.data.rating) == 2)
    assert everything == 6
    # a click on the chart shows that location's reviews in the inbox
    charts.platform_clicked.emit(Platform.GOOGLE)
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == 2)
    assert window.filters.location.currentText() == "Downtown"

    # the monthly report: the whole practice or one location
    dialog = MonthlyReportDialog(window, window_locations(window))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.location.isVisible()
    assert [dialog.location.itemText(i) for i in range(dialog.location.count())] == [
        "Whole practice (all locations)",
        "Downtown",
        "Riverside",
    ]


def window_locations(window):
    from clinicrep.store.locations import list_locations

    return list_locations(window.db)


def test_the_status_bar_counts_the_chosen_locations_reviews(window, qtbot):
    """Choosing a location, the status bar's new / open / overdue are that location's:
    they stayed the whole practice's."""
    window.filters.view.setCurrentIndex(window.filters.view.findData("all"))
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == 6)
    acted = when_dialog_opens("locationsDialog", name_two_locations)
    window.locations_action.trigger()
    assert acted["acted"]
    qtbot.waitUntil(lambda: "Shown: 6 · new: 6 · open: 6 · overdue: 3" in window.counts.text())

    combo = window.filters.location
    combo.setCurrentIndex(combo.findText("Downtown"))  # Google: 3 h and 30 h old
    qtbot.waitUntil(lambda: window.model.complete and platforms_shown(window) == {"google"})
    qtbot.waitUntil(lambda: "Shown: 2 · new: 2 · open: 2 · overdue: 0" in window.counts.text())

    combo.setCurrentIndex(combo.findText("Riverside"))  # Facebook: 50 h old, past 48 h
    qtbot.waitUntil(lambda: window.model.complete and platforms_shown(window) == {"facebook"})
    qtbot.waitUntil(lambda: "Shown: 1 · new: 1 · open: 1 · overdue: 1" in window.counts.text())

    combo.setCurrentIndex(combo.findText("All locations"))
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == 6)
    qtbot.waitUntil(lambda: "Shown: 6 · new: 6 · open: 6 · overdue: 3" in window.counts.text())


def test_the_owners_approval_count_is_the_chosen_locations(seeded_db, qtbot):
    """With approval on, the owner's "Waiting for approval: n" follows the location chosen,
    as the other counts of the status bar do: it stayed the whole practice's (3 for
    Riverside, whose one review waits)."""
    from clinicrep import workstation
    from clinicrep.approval import ask_for_approval
    from clinicrep.settings import Settings, save_settings
    from clinicrep.store.inbox import ReviewQuery, review_ids
    from clinicrep.ui.main_window import MainWindow

    save_settings(seeded_db, Settings(approval_required=True))
    desk = workstation.choose("Reception", workstation.Role.STAFF)
    by_platform: dict[str, list[int]] = {}
    for review_id in review_ids(seeded_db, ReviewQuery()):
        platform = window_review_platform(seeded_db, review_id)
        by_platform.setdefault(platform, []).append(review_id)
    for review_id in by_platform["google"] + by_platform["facebook"]:
        ask_for_approval(seeded_db, review_id, "Thank you for your review.", desk)
    workstation.choose("Consulting room", workstation.Role.OWNER)
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    acted = when_dialog_opens("locationsDialog", name_two_locations)
    window.locations_action.trigger()
    assert acted["acted"]
    button = window.waiting_button
    qtbot.waitUntil(lambda: button.text() == "Waiting for approval: 3")
    assert button.isVisible()

    combo = window.filters.location
    combo.setCurrentIndex(combo.findText("Riverside"))  # Facebook: one review waits
    qtbot.waitUntil(lambda: window.model.complete and platforms_shown(window) <= {"facebook"})
    qtbot.waitUntil(lambda: button.text() == "Waiting for approval: 1")

    combo.setCurrentIndex(combo.findText("Downtown"))  # Google: two wait
    qtbot.waitUntil(lambda: button.text() == "Waiting for approval: 2")

    # the button shows them: the location's waiting replies, and only those
    button.click()
    qtbot.waitUntil(lambda: window.model.complete and window.model.rowCount() == 2)
    assert platforms_shown(window) == {"google"}

    combo.setCurrentIndex(combo.findText("All locations"))
    qtbot.waitUntil(lambda: button.text() == "Waiting for approval: 3")


def window_review_platform(db, review_id: int) -> str:
    from clinicrep.store.reviews import get_review

    review = get_review(db, review_id)
    assert review is not None
    return str(review.platform.value)
