"""The window's start on a PostgreSQL store: what it waits for before its first painted row.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pg_start_timeline.py \
        [--size 10000] [--runs 5] [--before-src DIR] [--timeline] [--dir DIR] [--pg URL]

``clinicrep window`` with ``CLINICREP_DB`` on ``make_store``'s reviews copied into the server
(``pg_bench.bench_database``; ``--pg``, else ``CLINICREP_BENCH_PG`` / ``CLINICREP_TEST_PG``,
else a throw-away cluster), compiled modules kept as installed (``ui_speed.as_installed``).
Per start: process start to the first painted inbox row (by the clock), the CPU of the whole
process to that paint, and how many statements (and connections) went to the server before
it. ``--before-src DIR``: the same starts, in turns, with the ``src`` of another tree (e.g.
``git archive`` of an earlier commit, its translations compiled): each figure beside its
"before" at the same moment of a shared machine. ``--timeline``: every connect and
statement of one start, with its thread, start and length, and marks of the start's steps.
The load average is printed before and after: on 2 shared cores the clock is several times
the CPU.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store
from search_scale import NAMED, load
from ui_speed import run_child

HERE = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, threading, time
T0 = float(os.environ["T0"])
events = []
def now(): return (time.time() - T0) * 1000
def mark(what): events.append((now(), 0.0, "GUI", "-- " + what))
import psycopg
_execute = psycopg.Connection.execute
def execute(self, query, params=None, **kw):
    started = now()
    try:
        return _execute(self, query, params, **kw)
    finally:
        text = query.decode() if isinstance(query, bytes) else str(query)
        events.append((started, now() - started, threading.current_thread().name,
                       " ".join(text.split())[:100]))
psycopg.Connection.execute = execute
_connect = psycopg.Connection.connect.__func__
def connect(cls, *args, **kw):
    started = now()
    try:
        return _connect(cls, *args, **kw)
    finally:
        events.append((started, now() - started, threading.current_thread().name,
                       "CONNECT " + str(kw.get("application_name"))))
psycopg.Connection.connect = classmethod(connect)
psycopg.connect = psycopg.Connection.connect
from PySide6.QtCore import QEvent, QObject, QTimer
from clinicrep.app import make_application
app = make_application()
mark("application made")
import clinicrep.ui.main_window as mw
mark("window's modules imported")
result = {}
class Painted(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "paint" not in result
                and self.window.model.rowCount()):
            result["paint"] = now()
            result["cpu"] = time.process_time() * 1000
            result["statements"] = sum(1 for e in events if not e[3].startswith(("--", "CONNECT")))
            result["connects"] = sum(1 for e in events if e[3].startswith("CONNECT"))
            mark("FIRST PAINTED ROW")
            QTimer.singleShot(1000, self.finish)
        return False
    def finish(self):
        result["timeline"] = sorted(events)
        print("BENCH", repr(result), flush=True)
        self.window.close()
        app.quit()
_init = mw.MainWindow.__init__
def init(self, *args, **kwargs):
    mark("window being built")
    _init(self, *args, **kwargs)
    mark("window built")
    self._bench_painted = Painted(self)
    self.table.viewport().installEventFilter(self._bench_painted)
mw.MainWindow.__init__ = init
from clinicrep.cli import main
sys.exit(main(["window"]))
"""


def start(url: str, src: Path) -> dict:
    """One start of the window with ``src`` on the store at ``url``: its figures."""
    with tempfile.TemporaryDirectory(prefix="clinicrep-pg-start-") as tmp:
        env = dict(
            os.environ,
            CLINICREP_DB=url,
            CLINICREP_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "xdg"),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            PYTHONPATH=str(src),
            T0=repr(time.time()),
        )
        return run_child(NAMED + CHILD, env, 300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--pg", help="postgresql://user@127.0.0.1:port/postgres")
    parser.add_argument("--before-src", type=Path, help="another tree's src, run in turns")
    parser.add_argument("--timeline", action="store_true", help="print one start's timeline")
    args = parser.parse_args()
    from pg_bench import bench_database, bench_server, memory_keyring

    memory_keyring()
    print(load())
    server = bench_server(args.pg)
    try:
        target = bench_database(server, ensure_store(args.dir, args.size), args.size)
        url = target.url()
        trees = {"this tree": HERE / "src"}
        if args.before_src is not None:
            trees = {"before": args.before_src.resolve(), **trees}
        for src in trees.values():
            start(url, src)  # compiles the modules, as installing did: not counted
        runs: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, src in trees.items():
                runs[name].append(start(url, src))
        print(f"{args.size:,} reviews on {server.describe()}; medians of {args.runs} starts")
        for name, results in runs.items():
            paint = statistics.median(r["paint"] for r in results) / 1000
            cpu = statistics.median(r["cpu"] for r in results) / 1000
            statements = statistics.median(r["statements"] for r in results)
            connects = statistics.median(r["connects"] for r in results)
            each = ", ".join(f"{r['cpu'] / 1000:.2f}" for r in results)
            print(
                f"{name:<10} first painted row {paint:.2f} s, CPU of the process {cpu:.2f} s;"
                f" before it: {statements:.0f} statements, {connects:.0f} connections"
                f" (CPU of each start: {each})"
            )
        if args.timeline:
            for name, results in runs.items():
                print(f"-- {name}: ms from process start, ms long, thread, what")
                for at, took, thread, what in results[-1]["timeline"]:
                    print(f"{at:8.1f} {took:7.1f} {thread[:16]:<16} {what}")
    finally:
        server.close()
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
