"""The analysis on every core: a process pool for imports and re-analysis.

The analysis is pure Python (about 0.1-0.25 ms a review), so threads would share one core;
processes each take one. They are started with "spawn" (never "fork": the window has Qt
threads, and a forked child of a threaded process may hang), which also works in the frozen
program once its entry point calls ``multiprocessing.freeze_support()``. Each worker gets
the practice's learned models (``learning.install``) as the parent has them, so a page is
analysed exactly as it would be here. Small jobs stay in this process: starting a worker
costs about half a second.

Pages travel as plain tuples (``_pack``, ``_packed_analysis``): pickled as ``Review`` and
``Analysis`` objects the hand-over cost 4.0 s of CPU per 100,000 reviews, 2.6 s of it in this
process, which also reads and stores (mostly unpickling enums one ``Enum()`` call each); as
tuples 2.6 s in all, 2.0 s here (building the ``Analysis`` objects again).

The pool pays only when a core is free for it: on a machine whose cores are busy (the load
average at or above the number of cores) the workers add their start-up and the hand-over
(100,000 rows at a load of 6-8 on 2 cores: 7 s of CPU more than in one process, and no
shorter) and take time only from the other programs, so the analysis stays here.

The workers run at a lower priority than this process (``WORKER_NICENESS``): this process
alone reads the file and stores every row (about 9 s of CPU per 100,000 analysed reviews
against the workers' 11 s), so it is the import's critical path, and at equal priority three
processes on two cores gave it two thirds of a core while the workers ran. Lower, they take
what it leaves, and its idle moments (waiting for a page), never its share.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from clinicrep.analysis import learning, word_list_cache
from clinicrep.model import Analysis, Aspect, AspectOpinion, Review, Sentiment, Topic

log = logging.getLogger(__name__)

PARALLEL_FROM = 4000  # reviews: fewer are analysed here sooner than workers start
# Pages in flight per worker: enough for each to stay busy while this process stores a batch
# of 5,000 (0.3-0.5 s, where a page of 500 is analysed in about 0.05 s: with 2 ahead the
# workers stood idle through most of every store), memory still bounded (a page holds at most
# 2 MB of text).
_PAGES_AHEAD = 6


def worker_count() -> int:
    """Processes for the analysis: one per core the program may use, when one of them is
    free (1: none is, the analysis stays in this process). Two at least: this process reads
    and stores meanwhile, about half of an import's work, so one free core already halves
    the time."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    free = free_cores(cores)
    if cores < 2 or free < 1:
        return 1
    return min(cores, max(2, free))


def free_cores(cores: int) -> int:
    """How many of ``cores`` are idle, by the load average of the last minute (every core
    where the system does not say: Windows has no load average)."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores
    return int(cores - load + 0.5)


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


def _start_worker(
    models: dict[str, learning.LearnedModel], enabled: bool, word_lists: Path | None
) -> None:
    _lower_priority()
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
# and the id it logs.
_Packed = tuple[str, str, str, int | None, str | None, str]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SENTIMENTS = {s.value: s for s in Sentiment}
_TOPICS = {t.value: t for t in Topic}
_ASPECTS = {a.value: a for a in Aspect}


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


def _packed_analysis(a: Analysis | None) -> tuple | None:
    if a is None:
        return None
    # (``_value_``: an enum's ``.value`` is a Python property, about 1 us a read, and a
    # review has five or six of them)
    return (
        a.language,
        a.sentiment._value_,
        a.sentiment_score,
        tuple([t._value_ for t in a.topics]) if a.topics else (),
        a.urgency,
        a.urgency_reason,
        a.rules,
        tuple([(o.aspect._value_, o.polarity._value_, o.words, o.corrected) for o in a.aspects])
        if a.aspects
        else (),
        a.sentiment_corrected,
    )


def _unpacked_analysis(packed: tuple | None) -> Analysis | None:
    if packed is None:
        return None
    language, sentiment, score, topics, urgency, reason, rules, aspects, corrected = packed
    # a few sets of topics recur in every page: each one's enum members made once
    found_topics = _TOPIC_SETS.get(topics)
    if found_topics is None:
        if len(_TOPIC_SETS) > _TOPIC_SETS_KEPT:
            _TOPIC_SETS.clear()
        found_topics = _TOPIC_SETS[topics] = tuple([_TOPICS[t] for t in topics])
    # positional, and no generator per review (20,000 reviews: 228 -> 131 ms in this process)
    return Analysis(
        language,
        _SENTIMENTS[sentiment],
        score,
        found_topics,
        urgency,
        reason,
        rules,
        tuple(
            [
                AspectOpinion(_ASPECTS[aspect], _SENTIMENTS[polarity], words, was_corrected)
                for aspect, polarity, words, was_corrected in aspects
            ]
        )
        if aspects
        else (),
        corrected,
    )


_TOPIC_SETS: dict[tuple[str, ...], tuple[Topic, ...]] = {}
_TOPIC_SETS_KEPT = 4096


def analyse_packed(
    analyse: Analyse, packed: list[_Packed], fallback_language: str
) -> list[tuple | None]:
    """``analyse_page`` in a worker: plain tuples in and out."""
    reviews = [_unpacked_review(p) for p in packed]
    return [_packed_analysis(a) for a in analyse_page(analyse, reviews, fallback_language)]


def _unpacked(packed: list[tuple | None]) -> list[Analysis | None]:
    return [_unpacked_analysis(p) for p in packed]


class AnalysisPool:
    """``with AnalysisPool(analyse_review, n) as pool: for page in pool.analysed(pages, lang)``.

    With one core, or fewer than ``PARALLEL_FROM`` reviews expected, the pages are analysed
    in this process, one after another.
    """

    def __init__(
        self, analyse: Analyse, reviews_expected: int, *, workers: int | None = None
    ) -> None:
        self._analyse = analyse
        self.workers = workers if workers is not None else worker_count()
        if reviews_expected < PARALLEL_FROM:
            self.workers = 1
        self._executor: ProcessPoolExecutor | None = None
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
        if self._executor is not None:
            # a cancelled import does not wait for pages nobody will store
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def analysed(
        self, pages: Iterable[list[Review]], fallback_language: str
    ) -> Iterator[list[Review]]:
        """The pages in their order, each review's ``analysis`` set: read on while the
        workers analyse, at most a few pages ahead. ``all_read`` turns true once the last
        page is handed to a worker, while the pages still ahead of the caller are analysed."""
        if self._executor is None:
            for page in pages:
                _attach(page, analyse_page(self._analyse, page, fallback_language))
                yield page
            return
        # an empty page (an import of a file stored before: nothing in it to analyse) is
        # handed back in its turn without a trip to a worker, so that such an import never
        # starts one (the executor starts its processes at the first task)
        ahead: deque[tuple[list[Review], Future[list[tuple | None]] | None]] = deque()
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
            yield _with_results(*ahead.popleft())

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


def _ready(future: Future[list[tuple | None]] | None) -> bool:
    return future is None or future.done()


def _with_results(page: list[Review], future: Future[list[tuple | None]] | None) -> list[Review]:
    if future is not None:
        _attach(page, _unpacked(future.result()))
    return page


def _attach(page: list[Review], analyses: list[Analysis | None]) -> None:
    for review, analysis in zip(page, analyses, strict=True):
        review.analysis = analysis
