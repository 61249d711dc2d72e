"""What the user sees of the window's layout: how much of a widget is in view, and the
window once its layout has settled after the start."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QThreadPool


def height_in_view(widget, window) -> int:  # type: ignore[no-untyped-def]
    """How much of ``widget`` the user sees: its rectangle clipped by every parent's."""
    seen = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        seen = seen.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return seen.intersected(window.rect()).height() if widget.isVisible() else 0


def wait_until_settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The work started after the first paint has ended (the alerts' check shows its 48 px
    banner above the inbox when it finds one: on a loaded machine well after 100 ms, read as
    the table moving) and the splitter keeps one size for a moment."""
    qtbot.waitUntil(lambda: window.first_paint.done, timeout=10_000)
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)
    sizes = window.splitter.sizes()
    for _ in range(100):
        qtbot.wait(100)
        if window.splitter.sizes() == sizes:
            break
        sizes = window.splitter.sizes()
