"""What locations and approval cost the inbox, the charts and the report (issue 20).

On a copy of the benchmarks' store (100,000 reviews, ``make_store.py``), the demo's sources
shared out between two locations and 40 replies waiting for approval: the inbox's first
screen and its whole list with and without the location filter, the "Waiting for approval"
view, the marks every inbox query reads (``open_approvals``), the charts' figures of a year
and a month's report summary, each for the whole practice and for one location. Median of
``--runs`` runs, in ms.

    .venv/bin/python benchmarks/locations_approval.py [--dir DIR] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from make_store import DEFAULT_DIR, NOW, ensure_store, working_copy

from clinicrep import approval
from clinicrep.model import OPEN_STATUSES, AnswerClock
from clinicrep.reports.chart_data import load_chart_data
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.store import Database, open_database
from clinicrep.store.approvals import open_approvals
from clinicrep.store.inbox import ReviewQuery, count_by_status, count_overdue, review_ids
from clinicrep.store.locations import add_location, set_source_location
from clinicrep.store.sources import list_sources
from clinicrep.workstation import Role, Workstation


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def status_bar_counts(db: Database, location_id: int | None) -> object:
    """What the status bar reads with a complete list: new / open by status, and overdue."""
    return (
        count_by_status(db, location_id=location_id, open_only=True),
        count_overdue(db, AnswerClock(), now=NOW, location_id=location_id),
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    cached = ensure_store(args.dir)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(working_copy(cached, Path(folder)))
        places = [add_location(db, "Downtown").id, add_location(db, "Riverside").id]
        for i, source in enumerate(list_sources(db)):
            set_source_location(db, source.id or 0, places[i % 2])
        desk = Workstation("Anna (desk)", Role.STAFF, True)
        for review_id in review_ids(db, ReviewQuery(statuses=OPEN_STATUSES), limit=40):
            approval.ask_for_approval(db, review_id, "Thank you for your review.", desk)
        one = places[0]
        attention = ReviewQuery.needs_attention()
        here = ReviewQuery(statuses=OPEN_STATUSES, location_id=one)
        rows = [
            ("first screen, needs attention", lambda: review_ids(db, attention, limit=65)),
            ("first screen, needs attention, one location", lambda: review_ids(db, here, limit=65)),
            ("all ids, one location", lambda: review_ids(db, ReviewQuery(location_id=one))),
            ("all ids, whole practice", lambda: review_ids(db, ReviewQuery())),
            (
                "waiting for approval (40)",
                lambda: review_ids(db, ReviewQuery(waiting_for_approval=True)),
            ),
            ("approval marks read with every inbox query", lambda: open_approvals(db)),
            ("status bar counts, whole practice", lambda: status_bar_counts(db, None)),
            ("status bar counts, one location", lambda: status_bar_counts(db, one)),
            ("charts, 12 months, whole practice", lambda: load_chart_data(db, "365d", now=NOW)),
            (
                "charts, 12 months, one location",
                lambda: load_chart_data(db, "365d", now=NOW, location_id=one),
            ),
            (
                "monthly summary, whole practice",
                lambda: build_monthly_summary(db, "2026-10", zone=UTC, now=NOW),
            ),
            (
                "monthly summary, one location",
                lambda: build_monthly_summary(db, "2026-10", zone=UTC, now=NOW, location_id=one),
            ),
        ]
        for name, fn in rows:
            print(f"{name:48s} {median_ms(fn, args.runs):9.1f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
