"""``clinicrep db move``: copy a whole store to another one (SQLite <-> PostgreSQL).

Every table the two schemas share is copied, parents before children, in one read snapshot
of the source; the search indexes are derived (FTS5 tables rebuilt on SQLite, generated
columns and GIN indexes on PostgreSQL), and ids and id counters are kept, so a removed
source's id is never handed out again. Each table's rows are counted on both sides before
the copy is used.

All or nothing, never half: onto a server, the whole copy is one transaction (a failure or
a wrong count rolls it back, the server's database stays as it was); into a SQLite file, the
copy is written to a new file beside the target and renamed into place only once complete
(a file that was there is kept aside in its ``backups`` folder). Not resumable: a move that
stopped is started again from the beginning. The source is only read.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clinicrep.errors import (
    DatabaseLocked,
    MoveCountMismatch,
    MoveSameStore,
    MoveTargetNotEmpty,
)
from clinicrep.store.chosen_store import Location, describe
from clinicrep.store.dialect import FTS_FOLDED
from clinicrep.store.opening import open_store

if TYPE_CHECKING:
    from clinicrep.store.pg import PgTarget

log = logging.getLogger(__name__)

BATCH = 5000
PROGRESS_ROWS = 25_000
Progress = Callable[[str], None]
# kept by each side's migrations, never copied: the schema's version
_NOT_COPIED = {"clinicrep_schema"}


@dataclass
class MoveReport:
    source: str
    target: str
    tables: list[tuple[str, int]] = field(default_factory=list)
    seconds: float = 0.0
    kept_aside: Path | None = None

    @property
    def rows(self) -> int:
        return sum(n for _t, n in self.tables)

    @property
    def reviews(self) -> int:
        return dict(self.tables).get("reviews", 0)

    def summary(self) -> str:
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate(
            "DbMove",
            "Copied {reviews} reviews ({rows} rows in {tables} tables) to {target} in "
            "{seconds} s; every table's count was checked.",
        ).format(
            reviews=self.reviews,
            rows=self.rows,
            tables=len(self.tables),
            target=self.target,
            seconds=f"{self.seconds:.1f}",
        )
        if self.kept_aside is not None:
            text += " " + QCoreApplication.translate(
                "DbMove", "The file that was there is kept as {path}."
            ).format(path=str(self.kept_aside))
        return text


def _say(progress: Progress | None, text: str) -> None:
    log.info("db move: %s", text)
    if progress is not None:
        progress(text)


def move_store(
    source: Location,
    target: Location,
    *,
    replace: bool = False,
    progress: Progress | None = None,
) -> MoveReport:
    """Copy the store at ``source`` to ``target`` (see the module's text); the caller then
    makes ``target`` this PC's store (``location.save_location``) if it is a move."""
    if _same(source, target):
        raise MoveSameStore(f"{describe(source)} is the target")
    started = time.perf_counter()
    report = MoveReport(describe(source), describe(target))
    with open_store(source) as src:
        reader = _reader(src)
        with reader.snapshot():
            tables = reader.tables()
            if isinstance(target, Path):
                _to_sqlite(reader, tables, target, replace, progress, report)
            else:
                _to_pg(reader, tables, target, replace, progress, report)
    report.seconds = time.perf_counter() - started
    log.info("db move: %d rows in %.1f s", report.rows, report.seconds)
    return report


def _same(a: Location, b: Location) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return a.resolve() == b.resolve()
    if isinstance(a, Path) or isinstance(b, Path):
        return False
    return (a.host, a.port, a.dbname) == (b.host, b.port, b.dbname)


# -- reading the source ---------------------------------------------------------------------
class _SqliteSide:
    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        self.conn.execute("BEGIN")  # deferred: the first read fixes what this reads
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
        names = [
            name
            for name, _sql in rows
            if not name.startswith("sqlite_")
            and name not in virtual
            and not any(name.startswith(v + "_") for v in virtual)  # FTS5's shadow tables
            and name not in _NOT_COPIED
        ]
        parents = {
            name: {
                str(r[2])
                for r in self.conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
            }
            for name in names
        }
        return _parents_first(names, parents)

    def columns(self, table: str) -> list[str]:
        rows = self.conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
        return [str(r[1]) for r in rows if r[6] == 0]  # hidden 0: a stored, ordinary column

    def count(self, table: str) -> int:
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def rows(self, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
        names = ", ".join(f'"{c}"' for c in columns)
        cursor = self.conn.execute(f'SELECT {names} FROM "{table}"')
        while batch := cursor.fetchmany(BATCH):
            yield batch

    def counters(self) -> dict[str, int]:
        """The highest id each AUTOINCREMENT table ever handed out."""
        try:
            rows = self.conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
        except sqlite3.OperationalError:
            return {}
        return {str(name): int(seq or 0) for name, seq in rows}


class _PgSide:
    dialect = "postgresql"

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        with self.conn.transaction(force_rollback=True):
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def tables(self) -> list[str]:
        names = [
            str(r[0])
            for r in self.conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            ).fetchall()
            if str(r[0]) not in _NOT_COPIED
        ]
        parents: dict[str, set[str]] = {name: set() for name in names}
        for child, parent in self.conn.execute(
            """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema()
            """
        ).fetchall():
            parents.setdefault(str(child).strip('"'), set()).add(str(parent).strip('"'))
        return _parents_first(names, parents)

    def columns(self, table: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position",
            (table,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def count(self, table: str) -> int:
        return int(self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def rows(self, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
        names = ", ".join(f'"{c}"' for c in columns)
        with self.conn.cursor(name=f"move_{table}") as cursor:
            cursor.itersize = BATCH
            cursor.execute(f'SELECT {names} FROM "{table}"')
            while batch := cursor.fetchmany(BATCH):
                yield [tuple(_for_sqlite(v) for v in row) for row in batch]

    def counters(self) -> dict[str, int]:
        import psycopg

        found: dict[str, int] = {}
        for table, sequence in _pg_sequences(self.conn):
            try:
                with self.conn.transaction():  # a savepoint: a refusal spoils nothing
                    row = self.conn.execute(
                        f"SELECT last_value, is_called FROM {sequence}"
                    ).fetchone()
            except psycopg.errors.InsufficientPrivilege:
                continue  # not this user's to read: the copy's highest id will do
            if row and row[1]:
                found[table] = int(row[0])
        return found


def _reader(db: Any) -> _SqliteSide | _PgSide:
    if getattr(db, "dialect", "sqlite") == "postgresql":
        return _PgSide(db.conn)
    return _SqliteSide(db.conn)


def _pg_sequences(conn: Any) -> list[tuple[str, str]]:
    """(table, sequence) of every identity or serial column of the current schema. The
    sequence is asked only of the schema's own tables (CASE fixes the order: the planner
    may test the function first, and a table of information_schema, not on the search
    path, then failed as "relation ... does not exist")."""
    rows = conn.execute(
        """
        SELECT table_name, sequence FROM (
            SELECT c.table_name, CASE WHEN c.table_schema = current_schema()
                THEN pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) END
                AS sequence
            FROM information_schema.columns c
            WHERE c.table_schema = current_schema()
        ) AS found WHERE sequence IS NOT NULL
        """
    ).fetchall()
    return [(str(t), str(s)) for t, s in rows]


def _parents_first(names: list[str], parents: dict[str, set[str]]) -> list[str]:
    ordered: list[str] = []
    placed: set[str] = set()

    def place(name: str, path: tuple[str, ...] = ()) -> None:
        if name in placed or name in path:
            return
        for parent in sorted(parents.get(name, set())):
            if parent != name and parent in names:
                place(parent, (*path, name))
        placed.add(name)
        ordered.append(name)

    for name in names:
        place(name)
    return ordered


def _for_sqlite(value: Any) -> Any:
    """A PostgreSQL value as the SQLite store keeps it (times as UTC ISO text etc.)."""
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        from clinicrep.store.db import iso

        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


# -- onto a PostgreSQL server: one transaction ----------------------------------------------
def _to_pg(
    reader: _SqliteSide | _PgSide,
    tables: list[str],
    target: PgTarget,
    replace: bool,
    progress: Progress | None,
    report: MoveReport,
) -> None:
    with open_store(target) as dest:  # made and migrated if new
        conn = dest.conn
        writer = _PgSide(conn)
        target_tables = set(writer.tables())
        _refuse_non_empty(writer, target_tables, replace)
        shared = [t for t in tables if t in target_tables]
        _skipped(tables, target_tables, progress)
        with conn.transaction():
            conn.execute("SET LOCAL maintenance_work_mem = '256MB'")
            if shared:
                names = ", ".join(f'"{t}"' for t in shared)
                conn.execute(f"TRUNCATE {names} CASCADE")
            # the search (GIN) and sort indexes are built once after the rows are in: faster
            # than keeping them up to date row by row (the keys stay: the references need them)
            rebuilt = _drop_plain_indexes(conn, shared)
            # and the references are checked once per table after it, not row by row
            rebuilt += _drop_references(conn, shared)
            for table in shared:
                columns = [c for c in reader.columns(table) if c in set(writer.columns(table))]
                expected = reader.count(table)
                _say(progress, _copying(table, expected))
                names = ", ".join(f'"{c}"' for c in columns)
                done = _Done(table, expected, progress)
                with conn.cursor() as cursor:
                    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                        for batch in reader.rows(table, columns):
                            for row in batch:
                                copy.write_row(row)
                            done.add(len(batch))
                _verify(table, expected, writer.count(table))
                report.tables.append((table, expected))
            _say(progress, _indexing())
            for definition in rebuilt:
                began = time.perf_counter()
                conn.execute(definition)
                log.debug("db move: %.1f s: %s", time.perf_counter() - began, definition[:90])
            counters = reader.counters()
            for table, sequence in _pg_sequences(conn):
                if table not in shared:
                    continue
                highest = conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
                value = max(int(highest), counters.get(table, 0))
                if value > 0:
                    conn.execute("SELECT setval(%s, %s, true)", (sequence, value))
                else:
                    conn.execute("SELECT setval(%s, 1, false)", (sequence,))
            _say(progress, _finishing())


def _drop_plain_indexes(conn: Any, tables: list[str]) -> list[str]:
    """Drop the indexes of ``tables`` that back no constraint; their definitions, to make
    them again (in the same transaction: a failure brings them back with the rollback)."""
    rows = conn.execute(
        """
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND t.relname = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
          AND pg_has_role(t.relowner, 'MEMBER')  -- only the tables' owner may drop them
        ORDER BY 1
        """,
        (tables,),
    ).fetchall()
    for name, _definition in rows:
        conn.execute(f"DROP INDEX {name}")
    return [str(definition) for _name, definition in rows]


def _drop_references(conn: Any, tables: list[str]) -> list[str]:
    """Drop the foreign keys of ``tables`` (their owner's only); the statements that add
    them again, each checking every row in one pass when it runs."""
    rows = conn.execute(
        """
        SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
        FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY(%s)
          AND pg_has_role(t.relowner, 'MEMBER')
        ORDER BY 1, 2
        """,
        (tables,),
    ).fetchall()
    again = []
    for table, name, definition in rows:
        conn.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        again.append(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
    return again


def _indexing() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DbMove", "Building the search and sort indexes…")


def _refuse_non_empty(side: Any, tables: set[str], replace: bool) -> None:
    if replace:
        return
    held = {t: side.count(t) for t in ("reviews", "sources") if t in tables}
    if any(held.values()):
        raise MoveTargetNotEmpty(
            f"the target holds {held.get('reviews', 0)} reviews", count=held.get("reviews", 0)
        )


def _skipped(tables: list[str], target_tables: set[str], progress: Progress | None) -> None:
    for table in tables:
        if table not in target_tables:
            log.warning("db move: the target has no table %s; not copied", table)


def _verify(table: str, expected: int, copied: int) -> None:
    if copied != expected:
        raise MoveCountMismatch(
            f"{table}: {copied} rows copied, {expected} expected",
            table=table,
            copied=copied,
            expected=expected,
        )


class _Done:
    """Progress inside a big table: a line every PROGRESS_ROWS rows."""

    def __init__(self, table: str, total: int, progress: Progress | None) -> None:
        self.table, self.total, self.progress = table, total, progress
        self.rows = 0

    def add(self, rows: int) -> None:
        before, self.rows = self.rows, self.rows + rows
        if self.rows < self.total and before // PROGRESS_ROWS != self.rows // PROGRESS_ROWS:
            from PySide6.QtCore import QCoreApplication

            _say(
                self.progress,
                QCoreApplication.translate("DbMove", "{table}: {done} of {total} rows").format(
                    table=table_name(self.table), done=self.rows, total=self.total
                ),
            )


def _copying(table: str, rows: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DbMove", "Copying {table}: {rows} rows…").format(
        table=table_name(table), rows=rows
    )


def table_name(table: str) -> str:
    """What a table holds, in the user's language, for the copy's progress lines ("Kopiowanie
    locations" under Polish): the table's own name for one this program does not know."""
    from PySide6.QtCore import QCoreApplication

    names = {
        "alerts": QCoreApplication.translate("DbMove", "alerts", "after Copying"),
        "events": QCoreApplication.translate("DbMove", "the log of events", "after Copying"),
        "learned_models": QCoreApplication.translate(
            "DbMove", "learned corrections", "after Copying"
        ),
        "locations": QCoreApplication.translate("DbMove", "locations", "after Copying"),
        "outbox": QCoreApplication.translate(
            "DbMove", "replies waiting to be sent", "after Copying"
        ),
        "replies": QCoreApplication.translate("DbMove", "replies", "after Copying"),
        "reply_presence": QCoreApplication.translate("DbMove", "who is replying", "after Copying"),
        "reply_templates": QCoreApplication.translate("DbMove", "reply templates", "after Copying"),
        "review_aspects": QCoreApplication.translate(
            "DbMove", "praise and complaints", "after Copying"
        ),
        "review_corrections": QCoreApplication.translate("DbMove", "corrections", "after Copying"),
        "review_topics": QCoreApplication.translate("DbMove", "topics", "after Copying"),
        "review_versions": QCoreApplication.translate(
            "DbMove", "earlier versions of reviews", "after Copying"
        ),
        "reviews": QCoreApplication.translate("DbMove", "reviews", "after Copying"),
        "settings": QCoreApplication.translate("DbMove", "settings", "after Copying"),
        "sources": QCoreApplication.translate("DbMove", "sources", "after Copying"),
        "sync_runs": QCoreApplication.translate(
            "DbMove", "checks for new reviews", "after Copying"
        ),
    }
    return names.get(table, table)


def _finishing() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DbMove", "Every table's count checked; finishing the copy…")


# -- into a SQLite file: a new file, renamed into place -------------------------------------
def _to_sqlite(
    reader: _SqliteSide | _PgSide,
    tables: list[str],
    target: Path,
    replace: bool,
    progress: Progress | None,
    report: MoveReport,
) -> None:
    from clinicrep.store.db import Database

    target = target.resolve()
    if target.exists() and target.stat().st_size > 0 and not replace:
        held = _reviews_in_file(target)
        if held != 0:  # -1: a file that is no clinicrep store
            raise MoveTargetNotEmpty(f"{target} holds {held} reviews", count=held, path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    building = target.with_name(f".{target.name}.moving-{os.getpid()}-{stamp}")
    _remove_file_set(building)
    try:
        dest = Database(building, backup_dir=target.parent / "backups")
        try:
            writer = _SqliteSide(dest.conn)
            target_tables = set(writer.tables())
            shared = [t for t in tables if t in target_tables]
            _skipped(tables, target_tables, progress)
            dest.conn.execute("PRAGMA foreign_keys = OFF")  # the migrations' seeds go first
            dest.conn.execute("BEGIN IMMEDIATE")
            for table in reversed(writer.tables()):
                dest.conn.execute(f'DELETE FROM "{table}"')
            with contextlib.suppress(sqlite3.OperationalError):
                dest.conn.execute("DELETE FROM sqlite_sequence")
            # the sort indexes are built once after the rows are in (as on a server)
            indexes = dest.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).fetchall()
            for name, _sql in indexes:
                dest.conn.execute(f'DROP INDEX "{name}"')
            for table in shared:
                target_columns = set(writer.columns(table))
                columns = [c for c in reader.columns(table) if c in target_columns]
                expected = reader.count(table)
                _say(progress, _copying(table, expected))
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" for _c in columns)
                sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
                done = _Done(table, expected, progress)
                for batch in reader.rows(table, columns):
                    dest.conn.executemany(sql, batch)
                    done.add(len(batch))
                _verify(table, expected, writer.count(table))
                report.tables.append((table, expected))
            _say(progress, _indexing())
            for _name, sql in indexes:
                dest.conn.execute(sql)
            _rebuild_sqlite_search(dest.conn)
            for table, highest in reader.counters().items():
                if table in shared:
                    dest.conn.execute(
                        "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?",
                        (highest, table),
                    )
                    dest.conn.execute(
                        "INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS "
                        "(SELECT 1 FROM sqlite_sequence WHERE name = ?)",
                        (table, highest, table),
                    )
            broken = dest.conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"the copy breaks {len(broken)} references")
            _say(progress, _finishing())
            dest.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                dest.conn.execute("ROLLBACK")
            raise
        finally:
            dest.close()
        report.kept_aside = _put_in_place(building, target)
    finally:
        _remove_file_set(building)


def _rebuild_sqlite_search(conn: sqlite3.Connection) -> None:
    """The search indexes are derived from the reviews: made again from the copied rows
    (what migrations 0011 and 0016 do for an existing store)."""
    from clinicrep.store.db import BULK_FTS_BUFFER, FTS_BUFFER, set_fts_buffer

    # not 'rebuild', which would index the texts as written: the index holds them folded
    conn.execute("INSERT INTO reviews_fts (reviews_fts) VALUES ('delete-all')")
    # in the larger buffer of a big import (store.db.BULK_FTS_BUFFER): with FTS5's 1 MiB
    # the index was written out as dozens of segments merged again and again (100,000
    # reviews: 1.65-1.69 -> 1.13-1.23 s of CPU); the default put back before the COMMIT
    set_fts_buffer(conn, BULK_FTS_BUFFER)
    conn.execute(
        "INSERT INTO reviews_fts (rowid, author, title, text)"
        f" SELECT id, {FTS_FOLDED} FROM reviews ORDER BY id"
    )
    set_fts_buffer(conn, FTS_BUFFER)
    conn.execute("DELETE FROM reviews_cjk")
    conn.execute(
        "INSERT INTO reviews_cjk (rowid, chars) SELECT id, chars FROM (SELECT id, "
        "clinicrep_cjk_chars(author, title, text) AS chars FROM reviews ORDER BY id) "
        "WHERE chars IS NOT NULL"
    )


def _reviews_in_file(path: Path) -> int:
    """Reviews in an existing SQLite file (-1: a file that is no clinicrep store)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def _remove_file_set(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _put_in_place(building: Path, target: Path) -> Path | None:
    """Rename the finished copy over ``target``; a file that was there goes to backups/."""
    kept: Path | None = None
    if target.exists():
        from clinicrep.store.backup import _ensure_nobody_has_it_open

        try:
            _ensure_nobody_has_it_open(target)
        except DatabaseLocked:
            raise
        folder = target.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = folder / f"before-move-{stamp}.sqlite3"
        os.replace(target, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{target}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
    os.replace(building, target)
    os.chmod(target, 0o600)
    return kept
