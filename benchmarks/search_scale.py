"""Search and scale (issue 22): each figure beside its floor, raw SQLite on the same data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/search_scale.py \
        [--sizes 10000,100000[,1000000]] [--repeat 7] [--dir DIR] [--no-import] [--no-start]

For each store size (``make_store`` builds and caches it; 1,000,000 takes a quarter of an
hour) it prints, as medians of ``--repeat`` runs:

- search per keystroke, typed -> rows in the model: ``InboxModel(background=True)`` as the
  window has it, from ``set_query`` to its first screen of rows (``first_rows``), for
  停车, 停车场, zaparkować, parking, p, pa, п over every review, newest first; and when the
  rest of the ids was in (off the GUI thread, while the user reads);
- the first page of the inbox ("needs attention", and every review by date);
- its floor: raw SQLite on a warm connection of its own, the best of a LIKE scan in date
  order with LIMIT 64 and the trigram index (words of 3+ characters), plus reading the 64
  rows; for the first pages the same ORDER BY ... LIMIT 64 and the rows;
- start-up (process start to the first painted inbox row, ``clinicrep window``) beside a
  process that opens the file and reads the first page raw;
- import of a CSV export with analysis (``benchmarks/import_csv.py``'s file) beside the
  rows and their trigram index inserted raw.

The machine may be shared: the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store

SEARCHES = ("停车", "停车场", "zaparkować", "parking", "p", "pa", "п")
PAGE = 64
TARGETS = "targets: 100k search <= 20 ms and <= 2x floor; 1M first page <= 100 ms, search <= 50 ms"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- the floor: raw SQLite --------------------------------------------------------------------
def raw_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    marks = ",".join("?" * len(ids))
    return conn.execute(f"SELECT * FROM reviews WHERE id IN ({marks})", ids).fetchall()


def raw_search(conn: sqlite3.Connection, word: str) -> Callable[[], object]:
    """The fastest of what raw SQLite offers for the word's first page (timed apart)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = (
        "SELECT id FROM reviews WHERE text LIKE ?1 ESCAPE '\\' OR author LIKE ?1 ESCAPE '\\'"
        " OR title LIKE ?1 ESCAPE '\\' ORDER BY created_at DESC, id DESC LIMIT ?2"
    )
    ways = [lambda: conn.execute(like, (f"%{escaped}%", PAGE)).fetchall()]
    if len(word) >= 3:
        fts = (
            "SELECT id FROM reviews WHERE id IN (SELECT rowid FROM reviews_fts"
            " WHERE reviews_fts MATCH ?) ORDER BY created_at DESC, id DESC LIMIT ?"
        )
        phrase = '"' + word.replace('"', '""') + '"'
        ways.append(lambda: conn.execute(fts, (phrase, PAGE)).fetchall())
    best = min(ways, key=lambda way: median_ms(way, 3))
    return lambda: raw_rows(conn, [row[0] for row in best()])


def raw_page(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> Callable[[], object]:
    return lambda: raw_rows(conn, [r[0] for r in conn.execute(sql, (*params, PAGE)).fetchall()])


# -- clinicrep: the inbox model as the window has it -------------------------------------------
def model_figures(path: Path, repeat: int) -> list[tuple[str, float, float, float]]:
    """(what, typed -> rows in model, every id in, floor) in ms."""
    from PySide6.QtCore import QEventLoop

    from clinicrep.app import make_application
    from clinicrep.model import OPEN_STATUSES
    from clinicrep.store import open_database
    from clinicrep.store.inbox import ReviewQuery
    from clinicrep.ui.inbox_model import InboxModel

    make_application()
    db = open_database(path, defer_check=True)
    model = InboxModel(db, background=True)
    model.set_query(ReviewQuery(sort="created"))  # the window's first query, here
    conn = sqlite3.connect(path)

    def settle() -> None:
        """Until the last query's ids are all in (the event loop runs; nothing polls)."""
        if model.loading:
            loop = QEventLoop()
            model.loaded.connect(loop.quit)
            if model.loading:
                loop.exec()
            model.loaded.disconnect(loop.quit)

    def run(query: ReviewQuery) -> tuple[float, float]:
        settle()
        marks: dict[str, float] = {}
        loop = QEventLoop()

        def everything() -> None:
            marks.setdefault("all", time.perf_counter())
            loop.quit()

        started = time.perf_counter()
        try:
            model.set_query(
                query,
                then=everything,
                first_rows=lambda: marks.setdefault("first", time.perf_counter()),
            )
        except TypeError:  # the code before issue 22: rows came with every id
            model.set_query(query, then=everything)
        if "all" not in marks:
            loop.exec()
        marks.setdefault("first", marks["all"])
        return (marks["first"] - started) * 1000, (marks["all"] - started) * 1000

    def figure(what: str, query: ReviewQuery, floor: Callable[[], object]) -> tuple:
        firsts, alls = [], []
        for _ in range(repeat):
            run(ReviewQuery(sort="rating"))  # something else in between, as when typing
            first, everything = run(query)
            firsts.append(first)
            alls.append(everything)
        return (what, statistics.median(firsts), statistics.median(alls), median_ms(floor, repeat))

    rows = []
    waiting = ",".join(f"'{s.value}'" for s in OPEN_STATUSES)
    rows.append(
        figure(
            "first page: needs attention",
            ReviewQuery.needs_attention(),
            raw_page(
                conn,
                f"SELECT id FROM reviews WHERE status IN ({waiting})"
                " ORDER BY urgency DESC, created_at DESC, id DESC LIMIT ?",
            ),
        )
    )
    rows.append(
        figure(
            "first page: all, newest first",
            ReviewQuery(sort="created"),
            raw_page(conn, "SELECT id FROM reviews ORDER BY created_at DESC, id DESC LIMIT ?"),
        )
    )
    for word in SEARCHES:
        rows.append(
            figure(
                f"search {word}", ReviewQuery(sort="created", search=word), raw_search(conn, word)
            )
        )
    model.close()
    db.close()
    conn.close()
    return rows


# -- start-up -------------------------------------------------------------------------------
RAW_START = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in conn.execute("SELECT id FROM reviews ORDER BY created_at DESC LIMIT 64")]
conn.execute(f"SELECT * FROM reviews WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
"""


def start_figures(cached: Path, runs: int) -> tuple[float, float]:
    from ui_speed import measure_startup

    ours = statistics.median(r["paint_s"] for r in measure_startup(cached, runs, 0))
    raws = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", RAW_START, str(cached)], check=True)
        raws.append(time.perf_counter() - started)
    return ours, statistics.median(raws)


# -- import with analysis -------------------------------------------------------------------
def import_figures(rows: int) -> tuple[float, float]:
    from import_csv import make_file

    from clinicrep.importing import import_csv
    from clinicrep.model import Platform
    from clinicrep.store import open_database

    with tempfile.TemporaryDirectory(prefix="clinicrep-import-") as tmp:
        folder = Path(tmp)
        path = folder / "export.csv"
        make_file(path, rows)
        with open_database(folder / "ours.sqlite3") as db:
            started = time.perf_counter()
            import_csv(db, path, source_name="Bench", platform=Platform.OTHER, analyse=True)
            ours = time.perf_counter() - started
        started = time.perf_counter()
        conn = sqlite3.connect(folder / "raw.sqlite3")
        conn.execute(
            "CREATE TABLE reviews (id INTEGER PRIMARY KEY, author TEXT, title TEXT, text TEXT,"
            " rating INTEGER, created_at TEXT)"
        )
        conn.execute(
            "CREATE VIRTUAL TABLE reviews_fts USING fts5(author, title, text,"
            " content='reviews', content_rowid='id', tokenize='trigram')"
        )
        with path.open(encoding="utf-8", newline="") as file:
            reader = csv.reader(file, delimiter=";")
            next(reader)
            conn.executemany(
                "INSERT INTO reviews (created_at, author, rating, text, title)"
                " VALUES (?, ?, ?, ?, '')",
                reader,
            )
        conn.execute(
            "INSERT INTO reviews_fts (rowid, author, title, text)"
            " SELECT id, author, title, text FROM reviews"
        )
        conn.commit()
        conn.close()
        raw = time.perf_counter() - started
    return ours, raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--no-import", action="store_true")
    parser.add_argument("--no-start", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(load())
    print(TARGETS)
    stores = {size: ensure_store(args.dir, size) for size in sizes}
    print(f"{'reviews':>9}  {'what':<32} {'ms':>8} {'floor':>8} {'x':>5} {'all ids':>9}")
    for size, path in stores.items():
        for what, first, everything, floor in model_figures(path, args.repeat):
            ratio = first / floor if floor else float("inf")
            print(
                f"{size:>9,}  {what:<32} {first:8.2f} {floor:8.2f} {ratio:5.1f} {everything:9.1f}"
            )
    for size, path in stores.items():
        if not args.no_start:
            ours, raw = start_figures(path, 3 if size <= 100_000 else 1)
            print(f"{size:>9,}  start-up to first painted row: {ours:.2f} s (raw read {raw:.2f} s)")
    for size in sizes:
        if not args.no_import and size <= 100_000:
            from clinicrep.analysis.parallel import worker_count

            # the pool takes the cores the load average leaves free (one: in this process)
            workers = worker_count()
            ours, raw = import_figures(size)
            print(
                f"{size:>9,}  import with analysis: {ours:.1f} s"
                f" (raw insert + trigram index {raw:.1f} s, {ours / raw:.1f}x;"
                f" analysis processes: {workers}; {load()})"
            )
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
