"""A word searched on the window's opening view ("needs attention", most urgent first):
the first screen's query beside its floor, and beside an older revision's query.

    .venv/bin/python benchmarks/attention_search.py [--size 100000] [--repeat 9] \
        [--words parking,zaparkować,парковка,停,p,the,doctor] [--before REV] [--dir DIR]

For each word: ``store.inbox.review_ids(limit=65)`` for the view (what ``read_snapshot``
asks for a new query's first screen) and the 64 rows read (``review_rows_by_ids``), medians
by the clock and by this thread's CPU (SQLite runs on it); ``--before REV``: the same with
``store/inbox.py`` as it was at REV (git show), checked to answer the same ids in the same
order; the floor: raw SQLite's fastest plain statement for the page and its rows
(``search_scale.raw_attention_search``), timed the same way.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store

WORDS = "parking,zaparkować,парковка,停,p,the,doctor"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.thread_time()
        result = fn()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.thread_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def inbox_at(revision: str, folder: Path) -> object:
    """``clinicrep.store.inbox`` as it was at ``revision``, imported beside today's."""
    root = Path(__file__).resolve().parent.parent
    source = subprocess.run(
        ["git", "show", f"{revision}:src/clinicrep/store/inbox.py"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = folder / "inbox_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("clinicrep.store.inbox_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--words", default=WORDS)
    parser.add_argument("--before", help="a git revision whose store/inbox.py to time too")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()

    from search_scale import load, raw_attention_search

    from clinicrep.store import inbox, open_database
    from clinicrep.store.reviews import review_rows_by_ids

    path = ensure_store(args.dir, args.size)
    db = open_database(path, defer_check=True)
    conn = sqlite3.connect(path)
    with tempfile.TemporaryDirectory(prefix="clinicrep-attention-") as tmp:
        versions: list[tuple[str, object]] = [("now", inbox)]
        if args.before:
            versions.append((args.before[:10], inbox_at(args.before, Path(tmp))))
        print(load(), f"{args.size:,} reviews, view: needs attention, by urgency")
        heads = "".join(f" {name + ' ms':>12} {'CPU':>6}" for name, _m in versions)
        print(f"{'search':<12}{heads} {'floor ms':>9} {'CPU':>6} {'x CPU':>6}  (medians)")
        for word in args.words.split(","):
            figures, answers = [], []
            for _name, module in versions:
                query = dataclasses.replace(module.ReviewQuery.needs_attention(), search=word)  # type: ignore[attr-defined]

                def screen(module: object = module, query: object = query) -> list[int]:
                    ids = module.review_ids(db, query, limit=65)  # type: ignore[attr-defined]
                    review_rows_by_ids(db, ids[:64])
                    return ids

                wall, cpu, ids = timed(screen, args.repeat)
                figures.append((wall, cpu))
                answers.append(ids)
            floor_wall, floor_cpu, _rows = timed(raw_attention_search(conn, word), args.repeat)
            same = all(a == answers[0] for a in answers)
            cells = "".join(f" {wall:12.2f} {cpu:6.2f}" for wall, cpu in figures)
            print(
                f"{word:<12}{cells} {floor_wall:9.2f} {floor_cpu:6.2f}"
                f" {figures[0][1] / floor_cpu:6.1f}" + ("" if same else "  DIFFERENT IDS"),
                flush=True,
            )
        print(load())
    conn.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
