"""The opening view with a filter and a word typed, on PostgreSQL, beside raw floors.

    .venv/bin/python benchmarks/pg_filtered_search.py [--count 50000] [--repeat 7] [--pg URL]

``make_store``'s demo reviews copied into PostgreSQL (``pg_bench``: a throw-away cluster on
a loopback port unless ``--pg``), ANALYZEd as autovacuum leaves a real store. For the
window's opening view ("needs attention") with no filter, a platform, stars or one source
chosen, and each search word, it prints the first page of ids as the inbox asks for it
(``review_ids``, ``limit=65``) beside two floors on plain psycopg: the planner's own plan of
one statement (filters, the word, display order, LIMIT) and the rows the search and filter
indexes find, sorted (a bitmap plan forced with OFFSET 0). Medians of ``--repeat`` warm runs,
wall-clock ms, with the load average (2 cores shared: compare columns of one run).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from make_store import DEFAULT_DIR  # noqa: E402
from pg_bench import analysed_store  # noqa: E402
from pg_store import load, median_ms  # noqa: E402

from clinicrep.model import Platform  # noqa: E402
from clinicrep.store.inbox import ReviewQuery, review_ids  # noqa: E402
from clinicrep.store.sources import list_sources  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LIMIT = 65  # the inbox's first rows and one more (ui.inbox_model: FIRST_ROWS + 1)
WORDS = ("parking", "doctor", "zaparkować", "парковка", "visit")
ORDER = "r.urgency DESC NULLS LAST, r.created_at DESC NULLS LAST, r.id DESC NULLS LAST"
OPEN = "r.status IN ('new', 'in_progress', 'escalated')"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pg", help="a server's URL instead of a throw-away cluster")
    args = parser.parse_args()
    with analysed_store(args.pg, args.dir, args.count) as (db, raw):
        sources = list_sources(db)
        opening = ReviewQuery.needs_attention()
        views = [
            ("no filter", opening, "", ()),
            ("Google", replace(opening, platforms=(Platform.GOOGLE,)), " AND r.platform = %s",
             (Platform.GOOGLE.value,)),
            ("4-5 stars", replace(opening, ratings=(4, 5)), " AND r.rating IN (4, 5)", ()),
            *(
                (f"source {s.id}", replace(opening, source_ids=(s.id,)), " AND r.source_id = %s",
                 (s.id,))
                for s in (sources[0], sources[len(sources) // 2])
            ),
        ]  # fmt: skip
        print(f"{args.count:,} reviews; {load()}; ms, medians of {args.repeat} warm runs")
        print(f"{'filter':>10} {'word':>11} {'rows':>4} {'store':>7} {'planner':>8} {'bitmap':>7}")
        for label, base, where, params in views:
            for word in WORDS:
                query = replace(base, search=word)
                like = f"%{word.casefold()}%"
                plain = (
                    f"SELECT r.id FROM reviews r WHERE {OPEN}{where}"
                    f" AND r.search_text LIKE %s ORDER BY {ORDER} LIMIT {LIMIT}"
                )
                bitmap = (
                    f"SELECT id FROM (SELECT r.id, r.urgency, r.created_at FROM reviews r"
                    f" WHERE {OPEN}{where} AND r.search_text LIKE %s OFFSET 0) AS r"
                    f" ORDER BY {ORDER} LIMIT {LIMIT}"
                )
                rows = len(review_ids(db, query, now=NOW, limit=LIMIT))
                store = median_ms(
                    lambda q=query: review_ids(db, q, now=NOW, limit=LIMIT), args.repeat
                )
                values = (*params, like)
                floor = median_ms(
                    lambda s=plain, v=values: raw.execute(s, v).fetchall(), args.repeat
                )
                forced = median_ms(
                    lambda s=bitmap, v=values: raw.execute(s, v).fetchall(), args.repeat
                )
                print(f"{label:>10} {word:>11} {rows:>4} {store:7.2f} {floor:8.2f} {forced:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
