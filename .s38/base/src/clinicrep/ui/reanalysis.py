"""Bringing the analysis up to date in the background after an upgrade changed its rules.

Every stored review remembers which rules analysed it (``analysis.pipeline.rules_version``).
At start-up the window re-analyses, on a worker, the reviews an older version analysed (or
none did), a batch per transaction; closing the window stops it after the batch under way,
and the next start goes on with the rest. A source's changed language marks its reviews
stale (``store.sources.update_source``) and the window starts a pass at once (``restart``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)


class ReanalysisController(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(int)  # how many reviews were analysed again (0: all were up to date)
    failed = Signal(object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._stop: threading.Event | None = None
        self._again = False  # a pass under way read what changed since: another one after it
        self._done_before = 0  # reviews the passes stopped for another had analysed

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self) -> bool:
        """Start unless running; True if started."""
        if self._stop is not None:
            return False
        stop = threading.Event()
        self._stop = stop
        db_path = self._db_path

        def work(progress: Progress) -> int:
            from clinicrep.analysis.pipeline import reanalyse_store
            from clinicrep.store import open_database

            with open_database(db_path) as db:
                return reanalyse_store(
                    db, lambda done, total: progress((done, total)), only_stale=True, stop=stop
                )

        Op(self, work).on_progress(self._on_progress).on_success(self._on_success).on_failure(
            self._on_failure
        ).start()
        return True

    def restart(self) -> None:
        """Analyse what is stale now: a pass under way read the sources' languages when it
        began, so it stops after its batch and a new pass starts (one ``finished`` at the
        end, counting the reviews both passes analysed)."""
        if self._stop is None:
            self.start()
            return
        self._again = True
        self._stop.set()

    def stop(self) -> None:
        self._again = False
        if self._stop is not None:
            self._stop.set()

    def _on_progress(self, value: object) -> None:
        if isinstance(value, tuple):
            self.progressed.emit(*value)

    def _on_success(self, count: int) -> None:
        self._stop = None
        if self._again:
            self._again = False
            self._done_before += count
            self.start()
            return
        count, self._done_before = count + self._done_before, 0
        if count:
            log.info("analysis brought up to date for %d reviews", count)
        self.finished.emit(count)

    def _on_failure(self, error: BaseException) -> None:
        self._stop = None
        if self._again:  # what was asked for since is still to do (a batch failed meanwhile)
            log.error("re-analysis failed: %s; starting again", type(error).__name__)
            self._again = False
            self.start()
            return
        self._done_before = 0
        log.error("re-analysis failed: %s", type(error).__name__)
        self.failed.emit(error)
