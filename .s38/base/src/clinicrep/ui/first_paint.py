"""Work that waits until the window has painted its first screen.

On a busy machine (two cores shared with other programs) every thread the window starts before
its first paint takes time from it: a worker's Python holds the interpreter the GUI thread
needs (the reply checks' word lists, the sync's imports of httpx and keyring), and a read of
the whole file (the integrity check of a store of a million reviews) takes the other core.
None of it is on the first screen, so it starts once that screen is painted
(``benchmarks/search_scale.py`` measures the start-up beside its floor).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started hidden in the tray, a test that never shows it)
# starts its background work after this long all the same.
FALLBACK_MS = 1500


class FirstPaint(QObject):
    """``later(fn)``: run ``fn`` on the GUI thread once one of ``watched`` has painted while
    ``ready()`` (the first screen is there), or after ``fallback_ms``, whichever is first."""

    def __init__(
        self,
        parent: QObject,
        watched: list[QWidget],
        ready: Callable[[], bool],
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self.done = False
        self._cancelled = False
        self._ready = ready
        self._watched = watched
        self._pending: list[Callable[[], object]] = []
        for widget in watched:
            widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def later(self, fn: Callable[[], object]) -> None:
        if self._cancelled:
            return
        if self.done:
            QTimer.singleShot(0, self, fn)
        else:
            self._pending.append(fn)

    def cancel(self) -> None:
        """The window is closing: what still waits for its first paint never runs (the
        fallback started a sync, network traffic, on a window closed before it painted)."""
        self._pending.clear()
        self._cancelled = self.done = True
        for widget in self._watched:
            widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and self._ready():
            QTimer.singleShot(0, self, self._run)  # once this paint is on the screen
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        for widget in self._watched:
            widget.removeEventFilter(self)
        pending, self._pending = self._pending, []
        for fn in pending:
            fn()
