"""The window's one write queue: its writes (a draft typed, a status chosen, an Undo) leave the
GUI thread and are stored in order by one writer thread with a connection of its own.

A store held by another program (a backup, an antivirus, the other clinicrep window, a big
import) or a shared server that is away makes a write wait and try again with a backoff,
never dropping it, while the window goes on: the GUI thread never waits for a write. Each
write's outcome comes back to the GUI thread as a signal. On closing, the queue is drained; a
store still held then keeps the writes left in a small journal (``pending_writes``) that the
next start applies first.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QThreadPool, QTimer, Signal

from clinicrep.errors import DatabaseLocked, QueryInterrupted
from clinicrep.pending_writes import (
    PendingWrite,
    apply_write,
    forget_journal,
    journal_path,
    load_journal,
    save_journal,
)
from clinicrep.store.db import Database, is_damage, open_database
from clinicrep.ui.workers import Op, Progress

if TYPE_CHECKING:
    from clinicrep.workstation import Workstation

log = logging.getLogger(__name__)

ATTEMPT_WAIT_S = 0.25  # one try waits this long for another's write lock (SQLite)
FIRST_RETRY_S = 0.1  # then the next try after this, doubling ...
LAST_RETRY_S = 1.0  # ... up to this: a store let go is written within about a second
WAITING_SHOWN_AFTER_MS = 300  # a write taking longer than this is said in the status bar
CLOSE_WAIT_MS = 3_000  # closing waits this long for a held store before keeping the writes
_GIVE_UP_WAIT_MS = 5_000  # the writer's answer once told to stop (it stops within a try)


def _can_wait(error: BaseException) -> bool:
    """The store is held or away for now: the same write succeeds later."""
    from clinicrep.store.live import is_connection_lost

    return isinstance(error, DatabaseLocked | QueryInterrupted) or is_connection_lost(error)


class WriteQueue(QObject):
    """``submit`` a write; ``stored``/``failed`` say how it ended, ``waiting_changed`` whether
    one has been waiting for the store longer than ``WAITING_SHOWN_AFTER_MS``."""

    stored = Signal(object)  # the PendingWrite, now in the store
    failed = Signal(object, object)  # the PendingWrite and the error: refused for good
    waiting_changed = Signal(bool)

    def __init__(
        self, db: Database, station: Workstation | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._where = db.path
        self._station = station
        self._pending: deque[PendingWrite] = deque()
        self._running: PendingWrite | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one write after another, in the order given
        self._pool.setExpiryTimeout(-1)  # one thread for good, and its connection
        self._writer: Database | None = None  # used on the writer thread only
        self._give_up = threading.Event()
        # why the last write had to wait (set on the writer thread): who held the store
        self.last_wait: BaseException | None = None
        self.waiting = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.setInterval(WAITING_SHOWN_AFTER_MS)
        self._wait_timer.timeout.connect(lambda: self._set_waiting(True))
        self.journal = journal_path(self._where)
        self._from_journal = False
        self.closed = False

    # -- what the window asks ----------------------------------------------------------
    def submit(self, write: PendingWrite) -> None:
        if self.closed:  # nothing should come after close; if it does, it is kept
            log.warning("a %s write came after closing: kept for the next start", write.kind)
            save_journal(self.journal, [*load_journal(self.journal), write])
            return
        if self._pending and self._pending[-1].same_target(write):
            self._pending[-1] = write  # typed on before the last text was stored
        else:
            self._pending.append(write)
        self._start_next()

    def pending(self) -> list[PendingWrite]:
        """The writes not stored yet, in order (the one being tried first)."""
        return ([self._running] if self._running is not None else []) + list(self._pending)

    def pending_draft(self, review_id: int) -> str | None:
        """The newest text typed for ``review_id`` that is not stored yet."""
        for write in reversed(self.pending()):
            if write.kind == "draft" and write.review_id == review_id:
                return write.values.get("text") or ""
        return None

    def apply_journal(self) -> int:
        """Queue the writes the last window kept (its store was held when it closed), ahead
        of any new one; the journal goes once they are stored. Returns how many."""
        kept = load_journal(self.journal)
        if kept:
            log.info("applying %d writes kept when the window last closed", len(kept))
            self._from_journal = True
            self._pending.extendleft(reversed(kept))
            self._start_next()
        return len(kept)

    def drain(self, timeout_ms: int | None = None) -> bool:
        """Wait (the GUI thread keeps its events: a nested event loop) until every write is
        stored, at most ``timeout_ms``; then stop the writer. Returns whether all were stored;
        those left stay in ``pending()``."""
        if self._idle():
            return True
        timeout_ms = CLOSE_WAIT_MS if timeout_ms is None else timeout_ms
        give_up_at = QDeadlineTimer(timeout_ms)
        stop_at = QDeadlineTimer(timeout_ms + _GIVE_UP_WAIT_MS)
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)

        def check() -> None:
            if self._idle() or stop_at.hasExpired():
                loop.quit()
                return
            if give_up_at.hasExpired() and not self._give_up.is_set():
                self._give_up.set()  # the writer stops after its current try ...
                writer = self._writer
                if writer is not None:
                    writer.interrupt()  # ... or at once, waiting on a server's row lock
            if self._give_up.is_set() and self._running is None:
                loop.quit()

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        return self._idle()

    def close(self, timeout_ms: int | None = None) -> bool:
        """The window closes: store what waits (at most ``timeout_ms``); what the store did
        not take by then is kept in the journal for the next start. Returns whether every
        write was stored (``timeout_ms``: ``CLOSE_WAIT_MS`` unless given)."""
        drained = self.drain(timeout_ms)
        self.closed = True
        self._wait_timer.stop()
        left = self.pending()
        if left:
            save_journal(self.journal, left)
            log.warning("%d writes kept in %s for the next start", len(left), self.journal)
        elif self._from_journal:
            forget_journal(self.journal)
        self._pool.start(self._close_writer)
        self._pool.waitForDone(_GIVE_UP_WAIT_MS)
        return drained

    # -- in order, on the writer thread ------------------------------------------------
    def _idle(self) -> bool:
        return self._running is None and not self._pending

    def _start_next(self) -> None:
        if self._running is not None or self.closed:
            return
        if not self._pending:
            self._wait_timer.stop()
            self._set_waiting(False)
            if self._from_journal:
                forget_journal(self.journal)  # everything the last window kept is stored
                self._from_journal = False
            return
        if self._give_up.is_set():
            return  # closing: what is left goes into the journal
        write = self._pending.popleft()
        self._running = write
        if not self.waiting:
            self._wait_timer.start()
        Op(self, lambda _p: self._store(write)).on_success(self._tried).on_failure(
            self._refused
        ).start(self._pool)

    def _store(self, write: PendingWrite, _progress: Progress | None = None) -> bool:
        """Store ``write``, trying again while the store is held or away. True: stored;
        False: the queue is closing and the write is kept. Other errors are raised."""
        delay = FIRST_RETRY_S
        while not self._give_up.is_set():
            try:
                db = self._writer_db()
                with db.waiting_at_most(ATTEMPT_WAIT_S):
                    apply_write(db, write, self._station)
                return True
            except Exception as e:
                if is_damage(e) or not _can_wait(e):
                    raise
                log.info("a %s write waits for the store: %s", write.kind, type(e).__name__)
                if not isinstance(e, QueryInterrupted):  # (stopped by drain, not held)
                    self.last_wait = e
            if self._give_up.wait(delay):
                break
            delay = min(delay * 2, LAST_RETRY_S)
        return False

    def _writer_db(self) -> Database:
        if self._writer is None:
            self._writer = open_database(self._where, defer_check=True)
        return self._writer

    def _close_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()

    # -- outcomes, on the GUI thread ---------------------------------------------------
    def _tried(self, stored: bool) -> None:
        write, self._running = self._running, None
        if write is None:
            return
        if stored:
            self.stored.emit(write)
        else:
            self._pending.appendleft(write)  # kept, first, for the journal
        self._start_next()

    def _refused(self, error: BaseException) -> None:
        write, self._running = self._running, None
        if write is not None:
            self.failed.emit(write, error)
        self._start_next()

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
