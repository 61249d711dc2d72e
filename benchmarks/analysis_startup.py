"""What an analysis worker spends before its analysis runs at full speed: the CPU of a new
process's first review in each of ``import_csv.py``'s four languages (reading each language's
word lists from the cache folder, warm, and building what the readings need), after the
import of the analysis package. Each of an import's workers pays it once per language it meets.

    PYTHONPATH=src python benchmarks/analysis_startup.py --tree /path/to/main --tree . [--rounds 3]
    python benchmarks/analysis_startup.py --installed /tmp/venv/bin/python  # a wheel's install

Each tree (its ``src``, run by this Python) or installed program (its Python, no ``src``) gets
a throw-away data folder of its own (``CLINICREP_DATA_DIR``: two trees with different lexicon
code never overwrite each other's word lists), warmed by one run that is not counted; then
the trees are run in turns, ``--rounds`` times (a shared machine's load changes from minute to
minute: only figures taken in turns compare). Seconds of process CPU, with the load average.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import sys, time
started = time.process_time()
from clinicrep.analysis import pipeline
from analysis_accuracy import import_rows, to_review
imported = time.process_time()
for row in import_rows(4):  # one row of each language
    pipeline.analyse_review(to_review(row, True))
done = time.process_time()
print(f"{imported - started:.3f} {done - imported:.3f}")
"""


def _run(python: str, src: Path | None, data: Path) -> tuple[float, float]:
    path = [str(src)] if src is not None else []
    env = {
        **os.environ,
        "CLINICREP_DATA_DIR": str(data),
        "PYTHONPATH": os.pathsep.join([*path, str(HERE)]),
    }
    out = subprocess.run(
        [python, "-c", _CHILD], env=env, capture_output=True, text=True, check=True, cwd=data
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", default=[], help="a source tree")
    parser.add_argument("--installed", action="append", default=[], help="a venv's python")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs: list[tuple[str, str, Path | None]] = [
        (tree, sys.executable, Path(tree).resolve() / "src") for tree in args.tree
    ]
    runs += [(python, python, None) for python in args.installed]
    if not runs:
        runs = [(".", sys.executable, HERE.parent / "src")]
    with tempfile.TemporaryDirectory() as folder:
        data = [Path(folder) / str(k) for k in range(len(runs))]
        for (_, python, src), where in zip(runs, data, strict=True):
            where.mkdir(mode=0o700)
            _run(python, src, where)  # the word lists built and stored: not counted
        for _ in range(args.rounds):
            for (name, python, src), where in zip(runs, data, strict=True):
                imported, first = _run(python, src, where)
                print(
                    f"{name}: import {imported:.3f} s, first review of each language"
                    f" {first:.3f} s | load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
