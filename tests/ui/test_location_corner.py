"""File → Locations names the practice's first location while the window is open: the
location filter appears beside the search in the menu bar's corner, and the search box, the
filter and "Check for new reviews" sit side by side, none drawn over another."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QToolButton


def _on_window(widget: Any, window: Any) -> QRect:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return QRect(top_left, widget.size())


def test_the_first_location_named_while_the_window_is_open_fits_beside_the_search(
    window: Any, qtbot: Any
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.resize(1280, 760)  # as the desk's screen has it
    qtbot.wait(100)
    assert not window.filters.location.isVisible()  # one place: no location filter

    def name_two_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, name_two_and_close)
            return
        for name in ("Riverside", "Old Town"):
            dialog.findChild(QLineEdit).setText(name)
            next(b for b in dialog.findChildren(QPushButton) if b.text() == "Add").click()
        dialog.reject()  # Close

    QTimer.singleShot(0, name_two_and_close)
    window.open_locations()  # File → Locations
    qtbot.waitUntil(lambda: window.filters.location.isVisible())
    qtbot.wait(50)
    location = _on_window(window.filters.location, window)
    search = _on_window(window.filters.search, window)
    check = _on_window(window.findChild(QToolButton, "syncNow"), window)
    assert location.right() < search.left(), (location, search)
    assert search.right() < check.left(), (search, check)
    assert check.right() <= window.width()
    assert search.width() >= window.filters.search.minimumSizeHint().width()
