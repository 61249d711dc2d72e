"""The analysis on every core: a process pool for imports and re-analysis.

The analysis is pure Python (about 0.1-0.25 ms a review), so threads would share one core;
processes each take one. They are started with "spawn" (never "fork": the window has Qt
threads, and a forked child of a threaded process may hang), which also works in the frozen
program once its entry point calls ``multiprocessing.freeze_support()``. Each worker gets
the practice's learned models (``learning.install``) as the parent has them, so a page is
analysed exactly as it would be here. Small jobs stay in this process: starting a worker
costs about half a second.

Pages travel as plain tuples (``_pack``, ``model.AnalysisValues``): pickled as ``Review`` and
``Analysis`` objects the hand-over cost 4.0 s of CPU per 100,000 reviews, 2.6 s of it in this
process, which also reads and stores (mostly unpickling enums one ``Enum()`` call each); as
tuples 2.6 s in all, 2.0 s here (building the ``Analysis`` objects again). An import takes
the values as they come (``analysed_values``) and stores them without those objects.

The pool pays only when a core is free for it: on a machine whose cores are busy (other
programs keep them working) the workers add their start-up and the hand-over (100,000 rows
at a load of 6-8 on 2 cores: 7 s of CPU more than in one process, and no shorter) and take
time only from the other programs, so the analysis stays here. What the cores do is read
as they do it (Linux: their idle time in ``/proc/stat`` over a short while, this program's
own work counted as free: ``CoreReading``), not by the load average of the last minute,
which still holds this program's own previous import (two imports within a minute on an
idle 2-core PC: load 1.56, the second ran its analysis in this process, 14.8 s instead of
10). Where the system has no such reading, the load average decides (macOS), or every core
is taken (Windows has neither).

The workers run at a lower priority than this process (``WORKER_NICENESS``): this process
alone reads the file and stores every row (about 9 s of CPU per 100,000 analysed reviews
against the workers' 11 s), so it is the import's critical path, and at equal priority three
processes on two cores gave it two thirds of a core while the workers ran. Lower, they take
what it leaves, and its idle moments (waiting for a page), never its share.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from clinicrep.analysis import learning, word_list_cache
from clinicrep.model import Analysis, AnalysisValues, Review

log = logging.getLogger(__name__)

PARALLEL_FROM = 4000  # reviews: fewer are analysed here sooner than workers start
# Pages in flight per worker: enough for each to stay busy while this process stores a batch
# of 5,000 (0.3-0.5 s, where a page of 500 is analysed in about 0.05 s: with 2 ahead the
# workers stood idle through most of every store), memory still bounded (a page holds at most
# 2 MB of text).
_PAGES_AHEAD = 6


def worker_count(since: CoreReading | None = None) -> int:
    """Processes for the analysis: one per core the program may use, when one of them is
    free (1: none is, the analysis stays in this process). Two at least: this process reads
    and stores meanwhile, about half of an import's work, so one free core already halves
    the time. ``since``: a reading of the cores taken earlier (``free_cores``)."""
    cores = len(_usable_cores())
    if cores < 2:
        return 1
    free = free_cores(cores, since)
    if free < 1:
        return 1
    return min(cores, max(2, free))


def _usable_cores() -> frozenset[int]:
    try:
        return frozenset(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return frozenset(range(os.cpu_count() or 1))


# The shortest look at the cores: /proc/stat counts in ticks of 10 ms, so 0.1 s on 2 cores
# tells their idle time to a tenth of a core.
READING_SECONDS = 0.1


def free_cores(cores: int, since: CoreReading | None = None) -> int:
    """How many of ``cores`` other programs leave idle now: by what the cores did since
    ``since`` (or over the next ``READING_SECONDS``), this program's own work counted as
    free; where the system gives no such reading, by the load average of the last minute
    (every core where it gives neither: Windows)."""
    first = since if since is not None else CoreReading.now()
    if first is not None:
        wait = first.at + READING_SECONDS - _clock()
        if wait > 0:
            _sleep(wait)
        second = CoreReading.now()
        if second is not None:
            idle = second.free_since(first)
            if idle is not None:
                return int(min(cores, idle) + 0.5)
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores
    return int(cores - load + 0.5)


@dataclass(frozen=True)
class CoreReading:
    """The idle time of the cores this process may use so far (Linux's ``/proc/stat``: idle
    and waiting for the disk), their whole time, this process's CPU, and the clock: two
    readings tell how many cores were free between them (``free_since``)."""

    idle: int  # ticks
    total: int  # ticks
    cores: int
    own: float  # seconds of CPU (every thread of this process)
    at: float  # seconds (monotonic)

    @classmethod
    def now(cls) -> CoreReading | None:
        """None where the system keeps no such counts (not Linux, a sandbox that hides them)."""
        text = _proc_stat()
        if text is None:
            return None
        usable = _usable_cores()
        idle = total = cores = 0
        for line in text.splitlines():
            name, _, rest = line.partition(" ")
            if not name.startswith("cpu") or not name[3:].isdigit() or int(name[3:]) not in usable:
                continue
            try:
                # user nice system idle iowait irq softirq steal (guest time is in user's)
                ticks = [int(t) for t in rest.split()[:8]]
            except ValueError:
                return None
            if len(ticks) < 5:
                return None
            idle += ticks[3] + ticks[4]
            total += sum(ticks)
            cores += 1
        if not cores:
            return None
        return cls(idle=idle, total=total, cores=cores, own=_own_cpu(), at=_clock())

    def free_since(self, earlier: CoreReading) -> float | None:
        """Cores idle between ``earlier`` and this reading, with this process's own work
        added back (it is no other program's); None when they are too close to tell."""
        ticks = self.total - earlier.total
        seconds = self.at - earlier.at
        if ticks <= 0 or seconds <= 0 or self.cores != earlier.cores:
            return None
        idle = self.cores * (self.idle - earlier.idle) / ticks
        return idle + (self.own - earlier.own) / seconds


def _proc_stat() -> str | None:
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            return stat.read()
    except (OSError, ValueError):
        return None


# the clocks ``CoreReading`` reads (tests hand in their own)
_own_cpu = time.process_time
_clock = time.monotonic
_sleep = time.sleep


class Analyse(Protocol):
    """``pipeline.analyse_review``: handed in (a module-level function travels to a worker
    by name), so this module never imports the pipeline that uses it."""

    def __call__(self, review: Review, *, fallback_language: str = "") -> Analysis: ...


def analyse_page(
    analyse: Analyse, reviews: list[Review], fallback_language: str
) -> list[Analysis | None]:
    """The analysis of each review of a page (None for one that failed: logged, and the
    review is stored without, for ``clinicrep reanalyse``)."""
    found: list[Analysis | None] = []
    for review in reviews:
        try:
            found.append(analyse(review, fallback_language=fallback_language))
        except Exception:  # one odd review must not stop the import; the log has the trace
            log.exception("analysis failed for review %s", review.external_id)
            found.append(None)
    return found


# The collector in a worker: a young pass every 50,000 objects instead of 700, the older
# generations almost never (as the importing process runs during a big import:
# ``importing._IMPORT_THRESHOLDS``). A worker's analyses make and drop many small objects, and
# what it keeps (a page's results until they go back, the short texts' answers it remembers,
# the word lists' entries made as tokens ask for them) was walked again by every pass: with
# the default thresholds 7 % of its CPU (20,000 import rows, compiled, at load 17: 837 young
# passes, 75 middle and 5 full ones, 0.26 s -> 8 young passes, 0.06 s). What dies in a cycle
# is still freed by the young passes.
WORKER_GC_THRESHOLDS = (50_000, 20, 100)


def _start_worker(
    models: dict[str, learning.LearnedModel], enabled: bool, word_lists: Path | None
) -> None:
    _lower_priority()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    learning.install(models, enabled=enabled)
    # the importing process's folder (a --data-dir it was given is not in the environment)
    word_list_cache.use_folder(word_lists)


# How much lower than the importing process a worker runs (POSIX niceness; Windows has one
# step, "below normal"). The importing process reads and stores every row alone, so it is the
# import's critical path; at equal priority the two workers took two thirds of both cores and
# it waited for its share (3 processes on 2 cores); lower, the workers take the cores it
# leaves and it keeps one (100,000 rows analysed by two workers, one pair of runs at load 3:
# 14.4 -> 12.0 s; at load 5-7 the other programs' noise hides it).
WORKER_NICENESS = 10
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' SetPriorityClass


def _lower_priority() -> None:
    """Run this process (a worker) below the importing process: best effort, never fatal."""
    try:
        if hasattr(os, "nice"):
            os.nice(WORKER_NICENESS)
        elif sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            # a handle is pointer-sized: ctypes' default int would cut it on 64-bit Windows
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            kernel32.SetPriorityClass.argtypes = (wintypes.HANDLE, wintypes.DWORD)
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
    except (OSError, AttributeError):  # a sandbox that forbids it: the pool still works
        log.debug("could not lower the analysis worker's priority", exc_info=True)


# What crosses to a worker of each review: what the analysis reads (``pipeline.analyse_review``:
# title, text, stars or recommendation, the platform's language: ``model.ANALYSED_FIELDS``)
# and the id it logs. What comes back: each analysis as ``AnalysisValues`` (plain values).
_Packed = tuple[str, str, str, int | None, str | None, str]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _pack(reviews: list[Review]) -> list[_Packed]:
    return [
        (r.external_id, r.title, r.text, r.rating, r.recommendation, r.language_hint)
        for r in reviews
    ]


def _unpacked_review(packed: _Packed) -> Review:
    external_id, title, text, rating, recommendation, language_hint = packed
    return Review(
        source_id=0,
        external_id=external_id,
        created_at=_EPOCH,
        title=title,
        text=text,
        rating=rating,
        recommendation=recommendation,
        language_hint=language_hint,
    )


def _values(analyses: list[Analysis | None]) -> list[AnalysisValues | None]:
    return [AnalysisValues.of(a) if a is not None else None for a in analyses]


def analyse_packed(
    analyse: Analyse, packed: list[_Packed], fallback_language: str
) -> list[AnalysisValues | None]:
    """``analyse_page`` in a worker: plain tuples in and out."""
    reviews = [_unpacked_review(p) for p in packed]
    return _values(analyse_page(analyse, reviews, fallback_language))


def _unpacked(values: list[AnalysisValues | None]) -> list[Analysis | None]:
    return [v.analysis() if v is not None else None for v in values]


class AnalysisPool:
    """``with AnalysisPool(analyse_review, n) as pool: for page in pool.analysed(pages, lang)``.

    With one core, or fewer than ``PARALLEL_FROM`` reviews expected, the pages are analysed
    in this process, one after another. ``workers``: as many processes, else as many as
    cores are free (``worker_count``; ``since``: a ``CoreReading`` the caller took before
    work of its own, so that no wait is needed to read the cores).
    """

    def __init__(
        self,
        analyse: Analyse,
        reviews_expected: int,
        *,
        workers: int | None = None,
        since: CoreReading | None = None,
    ) -> None:
        self._analyse = analyse
        if reviews_expected < PARALLEL_FROM:
            self.workers = 1  # the cores not even read: a sync's few reviews wait for nothing
        elif workers is not None:
            self.workers = workers
        else:
            self.workers = worker_count(since) if since is not None else worker_count()
        self._executor: ProcessPoolExecutor | None = None
        self._ending: threading.Thread | None = None  # the workers told to end (``_let_go``)
        # every page of ``analysed``'s input handed out (the last ones may still be analysed)
        self.all_read = False

    def __enter__(self) -> AnalysisPool:
        if self.workers > 1:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(*learning.installed(), word_list_cache.folder()),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._ending is not None:
            self._ending.join()
            self._ending = None
        if self._executor is not None:
            # a cancelled import does not wait for pages nobody will store
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def analysed(
        self, pages: Iterable[list[Review]], fallback_language: str
    ) -> Iterator[list[Review]]:
        """The pages in their order, each review's ``analysis`` set (``analysed_values``)."""
        if self._executor is None:
            for page in pages:
                _attach(page, analyse_page(self._analyse, page, fallback_language))
                yield page
            return
        for page, values in self.analysed_values(pages, fallback_language):
            _attach(page, _unpacked(values))
            yield page

    def analysed_values(
        self, pages: Iterable[list[Review]], fallback_language: str
    ) -> Iterator[tuple[list[Review], list[AnalysisValues | None]]]:
        """The pages in their order, each with its reviews' analyses as values (None for one
        that failed), read on while the workers analyse, at most a few pages ahead: an
        import stores the values as they come. ``all_read`` turns true once the last page
        is handed to a worker, while the pages still ahead of the caller are analysed."""
        if self._executor is None:
            for page in pages:
                yield page, _values(analyse_page(self._analyse, page, fallback_language))
            return
        # an empty page (an import of a file stored before: nothing in it to analyse) is
        # handed back in its turn without a trip to a worker, so that such an import never
        # starts one (the executor starts its processes at the first task)
        ahead: deque[tuple[list[Review], Future[list[AnalysisValues | None]] | None]] = deque()
        limit = self.workers * _PAGES_AHEAD
        for page in pages:
            ahead.append(
                (
                    page,
                    self._executor.submit(
                        analyse_packed, self._analyse, _pack(page), fallback_language
                    )
                    if page
                    else None,
                )
            )
            while len(ahead) > limit or (ahead and _ready(ahead[0][1])):
                yield _with_results(*ahead.popleft())
        self.all_read = True
        while ahead:
            found = _with_results(*ahead.popleft())
            if not ahead:
                self._let_go()
            yield found

    def _let_go(self) -> None:
        """Every result is in: the workers end now, while the caller stores the last pages
        and commits, instead of after (each frees its interpreter, 0.1-0.3 s by the clock,
        where the importing process's COMMIT waited for them). ``__exit__`` waits for it."""
        executor = self._executor
        if executor is not None and self._ending is None:
            self._ending = threading.Thread(
                target=executor.shutdown, name="analysis workers ending", daemon=True
            )
            self._ending.start()

    def analyse_all(
        self, reviews: list[Review], fallback_language: Callable[[Review], str]
    ) -> list[Analysis | None]:
        """The analysis of each review (in order), shared out among the workers; each
        review's fallback language by ``fallback_language`` (its source's setting)."""
        by_language: dict[str, list[int]] = {}
        for i, review in enumerate(reviews):
            by_language.setdefault(fallback_language(review), []).append(i)
        found: list[Analysis | None] = [None] * len(reviews)
        if self._executor is None:
            for language, where in by_language.items():
                analyses = analyse_page(self._analyse, [reviews[i] for i in where], language)
                for i, analysis in zip(where, analyses, strict=True):
                    found[i] = analysis
            return found
        share = max(1, -(-len(reviews) // self.workers))
        jobs = []
        for language, where in by_language.items():
            for start in range(0, len(where), share):
                part = where[start : start + share]
                page = _pack([reviews[i] for i in part])
                jobs.append(
                    (part, self._executor.submit(analyse_packed, self._analyse, page, language))
                )
        for part, future in jobs:
            for i, analysis in zip(part, _unpacked(future.result()), strict=True):
                found[i] = analysis
        return found


def _ready(future: Future[list[AnalysisValues | None]] | None) -> bool:
    return future is None or future.done()


def _with_results(
    page: list[Review], future: Future[list[AnalysisValues | None]] | None
) -> tuple[list[Review], list[AnalysisValues | None]]:
    return page, future.result() if future is not None else []


def _attach(page: list[Review], analyses: list[Analysis | None]) -> None:
    for review, analysis in zip(page, analyses, strict=True):
        review.analysis = analysis
