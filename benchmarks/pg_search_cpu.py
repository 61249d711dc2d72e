"""A search's first page on PostgreSQL by the CPU it costs, beside its raw pg_trgm floor.

    .venv/bin/python benchmarks/pg_search_cpu.py [--count 50000] [--runs 200] [--pg URL]

``make_store``'s demo reviews copied into PostgreSQL (``pg_bench``: a throw-away cluster on a
loopback port unless ``--pg``), ANALYZEd. For every review newest first (as the search
benchmarks type) and the opening view ("needs attention"), and for each word (rare, common,
CJK, 1-2 letters), it runs ``review_ids(limit=65)`` as the inbox asks, and its floor: the
fastest of one plain statement for the same page on raw psycopg (the planner's own plan, and
the search index's rows sorted: a bitmap plan forced with OFFSET 0). Each is run ``--runs``
times in a row and printed as CPU per run: the server's (the backend's user + system time
from /proc, so the server must be on this machine: ticks of 10 ms over all the runs) and
this process's, then the median wall-clock ms. On a shared machine the clock waits for
other programs; the CPU does not, so compare the CPU columns (the load is printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from make_store import DEFAULT_DIR  # noqa: E402
from pg_bench import analysed_store  # noqa: E402
from pg_store import load  # noqa: E402

from clinicrep.search_forms import fold, is_short_cjk_word  # noqa: E402
from clinicrep.store.inbox import ReviewQuery, review_ids  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LIMIT = 65  # the inbox's first rows and one more (ui.inbox_model: FIRST_ROWS + 1)
WORDS = ("zaparkować", "停车场", "医生", "parking", "парковка", "停", "停车", "p", "pa", "п", "па")
VIEWS = {
    "all": (
        ReviewQuery(sort="created", descending=True),
        "",
        "created_at DESC, id DESC",
    ),
    "open": (
        ReviewQuery.needs_attention(),
        "status IN ('new', 'in_progress', 'escalated') AND ",
        "urgency DESC NULLS LAST, created_at DESC, id DESC",
    ),
}


def backend_ticks(conn: Any) -> Callable[[], int]:
    """The CPU ticks (user + system) of ``conn``'s server process so far, or 0 if that
    process is not on this machine."""
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    stat = Path(f"/proc/{pid}/stat")

    def ticks() -> int:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)

    return ticks


def measure(run: Callable[[], object], ticks: Callable[[], int], runs: int) -> tuple[float, ...]:
    """(server CPU ms, client CPU ms, median wall ms) per run of ``run``."""
    run()
    walls = []
    server, client = ticks(), time.process_time()
    for _ in range(runs):
        started = time.perf_counter()
        run()
        walls.append((time.perf_counter() - started) * 1000)
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    server_ms = (ticks() - server) * tick_ms / runs
    return server_ms, (time.process_time() - client) * 1000 / runs, statistics.median(walls)


def floor_statements(word: str, where: str, order: str) -> tuple[list[str], object]:
    """The plain statements for a word's first page (planner's choice; bitmap forced)."""
    if is_short_cjk_word(word):
        test, param = "cjk_grams @> ARRAY[%s]::text[]", word
    elif len(word) < 3:
        test, param = "strpos(search_text, lower(%s)) > 0", word
    else:  # the store's own stem of a Polish or Cyrillic word is shorter: the floor's LIKE
        folded = fold(word)  # is on the whole word, no easier for the trigram index
        test, param = "search_text LIKE %s", f"%{folded.lower()}%"
    plain = f"SELECT id FROM reviews WHERE {where}{test} ORDER BY {order} LIMIT {LIMIT}"
    forced = (
        f"SELECT id FROM (SELECT id, urgency, created_at FROM reviews WHERE {where}{test}"
        f" OFFSET 0) AS r ORDER BY {order} LIMIT {LIMIT}"
    )
    return [plain, forced], param


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pg", help="a server's URL instead of a throw-away cluster")
    parser.add_argument("--words", help="comma-separated words instead of the usual eleven")
    parser.add_argument("--views", default="all,open")
    args = parser.parse_args()
    words = args.words.split(",") if args.words else WORDS
    with analysed_store(args.pg, args.dir, args.count) as (db, raw):
        store_ticks = backend_ticks(db)
        raw_ticks = backend_ticks(raw)
        print(f"{args.count:,} reviews; {load()}; per run, {args.runs} runs of each")
        print(
            f"{'view':>4} {'word':>10} {'rows':>4} | store: server CPU, client CPU, wall ms"
            " | floor: the same | x (CPU, both sides)"
        )
        for view in args.views.split(","):
            base, where, order = VIEWS[view]
            for word in words:
                query = replace(base, search=word)
                rows = len(review_ids(db, query, now=NOW, limit=LIMIT))
                store = measure(
                    lambda q=query: review_ids(db, q, now=NOW, limit=LIMIT), store_ticks, args.runs
                )
                statements, param = floor_statements(word, where, order)
                floors = [
                    measure(
                        lambda s=s, p=param: raw.execute(s, (p,)).fetchall(),  # type: ignore[misc]
                        raw_ticks,
                        max(args.runs // 4, 10),
                    )
                    for s in statements
                ]
                best = min(statements, key=lambda s: floors[statements.index(s)][2])
                floor = measure(
                    lambda s=best, p=param: raw.execute(s, (p,)).fetchall(),  # type: ignore[misc]
                    raw_ticks,
                    args.runs,
                )
                ratio = (store[0] + store[1]) / max(floor[0] + floor[1], 0.001)
                print(
                    f"{view:>4} {word:>10} {rows:>4} | {store[0]:6.2f} {store[1]:6.2f}"
                    f" {store[2]:7.2f} | {floor[0]:6.2f} {floor[1]:6.2f} {floor[2]:7.2f}"
                    f" | {ratio:5.1f}",
                    flush=True,
                )
        print(load())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
