"""The one way to run work off the GUI thread (after Anki's QueryOp).

    Op(parent, fn).on_success(show).on_failure(warn).start()

``fn`` runs on the QThreadPool and receives a ``Progress`` it may call with plain
data; success, failure and progress come back to the GUI thread through signals.
A function that needs the store opens its own connection (one per thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from clinicrep.errors import ClinicrepError, QueryInterrupted

log = logging.getLogger(__name__)
T = TypeVar("T")


class Progress:
    """Handed to the background function; each call becomes a progress signal."""

    def __init__(self, emit: Callable[[object], None]) -> None:
        self._emit = emit

    def __call__(self, value: object) -> None:
        self._emit(value)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    finished = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(Progress(self._signals.progressed.emit))
        except BaseException as e:  # delivered to the GUI, which decides what to show
            if isinstance(e, QueryInterrupted):  # stopped on purpose (the inbox, typed on)
                log.debug("background task stopped: %s", e)
            elif isinstance(e, ClinicrepError):
                # expected (a wrong password, the server away): the GUI shows its sentence;
                # the log says which, without a traceback (and without the server's text)
                log.warning("background task failed: %s (%s)", e.code, type(e).__name__)
            else:
                log.exception("background task failed")
            self._deliver(self._signals.failed, e)
        else:
            self._deliver(self._signals.succeeded, result)
        finally:
            self._deliver(self._signals.finished)

    @staticmethod
    def _deliver(signal: Any, *value: object) -> None:
        """Emit, unless the program is closing: a task that ends after the application has
        gone (the rules compiling while ``--smoke`` quits) has nobody left to tell."""
        try:
            signal.emit(*value)
        except RuntimeError as e:  # "Signal source has been deleted"
            log.info("a background task ended after the program closed: %s", e)


_running: set[_Signals] = set()  # keeps signal objects alive until their task ends


class Op(Generic[T]):
    def __init__(self, parent: QObject | None, fn: Callable[[Progress], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[Any], None] | None = None
        self._on_finished: Callable[[], None] | None = None

    def on_success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def on_failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = fn
        return self

    def on_progress(self, fn: Callable[[Any], None]) -> Op[T]:
        self._on_progress = fn
        return self

    def on_finished(self, fn: Callable[[], None]) -> Op[T]:
        self._on_finished = fn
        return self

    def start(self, pool: QThreadPool | None = None, *, priority: int = 0) -> None:
        """Run on ``pool`` (the global one by default); of the tasks waiting there, those of
        a higher ``priority`` start first."""
        signals = _Signals()
        if self._on_success:
            signals.succeeded.connect(self._on_success)
        if self._on_failure:
            signals.failed.connect(self._on_failure)
        else:
            signals.failed.connect(_report_unhandled)
        if self._on_progress:
            signals.progressed.connect(self._on_progress)
        if self._on_finished:
            signals.finished.connect(self._on_finished)
        signals.finished.connect(lambda: _running.discard(signals))
        _running.add(signals)
        (pool or QThreadPool.globalInstance()).start(_Task(self._fn, signals), priority)


_checks_pool: QThreadPool | None = None


def checks_pool() -> QThreadPool:
    """One thread of its own for the reply checks (and the compiling of their word lists).

    The global pool also runs checks for new reviews, imports and reports, which can take
    minutes on a slow network: a reply's check queued behind them would keep "Publish" off
    all that time. The pool belongs to the application, which waits for it when it quits.
    """
    global _checks_pool
    if _checks_pool is None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        _checks_pool = QThreadPool(app)
        _checks_pool.setMaxThreadCount(1)
        if app is not None:  # what has not started by then is not worth waiting for
            app.aboutToQuit.connect(_checks_pool.clear)
        _checks_pool.destroyed.connect(_forget_checks_pool)
    return _checks_pool


def wait_before_exit(timeout_ms: int = 15_000) -> bool:
    """After the event loop has ended: let the tasks still running finish, and drop those
    not yet started, before the application and the interpreter are torn down.

    A task that ends while Python finalises, or that emits its signal into a half-destroyed
    application, crashes the process (a word list still compiling when a window closed right
    after its first reply check did so in CI). Waiting here blocks only a program that has
    already closed its windows. Returns whether everything ended within ``timeout_ms``.
    """
    pools = [QThreadPool.globalInstance()]
    if _checks_pool is not None:
        pools.insert(0, _checks_pool)
    done = True
    for pool in pools:
        pool.clear()
        done = pool.waitForDone(timeout_ms) and done
    if not done:
        log.warning("background work was still running %d ms after the window closed", timeout_ms)
    return done


def _forget_checks_pool() -> None:
    global _checks_pool
    _checks_pool = None


def _report_unhandled(error: BaseException) -> None:
    from clinicrep.ui.errors import show_error

    show_error(None, error)


SHOW_WAITING_AFTER_MS = 400  # a wait shorter than this shows no dialog


def finish_background_work(parent: QWidget | None = None, timeout_ms: int = 30_000) -> bool:
    """Let the work already on the pool finish before the store it uses is closed.

    The GUI thread keeps processing events meanwhile (a nested event loop, never
    ``QThreadPool.waitForDone`` on the GUI thread), and a small "Finishing…" dialog
    appears when the wait lasts longer than ``SHOW_WAITING_AFTER_MS``. Returns whether
    every job finished within ``timeout_ms``.
    """
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QProgressDialog

    pool = QThreadPool.globalInstance()
    if pool.activeThreadCount() == 0:
        return True
    deadline = QDeadlineTimer(timeout_ms)
    waiting = QProgressDialog(parent)
    waiting.setObjectName("finishingWorkProgress")
    waiting.setWindowTitle("clinicrep")  # the product name, the same in every language
    waiting.setLabelText(
        QCoreApplication.translate(
            "Workers", "Finishing the work in progress before the store is closed…"
        )
    )
    waiting.setRange(0, 0)
    waiting.setCancelButton(None)  # type: ignore[arg-type]
    waiting.setMinimumDuration(SHOW_WAITING_AFTER_MS)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if pool.activeThreadCount() == 0 or deadline.hasExpired():
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    waiting.setValue(0)  # starts the minimum-duration clock
    loop.exec()
    poll.stop()
    # a job's "finished" reaches this thread as a posted event that the poll may overtake:
    # deliver what the ended jobs posted, so their handlers run before the store is closed
    QCoreApplication.sendPostedEvents()
    waiting.close()
    waiting.deleteLater()
    done = pool.activeThreadCount() == 0
    if not done:
        log.warning("background work still running after %d ms", timeout_ms)
    return done
