"""What the other PCs changed, as Qt signals: the inbox, the reply editor and "last synced".

On PostgreSQL a thread of its own LISTENs on a dedicated connection (store/live.py's
``ChangeListener``): a review answered, dismissed or escalated on another PC arrives here in
milliseconds, after that PC's commit. The thread notices a server that went away (the socket
closes, or a ping every ``PING_EVERY_S`` fails), says so once (``server_lost``), reconnects
with a growing pause (``RECONNECT_S``) and says so again (``server_back``), after which the
window re-reads everything: what changed meanwhile was never announced to it.

On SQLite the window owns the file and the only other writers are this PC's own workers and
scheduled checks: ``PRAGMA data_version`` on the window's connection, every ``POLL_MS``,
changes when another connection committed. It reads no page (a few microseconds), so the poll
costs nothing measurable; a change re-reads the inbox as a sync's pages do.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clinicrep.store.db import Database
from clinicrep.store.live import Change, ChangeListener, data_version

log = logging.getLogger(__name__)

POLL_MS = 500  # SQLite: how often data_version is read
WAIT_S = 0.25  # PostgreSQL: the listening thread looks at its stop flag this often
PING_EVERY_S = 3.0  # a round trip on the listening connection: a server gone shows within it
RECONNECT_S = (0.5, 1.0, 2.0, 3.0)  # pauses between attempts (the last one repeats)


class LiveUpdates(QObject):
    """``changed(ids)``: reviews whose row, reply or presence changed elsewhere (a frozenset
    of ids; None: anything may have changed). ``presence_changed(ids)``, ``sync_changed()``,
    ``server_lost()`` / ``server_back()`` (PostgreSQL only)."""

    changed = Signal(object)
    presence_changed = Signal(object)
    sync_changed = Signal()
    server_lost = Signal()
    server_back = Signal()

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        connect: Callable[[], Any] | None = None,
        later: Callable[[Callable[[], object]], None] | None = None,
    ) -> None:
        """``connect``: makes the listening connection (PostgreSQL; default: a new one to
        the window's server, autocommit). ``later``: the listening thread starts through it
        (the window: once its first screen is painted) instead of at once; its connection
        to the server (a new backend, the login, LISTEN) took time from that screen. What
        changed before it listens was never announced: once it does, it says "anything may
        have changed" (as when the server comes back), and the window reads it again."""
        super().__init__(parent)
        self._db = db
        self.away = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._timer: QTimer | None = None
        self._version: int | None = None
        self._started_late = later is not None
        if getattr(db, "dialect", "sqlite") == "postgresql":
            self._connect = connect or (lambda: _listening_connection(db))
            self._thread = threading.Thread(
                target=self._listen, name="clinicrep-listen", daemon=True
            )
            if later is None:
                self._thread.start()
            else:
                later(self._start_listening)
        else:
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self.poll)
            self._timer.start()
            with contextlib.suppress(Exception):
                self._version = data_version(db)

    @property
    def listening(self) -> bool:
        return self._thread is not None

    def stop(self) -> None:
        """The window closes: the thread ends within ``WAIT_S`` (its connection closed)."""
        self._stop.set()
        if self._timer is not None:
            self._timer.stop()
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=2 * WAIT_S + 1)

    def _start_listening(self) -> None:
        if not self._stop.is_set() and self._thread is not None:
            self._thread.start()

    # -- SQLite ---------------------------------------------------------------------------
    def poll(self) -> None:
        try:
            version = data_version(self._db)
        except Exception:  # closed or being restored: the window's own reads meet any damage
            return
        if self._version is not None and version != self._version:
            self.changed.emit(None)
            self.presence_changed.emit(None)
            self.sync_changed.emit()
        self._version = version

    # -- PostgreSQL (its own thread) ------------------------------------------------------
    def _listen(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            listener: ChangeListener | None = None
            try:
                listener = ChangeListener(self._connect())
                attempt = 0
                if self._started_late:  # the window read before this listened
                    self._started_late = False
                    self.changed.emit(None)
                    self.presence_changed.emit(None)
                    self.sync_changed.emit()
                if self.away:
                    self.away = False
                    log.info("database server reachable again")
                    self.server_back.emit()
                    self.changed.emit(None)  # what changed meanwhile was never announced
                    self.presence_changed.emit(None)
                    self.sync_changed.emit()
                last_ping = time.monotonic()
                while not self._stop.is_set():
                    changes = listener.wait(WAIT_S)
                    if changes:
                        self._deliver(changes)
                    if time.monotonic() - last_ping >= PING_EVERY_S:
                        listener.ping()
                        last_ping = time.monotonic()
            except Exception as e:  # the server went away (or never answered): try again
                if self._stop.is_set():
                    break
                if not self.away:
                    self.away = True
                    log.warning("database server lost: %s", type(e).__name__)
                    self.server_lost.emit()
                pause = RECONNECT_S[min(attempt, len(RECONNECT_S) - 1)]
                attempt += 1
                self._stop.wait(pause)
            finally:
                if listener is not None:
                    listener.close()

    def _deliver(self, changes: list[Change]) -> None:
        reviews: set[int] | None = set()
        presence: set[int] | None = set()
        synced = False
        for change in changes:
            if change.what == "sync":
                synced = True
                continue
            if change.what == "presence":
                if change.ids is None or presence is None:
                    presence = None
                else:
                    presence |= change.ids
                continue
            if change.ids is None or reviews is None:
                reviews = None
            else:
                reviews |= change.ids
        if reviews is None or reviews:
            self.changed.emit(None if reviews is None else frozenset(reviews))
        if presence is None or presence:
            self.presence_changed.emit(None if presence is None else frozenset(presence))
        if synced:
            self.sync_changed.emit()


def _listening_connection(db: Database) -> Any:
    from clinicrep.store.live import listening_connection

    return listening_connection(db)
