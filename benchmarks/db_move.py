"""``clinicrep db move`` of 100,000 reviews onto a PostgreSQL server over loopback and back
into a SQLite file, beside the raw floor: the same rows with a plain COPY (to the server)
and a plain executemany (into a fresh SQLite file), nothing else (no snapshot, no count
check, no id counters, no search index rebuild). Target: the move to the server <= 60 s.

    PYTHONPATH=src .venv/bin/python benchmarks/db_move.py [--count N] [--dir DIR]

The server is a throw-away cluster (tests/pg_cluster.py, started and removed here) unless
CLINICREP_BENCH_PG names one (postgresql://user:password@127.0.0.1:port/postgres).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from make_store import COUNT, DEFAULT_DIR, ensure_store, working_copy

from clinicrep import paths
from clinicrep.store import open_database
from clinicrep.store.move import _PgSide, _SqliteSide, move_store
from clinicrep.store.pg import PgTarget, connect, password_in_url


def _server() -> tuple[PgTarget, str | None, object | None]:
    url = os.environ.get("CLINICREP_BENCH_PG", "").strip()
    if url:
        return PgTarget.from_url(url), password_in_url(url), None
    from pg_cluster import start_cluster

    cluster = start_cluster()
    return PgTarget.from_url(cluster.url), None, cluster


def _fresh_database(admin: PgTarget, password: str | None, name: str) -> PgTarget:
    from dataclasses import replace

    with connect(admin, password) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    target = replace(admin, dbname=name)
    open_database(target, password=password).close()  # the schema, as a move makes it
    return target


def copy_floor(source: Path, target: PgTarget, password: str | None) -> float:
    """Plain COPY of every shared table's rows, in one transaction."""
    src = sqlite3.connect(source)
    reader = _SqliteSide(src)
    with connect(target, password) as conn:
        writer = _PgSide(conn)
        tables = [t for t in reader.tables() if t in set(writer.tables())]
        started = time.perf_counter()
        with conn.transaction():
            for table in tables:
                columns = [c for c in reader.columns(table) if c in set(writer.columns(table))]
                names = ", ".join(f'"{c}"' for c in columns)
                with conn.cursor() as cursor:
                    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                        for batch in reader.rows(table, columns):
                            for row in batch:
                                copy.write_row(row)
        seconds = time.perf_counter() - started
    src.close()
    return seconds


def bare_copy_floor(source: Path, admin: PgTarget, password: str | None) -> float:
    """The same COPY into bare tables (no index, key, reference or generated column): the
    rows' transfer alone."""
    from dataclasses import replace

    with connect(admin, password) as conn:
        conn.execute('DROP DATABASE IF EXISTS "bench_bare"')
        conn.execute('CREATE DATABASE "bench_bare"')
    shaped = _fresh_database(admin, password, "bench_shape")
    src = sqlite3.connect(source)
    reader = _SqliteSide(src)
    with (
        connect(shaped, password) as shape,
        connect(replace(admin, dbname="bench_bare"), password) as conn,
    ):
        tables = [t for t in reader.tables() if t in set(_PgSide(shape).tables())]
        for table in tables:
            columns = [c for c in reader.columns(table) if c in set(_PgSide(shape).columns(table))]
            types = dict(
                shape.execute(
                    "SELECT column_name, format_type(a.atttypid, a.atttypmod) FROM "
                    "information_schema.columns c JOIN pg_attribute a ON a.attrelid = "
                    "c.table_name::regclass AND a.attname = c.column_name "
                    "WHERE c.table_schema = current_schema() AND c.table_name = %s",
                    (table,),
                ).fetchall()
            )
            body = ", ".join(f'"{c}" {types[c]}' for c in columns)
            conn.execute(f'CREATE TABLE "{table}" ({body})')
        started = time.perf_counter()
        with conn.transaction():
            for table in tables:
                columns = [
                    c for c in reader.columns(table) if c in set(_PgSide(shape).columns(table))
                ]
                names = ", ".join(f'"{c}"' for c in columns)
                with conn.cursor() as cursor:
                    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                        for batch in reader.rows(table, columns):
                            for row in batch:
                                copy.write_row(row)
        seconds = time.perf_counter() - started
    src.close()
    return seconds


def executemany_floor(source: PgTarget, password: str | None, folder: Path) -> float:
    """Plain executemany of every shared table's rows into a fresh, migrated SQLite file."""
    path = folder / "floor.sqlite3"
    open_database(path).close()
    dest = sqlite3.connect(path, isolation_level=None)
    writer = _SqliteSide(dest)
    with connect(source, password) as conn:
        reader = _PgSide(conn)
        tables = [t for t in reader.tables() if t in set(writer.tables())]
        started = time.perf_counter()
        dest.execute("PRAGMA foreign_keys = OFF")
        dest.execute("BEGIN")
        with conn.transaction():
            for table in tables:
                columns = [c for c in reader.columns(table) if c in set(writer.columns(table))]
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" for _c in columns)
                for batch in reader.rows(table, columns):
                    dest.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', batch)
        dest.execute("COMMIT")
        seconds = time.perf_counter() - started
    dest.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    cached = ensure_store(args.dir, args.count)
    admin, password, cluster = _server()
    try:
        with tempfile.TemporaryDirectory(prefix="clinicrep-move-") as tmp:
            folder = Path(tmp)
            paths.set_data_dir(folder / "data")
            source = working_copy(cached, folder / "data")
            reviews = sqlite3.connect(source).execute("SELECT count(*) FROM reviews").fetchone()[0]

            to_server = _fresh_database(admin, password, "bench_move")
            lines: list[str] = []
            started = time.perf_counter()
            report = move_store(source, to_server, progress=lines.append)
            move_up = time.perf_counter() - started

            floor_target = _fresh_database(admin, password, "bench_floor")
            floor_up = copy_floor(source, floor_target, password)
            bare_up = bare_copy_floor(source, admin, password)

            back = folder / "back.sqlite3"
            started = time.perf_counter()
            move_store(to_server, back)
            move_down = time.perf_counter() - started
            floor_down = executemany_floor(to_server, password, folder)

            print(f"db move of {reviews:,} reviews ({report.rows:,} rows, "
                  f"{len(report.tables)} tables) over loopback:")  # fmt: skip
            print(f"  SQLite -> PostgreSQL: db move {move_up:6.1f} s   "
                  f"plain COPY floor: into the store's schema {floor_up:6.1f} s, into bare "
                  f"tables {bare_up:6.1f} s   (target <= 60 s: "
                  f"{'met' if move_up <= 60 else 'MISSED'})")  # fmt: skip
            print(f"  PostgreSQL -> SQLite: db move {move_down:6.1f} s   plain executemany "
                  f"floor (into the store's schema) {floor_down:6.1f} s")  # fmt: skip
            with connect(admin, password) as conn:
                for name in ("bench_move", "bench_floor", "bench_bare", "bench_shape"):
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        if cluster is not None:
            cluster.remove()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
