"""How long the GUI thread stalls while a user types a search into a big inbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/typing_stalls.py STORE.sqlite3
    ... typing_stalls.py --store pg [--pg postgresql://postgres@127.0.0.1:PORT/postgres]
    ... typing_stalls.py --store both     (the cached 100,000-review store, then its copy
                                           on PostgreSQL: benchmarks/pg_bench.py)

A 5 ms timer on the GUI thread records the gaps between its ticks while ten searches are
typed 150 ms apart (p ... parking, then 停车) into ``InboxModel(background=True)``: a gap
past 5 ms is time the GUI thread could not answer (a first screen read here, a model
reset, the query thread holding the GIL).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ("p", "pa", "par", "park", "parki", "parkin", "parking", "", "停", "停车")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a SQLite store (default: make_store's)")
    parser.add_argument("--store", choices=("sqlite", "pg", "both"), default="sqlite")
    parser.add_argument("--pg", help="postgresql://user:password@127.0.0.1:port/postgres")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_store import DEFAULT_DIR, ensure_store

    path = args.path or ensure_store(DEFAULT_DIR)
    if args.store in ("sqlite", "both"):
        measure("SQLite", path)
    if args.store in ("pg", "both"):
        from pg_bench import bench_database, bench_server, memory_keyring

        memory_keyring()
        server = bench_server(args.pg)
        try:
            target = bench_database(server, path, count_in(path))
            measure("PostgreSQL", target, server.password)
        finally:
            server.close()
    return 0


def count_in(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


def measure(name: str, where: object, password: str | None = None) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from clinicrep.app import make_application
    from clinicrep.store import open_database
    from clinicrep.store.inbox import ReviewQuery
    from clinicrep.ui.inbox_model import InboxModel

    make_application()
    if isinstance(where, Path):
        db = open_database(where, defer_check=True)
    else:
        db = open_database(where, password=password)  # type: ignore[arg-type]
    model = InboxModel(db, background=True)
    model.set_query(ReviewQuery(sort="created"))
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    spin(3000)  # the first query's rest of the ids
    gaps.clear()
    last[0] = time.perf_counter()
    for typed in TYPED:
        model.set_query(ReviewQuery(sort="created", search=typed))
        spin(150)  # a quick typist
    while model.loading:
        spin(50)
    gaps.sort()
    print(
        f"{name}: GUI timer gaps over {len(gaps)} ticks: median {gaps[len(gaps) // 2]:.1f} ms,"
        f" 99th {gaps[int(len(gaps) * 0.99)]:.1f} ms, max {gaps[-1]:.1f} ms;"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    model.close()
    db.close()


if __name__ == "__main__":
    sys.exit(main())
