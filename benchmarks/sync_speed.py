"""A sync of 10,000 new Google reviews (pages of 50) into the window on a 100,000-review store.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync_speed.py [--view all] [--count N]

The loopback Google (tests/fakes/google_server.FakeGoogle) runs in its own process, as a real
platform would; the sync runs the window's way (MainWindow -> SyncController -> workers.Op),
offscreen, while a QTimer in the GUI thread ticks every 5 ms and records the longest gap
between ticks. Targets: the whole sync <= 20 s; the GUI thread never blocked > 50 ms.

    ... sync_speed.py --store pg|both [--pg postgresql://postgres@127.0.0.1:PORT/postgres]

``--store pg``: the same 100,000 reviews in a PostgreSQL database (``pg_bench``: a copy made
from the cached one as a template, so the sync writes into a fresh store each run) on the
server ``--pg`` names (else ``CLINICREP_BENCH_PG`` / ``CLINICREP_TEST_PG``, else a throw-away
cluster), the window open on it as on a PC of a shared store. Target (issue 20): the sync
<= 30 s with GUI stalls <= 50 ms. ``--store both`` runs SQLite and PostgreSQL one after the
other, each in a process of its own, and prints them side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # tests.fakes

from make_store import DEFAULT_DIR, ensure_store, working_copy  # noqa: E402

SERVER = r"""
import sys
from datetime import UTC, datetime
from clinicrep.demo.generator import demo_sources, generate_reviews
from tests.fakes.google_server import FakeGoogle

count = int(sys.argv[1])
api = FakeGoogle()
loc = api.add_location("200", "300", "Clinic")
made = api.add_reviews(loc, count)
# believable English texts (the analysis cost of a real sync), from the demo generator
google_en = demo_sources()[0]
texts = generate_reviews(google_en, count, seed=9, now=datetime(2026, 11, 1, tzinfo=UTC))
for review, demo in zip(made, texts):
    review.comment = demo.text or None
api.start()
print(api.url, flush=True)
sys.stdin.read()  # until the benchmark closes our stdin
api.stop()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--view", default="attention", help="the inbox's Show filter")
    parser.add_argument("--store", choices=("sqlite", "pg", "both"), default="sqlite")
    parser.add_argument("--pg", help="postgresql://user:password@127.0.0.1:port/postgres")
    parser.add_argument(
        "--stacks",
        action="store_true",
        help="print where the GUI thread was during gaps over 30 ms (a sampling thread)",
    )
    args = parser.parse_args()
    if args.store == "both":
        return side_by_side(args)
    cached = ensure_store(args.dir)

    from pg_bench import memory_keyring
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication
    from tests.fakes.source_setup import google_source

    from clinicrep import paths
    from clinicrep.app import make_application, settle_heap
    from clinicrep.secrets import TokenStore
    from clinicrep.store import open_database
    from clinicrep.store.reviews import count_reviews
    from clinicrep.ui.main_window import MainWindow

    memory_keyring()  # no token reaches the desktop's keyring
    tmp = tempfile.TemporaryDirectory(prefix="clinicrep-sync-")
    data = Path(tmp.name) / "data"
    working_copy(cached, data)
    os.environ["XDG_CONFIG_HOME"] = str(Path(tmp.name) / "config")
    paths.set_data_dir(data)

    platform = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(args.count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE.parent,
        env=dict(os.environ, PYTHONPATH=str(HERE.parent)),
    )
    assert platform.stdout is not None
    url = platform.stdout.readline().strip()

    app = make_application()
    server = None
    if args.store == "pg":
        from pg_bench import bench_database, bench_server, drop_database
        from pg_bench import working_copy as pg_working_copy

        server = bench_server(args.pg)
        template = bench_database(server, cached, count_in(cached))
        target = pg_working_copy(server, template, "clinicrep_bench_sync")
        db = open_database(target, password=server.password)
    else:
        db = open_database(paths.db_path())
    google_source(db, SimpleNamespace(url=url), TokenStore(), page_size=50, timeout=30.0)  # type: ignore[arg-type]
    before = count_reviews(db)
    # what run_window does at start-up on a worker, before anyone can press Sync
    from clinicrep.guidelines.confidentiality import load_guidelines

    load_guidelines()
    window = MainWindow(db, sync_on_start=False)
    window.show()
    window.filters.view.setCurrentIndex(window.filters.view.findData(args.view))
    settle_until = time.perf_counter() + 1.0  # the inbox query (off-thread), the first check
    while time.perf_counter() < settle_until or window.model.loading:
        app.processEvents()
        QApplication.instance().thread().msleep(5)  # type: ignore[union-attr]
    shown_before = window.model.rowCount()

    settle_heap()  # as run_window does once the window is built
    gaps: list[float] = []
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(5)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now
        ticked[0] = time.perf_counter()

    ticked = [time.perf_counter()]
    stacks = StackSampler(ticked) if args.stacks else None

    probe.timeout.connect(tick)
    finished: list[object] = []
    progress_calls = [0]
    window.sync.progressed.connect(lambda _p: progress_calls.__setitem__(0, progress_calls[0] + 1))
    window.sync.finished.connect(finished.append)
    window.sync.failed.connect(finished.append)

    cpu0 = time.process_time()
    clock.start()
    probe.start()
    started = time.perf_counter()
    window.sync.sync_now()
    while not finished:
        app.processEvents()
        QApplication.instance().thread().msleep(1)  # type: ignore[union-attr]
        if time.perf_counter() - started > 300:
            print("gave up after 300 s")
            break
    total = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    probe.stop()
    if stacks is not None:
        stacks.report()
    # what the window shows once the sync is over
    for _ in range(10):
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(60_000)  # the alert check started after the sync
    app.processEvents()
    while window.model.loading:  # the inbox's last re-read, on its own thread
        app.processEvents()
        QApplication.instance().thread().msleep(5)  # type: ignore[union-attr]
    report = finished[0] if finished else None
    after = count_reviews(db)
    shown_after = window.model.rowCount()
    window.close()
    db.close()
    platform.stdin.close()  # type: ignore[union-attr]
    platform.wait(10)
    if server is not None:
        drop_database(server, target)
        server.close()

    worst = max(gaps[1:]) if len(gaps) > 1 else float("nan")
    over = sum(1 for g in gaps if g > 50)
    p99 = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else worst
    limit = 30 if args.store == "pg" else 20  # issue 20 on a server; issue 9 on this PC
    rows = [
        ("sync of new reviews, total wall time", f"<= {limit} s", f"{total:.1f} s", total <= limit),
        ("longest GUI-thread gap (5 ms probe)", "<= 50 ms", f"{worst:.0f} ms", worst <= 50),
    ]
    print(
        f"store {before:,} reviews -> {after:,} (+{after - before:,}); inbox ({args.view}) "
        f"{shown_before:,} -> {shown_after:,} rows; {progress_calls[0]} progress signals; "
        f"report: {getattr(report, 'inserted', report)} inserted; "
        f"CPU of this process {cpu:.1f} s (the worker and the GUI thread; 2 cores shared)"
    )
    print(
        f"probe: {len(gaps)} ticks, p99 gap {p99:.0f} ms, {over} gaps over 50 ms, "
        f"gaps over 20 ms: {sum(1 for g in gaps if g > 20)}"
    )
    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{width}}  {'target':>9}  {'measured':>9}  result")
    for figure, target, measured, ok in rows:
        print(f"{figure:<{width}}  {target:>9}  {measured:>9}  {'PASS' if ok else 'MISS'}")
    print(
        "RESULT "
        + json.dumps(
            {
                "store": args.store,
                "seconds": total,
                "worst_gap_ms": worst,
                "p99_gap_ms": p99,
                "over_50": over,
                "inserted": getattr(report, "inserted", None),
                "cpu_s": cpu,
                "load": os.getloadavg()[0],
            }
        )
    )
    tmp.cleanup()
    return 0


class StackSampler:
    """Every 5 ms, while the GUI thread's probe has not ticked for 30 ms, the GUI thread's
    innermost frames (py-spy's view, with the standard library): what the stalls are."""

    def __init__(self, ticked: list[float]) -> None:
        import collections
        import threading

        self.ticked = ticked
        self.gui = threading.get_ident()
        self.samples: collections.Counter[str] = collections.Counter()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        import traceback

        while not self.stop.wait(0.005):
            if time.perf_counter() - self.ticked[0] > 0.03:
                frame = sys._current_frames().get(self.gui)
                if frame is not None:
                    lines = traceback.format_stack(frame, limit=12)
                    self.samples["".join(lines[-6:])] += 1

    def report(self) -> None:
        self.stop.set()
        self.thread.join()
        print(f"GUI thread in gaps over 30 ms: {sum(self.samples.values())} samples of 5 ms")
        for stack, n in self.samples.most_common(6):
            print(f"--- {n} samples\n{stack}")


def count_in(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])


def side_by_side(args: argparse.Namespace) -> int:
    """SQLite, then PostgreSQL, each in a process of its own; one table of both."""
    results = {}
    for store in ("sqlite", "pg"):
        command = [sys.executable, __file__, "--store", store, "--count", str(args.count)]
        command += ["--view", args.view, "--dir", str(args.dir)]
        if args.pg:
            command += ["--pg", args.pg]
        print(f"--- {store}", flush=True)
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        print(done.stdout.strip())
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return done.returncode
        line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
        results[store] = json.loads(line[len("RESULT ") :])
    lite, pg = results["sqlite"], results["pg"]
    print(f"\n{f'sync of {args.count:,} new reviews':<38} {'SQLite':>8} {'PostgreSQL':>11}")
    print(f"{'wall time (target 20 s / 30 s)':<38} {lite['seconds']:7.1f}s {pg['seconds']:10.1f}s")
    print(
        f"{'longest GUI-thread gap (<= 50 ms)':<38} {lite['worst_gap_ms']:6.0f}ms"
        f" {pg['worst_gap_ms']:9.0f}ms"
    )
    print(f"{'p99 gap':<38} {lite['p99_gap_ms']:6.0f}ms {pg['p99_gap_ms']:9.0f}ms")
    print(f"{'gaps over 50 ms':<38} {lite['over_50']:8} {pg['over_50']:11}")
    print(f"{'CPU of the window process':<38} {lite['cpu_s']:7.1f}s {pg['cpu_s']:10.1f}s")
    print(
        f"load average at the end: {lite['load']:.1f} / {pg['load']:.1f} ({os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
