"""An analysis worker runs its garbage collector seldom (``parallel.WORKER_GC_THRESHOLDS``):
its analyses make and drop many small objects, and each pass walked what it keeps again."""

from __future__ import annotations

import gc

from tests.analysis.review_pages import review_pages

from clinicrep.analysis import parallel
from clinicrep.model import Analysis, Review


def _thresholds_as_reason(review: Review, *, fallback_language: str = "") -> Analysis:
    """An "analysis" that reports the collector's thresholds of the process that made it."""
    return Analysis(language=fallback_language, urgency_reason=repr(gc.get_threshold()))


def test_the_workers_collect_seldom_and_the_importing_process_keeps_its_collector():
    before = gc.get_threshold()
    assert before != parallel.WORKER_GC_THRESHOLDS  # else the test proves nothing
    pages = review_pages(4, 20)
    with parallel.AnalysisPool(_thresholds_as_reason, parallel.PARALLEL_FROM, workers=2) as pool:
        analysed = [review for page in pool.analysed(pages, "pl") for review in page]
    assert len(analysed) == 80
    assert {r.analysis.urgency_reason for r in analysed if r.analysis} == {
        repr(parallel.WORKER_GC_THRESHOLDS)
    }
    assert gc.get_threshold() == before
