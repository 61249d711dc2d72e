"""Every control can be reached and named by a screen reader; the window fits 1280×720."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView


def _name(widget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    return ""


def test_every_control_in_the_main_window_has_an_accessible_name(window):
    unnamed = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and not _name(widget):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    # line edits inside combo boxes and spin boxes are named by their owner
    unnamed = [u for u in unnamed if not u.startswith("QLineEdit ''")]
    assert unnamed == []


def test_every_menu_action_has_a_keyboard_path(window):
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_the_window_fits_1280_by_720(window, qtbot):
    window.resize(1280, 720)
    qtbot.wait(50)
    assert window.width() <= 1280 and window.height() <= 720
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 720
