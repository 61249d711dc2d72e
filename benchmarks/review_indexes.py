"""What each index on ``reviews`` costs an import, and what the window's queries cost without it.

    .venv/bin/python benchmarks/review_indexes.py [--rows 20000] [--repeat 2] [--dir DIR] \
        [--only reviews_open_urgency,...]

On copies of ``make_store``'s 100,000 reviews (SQLite):

1. the INSERT of ``--rows`` new analysed reviews (``import_csv.py``'s file, the rows exactly
   as ``upsert_reviews`` writes them, in its batches of 5,000), CPU seconds, with every
   index, without each one in turn (``--only``: those named), and without all of them (the
   unique (source_id, external_id) index always stays: the dedup look-ups need it);
2. the inbox's queries (``review_ids``: the first page of 64 and every id) with every index,
   and again without each index that only a sort or a filter reads.

The lowest CPU time of ``--repeat`` runs is printed for the inserts (the machine is shared);
the queries are medians of 5 (first page) and 3 (every id) warm runs.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_csv import make_file
from make_store import DEFAULT_DIR, ensure_store

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Sentiment, Status
from clinicrep.sources.csvfile import CsvReviewReader
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import upsert_reviews

BATCH = 5000
# the indexes whose every reader is a sort or a filter of the inbox, and those queries
QUERIES: dict[str, dict[str, ReviewQuery]] = {
    "reviews_sort_author": {"sort author": ReviewQuery(sort="author")},
    "reviews_sort_text": {"sort text": ReviewQuery(sort="text", descending=False)},
    "reviews_sort_sentiment": {"sort sentiment": ReviewQuery(sort="sentiment")},
    "reviews_sort_topic": {"sort topics": ReviewQuery(sort="topics")},
    "reviews_sort_time_left": {"sort time left": ReviewQuery(sort="time_left")},
    "reviews_status_urgency": {
        "needs attention": ReviewQuery.needs_attention(),
        "status answered": ReviewQuery(statuses=(Status.ANSWERED,), sort="created"),
    },
    "reviews_sort_urgency": {"sort urgency": ReviewQuery(sort="urgency")},
    # the opening view names it (INDEXED BY): without it the query fails, as it should
    "reviews_open_urgency": {
        "attention: parking": replace(ReviewQuery.needs_attention(), search="parking"),
        "attention: парковка": replace(ReviewQuery.needs_attention(), search="парковка"),
    },
    "reviews_sort_status": {"sort status": ReviewQuery(sort="status")},
    "reviews_sort_rating": {"sort rating": ReviewQuery(sort="rating")},
    "reviews_sort_platform": {"sort platform": ReviewQuery(sort="platform")},
    "reviews_created": {
        "sort date": ReviewQuery(sort="created"),
        "negative, by date": ReviewQuery(sentiments=(Sentiment.NEGATIVE,), sort="created"),
    },
}


def rows_to_insert(folder: Path, store: Path, count: int) -> list[tuple[str, list[tuple]]]:
    """The INSERT statements and rows ``upsert_reviews`` runs for ``count`` analysed reviews."""
    path = folder / "export.csv"
    make_file(path, count)
    reviews = list(CsvReviewReader(path, source_id=1))
    for review in reviews:
        review.analysis = analyse_review(review)
    copy = folder / "capture.sqlite3"
    shutil.copyfile(store, copy)
    captured: list[tuple[str, list[tuple]]] = []
    with open_database(copy) as db:
        source_id = db.fetchall("SELECT min(id) FROM sources")[0][0]
        for review in reviews:
            review.source_id = source_id
        real = db.executemany

        def executemany(sql: str, rows):  # type: ignore[no-untyped-def]
            rows = list(rows)
            if sql.startswith("INSERT INTO reviews ("):
                captured.append((sql, rows))
            return real(sql, rows)

        db.executemany = executemany  # type: ignore[method-assign]
        for start in range(0, len(reviews), BATCH):
            upsert_reviews(db, reviews[start : start + BATCH])
    return captured


def fresh_copy(store: Path, folder: Path) -> Path:
    copy = folder / "copy.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(store, copy)
    return copy


def insert_cpu(store: Path, folder: Path, inserts: list, drop: list[str]) -> float:
    conn = sqlite3.connect(fresh_copy(store, folder), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")  # as Database.bulk_writes
    for name in drop:
        conn.execute(f"DROP INDEX {name}")
    started = time.process_time()
    for sql, rows in inserts:
        conn.execute("BEGIN")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    seconds = time.process_time() - started
    conn.close()
    return seconds


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_times(store: Path, folder: Path, drop: str | None) -> dict[str, tuple[float, float]]:
    found: dict[str, tuple[float, float]] = {}
    with open_database(fresh_copy(store, folder)) as db:
        if drop:
            db.execute(f"DROP INDEX {drop}")
        for index, queries in QUERIES.items():
            if drop and index != drop:
                continue
            for label, query in queries.items():
                try:
                    first = median_ms(lambda q=query: review_ids(db, q, limit=64), 5)
                    every = median_ms(lambda q=query: review_ids(db, q), 3)
                except Exception:  # a query that names the index dropped (INDEXED BY)
                    first = every = float("nan")
                found[label] = (first, every)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--only", default="", help="comma-separated index names to drop")
    args = parser.parse_args()
    store = ensure_store(args.dir)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inserts = rows_to_insert(folder, store, args.rows)
        with sqlite3.connect(store) as conn:
            names = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index'"
                    " AND tbl_name = 'reviews' AND sql IS NOT NULL ORDER BY name"
                )
            ]
        only = [name for name in args.only.split(",") if name]
        dropped = [name for name in names if name in only] if only else names
        print(f"INSERT of {args.rows:,} analysed reviews into 100,000, CPU s (least of runs):")
        runs: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            runs.setdefault("every index", []).append(insert_cpu(store, folder, inserts, []))
            for name in dropped:
                runs.setdefault(name, []).append(insert_cpu(store, folder, inserts, [name]))
            runs.setdefault("none", []).append(insert_cpu(store, folder, inserts, names))
        every = min(runs["every index"])
        for label, seconds in runs.items():
            if label in ("every index", "none"):
                print(f"  {label:<36} {min(seconds):6.2f}")
            else:
                cost = every - min(seconds)
                print(f"  without {label:<28} {min(seconds):6.2f}  (its cost {cost:+.2f})")
        print("\nqueries, ms (first page of 64 / every id), 100,000 reviews:")
        kept = query_times(store, folder, None)
        for index in QUERIES:
            if index not in dropped:
                continue
            without = query_times(store, folder, index)
            for label, (first, all_ids) in without.items():
                was_first, was_all = kept[label]
                print(
                    f"  {label:<20} {was_first:6.2f} / {was_all:6.1f}   without {index}:"
                    f" {first:6.2f} / {all_ids:6.1f}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
