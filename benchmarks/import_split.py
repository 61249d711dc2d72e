"""Where the importing process's CPU goes during an import with the analysis (issue 22).

    .venv/bin/python benchmarks/import_split.py [ROWS] [--workers N] [--statements]

Imports ``import_csv.py``'s file (ROWS rows, default 100,000) into a fresh store, as
``search_scale.py``'s import figure does, with ``--workers`` analysis processes forced
(default 2; 1: the analysis in this process), and prints this process's CPU by stage,
timed by the main thread's CPU clock around the functions that do each (so the load of a
shared machine moves them less than the wall clock): reading the file (the survey, then the
pages), handing pages to the workers and rebuilding their results, storing (the rows, the
search index, topics and aspects), the indexes built again, the COMMIT, and the garbage
collector's passes by generation (``gc.callbacks``). With the workers' CPU beside it: two
free cores take at least max(this process, half of both), the import's floor by CPU.
``--statements`` adds the CPU of each SQL statement of the store (``Database.execute``,
``executemany``, ``fetchall``; SQLite's own work in them, the folding function it calls
back included), the ten largest: which write of "new rows" costs what.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from import_csv import _workers_cpu, make_file

SPENT: defaultdict[str, float] = defaultdict(float)
STATEMENTS: defaultdict[str, float] = defaultdict(float)


def _timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.thread_time() - started

    return timed


def _timed_pages(function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    @functools.wraps(function)
    def pages(*args: Any, **kwargs: Any) -> Iterator[Any]:
        found = function(*args, **kwargs)
        while True:
            started = time.thread_time()
            try:
                page = next(found)
            except StopIteration:
                return
            finally:
                SPENT["read: the pages"] += time.thread_time() - started
            yield page

    return pages


def _count_statements() -> None:
    import clinicrep.store.db as db

    for name in ("execute", "executemany", "fetchall"):
        method = getattr(db.Database, name)

        def timed(self: Any, sql: str, *args: Any, _method: Any = method, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return _method(self, sql, *args, **kwargs)
            finally:
                STATEMENTS[" ".join(sql.split())[:60]] += time.thread_time() - started

        setattr(db.Database, name, timed)


def _count_gc() -> None:
    started: list[float] = [0.0]

    def passes(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.thread_time()
        else:
            SPENT[f"garbage collector, generation {info['generation']}"] += (
                time.thread_time() - started[0]
            )

    gc.callbacks.append(passes)


def _instrument() -> None:
    from concurrent.futures import ProcessPoolExecutor

    import clinicrep.analysis.parallel as parallel
    import clinicrep.importing as importing
    import clinicrep.store.db as db
    import clinicrep.store.dialect as dialect
    import clinicrep.store.reviews as reviews
    from clinicrep.sources.csvfile import CsvReviewReader

    CsvReviewReader.__init__ = _timed("read: the survey", CsvReviewReader.__init__)  # type: ignore[method-assign]
    CsvReviewReader.pages = _timed_pages(CsvReviewReader.pages)  # type: ignore[method-assign]
    ProcessPoolExecutor.submit = _timed("pool: pages handed out", ProcessPoolExecutor.submit)  # type: ignore[method-assign]
    parallel._pack = _timed("pool: pages handed out", parallel._pack)
    parallel._unpacked = _timed("pool: results rebuilt", parallel._unpacked)
    importing._AnalysesToMake.of = _timed(  # type: ignore[method-assign]
        "store: which rows to analyse", importing._AnalysesToMake.of
    )
    importing.upsert_reviews = _timed("store: upsert_reviews (all)", importing.upsert_reviews)
    reviews._known_reviews = _timed("store:   known rows", reviews._known_reviews)
    reviews._insert = _timed("store:   new rows (all)", reviews._insert)
    dialect.index_new_reviews = _timed("store:     search index", dialect.index_new_reviews)
    reviews.write_aspects = _timed("store:     aspects", reviews.write_aspects)
    db.DroppedIndexes.build = _timed("indexes built again", db.DroppedIndexes.build)  # type: ignore[method-assign]
    transaction = db.Database.transaction

    @contextlib.contextmanager
    def timed_transaction(self: Any) -> Iterator[Any]:
        with transaction(self) as conn:
            yield conn
            SPENT["_commit"] = time.thread_time()
        SPENT["COMMIT (all)"] += time.thread_time() - SPENT.pop("_commit", time.thread_time())

    db.Database.transaction = timed_transaction  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--statements", action="store_true", help="CPU by SQL statement too")
    args = parser.parse_args()
    import clinicrep.analysis.parallel as parallel
    from clinicrep.importing import import_csv
    from clinicrep.model import Platform
    from clinicrep.store import open_database

    parallel.worker_count = lambda *_reading: args.workers  # the free cores decide otherwise
    _instrument()
    _count_gc()
    if args.statements:
        _count_statements()
    print(f"load average {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="clinicrep-import-split-") as tmp:
        folder = Path(tmp)
        path = folder / "export.csv"
        make_file(path, args.rows)
        with open_database(folder / "ours.sqlite3") as db:
            SPENT.clear()
            STATEMENTS.clear()
            wall, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
            workers = _workers_cpu()
            import_csv(db, path, source_name="Bench", platform=Platform.OTHER, analyse=True)
            wall = time.perf_counter() - wall
            cpu, main_cpu = time.process_time() - cpu, time.thread_time() - main_cpu
            workers = _workers_cpu() - workers
    print(
        f"{args.rows:,} rows, {args.workers} analysis process(es): wall {wall:.2f} s; CPU here"
        f" {cpu:.2f} s (main thread {main_cpu:.2f} s, the pool's threads {cpu - main_cpu:.2f} s)"
        f" + {workers:.2f} s in the workers; by CPU at least"
        f" {max(cpu, (cpu + workers) / 2):.2f} s on two free cores;"
        f" load average {os.getloadavg()[0]:.2f} at the end"
    )
    # indented names are parts of the one above; the collector's passes and the first
    # batch's COMMIT fall within the stages they interrupt
    for name in sorted(SPENT):
        print(f"  {name:<40} {SPENT[name]:6.2f} s")
    if args.statements:
        print("by SQL statement (the ten largest):")
        for sql, spent in sorted(STATEMENTS.items(), key=lambda item: -item[1])[:10]:
            print(f"  {spent:6.2f} s  {sql}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
