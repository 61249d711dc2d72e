"""The shared store on PostgreSQL (issue 20), each figure beside SQLite's and a raw floor.

    .venv/bin/python benchmarks/pg_store.py [--count 100000] [--repeat 7] [--pg URL] [--dir DIR]

The 100,000 demo reviews of ``make_store`` (built and cached as a SQLite file) are copied
into a PostgreSQL database (COPY, then the indexes), on a throw-away cluster this script
starts on a loopback port (``tests/pg_cluster.py``), or on the server ``--pg`` names. Over
loopback it prints, as medians of ``--repeat`` warm runs:

- the first inbox page ("needs attention", and every review newest first): ``review_ids``
  with ``limit=64`` and ``reviews_by_ids`` of them, as the window's model reads it;
- search per keystroke in every language, 停车 and 1-2 letter prefixes included: the first
  page of ids and its rows;
- an import of 10,000 new reviews in pages of 1,000 (``upsert_reviews``, one transaction per
  page), into a copy of each store;

each beside SQLite on the same reviews and beside a raw floor: the same answer read with
plain psycopg (one statement, no store code; for the import: COPY of the rows).
Targets (issue 20): first page <= 100 ms, search <= 50 ms per keystroke.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import psycopg  # noqa: E402
from make_store import DEFAULT_DIR, ensure_store  # noqa: E402
from pg_bench import bench_database, bench_server, drop_database, working_copy  # noqa: E402

from clinicrep.model import Status  # noqa: E402
from clinicrep.store import open_database  # noqa: E402
from clinicrep.store.dialect import PG_SEARCHED  # noqa: E402
from clinicrep.store.inbox import ReviewQuery, review_ids  # noqa: E402
from clinicrep.store.pg import PgTarget, connect  # noqa: E402
from clinicrep.store.reviews import (  # noqa: E402
    iter_all_reviews,
    reviews_by_ids,
    upsert_reviews,
)

PAGE = 64
SEARCHES = (
    "停",
    "停车",
    "停车场",
    "医生",
    "p",
    "pa",
    "par",
    "parking",
    "zaparkować",
    "п",
    "па",
    "парковка",
    "паркування",
)
TARGETS = "targets (issue 20): first page <= 100 ms, search <= 50 ms per keystroke"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: plans prepared, pages cached
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- what is measured ------------------------------------------------------------------
def first_page(db: Any, query: ReviewQuery) -> Callable[[], object]:
    def run() -> object:
        return reviews_by_ids(db, review_ids(db, query, limit=PAGE))

    return run


def raw_pg_first_page(conn: psycopg.Connection[Any], where: str, params: tuple) -> Callable:
    """The floor: the same first page, one statement of ids and the rows, plain psycopg."""
    order = "urgency DESC, created_at DESC, id DESC" if "status" in where else "created_at DESC"

    def run() -> object:
        ids = [
            row[0]
            for row in conn.execute(
                f"SELECT r.id FROM reviews r {where} ORDER BY {order} LIMIT {PAGE}", params
            )
        ]
        return conn.execute("SELECT * FROM reviews WHERE id = ANY(%s)", (ids,)).fetchall()

    return run


def raw_sqlite_first_page(conn: sqlite3.Connection, where: str, params: tuple) -> Callable:
    order = "urgency DESC, created_at DESC" if "status" in where else "created_at DESC"

    def run() -> object:
        ids = [
            row[0]
            for row in conn.execute(
                f"SELECT r.id FROM reviews r {where} ORDER BY {order} LIMIT {PAGE}", params
            )
        ]
        marks = ",".join("?" * len(ids))
        return conn.execute(f"SELECT * FROM reviews WHERE id IN ({marks})", ids).fetchall()

    return run


def raw_pg_search(conn: psycopg.Connection[Any], word: str) -> Callable[[], object]:
    """The floor: one statement through the index that answers the word, then the rows."""
    from clinicrep.search_forms import is_short_cjk_word

    if is_short_cjk_word(word):
        test, param = "r.cjk_grams @> ARRAY[%s]::text[]", word
    elif len(word) < 3:  # no trigram: rows tested along the date index
        test, param = f"strpos({PG_SEARCHED}, lower(%s)) > 0", word
    else:
        test, param = f"{PG_SEARCHED} LIKE lower(%s)", f"%{word}%"

    def run() -> object:
        ids = [
            row[0]
            for row in conn.execute(
                f"SELECT r.id FROM reviews r WHERE {test} ORDER BY r.created_at DESC LIMIT {PAGE}",
                (param,),
            )
        ]
        return conn.execute("SELECT * FROM reviews WHERE id = ANY(%s)", (ids,)).fetchall()

    return run


def import_reviews(db: Any, reviews: list, page: int = 1000) -> float:
    started = time.perf_counter()
    for i in range(0, len(reviews), page):
        upsert_reviews(db, reviews[i : i + page])
    return time.perf_counter() - started


def new_reviews(db: Any, count: int) -> list:
    """``count`` reviews not in the store yet: stored ones under new external ids."""
    found: list = []
    for batch in iter_all_reviews(db, batch=2000):
        for review in batch:
            found.append(replace(review, id=None, external_id=f"{review.external_id}#import"))
            if len(found) == count:
                return found
    return found


def raw_pg_import(conn: psycopg.Connection[Any], reviews: list) -> float:
    """The floor of an import: the reviews' rows by COPY, in one transaction."""
    columns = ("source_id", "external_id", "author", "rating", "title", "text", "created_at")
    started = time.perf_counter()
    with conn.transaction(), conn.cursor() as cur:
        with cur.copy(
            f"COPY reviews ({', '.join(columns)}, fetched_at, platform) FROM STDIN"
        ) as copy:
            for r in reviews:
                copy.write_row(
                    (
                        r.source_id,
                        f"{r.external_id}#raw",
                        r.author,
                        r.rating,
                        r.title,
                        r.text,
                        r.created_at.isoformat(),
                        r.created_at.isoformat(),
                        "other",
                    )
                )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument(
        "--pg", help="postgresql://user:password@host:port/db (default: a new cluster)"
    )
    parser.add_argument("--import-count", type=int, default=10_000)
    args = parser.parse_args()

    print(load())
    sqlite_path = ensure_store(args.dir, args.count)
    server = bench_server(args.pg)
    try:
        # a copy of the kept one (pg_bench): the import below writes into it
        template = bench_database(server, sqlite_path, args.count)
        target = working_copy(server, template, f"clinicrep_bench_{args.count}_run")
        run(sqlite_path, target, server.password, args)
        drop_database(server, target)
    finally:
        server.close()
    print(load())
    return 0


def run(sqlite_path: Path, target: PgTarget, password: str | None, args: argparse.Namespace):
    repeat = args.repeat
    lite = open_database(sqlite_path)
    pg = open_database(target, password=password)
    raw_pg = connect(target, password)
    raw_lite = sqlite3.connect(sqlite_path)
    open_marks = ", ".join(f"'{s.value}'" for s in ReviewQuery.needs_attention().statuses)
    print(f"\n{TARGETS}; medians of {repeat} warm runs, ms, over loopback")
    print(f"{'':34} {'PostgreSQL':>11} {'raw psycopg':>12} {'SQLite':>8}")
    pages = (
        ("first page, needs attention", ReviewQuery.needs_attention(),
         f"WHERE r.status IN ({open_marks})"),
        ("first page, all by date", ReviewQuery(sort="created", statuses=tuple(Status)), ""),
    )  # fmt: skip
    for label, query, where in pages:
        print(
            f"{label:34} {median_ms(first_page(pg, query), repeat):11.1f}"
            f" {median_ms(raw_pg_first_page(raw_pg, where, ()), repeat):12.1f}"
            f" {median_ms(first_page(lite, query), repeat):8.1f}"
            f"   (raw SQLite {median_ms(raw_sqlite_first_page(raw_lite, where, ()), repeat):.1f})"
        )
    for word in SEARCHES:
        query = ReviewQuery(search=word, sort="created")
        print(
            f"{'search ' + repr(word):34} {median_ms(first_page(pg, query), repeat):11.1f}"
            f" {median_ms(raw_pg_search(raw_pg, word), repeat):12.1f}"
            f" {median_ms(first_page(lite, query), repeat):8.1f}"
        )
    # an import of new reviews into each store (SQLite: a copy of the file)
    reviews = new_reviews(lite, args.import_count)
    folder = Path(tempfile.mkdtemp(prefix="clinicrep-pg-bench-"))
    copy = folder / "clinicrep.sqlite3"
    shutil.copyfile(sqlite_path, copy)
    lite.close()
    with open_database(copy) as lite_copy:
        lite_import = import_reviews(lite_copy, [replace(r) for r in reviews])
    shutil.rmtree(folder, ignore_errors=True)
    pg_import = import_reviews(pg, [replace(r) for r in reviews])
    raw_import = raw_pg_import(raw_pg, reviews)
    print(
        f"{f'import {len(reviews):,} (pages of 1,000)':34} {pg_import * 1000:11.0f}"
        f" {raw_import * 1000:12.0f} {lite_import * 1000:8.0f}   (raw: COPY of the rows)"
    )
    pg.close()
    raw_pg.close()
    raw_lite.close()


if __name__ == "__main__":
    raise SystemExit(main())
