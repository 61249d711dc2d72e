"""Runs syncs off the GUI thread: at start-up, on a schedule, and on "Sync now".

The worker opens its own store connection; pages land in the store as they come, and
``progressed`` lets the window refresh the inbox while the sync goes on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from clinicrep import paths
from clinicrep.ui.workers import Op, Progress

if TYPE_CHECKING:  # imported when the first sync starts: httpx and keyring slow the start-up
    from clinicrep.secrets import TokenStore
    from clinicrep.sources.base import CancelToken
    from clinicrep.sync import SyncReport

log = logging.getLogger(__name__)

LOCK_WAIT_SECONDS = 30.0  # a scheduled check usually ends within this; else this one skips


class SyncController(QObject):
    started = Signal()
    progressed = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # an exception the whole sync could not survive (the store)

    def __init__(
        self, db_path: Path, parent: QObject | None = None, tokens: TokenStore | None = None
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._tokens = tokens
        self._cancel: CancelToken | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def schedule(self, minutes: int) -> None:
        """Check every ``minutes`` (weekends too); 0 turns the schedule off."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def sync_now(self, *, full: bool = False) -> bool:
        """Start a sync unless one is running; True if one was started."""
        if self._cancel is not None:
            return False
        from clinicrep.sources.base import CancelToken

        cancel = CancelToken()
        self._cancel = cancel
        db_path, tokens = self._db_path, self._tokens
        # the data dir's lock file: on this PC, whichever store it uses
        lock_folder = db_path.parent if isinstance(db_path, Path) else paths.data_dir()

        def work(progress: Progress) -> SyncReport:
            # imported here, on the worker: httpx and keyring took 0.6 s of the GUI thread
            # when the first sync started with the window
            from clinicrep.monitoring.lock import sync_lock
            from clinicrep.secrets import default_store
            from clinicrep.store import open_database
            from clinicrep.sync import SyncReport, sync_all

            if tokens is None:
                tokens_now = default_store()
            else:
                tokens_now = tokens
            # one writer at a time with the scheduled `clinicrep sync --quiet` (monitoring/lock)
            with sync_lock(lock_folder, wait_seconds=LOCK_WAIT_SECONDS, holder="window") as held:
                if not held:
                    log.info("sync skipped: a scheduled check is running; its reviews show up")
                    return SyncReport()
                with open_database(db_path) as db:
                    return sync_all(
                        db, tokens=tokens_now, full=full, cancel=cancel, progress=progress
                    )

        self.started.emit()
        (
            Op(self, work)
            .on_progress(self._on_progress)
            .on_success(self._on_success)
            .on_failure(self._on_failure)
            .start()
        )
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_progress(self, value: object) -> None:
        from clinicrep.sync import SyncProgress

        if isinstance(value, SyncProgress):
            self.progressed.emit(value)

    def _on_success(self, report: SyncReport) -> None:
        self._cancel = None
        self.finished.emit(report)

    def _on_failure(self, error: BaseException) -> None:
        self._cancel = None
        log.error("sync failed: %s", type(error).__name__)
        self.failed.emit(error)
