"""The store on a PostgreSQL server: the same surface as ``store.db.Database``.

Store modules write their SQL once, with ``?`` placeholders; ``PgDatabase`` turns them into
psycopg's ``%s`` (outside string literals) and keeps a literal ``%`` as ``%%``. What differs
between the two dialects beyond that lives in ``store.dialect``. The schema comes from
``store/migrations_pg/`` (numbered in step with ``store/migrations/``), its version in the
one-row table ``clinicrep_schema``.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

try:  # the postgres extra (psycopg): without it, PgTarget still works; connecting says why not
    import psycopg
    import psycopg.errors
    from psycopg import pq
    from psycopg.types.numeric import FloatLoader
except ImportError:  # pragma: no cover - the installers include it
    psycopg = None  # type: ignore[assignment]

from clinicrep.errors import (
    DatabaseConnectFailed,
    DatabaseConnectionLost,
    DatabaseExtensionMissing,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseServerTooOld,
    DatabaseTooNew,
    DiskFull,
    QueryInterrupted,
    StoreError,
)

log = logging.getLogger(__name__)

PgConnectError = DatabaseConnectFailed  # the name the shared design gives it
MIN_SERVER_VERSION = 130000  # PostgreSQL 13: trusted pg_trgm, generated columns
MIGRATION_LOCK_KEY = 0x636C696E69630001  # pg_advisory_xact_lock key of schema migrations
# the advisory lock (a transaction's) of an import storing its rest in one transaction, the
# indexes of reviews dropped in it (``indexes_built_at_end``): ``storing_an_import`` looks
IMPORT_LOCK_KEY = 0x636C696E69630002
# the rest of an import of at least this many rows (as SQLite's store.db.BULK_INDEX_FROM) ...
BULK_INDEX_FROM = 50_000
# ... into a store that holds at most this many reviews (the import's own first batch, of at
# most 5,000: a practice's first import into a new shared store) is one transaction that
# builds the indexes of reviews at its end; the other desks cannot read reviews meanwhile
BULK_INDEX_STORED_AT_MOST = 10_000
# the tables such an import fills whose indexes (and foreign keys to reviews) it builds at its end
BULK_TABLES = ("reviews", "review_topics", "review_aspects")
# how long such an import waits for the other desks' reads of reviews in progress before it
# stores batch by batch instead (a DROP INDEX waiting for a lock makes every read after it wait)
BULK_LOCK_WAIT_MS = 2000
CONNECT_TIMEOUT_S = 10
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
DEFAULT_APPLICATION_NAME = "clinicrep"


@dataclass(frozen=True)
class PgTarget:
    """Where a shared store lives. Never holds the password (the keyring does)."""

    host: str
    port: int = 5432
    dbname: str = "clinicrep"
    user: str = "clinicrep"
    sslmode: str = "prefer"
    sslrootcert: str | None = None

    @classmethod
    def from_url(cls, url: str) -> PgTarget:
        """``postgresql://user@host:5432/db?sslmode=verify-full&sslrootcert=/path/ca.pem``.

        A password in the URL is ignored here (see ``password_in_url``): it belongs in the
        keyring, never in a file or a log.
        """
        parts = urlsplit(url.strip())
        if parts.scheme not in ("postgresql", "postgres"):
            raise ValueError("not a postgresql:// URL")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        host = unquote(parts.hostname or "") or query.get("host", "") or "localhost"
        return cls(
            host=host,
            port=int(parts.port or query.get("port") or 5432),
            dbname=unquote(parts.path.lstrip("/")) or query.get("dbname", "") or "clinicrep",
            user=unquote(parts.username or "") or query.get("user", "") or "clinicrep",
            sslmode=query.get("sslmode", "prefer"),
            sslrootcert=query.get("sslrootcert") or None,
        )

    def url(self) -> str:
        """The target as a URL, without any password (safe to log and to keep in a file)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        text = f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
        text += quote(self.dbname, safe="")
        options = [f"sslmode={quote(self.sslmode)}"] if self.sslmode != "prefer" else []
        if self.sslrootcert:
            options.append(f"sslrootcert={quote(self.sslrootcert, safe='/')}")
        return text + ("?" + "&".join(options) if options else "")

    def display(self) -> str:
        """ "db on host:port as user": what a person reads in a window or a log."""
        return f"{self.dbname} on {self.host}:{self.port} as {self.user}"

    def __str__(self) -> str:
        return self.display()


def password_in_url(url: str) -> str | None:
    """The password written into a URL (``--db postgresql://u:secret@h/db``), if any."""
    parts = urlsplit(url.strip())
    return unquote(parts.password) if parts.password else None


# -- placeholders ------------------------------------------------------------------
@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """``?`` -> ``%s`` outside string literals, quoted names and comments; ``%`` -> ``%%``
    everywhere (psycopg reads ``%`` in literals too)."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        char = sql[i]
        if char in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == char:
                    if end + 1 < n and sql[end + 1] == char:  # '' inside a literal
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if char == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
            continue
        if char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def numbered(sql: str) -> str:
    """``?`` -> ``$1``, ``$2``... outside string literals, quoted names and comments: the
    server's own markers, which psycopg's RawCursor sends as they are (a multi-row INSERT
    of 50 reviews has 1,400 markers: psycopg's parse of ``%s`` took 4 ms a statement)."""
    out: list[str] = []
    count = 0
    for part, outside in _parts(sql):
        if not outside:
            out.append(part)
            continue
        pieces = part.split("?")
        out.append(pieces[0])
        for piece in pieces[1:]:
            count += 1
            out.append(f"${count}{piece}")
    return "".join(out)


def _parts(sql: str) -> Iterator[tuple[str, bool]]:
    """``sql`` cut into (text, outside literals, quoted names and comments)."""
    i, n, start = 0, len(sql), 0
    while i < n:
        char = sql[i]
        if char in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == char:
                    if end + 1 < n and sql[end + 1] == char:
                        end += 2
                        continue
                    break
                end += 1
            yield sql[start:i], True
            yield sql[i : end + 1], False
            i = start = end + 1
            continue
        if char == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            yield sql[start:i], True
            yield sql[i:end], False
            i = start = end
            continue
        i += 1
    yield sql[start:], True


# -- errors ------------------------------------------------------------------------
class StoreIntegrityError(sqlite3.IntegrityError):
    """A unique or foreign-key violation on the server, raised as the store's callers
    already catch it (``sqlite3.IntegrityError``), so their handling is one for both."""

    def __init__(self, detail: str, sqlstate: str) -> None:
        super().__init__(detail)
        self.sqlstate = sqlstate


_LOCKED = {"40P01", "55P03", "40001"}  # deadlock, lock not available, serialization failure
_READ_ONLY = {"25006", "42501"}  # read-only transaction, insufficient privilege
_DISK_FULL = {"53100"}
_CONNECTION = ("08", "57P01", "57P02", "57P03")  # connection exceptions, admin/crash shutdown


def translate_pg_error(e: psycopg.Error) -> Exception:
    """Environment failures as the store's errors; bugs (syntax, types) stay as they are."""
    state = getattr(e, "sqlstate", None) or ""
    text = _first_line(e)
    if isinstance(e, psycopg.errors.QueryCanceled):
        return QueryInterrupted(text)
    if isinstance(e, psycopg.IntegrityError):
        return StoreIntegrityError(text, state)
    if state in _LOCKED:  # another PC's change of the same rows, at the same moment
        return DatabaseLocked(text, holder="server")
    if state in _READ_ONLY:
        return DatabaseReadOnly(text)
    if state in _DISK_FULL:
        return DiskFull(text)
    if state.startswith(_CONNECTION) or (
        isinstance(e, psycopg.OperationalError | psycopg.InterfaceError) and not state
    ):
        return DatabaseConnectionLost(text)
    return e


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


# -- cursors -----------------------------------------------------------------------
class PgCursor:
    """A psycopg cursor with sqlite3's ``lastrowid`` (the session's last sequence value)."""

    __slots__ = ("_cursor", "_conn")

    def __init__(self, cursor: psycopg.Cursor[Any], conn: psycopg.Connection[Any]) -> None:
        self._cursor = cursor
        self._conn = conn

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        try:
            row = self._conn.execute("SELECT lastval()").fetchone()
        except psycopg.errors.ObjectNotInPrerequisiteState:
            return None  # no sequence used yet in this session
        return int(row[0]) if row else None

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class _CountedCursor(PgCursor):
    """The cursor of several statements: their rows together, as sqlite3 counts them."""

    __slots__ = ("_total",)

    def __init__(self, cursor: psycopg.Cursor[Any], conn: psycopg.Connection[Any], total: int):
        super().__init__(cursor, conn)
        self._total = total

    @property
    def rowcount(self) -> int:
        return self._total


INSERT_BATCH = 100  # rows of one multi-row INSERT (100: 1.3 s for 3,000 reviews; 500: 1.7 s)
# rows from which an INSERT of one row per parameter set goes by COPY (``_copied``): the
# server reads them as one stream, with no statement to parse, bind and plan per 100 rows
COPY_FROM = 500
_INSERT_HEAD = re.compile(r"^\s*INSERT\s+INTO\s[^;]*?\sVALUES\s*\(", re.IGNORECASE | re.DOTALL)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+", re.IGNORECASE)
_ONLY_MARKS = re.compile(r"\(\s*\?(?:\s*,\s*\?)*\s*\)")
_DO_NOTHING = re.compile(r"^\s*ON\s+CONFLICT\s*(?:\([^()]*\))?\s*DO\s+NOTHING\s*$", re.IGNORECASE)
_COPY_SAVEPOINT = "clinicrep_copy"


def _insert_values(sql: str) -> tuple[str, str, str] | None:
    """(``INSERT INTO t (cols)``, ``(?, ?, ...)``, what follows) of a one-row INSERT, or
    None for anything else (an upsert that updates: two rows of one statement may not)."""
    match = _INSERT_HEAD.match(sql)
    if match is None or "DO UPDATE" in sql.upper():
        return None
    start = match.end() - 1
    depth = 0
    for i in range(start, len(sql)):
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            depth -= 1
            if depth == 0:
                head = sql[:start].rstrip()
                head = head[: -len("VALUES")].rstrip() if head.upper().endswith("VALUES") else head
                return head, sql[start : i + 1], sql[i + 1 :]
        elif sql[i] == "'":
            return None  # literals inside: keep it simple, one statement per row
    return None


class _IndexesBusy(Exception):
    """The indexes of reviews could not be dropped at once: another desk is reading it,
    or its own first import holds the store."""


class PgDroppedIndexes:
    """The indexes of ``reviews``, its topics and aspects, and their foreign keys to it, an
    import dropped in its transaction (``PgDatabase.indexes_built_at_end``), built again by
    ``build``: once, in that same transaction, so that nobody sees the store without them."""

    def __init__(self, db: PgDatabase, indexes: list[tuple[str, str]]) -> None:
        self._db = db
        self.indexes = indexes  # (name, CREATE INDEX or ALTER TABLE ... ADD CONSTRAINT)
        self._built = False

    def build(self) -> None:
        """Build them now (each by one sort of the rows stored so far, each foreign key
        checked by one join; rows stored after are added and checked one by one); nothing
        the second time."""
        if self._built:
            return
        self._built = True
        for _name, sql in self.indexes:
            self._db.script(sql)  # as written by pg_get_indexdef: no parameters


# -- the database ------------------------------------------------------------------
def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every PostgreSQL migration, in order (0011 is the
    baseline: SQLite's schema after its migration 0011)."""
    found = []
    folder = importlib_resources.files("clinicrep.store") / "migrations_pg"
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _name, _sql in found]
    if len(set(numbers)) != len(numbers):
        raise RuntimeError(f"PostgreSQL migrations are misnumbered: {numbers}")
    return found


def _connection_options(target: PgTarget, password: str | None, application_name: str) -> dict:
    options: dict[str, Any] = {
        "host": target.host,
        "port": target.port,
        "dbname": target.dbname,
        "user": target.user,
        "sslmode": target.sslmode,
        "application_name": application_name,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "autocommit": True,
    }
    if target.sslrootcert:
        options["sslrootcert"] = target.sslrootcert
    if password is not None:
        options["password"] = password
    return options


def connect(
    target: PgTarget,
    password: str | None = None,
    *,
    application_name: str = DEFAULT_APPLICATION_NAME,
) -> psycopg.Connection[Any]:
    """A plain autocommit connection, or ``DatabaseConnectFailed`` (never the password)."""
    if psycopg is None:
        raise DatabaseConnectFailed(
            "this installation has no PostgreSQL driver (psycopg: the postgres extra)",
            sqlstate="",
            driver_missing=True,
        )
    try:
        conn = psycopg.connect(**_connection_options(target, password, application_name))
    except psycopg.Error as e:
        detail = _first_line(e)
        if password:
            detail = detail.replace(password, "***")
        raise DatabaseConnectFailed(
            f"cannot connect to {target.display()}: {detail}",
            sqlstate=e.sqlstate or _connect_sqlstate(str(e)),
        ) from None  # psycopg's own text stays out of the chain: it may quote the options
    conn.adapters.register_loader("numeric", FloatLoader)  # avg(), sums: floats as in SQLite
    return conn


# libpq reports a refused connection as text only (no result, so no SQLSTATE); the server's
# FATAL messages in English (its default lc_messages) give the code it would have sent
_CONNECT_FAILURES = (
    ("password authentication failed", "28P01"),
    ("no password supplied", "28P01"),
    ("password is required", "28P01"),
    ("does not exist", ""),  # database or role: told apart below
    ("no pg_hba.conf entry", "28000"),
    ("permission denied for database", "42501"),
    ("too many connections", "53300"),
    ("the database system is starting up", "57P03"),
    ("the database system is shutting down", "57P03"),
    ("the database system is in recovery mode", "57P03"),
    ("ssl", "08P01"),
)


def _connect_sqlstate(text: str) -> str:
    lowered = text.lower()
    for marker, state in _CONNECT_FAILURES:
        if marker in lowered:
            if marker == "does not exist":
                return "3D000" if "database" in lowered else "28000"
            return state
    return ""  # never reached the server: unreachable, refused, timed out


class PgDatabase:
    """A connection to a shared store, with clinicrep's migrations and transaction helper.

    One per thread, as for SQLite. Autocommit outside ``transaction()``, so a single write
    commits at once as it does on SQLite.
    """

    dialect = "postgresql"

    def __init__(
        self,
        target: PgTarget,
        password: str | None = None,
        *,
        application_name: str = DEFAULT_APPLICATION_NAME,
        migrate: bool = True,
    ) -> None:
        self.target = target
        self.conn = connect(target, password, application_name=application_name)
        self._password = password  # for a reconnection; never logged, never in repr()
        self._application_name = application_name
        self._closed = False
        self._depth = 0
        self._deadline: float | None = None  # time_limit's end (time.perf_counter())
        self._lock = threading.Lock()
        try:
            self._check_server()
            if migrate:
                self._migrate()
        except BaseException:
            self.conn.close()
            raise

    @property
    def path(self) -> PgTarget:
        """Where the store is: what a worker passes to ``open_database`` for its own."""
        return self.target

    @property
    def server_version(self) -> int:
        return int(self.conn.info.server_version)

    def _check_server(self) -> None:
        version = self.server_version
        if version < MIN_SERVER_VERSION:
            raise DatabaseServerTooOld(
                f"PostgreSQL {version // 10000} is older than {MIN_SERVER_VERSION // 10000}",
                found=version // 10000,
                needed=MIN_SERVER_VERSION // 10000,
            )

    # -- the integrity check: the server's own business ------------------------------
    @property
    def check_pending(self) -> bool:
        return False

    def finish_integrity_check(self) -> None:
        """Nothing to do: the server keeps its files whole (and its own backups)."""

    def storing_an_import(self) -> bool:
        """Whether another connection's import is storing its rest in one transaction with
        the indexes of reviews dropped (``indexes_built_at_end``): a write of reviews waits
        for its end. Mostly no: each batch of an import is its own transaction, and the
        server locks rows, not the store. With the server away the answer is no: the
        write that follows meets the lost connection and says so (a window closing, or a
        start-up write, is never stopped by this question)."""
        try:
            row = self.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory'"
                " AND database = (SELECT oid FROM pg_catalog.pg_database"
                " WHERE datname = current_database())"
                " AND classid = ? AND objid = ? AND objsubid = 1 AND granted"
                " AND pid <> pg_backend_pid())",
                (IMPORT_LOCK_KEY >> 32, IMPORT_LOCK_KEY & 0xFFFFFFFF),
            ).fetchone()
        except (StoreError, psycopg.Error) as exc:
            log.info("whether an import holds the store is not known: %s", type(exc).__name__)
            return False
        return bool(row and row[0])

    @contextlib.contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Statements on this connection wait at most ``seconds`` for another's lock
        (``DatabaseLocked`` after: the server's lock_timeout), as SQLite's
        ``Database.waiting_at_most`` waits for the write lock."""
        self.execute(f"SET lock_timeout = {max(1, int(seconds * 1000))}")
        try:
            yield
        finally:
            with contextlib.suppress(StoreError, psycopg.Error):
                if not self.conn.closed and self.conn.info.transaction_status in (
                    pq.TransactionStatus.IDLE,
                    pq.TransactionStatus.INTRANS,
                ):
                    self.conn.execute("SET lock_timeout = 0")

    @contextlib.contextmanager
    def indexes_built_at_end(self, new_rows: int) -> Iterator[PgDroppedIndexes | None]:
        """One transaction for the rest of an import, ``new_rows`` reviews, into a store
        that holds little more than the import's first batch (a practice's first import
        into a new shared store: at least ``BULK_INDEX_FROM`` rows into at most
        ``BULK_INDEX_STORED_AT_MOST``): the secondary indexes of ``reviews``, its topics and
        aspects, and their foreign keys to reviews, are dropped in it and built again, each
        by one sort or join, before its COMMIT (SQLite's ``Database.indexes_built_at_end``).
        Kept up row by row, the trigram index and the eleven sort indexes cost the server
        about 3 s of CPU per 100,000 rows, built at the end about 2 s (``benchmarks/README.md``,
        session 43).

        What the other desks see: DROP INDEX locks the table, so their reads and writes of
        reviews wait until the COMMIT, which brings the rows and the indexes together: the
        inbox they show stays as it was (nearly empty: the store was), a read that runs past
        its time limit stops as when typed over, and the change notification of the COMMIT
        makes them read it all again. A status change waits in the window as during a
        SQLite import (``storing_an_import``). An error, a lost connection or a kill rolls
        it all back (the store as it was, every index in it); the first batch stays. A bigger
        store, where the desks are at work, is never held so: each batch stays its own
        transaction. Nor is one whose reviews another desk is reading at that moment (the
        lock is waited for ``BULK_LOCK_WAIT_MS``, then given up: None), nor one another desk's
        first import holds."""
        if new_rows < BULK_INDEX_FROM or self._depth or self.in_transaction:
            yield None
            return
        stored = int(self.execute("SELECT count(*) FROM reviews").fetchone()[0])
        if stored > BULK_INDEX_STORED_AT_MOST:
            yield None
            return
        try:
            with self.transaction():
                try:
                    dropped = self._drop_review_indexes()
                except DatabaseLocked as e:
                    raise _IndexesBusy from e
                log.info(
                    "import of %d rows into %d: %d indexes built at the end",
                    new_rows,
                    stored,
                    len(dropped.indexes),
                )
                yield dropped
                dropped.build()
        except _IndexesBusy:
            log.info("reviews are in use elsewhere: the import is stored batch by batch")
            yield None

    def _drop_review_indexes(self) -> PgDroppedIndexes:
        """Drop, in this transaction, the indexes of ``reviews`` and of the tables an import
        fills with it (``BULK_TABLES``) but their primary keys and unique ones (the import's
        look-ups read them), and those tables' foreign keys to reviews (each row's check
        was a look-up in reviews: 1.5 s of the server's CPU per 100,000 reviews' topics,
        as much for their aspects; added again, they are checked by one join); what to
        build again."""
        # another desk's first import at the same moment: this one goes batch by batch
        held = self.execute("SELECT pg_try_advisory_xact_lock(?)", (IMPORT_LOCK_KEY,)).fetchone()
        if not held or not held[0]:
            raise DatabaseLocked("another import is storing its rows", holder="server")
        self.execute(f"SET LOCAL lock_timeout = {BULK_LOCK_WAIT_MS}")
        self.execute(f"LOCK TABLE {', '.join(BULK_TABLES)} IN ACCESS EXCLUSIVE MODE")
        tables = "SELECT unnest(?::text[])::regclass"
        indexes = self.fetchall(
            "SELECT c.relname, pg_catalog.pg_get_indexdef(c.oid) FROM pg_catalog.pg_index x"
            " JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid"
            f" WHERE x.indrelid IN ({tables}) AND NOT x.indisunique"
            " AND NOT x.indisprimary ORDER BY c.relname",
            (list(BULK_TABLES),),
        )
        keys = self.fetchall(
            "SELECT k.conrelid::regclass::text, k.conname, pg_catalog.pg_get_constraintdef(k.oid)"
            " FROM pg_catalog.pg_constraint k WHERE k.contype = 'f'"
            f" AND k.confrelid = 'reviews'::regclass AND k.conrelid IN ({tables})"
            " ORDER BY 1, 2",
            (list(BULK_TABLES[1:]),),
        )
        for name, _sql in indexes:
            self.execute(f'DROP INDEX "{name}"')
        for table, name, _definition in keys:
            self.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        self.execute("SET LOCAL lock_timeout = DEFAULT")
        return PgDroppedIndexes(
            self,
            [(str(name), str(sql)) for name, sql in indexes]
            + [
                (str(name), f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
                for table, name, definition in keys
            ],
        )

    @contextlib.contextmanager
    def bulk_writes(self, cache_mib: int = 0) -> Iterator[None]:
        """A big import: the commit of each page need not wait for the disk (a crash
        loses at most the last pages, which the next import writes again; never corrupts)."""
        self.execute("SET synchronous_commit = off")
        try:
            yield
        finally:
            with contextlib.suppress(StoreError, psycopg.Error):
                self.execute("SET synchronous_commit = on")

    # -- statements ----------------------------------------------------------------
    def _usable(self) -> psycopg.Connection[Any]:
        """The connection, opened again if the server dropped it between two transactions
        (a restart, a network blip): the statement that met the loss failed with
        ``DatabaseConnectionLost``; the next one, outside a transaction, just works. Inside
        a transaction nothing is retried: what it wrote is gone, and its caller must know."""
        if (self.conn.closed or self.conn.broken) and not self._closed and not self._depth:
            log.info("reconnecting to %s", self.target.display())
            self.conn = connect(
                self.target, self._password, application_name=self._application_name
            )
        return self.conn

    def _in_time(self) -> None:
        if self._deadline is not None and time.perf_counter() > self._deadline:
            raise QueryInterrupted("the time limit of these reads is up")

    def execute(self, sql: str, params: Any = ()) -> PgCursor:
        self._in_time()
        self._usable()
        try:
            cursor = self.conn.execute(translate(sql), _params(params))
        except psycopg.Error as e:
            raise translate_pg_error(e) from e
        return PgCursor(cursor, self.conn)

    def fetchall(self, sql: str, params: Any = ()) -> list[Any]:
        return self.execute(sql, params).fetchall()

    def executemany(self, sql: str, rows: Iterable[Any]) -> PgCursor:
        """One statement over many rows. An ``INSERT ... VALUES (...)`` goes as multi-row
        VALUES, ``INSERT_BATCH`` rows a statement: a statement per row cost 0.6 ms each
        (3,000 new reviews: 2.6 s, 0.8 s this way)."""
        rows = [_params(row) for row in rows]
        parts = _insert_values(sql)
        self._in_time()
        self._usable()
        if parts is not None and len(rows) >= COPY_FROM:
            copied = self._copied(*parts, rows)
            if copied is not None:
                return copied
        cursor = self.conn.cursor()
        try:
            if parts is None or len(rows) < 2:
                cursor.executemany(translate(sql), rows)
                return PgCursor(cursor, self.conn)
            head, values, tail = parts
            total = 0
            cursor = psycopg.RawCursor(self.conn)  # the statement's markers are $n
            for start in range(0, len(rows), INSERT_BATCH):
                batch = rows[start : start + INSERT_BATCH]
                statement = f"{head} VALUES {', '.join([values] * len(batch))}{tail}"
                cursor.execute(numbered(statement), [v for row in batch for v in row])
                total += max(cursor.rowcount, 0)
        except psycopg.Error as e:
            raise translate_pg_error(e) from e
        return _CountedCursor(cursor, self.conn, total)

    def _copied(
        self, head: str, values: str, tail: str, rows: list[Sequence[Any]]
    ) -> PgCursor | None:
        """``INSERT INTO t (cols) VALUES (?, ...)`` of many rows by one ``COPY t (cols) FROM
        STDIN``, or None when it cannot go so: the values are not all parameters, what follows
        them is more than ``ON CONFLICT ... DO NOTHING``, or (with that clause) a row is there
        already: another PC's import of the same review committed first. COPY knows no ON
        CONFLICT, so it runs under a savepoint, undone then, and the caller inserts the rows
        as before, the rows already there left alone (a race that costs one batch twice).
        All of them or none go in, as with a single statement. An import of 100,000 reviews:
        its rows, topics and aspects in 300 multi-row statements took the server 8.9 s of
        CPU for the reviews alone, COPY 7.0 s (``benchmarks/README.md``, session 43)."""
        do_nothing = _DO_NOTHING.match(tail) is not None
        if not _ONLY_MARKS.fullmatch(values) or not (do_nothing or not tail.strip()):
            return None
        statement = f"COPY {_INSERT_INTO.sub('', head, count=1)} FROM STDIN"
        savepoint = do_nothing and self.in_transaction
        cursor = self.conn.cursor()
        try:
            if savepoint:
                self.conn.execute(f"SAVEPOINT {_COPY_SAVEPOINT}")
            try:
                with cursor.copy(statement) as copy:
                    for row in rows:
                        copy.write_row(row)
            except psycopg.errors.UniqueViolation:
                if not do_nothing:
                    raise
                if savepoint:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {_COPY_SAVEPOINT}")
                    self.conn.execute(f"RELEASE SAVEPOINT {_COPY_SAVEPOINT}")
                return None
            if savepoint:
                self.conn.execute(f"RELEASE SAVEPOINT {_COPY_SAVEPOINT}")
        except psycopg.Error as e:
            raise translate_pg_error(e) from e
        return _CountedCursor(cursor, self.conn, max(cursor.rowcount, 0))

    def script(self, sql: str) -> None:
        """Several statements at once, no parameters (a migration)."""
        try:
            self.conn.execute(sql.encode("utf-8"), prepare=False)  # bytes: no % parsing
        except psycopg.Error as e:
            raise translate_pg_error(e) from e

    # -- transactions ----------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status != pq.TransactionStatus.IDLE

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgDatabase]:
        """BEGIN ... COMMIT, or ROLLBACK on any error. Nests as a no-op (as on SQLite)."""
        if self._depth or self.in_transaction:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with contextlib.suppress(psycopg.Error):
                if not self.conn.closed:
                    self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except psycopg.Error as e:
            with contextlib.suppress(psycopg.Error):
                self.conn.execute("ROLLBACK")
            raise translate_pg_error(e) from e

    @contextlib.contextmanager
    def time_limit(self, seconds: float, *, by_cpu: bool = False) -> Iterator[None]:
        """Reads on this connection that run past ``seconds`` stop with ``QueryInterrupted``,
        as on SQLite: a statement that runs past it (the server's statement_timeout), and
        any statement asked for once the time is up (a first screen is several statements,
        each of which could take the whole limit: the GUI thread waited up to four times
        it). A statement started just before the end may still take the limit: at most
        twice ``seconds`` in all. ``by_cpu`` is SQLite's (the server's time is its own):
        here the limit is by the clock."""
        outer = self._deadline
        deadline = time.perf_counter() + seconds
        self._deadline = deadline if outer is None else min(outer, deadline)
        self.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")
        try:
            yield
        finally:
            self._deadline = outer
            with contextlib.suppress(StoreError, psycopg.Error):
                if not self.conn.closed and self.conn.info.transaction_status in (
                    pq.TransactionStatus.IDLE,
                    pq.TransactionStatus.INTRANS,
                ):
                    self.conn.execute("SET statement_timeout = 0")

    def interrupt(self) -> None:
        """Stop the statement running on this connection (safe from another thread)."""
        with contextlib.suppress(psycopg.Error, OSError):
            self.conn.cancel_safe(timeout=5)

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(psycopg.Error):
            self.conn.close()

    def __enter__(self) -> PgDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations --------------------------------------------------------------------
    @property
    def user_version(self) -> int:
        """The number of the last migration applied (0: an empty database)."""
        # pg_class read through a snapshot, not to_regclass(): under the advisory lock, a
        # table another PC's migration just committed is not yet in this session's catalog
        # cache (an advisory lock takes in no invalidations), and a second migration started
        row = self.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
            " ON n.oid = c.relnamespace WHERE c.relname = 'clinicrep_schema'"
            " AND n.nspname = current_schema())"
        ).fetchone()
        if not row or not row[0]:
            return 0
        found = self.execute("SELECT max(version) FROM clinicrep_schema").fetchone()
        return int(found[0] or 0) if found else 0

    def _version_at_start(self) -> int:
        """``user_version`` in one statement instead of two (each connection asks it as it
        opens: the window's, its query thread's, each worker's): a store without the table
        is a new one. Outside a transaction only (``user_version`` says why)."""
        try:
            row = self.conn.execute("SELECT max(version) FROM clinicrep_schema").fetchone()
        except psycopg.errors.UndefinedTable:
            return 0
        except psycopg.Error as e:
            raise translate_pg_error(e) from e
        return int(row[0] or 0) if row else 0

    def _migrate(self) -> None:
        """Bring the database to this program's schema, one migration per transaction,
        each under an advisory lock so that PCs starting together do the work once."""
        steps = migrations()
        # the last PostgreSQL migration: SQLite's number (every one has its twin, tested)
        known = steps[-1][0] if steps else 0
        current = self._version_at_start()
        if current > known:
            raise _too_new(current, known)
        if current == known:
            return
        for number, name, sql in steps:
            if number <= current:
                continue
            with self.transaction():
                self.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK_KEY,))
                current = self.user_version  # again: another PC may have done it meanwhile
                if current > known:
                    raise _too_new(current, known)
                if number <= current:
                    continue
                log.info("applying PostgreSQL migration %s", name)
                if number == steps[0][0]:
                    self._create_extension("pg_trgm")
                self.script(sql)
                self.execute("DELETE FROM clinicrep_schema")
                self.execute("INSERT INTO clinicrep_schema (version) VALUES (?)", (number,))

    def _create_extension(self, name: str) -> None:
        self.execute("SAVEPOINT extension")
        try:
            self.execute(f"CREATE EXTENSION IF NOT EXISTS {name}")
        except (psycopg.Error, StoreError) as e:
            self.execute("ROLLBACK TO SAVEPOINT extension")
            row = self.execute("SELECT 1 FROM pg_extension WHERE extname = ?", (name,)).fetchone()
            if row is None:
                raise DatabaseExtensionMissing(_first_line(e), name=name) from None
        self.execute("RELEASE SAVEPOINT extension")


def _params(params: Any) -> Sequence[Any]:
    if params is None:
        return ()
    if isinstance(params, list | tuple):
        return params
    return tuple(params)


def _too_new(found: int, known: int) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"database schema {found} is newer than this program's {known}", found=found, known=known
    )


def open_pg_database(
    target: PgTarget, password: str | None = None, *, application_name: str | None = None
) -> PgDatabase:
    """Open the shared store at ``target``, migrated; the password from the keyring when
    none is given."""
    if password is None:
        password = _keyring_password(target)
    return PgDatabase(
        target, password, application_name=application_name or DEFAULT_APPLICATION_NAME
    )


def _keyring_password(target: PgTarget) -> str | None:
    """The password pg-connect keeps for ``target`` (keyring, or this run's ``--db`` URL)."""
    import importlib

    for module in ("clinicrep.store.pg_password", "clinicrep.store.chosen_store"):
        try:
            password_for = importlib.import_module(module).password_for
        except (ImportError, AttributeError):
            continue
        result: str | None = password_for(target)
        return result
    return None
