"""How long importing a 100,000-row review export takes (targets: <= 15 s without the
analysis, <= 10 s with it: issue 22), beside the floor measured in the same run.

    .venv/bin/python benchmarks/import_csv.py [ROWS]

Makes a semicolon-separated UTF-8 file in a temp dir (dates, authors, ratings, texts in
Russian, Polish, Chinese and English, no id column so every row gets a content hash), and
times three imports into a fresh database there:

1. first import, without analysis: what the 15 s target is about (reading, hashing,
   storing the rows and their search index);
2. the same file again: must add nothing;
3. the file into a second source with the analysis a sync runs (what the CLI and the
   import dialog do): bounded by the analysis, about 250 us per review on one core.

and last the floor: the same rows into a bare SQLite table with an FTS5 trigram index, by
``executemany`` straight from ``csv.reader`` (what no import can beat).

Each line gives the wall time, the CPU time of this process (the machine may be shared:
wall minus CPU is waiting, mostly for other processes and the disk), that of the analysis
workers when there were any (the sum over two is the wall time's floor on 2 cores) and rows
per second. During the third import another process reads the window's opening view (the
first 64 ids of "Needs attention", ``review_ids``) every 50 ms from the same file, as the
window would: the median and the longest of those reads are printed with it.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

from clinicrep.analysis.parallel import PARALLEL_FROM, worker_count
from clinicrep.importing import import_csv
from clinicrep.model import Platform
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids

TEXTS = [
    "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "Bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy.",
    "医生很耐心，服务很好，就是排队时间有点长。",
    "Rude receptionist, and nobody called me back about my results.",
]


def make_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Дата;Автор;Оценка;Отзыв\n")
        for i in range(rows):
            day = 1 + i % 28
            text = f"{rng.choice(TEXTS)} #{i}"
            out.write(f'{day:02d}.{1 + i % 12:02d}.2026;Patient {i};{rng.randint(1, 5)};"{text}"\n')


def floor_seconds(path: Path, database: Path) -> float:
    """The raw insert and trigram index of ``path`` into ``database`` (a new file): the floor."""
    started = time.perf_counter()
    conn = sqlite3.connect(database)
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
            "INSERT INTO reviews (created_at, author, rating, text, title) VALUES (?, ?, ?, ?, '')",
            reader,
        )
    conn.execute(
        "INSERT INTO reviews_fts (rowid, author, title, text)"
        " SELECT id, author, title, text FROM reviews"
    )
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def _workers_cpu() -> float:
    """CPU seconds of the analysis workers that have ended (the pool ends with the import):
    with the importing process's, what two cores have to share."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def window_reads(path: Path, stop: Event, times: Queue[list[float]]) -> None:
    """In a process of its own: the window's first page read every 50 ms until ``stop``."""
    found: list[float] = []
    with open_database(path) as db:
        while not stop.is_set():
            started = time.perf_counter()
            review_ids(db, ReviewQuery.needs_attention(), limit=64)
            found.append((time.perf_counter() - started) * 1000)
            stop.wait(0.05)
    times.put(found)


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "export.csv"
        make_file(path, rows)
        size_mb = path.stat().st_size / 1e6
        with open_database(folder / "bench.sqlite3") as db:
            runs = (
                ("first import, without analysis", "Bench", False),
                ("same file again", "Bench", False),
                ("first import, with analysis (the default)", "Bench analysed", True),
            )
            print(f"{rows:,} rows, {size_mb:.1f} MB")
            for label, name, analyse in runs:
                workers = worker_count() if rows >= PARALLEL_FROM else 1
                load = os.getloadavg()[0]
                start, cpu_start = time.perf_counter(), time.process_time()
                workers_start = _workers_cpu()
                if analyse:
                    context = multiprocessing.get_context("spawn")
                    stop, times = context.Event(), context.Queue()
                    reader = context.Process(target=window_reads, args=(db.path, stop, times))
                    reader.start()
                report = import_csv(
                    db, path, source_name=name, platform=Platform.OTHER, analyse=analyse
                )
                seconds = time.perf_counter() - start
                cpu = time.process_time() - cpu_start
                if analyse:
                    stop.set()
                    reads = times.get()
                    reader.join()
                workers_cpu = _workers_cpu() - workers_start
                if analyse:  # the pool's size is chosen by the load average when it starts
                    print(f"(analysis processes: {workers}, load average {load:.1f} at start)")
                print(
                    f"{label}: wall {seconds:.2f} s, CPU {cpu:.2f} s"
                    + (f" + {workers_cpu:.2f} s in the workers" if workers_cpu else "")
                    + f", {rows / seconds:,.0f} rows/s; new {report.imported}, "
                    f"unchanged {report.unchanged}, skipped {report.skipped}"
                )
                if analyse and reads:
                    print(
                        f"  the window's first page meanwhile: {len(reads)} reads, median"
                        f" {statistics.median(reads):.1f} ms, longest {max(reads):.1f} ms"
                    )
        floor = floor_seconds(path, folder / "floor.sqlite3")
        print(f"floor (raw insert + trigram index, same rows, same run): wall {floor:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
