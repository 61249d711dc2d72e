"""The window's opening view with a word on the PostgreSQL store: this tree's query beside an
older revision's, and whether the plan reads the open reviews' index (migration 0015).

    .venv/bin/python benchmarks/attention_pg.py [--size 100000] [--before REV] [--repeat 5] \
        [--words ,parking,zaparkować,парковка,停,p,the] [--pg URL] [--dir DIR]

``make_store``'s reviews copied into PostgreSQL (``pg_bench.py``: a throw-away cluster unless
``--pg``/``CLINICREP_BENCH_PG``); for each word (the empty one: the view's first page)
``store.inbox.review_ids(limit=65)`` by the clock, medians, now and at REV in turns (two
rounds), checked to answer the same ids; then EXPLAIN of each statement it ran: whether
``reviews_open_urgency`` and a Sort are in the plan.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attention_search import inbox_at
from make_store import DEFAULT_DIR, ensure_store
from pg_bench import bench_database, bench_server, memory_keyring

from clinicrep.store import inbox
from clinicrep.store.pg import PgDatabase


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--before", default="9313329")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", default=",parking,zaparkować,парковка,停,p,the")
    parser.add_argument("--pg")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    memory_keyring()
    server = bench_server(args.pg)
    try:
        target = bench_database(server, ensure_store(args.dir, args.size), args.size)
        with PgDatabase(target, server.password) as db, tempfile.TemporaryDirectory() as tmp:
            db.execute("ANALYZE reviews")
            old = inbox_at(args.before, Path(tmp))
            print(f"{args.size:,} reviews on PostgreSQL, view: needs attention, by urgency (ms)")
            for word in args.words.split(","):
                times: dict[str, list[float]] = {"now": [], "before": []}
                answers: dict[str, list[int]] = {}
                for _round in range(2):
                    for name, module in (("before", old), ("now", inbox)):
                        query = dataclasses.replace(
                            module.ReviewQuery.needs_attention(),  # type: ignore[attr-defined]
                            search=word,
                        )
                        for _ in range(args.repeat):
                            started = time.perf_counter()
                            answers[name] = module.review_ids(db, query, limit=65)  # type: ignore[attr-defined]
                            times[name].append((time.perf_counter() - started) * 1000)
                statements: list[tuple[str, object]] = []
                real = db.fetchall

                def fetchall(sql, params=(), statements=statements, real=real):  # type: ignore[no-untyped-def]
                    statements.append((sql, params))
                    return real(sql, params)

                db.fetchall = fetchall  # type: ignore[method-assign]
                query = dataclasses.replace(inbox.ReviewQuery.needs_attention(), search=word)
                inbox.review_ids(db, query, limit=65)
                del db.fetchall
                plans = []
                for sql, params in statements:
                    plan = " ".join(row[0] for row in db.fetchall(f"EXPLAIN {sql}", params))
                    index = "open index" if "reviews_open_urgency" in plan else "no open index"
                    plans.append(index + (", sort" if "Sort" in plan else ""))
                print(
                    f"{word or '(first page)':<14} now {statistics.median(times['now']):7.2f}"
                    f"  {args.before[:10]} {statistics.median(times['before']):7.2f}"
                    f"  same ids: {answers['now'] == answers['before']}  plan: {'; '.join(plans)}",
                    flush=True,
                )
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
