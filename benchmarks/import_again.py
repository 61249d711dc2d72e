"""Importing the same export again (a practice's monthly export): this tree against an earlier
commit, interleaved.

    .venv/bin/python benchmarks/import_again.py --before REV [--rows 100000] [--runs 2] \
        [--pg postgresql://postgres@127.0.0.1:PORT/postgres]

``import_csv.py``'s file of ``--rows`` rows is imported with the analysis into a fresh store
by each tree's own code (so each finds its own rules' analyses stored), once; then each run
imports the same file again, with the analysis, into a copy of that store, "before" and
"after" in turns. Each line gives the wall time, the CPU time of the importing process and of
its analysis workers, what the summary says (new / updated / unchanged) and the load.
``REV`` is exported with ``git archive`` into a temp dir (its own ``src``; resources are
this tree's). ``--pg``: the stores are databases on that server (a superuser's URL), each run's
a copy of its tree's first (``CREATE DATABASE ... TEMPLATE``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_csv import make_file
from pg_bench import BenchServer, drop_database, working_copy

from clinicrep.store.pg import PgTarget, connect

HERE = Path(__file__).resolve().parent.parent

CHILD = r"""
import resource, sys, time
from clinicrep.importing import import_csv
from clinicrep.model import Platform
from clinicrep.store import open_database
path, store = sys.argv[1], sys.argv[2]
if store.startswith("postgresql://"):
    from clinicrep.store.pg import PgTarget
    where = PgTarget.from_url(store)
else:
    where = store
with open_database(where) as db:
    started, cpu = time.perf_counter(), time.process_time()
    report = import_csv(db, path, source_name="Monthly export", platform=Platform.OTHER)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print("RESULT", wall, cpu, workers.ru_utime + workers.ru_stime,
      report.imported, report.updated, report.unchanged, flush=True)
"""


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load {one:.1f} {five:.1f} {fifteen:.1f}"


def run_import(src: Path, path: Path, store: Path | str) -> list[float]:
    env = dict(
        os.environ,
        PYTHONPATH=str(src),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # no password is kept
    )
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(store)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"import child failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return [float(x) for x in line.split()[1:]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="a git revision: the 'before'")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--pg", help="a PostgreSQL server's URL (a superuser): stores there")
    args = parser.parse_args()
    server = None
    if args.pg:
        from pg_bench import bench_server

        server = bench_server(args.pg)
    with tempfile.TemporaryDirectory(prefix="clinicrep-import-again-") as tmp:
        folder = Path(tmp)
        before_src = folder / "before"
        before_src.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(HERE), "archive", args.before, "src"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(before_src)], input=archive, check=True)
        (before_src / "resources").symlink_to(HERE / "resources")
        trees = {"before": before_src / "src", "after": HERE / "src"}
        path = folder / "export.csv"
        make_file(path, args.rows)
        bases: dict[str, Path | PgTarget] = {}
        for name, src in trees.items():
            bases[name] = (
                _new_database(server, f"clinicrep_again_{name}")
                if server is not None
                else folder / f"{name}-base.sqlite3"
            )
            wall, cpu, workers, *_counts = run_import(src, path, _where(bases[name]))
            print(
                f"{name}: first import {wall:.1f} s (CPU {cpu:.1f} + workers {workers:.1f} s)"
                f" {load()}",
                flush=True,
            )
        print(f"import again of {args.rows:,} rows, with the analysis ({load()})")
        for run in range(args.runs):
            for name, src in trees.items():
                base = bases[name]
                store: Path | PgTarget
                if isinstance(base, Path):
                    store = folder / f"{name}-{run}.sqlite3"
                    shutil.copyfile(base, store)
                else:
                    assert server is not None
                    store = working_copy(server, base, f"clinicrep_again_{name}_{run}")
                wall, cpu, workers, new, updated, unchanged = run_import(src, path, _where(store))
                print(
                    f"  {name:<6} run {run + 1}: {wall:6.1f} s wall, CPU {cpu:5.1f} s here +"
                    f" {workers:5.1f} s workers; new {new:.0f}, updated {updated:.0f},"
                    f" unchanged {unchanged:.0f}; {load()}",
                    flush=True,
                )
                if isinstance(store, Path):
                    store.unlink()
                else:
                    assert server is not None
                    drop_database(server, store)
        if server is not None:
            for base in bases.values():
                if not isinstance(base, Path):
                    drop_database(server, base)
            server.close()
    return 0


def _where(store: Path | PgTarget) -> str:
    return str(store) if isinstance(store, Path) else store.url()


def _new_database(server: BenchServer, name: str) -> PgTarget:
    """An empty database ``name`` on the server (the import migrates it)."""
    with connect(server.admin, server.password) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return replace(server.admin, dbname=name)


if __name__ == "__main__":
    sys.exit(main())
