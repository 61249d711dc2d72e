"""Start-up and import, this tree against an earlier commit, interleaved, beside the floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/scale_before_after.py \
        --before REV [--start 1000000] [--import-rows 100000] [--runs 3]

The machine is shared (2 cores, other programs come and go): a figure alone says little, so
each run of "before" is followed by one of "after" at the same moment, and the raw floor is
measured beside them. ``REV`` is exported with ``git archive`` into a temp dir (its own
``src``; the compiled translations are copied from this tree).

- start-up: process start to the first painted inbox row (``clinicrep window`` on a copy of
  the ``make_store`` store; compiled modules kept, as installed: ``ui_speed.as_installed``),
  with the CPU time of the whole process and of its GUI thread up to that paint (what a busy
  machine makes wait); floor: a process that opens the file and reads the first page raw.
- import of ``import_csv.py``'s file with the analysis: wall time and the CPU time of every
  process (the analysis workers included); floor: the rows and their trigram index inserted
  raw (``search_scale.import_figures``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import DEFAULT_DIR, ensure_store
from ui_speed import as_installed

HERE = Path(__file__).resolve().parent.parent

START_CHILD = r"""
import os, sys, time
T0 = float(os.environ["T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from clinicrep.app import make_application
app = make_application()
import clinicrep.ui.main_window as mw

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.done = window, False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done and self.window.model.rowCount():
            self.done = True
            print("PAINT", time.time() - T0, time.process_time(), time.thread_time(), flush=True)
            QTimer.singleShot(0, lambda: (self.window.close(), app.quit()))
        return False

original = mw.MainWindow.__init__
def init(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self._bench_probe = FirstPaint(self)
    self.table.viewport().installEventFilter(self._bench_probe)
mw.MainWindow.__init__ = init
from clinicrep.cli import main
sys.exit(main(["window"]))
"""

RAW_START = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in conn.execute("SELECT id FROM reviews ORDER BY created_at DESC LIMIT 64")]
conn.execute(f"SELECT * FROM reviews WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
"""

IMPORT_CHILD = r"""
import os, sys
sys.path.insert(0, os.environ["BENCH"])
if __name__ == "__main__":
    import clinicrep.importing
    from search_scale import import_figures
    spent = []
    original = clinicrep.importing.import_csv
    def timed(*args, **kwargs):  # the CPU of this process and its workers during our import
        t0 = os.times()
        try:
            return original(*args, **kwargs)
        finally:
            t1 = os.times()
            spent.append(sum(t1[:4]) - sum(t0[:4]))
    clinicrep.importing.import_csv = timed
    ours, raw = import_figures(int(sys.argv[1]))
    print("IMPORT", ours, raw, spent[0], flush=True)
"""


def export_tree(rev: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(HERE), "archive", rev, "src", "benchmarks", "resources"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    for qm in (HERE / "resources" / "translations").glob("*.qm"):
        shutil.copy(qm, folder / "resources" / "translations" / qm.name)
    return folder


def load() -> float:
    return os.getloadavg()[0]


def start_once(tree: Path, store: Path) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory(prefix="clinicrep-start-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir(mode=0o700)
        shutil.copyfile(store, data / "clinicrep.sqlite3")
        os.chmod(data / "clinicrep.sqlite3", 0o600)
        env = as_installed(
            dict(
                os.environ,
                PYTHONPATH=str(tree / "src"),
                CLINICREP_DATA_DIR=str(data),
                XDG_CONFIG_HOME=f"{tmp}/config",
                XDG_DATA_HOME=f"{tmp}/xdg",
                QT_QPA_PLATFORM="offscreen",
                T0=str(time.time()),
            )
        )
        proc = subprocess.run(
            [sys.executable, "-c", START_CHILD], env=env, capture_output=True, text=True
        )
        line = next((s for s in proc.stdout.splitlines() if s.startswith("PAINT ")), None)
        if line is None:
            raise RuntimeError(proc.stderr[-3000:])
        wall, cpu, gui = (float(x) for x in line.split()[1:])
        return wall, cpu, gui


def import_once(tree: Path, rows: int) -> tuple[float, float, float]:
    env = dict(
        os.environ,
        PYTHONPATH=str(tree / "src"),
        BENCH=str(tree / "benchmarks"),
        QT_QPA_PLATFORM="offscreen",
    )
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_CHILD, str(rows)], env=env, capture_output=True, text=True
    )
    line = next((s for s in proc.stdout.splitlines() if s.startswith("IMPORT ")), None)
    if line is None:
        raise RuntimeError(proc.stderr[-3000:])
    ours, raw, cpu = (float(x) for x in line.split()[1:])
    return ours, raw, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="a git revision: the 'before'")
    parser.add_argument("--start", type=int, default=1_000_000, help="store size (0: skip)")
    parser.add_argument("--import-rows", type=int, default=100_000, help="rows (0: skip)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinicrep-before-") as tmp:
        trees = {"before": export_tree(args.before, Path(tmp)), "after": HERE}
        if args.start:
            store = ensure_store(args.dir, args.start)
            starts: dict[str, list[tuple[float, float, float]]] = {k: [] for k in trees}
            floors, loads = [], [load()]
            for tree in trees.values():  # each tree's modules compiled, as installing does
                start_once(tree, store)
            for _ in range(args.runs):
                for name, tree in trees.items():
                    starts[name].append(start_once(tree, store))
                began = time.perf_counter()
                subprocess.run([sys.executable, "-c", RAW_START, str(store)], check=True)
                floors.append(time.perf_counter() - began)
                loads.append(load())
            floor = statistics.median(floors)
            print(
                f"start-up, {args.start:,} reviews, medians of {args.runs}"
                f" (load {min(loads):.1f}-{max(loads):.1f}; floor: raw read {floor:.2f} s)"
            )
            for name, runs in starts.items():
                wall = statistics.median(r[0] for r in runs)
                print(
                    f"  {name:<6} first painted row {wall:.2f} s ({wall / floor:.0f}x floor),"
                    f" CPU to it: process {statistics.median(r[1] for r in runs):.2f} s,"
                    f" GUI thread {statistics.median(r[2] for r in runs):.2f} s"
                    f"  [{', '.join(f'{r[0]:.2f}' for r in runs)}]"
                )
        if args.import_rows:
            print(f"import with analysis, {args.import_rows:,} rows")
            for _ in range(max(1, args.runs // 2)):
                for name, tree in trees.items():
                    before = load()
                    ours, raw, cpu = import_once(tree, args.import_rows)
                    print(
                        f"  {name:<6} {ours:.1f} s, floor {raw:.1f} s ({ours / raw:.1f}x),"
                        f" CPU of every process {cpu:.1f} s (load {before:.1f} -> {load():.1f})",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
