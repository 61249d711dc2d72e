"""The benchmarks' PostgreSQL store: ``make_store``'s reviews copied into a database.

``bench_server(url)`` is the server: ``url`` (``--pg``), else ``CLINICREP_BENCH_PG``, else
``CLINICREP_TEST_PG``, else a throw-away cluster started here (``tests/pg_cluster.py``,
removed by ``close()``). ``bench_database`` copies the cached SQLite store of ``count``
reviews into the database ``clinicrep_bench_<count>`` (COPY, then VACUUM ANALYZE: 100,000
reviews in about 45 s) and keeps it: a later run on the same server reuses it while the
SQLite file and the schema are the same (a comment on the database says which).
``working_copy`` is a database made from it as a template (a file copy, seconds), for a
benchmark that writes (a sync, an import).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from clinicrep.store.pg import (  # noqa: E402
    PgDatabase,
    PgTarget,
    connect,
    migrations,
    password_in_url,
)

# tables in the order their references need; each column both stores have is copied
TABLES = (
    "locations",
    "sources",
    "reviews",
    "review_topics",
    "review_versions",
    "replies",
    "events",
    "alerts",
    "settings",
    "reply_templates",
    "outbox",
    "review_aspects",
    "review_corrections",
    "learned_models",
)


@dataclass
class BenchServer:
    admin: PgTarget  # the server's maintenance database, as a superuser
    password: str | None
    cluster: Any = None  # tests/pg_cluster.Cluster when started here

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.remove()
            self.cluster = None

    def describe(self) -> str:
        where = "a throw-away cluster" if self.cluster is not None else "the server given"
        return f"{where} at {self.admin.host}:{self.admin.port}"


def bench_server(url: str | None = None) -> BenchServer:
    url = url or os.environ.get("CLINICREP_BENCH_PG") or os.environ.get("CLINICREP_TEST_PG")
    if url:
        return BenchServer(PgTarget.from_url(url), password_in_url(url))
    from pg_cluster import start_cluster

    cluster = start_cluster()
    return BenchServer(PgTarget.from_url(cluster.url), None, cluster)


def _stamp(sqlite_path: Path) -> str:
    info = sqlite_path.stat()
    version = migrations()[-1][0]
    return f"clinicrep bench: {sqlite_path} {info.st_size} {info.st_mtime_ns} v{version}"


def bench_database(server: BenchServer, sqlite_path: Path, count: int) -> PgTarget:
    """The database holding the reviews of ``sqlite_path``: made (and filled) when missing
    or built from another file or schema, else reused."""
    name = f"clinicrep_bench_{count}"
    stamp = _stamp(sqlite_path)
    with connect(server.admin, server.password) as conn:
        found = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        ).fetchone()
        if found is not None and found[0] == stamp:
            return replace(server.admin, dbname=name)
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    target = replace(server.admin, dbname=name)
    seconds = copy_into_pg(sqlite_path, target, server.password)
    with connect(server.admin, server.password) as conn:
        conn.execute(f"COMMENT ON DATABASE \"{name}\" IS '{stamp}'")
    print(f"copied {count:,} reviews into PostgreSQL ({name}) in {seconds:.1f} s", flush=True)
    return target


@contextmanager
def analysed_store(url: str | None, folder: Path, count: int) -> Iterator[tuple[Any, Any]]:
    """``make_store``'s ``count`` reviews on the server (``bench_server(url)``), ANALYZEd as
    autovacuum leaves a real store: the store's ``Database`` and a raw psycopg connection to
    it, closed after (and a throw-away cluster removed)."""
    from make_store import ensure_store

    from clinicrep.store import open_database

    server = bench_server(url)
    try:
        target = bench_database(server, ensure_store(folder, count), count)
        db = open_database(target, password=server.password)
        raw = connect(target, server.password)
        try:
            raw.execute("ANALYZE reviews")
            yield db, raw
        finally:
            db.close()
            raw.close()
    finally:
        server.close()


def working_copy(server: BenchServer, template: PgTarget, name: str) -> PgTarget:
    """A new database ``name``, a copy of ``template`` (which nobody may be connected to)."""
    with connect(server.admin, server.password) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template.dbname}"')
    return replace(server.admin, dbname=name)


def drop_database(server: BenchServer, target: PgTarget) -> None:
    with connect(server.admin, server.password) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target.dbname}" WITH (FORCE)')


def drop_review_indexes(conn: Any) -> list[tuple[str, str]]:
    """Drop the secondary indexes of reviews (not its keys) and return each one's name and
    its CREATE statement, to be run again once the rows are in."""
    indexes = conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'reviews'"
        " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
    ).fetchall()
    for name, _definition in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [(str(name), str(definition)) for name, definition in indexes]


def copy_into_pg(sqlite_path: Path, target: PgTarget, password: str | None) -> float:
    """Every row of the SQLite store into a new, migrated database at ``target``."""
    started = time.perf_counter()
    PgDatabase(target, password).close()  # the schema
    source = sqlite3.connect(sqlite_path)
    sqlite_tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
    with connect(target, password) as conn:
        # the reviews' own indexes (search, sort) made once after the rows, not row by row
        indexes = drop_review_indexes(conn)
        for table in TABLES:
            if table not in sqlite_tables:
                continue
            pg_columns = [
                name
                for name, generated in conn.execute(
                    "SELECT column_name, is_generated FROM information_schema.columns"
                    " WHERE table_name = %s ORDER BY ordinal_position",
                    (table,),
                )
                if generated == "NEVER"
            ]
            sqlite_columns = {row[1] for row in source.execute(f"PRAGMA table_info({table})")}
            columns = [c for c in pg_columns if c in sqlite_columns]
            names = ", ".join(f'"{c}"' for c in columns)
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in source.execute(f"SELECT {names} FROM {table}"):
                        copy.write_row(row)
                if "id" in columns:
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                        f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                    )
        conn.execute("SET maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            conn.execute(definition)
        conn.execute("VACUUM ANALYZE")
    source.close()
    return time.perf_counter() - started


def memory_keyring() -> None:
    """A keyring in memory for this process: the store's password look-ups (none is kept
    for the benchmark's superuser) never reach the desktop's keyring."""
    import keyring

    from memory_keyring import MemoryKeyring  # tests/memory_keyring.py

    keyring.set_keyring(MemoryKeyring())


# -- an import's figure on the server (issue 22: import with analysis <= 10 s) ----------------
def backend_cpu(pid: int) -> float | None:
    """CPU seconds a server process used so far (its /proc entry: a server on this machine),
    or None when it cannot be read (a server elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def new_database(server: BenchServer, name: str) -> PgTarget:
    """An empty database ``name`` on the server (dropped first if there), not migrated."""
    target = replace(server.admin, dbname=name)
    drop_database(server, target)
    with connect(server.admin, server.password) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return target


def import_floor(server: BenchServer, path: Path, name: str) -> tuple[float, float | None]:
    """(wall s, server CPU s) of the floor of an import of ``import_csv.py``'s file ``path``
    into a new database ``name`` (dropped after): its rows put into the same schema by the
    fastest raw means, one COPY into reviews in one transaction with every index of reviews
    but its keys built after (the trigram and CJK indexes too). No analysis, no topics."""
    import csv

    target = new_database(server, name)
    try:
        PgDatabase(target, server.password).close()  # the schema
        with connect(target, server.password) as conn:
            pid = conn.info.backend_pid
            cpu, started = backend_cpu(pid), time.perf_counter()
            with conn.transaction():
                source = conn.execute(
                    "INSERT INTO sources (kind, name, platform, created_at)"
                    " VALUES ('csv', 'Floor', 'other', '2026-01-01T00:00:00Z') RETURNING id"
                ).fetchone()[0]
                indexes = drop_review_indexes(conn)
                with path.open(encoding="utf-8", newline="") as file, conn.cursor() as cur:
                    rows = csv.reader(file, delimiter=";")
                    next(rows)
                    with cur.copy(
                        "COPY reviews (source_id, external_id, created_at, author, rating, text,"
                        " fetched_at) FROM STDIN"
                    ) as copy:
                        for i, (day, author, rating, text) in enumerate(rows):
                            copy.write_row((source, str(i), day, author, rating, text, day))
                for _index, definition in indexes:
                    conn.execute(definition)
            wall = time.perf_counter() - started
            after = backend_cpu(pid)
        return wall, (after - cpu) if after is not None and cpu is not None else None
    finally:
        drop_database(server, target)
