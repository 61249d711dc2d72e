"""Opening the SQLite file: permissions, pragmas, integrity check, migrations.

One ``Database`` per thread (SQLite connections are not shared across threads).
Every write that belongs together goes through ``with db.transaction():``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import resources as importlib_resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from clinicrep.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseTooNew,
    DataDirNotWritable,
    DiskFull,
    QueryInterrupted,
    StoreError,
)
from clinicrep.search_forms import cjk_chars, fold_or_none

if TYPE_CHECKING:
    from clinicrep.store.pg import PgTarget

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
BULK_CACHE_MIB = 64  # page cache of a connection during a big import (default: 2 MB)
BULK_CHECKPOINT_PAGES = 20_000  # WAL pages (80 MB) between checkpoints then (default: 1,000)
# the rest of an import of at least this many rows builds the indexes of reviews once at its
# end, in one transaction (Database.indexes_built_at_end) ...
BULK_INDEX_FROM = 50_000
# ... into a store of at most this many times as many reviews: the indexes' upkeep costs about
# 20 us of CPU per new row, building them at the end about 7.5 us per row in the store after
# it (break-even near 1.7)
BULK_INDEX_STORE_RATIO = 1.5
# the trigram index's buffer of new entries (FTS5's "hashsize") during such an import's one
# transaction; FTS5 writes its buffer out as a new segment each time it fills, and merges
# those segments as they pile up: the rest of a 100,000-row import wrote one every 1 MiB (its
# default), about 40, merged over and over (0.33-0.4 s of the 1.2-1.3 s the index cost)
BULK_FTS_BUFFER = 16 * 1024 * 1024
FTS_BUFFER = 1024 * 1024  # FTS5's default, put back before the COMMIT
_STEPS_PER_LOOK = 1000  # SQLite VM steps between two looks at a time limit (a few us)
_WALL_CAP = 4  # a time limit by CPU: at most this many times it by the clock
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@contextlib.contextmanager
def _marked(marker: Path) -> Iterator[None]:
    """``marker`` exists while the block runs, locked by this process (its id inside, for
    whoever looks): the OS drops the lock when the process dies, so the marker a killed
    import leaves is known for what it is (``import_running``). Best effort: a folder that
    refuses it leaves the other connections waiting as before."""
    handle = _hold_marker(marker)
    try:
        yield
    finally:
        if handle is not None:
            from clinicrep.monitoring.lock import unlock

            # removed while still locked, so nobody finds it unlocked and takes it for a
            # killed import's; Windows refuses to remove an open file: after closing it
            removed = _unlinked(marker)
            unlock(handle)
            handle.close()
            if not removed:
                _unlinked(marker)


def _unlinked(path: Path) -> bool:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _hold_marker(marker: Path) -> IO[bytes] | None:
    """The marker file, created and locked (None: it could not be, or another import holds
    it)."""
    from clinicrep.monitoring.lock import try_lock, unlock

    for _attempt in range(3):
        try:
            handle = os.fdopen(os.open(marker, os.O_RDWR | os.O_CREAT, 0o600), "r+b", buffering=0)
        except OSError:
            log.debug("could not write %s", marker, exc_info=True)
            return None
        if not try_lock(handle):
            handle.close()
            return None
        try:
            # still the file at that name: another process may have removed it as a killed
            # import's between the open and the lock
            if os.path.samestat(os.fstat(handle.fileno()), os.stat(marker)):
                handle.seek(1)  # byte 0 is the locked one on Windows
                handle.truncate(1)
                handle.write(str(os.getpid()).encode("ascii"))
                return handle
        except OSError:
            pass
        unlock(handle)
        handle.close()
    return None


def import_running(marker: Path) -> bool:
    """An import holds ``marker`` (``_marked``) now. One whose process is gone (killed, a
    power cut) left it unlocked: it is removed and no import is running."""
    if not marker.exists():
        return False
    from clinicrep.monitoring.lock import try_lock, unlock

    try:
        handle = os.fdopen(os.open(marker, os.O_RDWR), "r+b", buffering=0)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot be looked at: as before, the marker's word is taken
    removed = True
    with handle:
        if not try_lock(handle):
            return True
        try:
            if os.path.samestat(os.fstat(handle.fileno()), os.stat(marker)):
                log.info("removing %s: the import that left it is gone", marker.name)
                removed = _unlinked(marker)  # Windows refuses while it is open
        except OSError:
            pass
        unlock(handle)
    if not removed:
        _unlinked(marker)  # a new import holding it meanwhile keeps it open: refused again
    return False


def iso(dt: datetime | None) -> str | None:
    """UTC ISO-8601 text, to the second, sortable as text."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    # isoformat, not strftime: it is called several times per stored review, and strftime
    # is several times slower (more so with Qt's import hook installed)
    return dt.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def from_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text[:-1] if text.endswith("Z") else text).replace(tzinfo=UTC)


def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every bundled migration, in order.

    ``PRAGMA user_version`` is the number of the last one applied. Numbers only grow and
    never repeat; one may be left free (a branch that merges later takes it).
    """
    found = []
    folder = importlib_resources.files("clinicrep.store") / "migrations"
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [number for number, _name, _sql in found]
    if len(set(numbers)) != len(numbers) or (numbers and numbers[0] != 1):
        raise RuntimeError(f"migrations are misnumbered: {[name for _n, name, _s in found]}")
    return found


def schema_version() -> int:
    """The schema version this program writes: the number of its last migration."""
    steps = migrations()
    return steps[-1][0] if steps else 0


def update_pending(path: Path) -> bool:
    """Whether opening the SQLite file at ``path`` will rebuild part of it for this program's
    schema (a migration with statements: 0016 rebuilt the search index, about 10 s on 100,000
    reviews), so the user can be told before the wait. False for a new, current, damaged or
    unreadable file: opening it then either takes no time or says what is wrong."""
    if not Path(path).is_file():
        return False
    try:
        # no waiting on a lock: another program holding it is for open_database to name
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return 0 < version < schema_version() and not changes_nothing_after(version)


def changes_nothing_after(version: int) -> bool:
    """Whether every migration after ``version`` is words only (a twin of a PostgreSQL step
    that SQLite does not need): a file at ``version`` is then as good as current, and
    bringing it up to date is writing the number, with no backup copy and no check first
    (on 1,000,000 reviews those took 50 s and 2.3 GB for nothing)."""
    return version > 0 and all(
        not split_statements(sql) for number, _name, sql in migrations() if number > version
    )


def split_statements(script: str) -> list[str]:
    """The statements of a migration, one by one (triggers' bodies kept whole).

    ``executescript`` commits whatever transaction is open first, so a migration run under
    the write lock it took to read the version executes its statements one at a time.
    """
    statements: list[str] = []
    pending = ""
    pieces = script.split(";")
    for i, piece in enumerate(pieces):
        pending += piece if i == len(pieces) - 1 else piece + ";"
        if sqlite3.complete_statement(pending):
            if _has_sql(pending):
                statements.append(pending.strip())
            pending = ""
    if _has_sql(pending):
        raise RuntimeError(f"unfinished statement at the end of a migration: {pending[:80]!r}")
    return statements


def _has_sql(text: str) -> bool:
    """False for text that is only comments and blank lines."""
    for line in text.splitlines():
        code = line.split("--", 1)[0].strip()
        if code and code != ";":
            return True
    return False


def _translated(e: sqlite3.DatabaseError) -> Exception:
    # IntegrityError and the like stay as they are: the caller's to handle
    if isinstance(e, sqlite3.OperationalError) or type(e) is sqlite3.DatabaseError:
        return translate_sqlite_error(e)  # locked, full, interrupted; "malformed": damage
    return e


def is_damage(error: BaseException | None) -> bool:
    """A damaged file, however the read that met it reported it (translated or not)."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, DatabaseDamaged):
            return True
        if type(error) is sqlite3.DatabaseError and "malformed" in str(error).lower():
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def translate_sqlite_error(e: sqlite3.Error) -> StoreError:
    """Turn an environment failure into an error a person can act on (others stay bugs)."""
    text = str(e).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(str(e), holder=_lock_holder())
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(str(e))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataDirNotWritable(str(e))
    if text == "interrupted":
        return QueryInterrupted(str(e))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseDamaged(str(e))
    return StoreError(str(e))


def _lock_holder() -> str:
    """Who holds the file, as far as this PC can tell: "check" when a check for new reviews
    runs (it writes in bursts); "" when it cannot be known (a backup, an antivirus, a
    database viewer, another clinicrep window)."""
    from clinicrep import paths
    from clinicrep.monitoring.lock import sync_running

    try:
        return "check" if sync_running(paths.data_dir()) else ""
    except OSError:
        return ""


class Database:
    """A connection with clinicrep's pragmas, migrations and transaction helper."""

    dialect = "sqlite"  # store.pg.PgDatabase: "postgresql"

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        backup_dir: Path | None = None,
        defer_check: bool = False,
    ) -> None:
        self.path = Path(path)
        self._backup_dir = backup_dir
        _refuse_emptied(self.path, backup_dir or self.path.parent / "backups")
        self.conn = _connect(self.path, create=create)
        self._check: _IntegrityCheck | None = None
        try:
            self._check = _integrity_check_for(self.conn, self.path, defer=defer_check)
            _configure(self.conn)
            self._migrate()
        except BaseException:
            self.conn.close()
            raise

    # -- the integrity check --------------------------------------------------
    @property
    def check_pending(self) -> bool:
        """True while this file's integrity check is still to run or running."""
        return self._check is not None and not self._check.done.is_set()

    def finish_integrity_check(self) -> None:
        """Run a deferred integrity check (from a worker thread); raise what it found.

        Opens a connection of its own, so it may run beside the GUI thread's reads.
        """
        if self._check is not None:
            self._check.run(self.path)

    def _writes_may_start(self) -> None:
        # nothing is written to a file until it is known to be whole
        if self._check is not None and not self._check.done.is_set():
            self._check.run(self.path)  # runs it here, or waits for the worker running it
        if self._check is not None and self._check.error is not None:
            raise self._check.error

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. Nests as a no-op."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self._writes_may_start()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise translate_sqlite_error(e) from e
        try:
            yield self.conn
        except BaseException:
            # SQLite may have rolled back by itself already (a full disk, an I/O error)
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise translate_sqlite_error(e) from e

    @contextlib.contextmanager
    def bulk_writes(self, cache_mib: int = BULK_CACHE_MIB) -> Iterator[None]:
        """A bigger page cache and rarer WAL checkpoints while writing many rows (a big
        import). The sort indexes and the search index take new rows all over the file:
        with the default 2 MB cache every batch read the same pages again, and a checkpoint
        after every batch wrote them into the file again. Durability is unchanged (each
        batch is still its own transaction). One PASSIVE checkpoint at the end (it never
        waits for a reader), so that the next small write of another connection, a click
        in the window, does not have to copy 80 MB."""
        cache = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        checkpoint = int(self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute(f"PRAGMA cache_size = {cache}")
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoint}")
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    @contextlib.contextmanager
    def indexes_built_at_end(self, new_rows: int) -> Iterator[DroppedIndexes | None]:
        """One transaction for the rest of an import, ``new_rows`` reviews, big against the
        store (at least ``BULK_INDEX_FROM``, into at most ``BULK_INDEX_STORE_RATIO`` times as
        many): the secondary indexes of ``reviews`` are dropped in it and created again,
        each by one sort, before its COMMIT. Kept up row by row, the twelve cost an
        import of 100,000 rows about 2 s of CPU (their pages written again at every batch's
        commit); created at the end, 0.75 s per 100,000 rows in the store. The import may
        create them before its last rows (``DroppedIndexes.build``): while the analysis
        workers finish the last pages, instead of after them with the workers idle.

        Nobody ever sees the store without them: other connections read the snapshot from
        before the transaction (WAL) until the COMMIT that brings the rows and the indexes
        together; an error, a crash or a kill rolls it all back (the store as it was, every
        index in it). The price: the rest of such an import is one write, so another
        connection's write waits for it (``BUSY_TIMEOUT_MS``), and a killed one keeps none
        of it. Yields the indexes dropped when it took this path, else None and nothing
        changes (each batch its own transaction). The unique (source, external id) index
        stays: the import's look-ups read it. ``sqlite_stat1`` keeps its rows for the
        indexes (dropping one deletes them), as an import row by row leaves them."""
        if new_rows < BULK_INDEX_FROM or self.conn.in_transaction:
            yield None
            return
        stored = int(self.conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
        if stored > BULK_INDEX_STORE_RATIO * new_rows:
            yield None
            return
        marker = self.import_marker()
        with _marked(marker), self.transaction():
            indexes = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                " AND tbl_name = 'reviews' AND sql IS NOT NULL AND name NOT IN"
                " (SELECT name FROM pragma_index_list('reviews') WHERE \"unique\")"
                " ORDER BY rowid"
            ).fetchall()
            dropped = DroppedIndexes(
                self, indexes, _index_stats(self.conn, [n for n, _ in indexes])
            )
            for name, _sql in indexes:
                self.execute(f'DROP INDEX "{name}"')
            self._fts_buffer(BULK_FTS_BUFFER)
            log.info(
                "import of %d rows into %d: %d indexes built at the end",
                new_rows,
                stored,
                len(indexes),
            )
            yield dropped
            dropped.build()
            # within the transaction: nobody sees the larger buffer, and a rollback undoes it
            self._fts_buffer(FTS_BUFFER)

    def _fts_buffer(self, size: int) -> None:
        self._writes_may_start()
        set_fts_buffer(self.conn, size)

    def import_marker(self) -> Path:
        """A file beside the store while an import holds its write lock for its whole rest
        (``indexes_built_at_end``): another connection, in this program or another, then
        knows that a write of its own would wait for the import (``storing_an_import``)."""
        return self.path.with_name(self.path.name + "-importing")

    def storing_an_import(self) -> bool:
        """Whether an import is storing its rows in one transaction now (its marker is
        there and held): a write waits for its end, seconds to minutes on a busy machine.
        A marker a killed import left is removed, and the answer is no."""
        return import_running(self.import_marker())

    @contextlib.contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes on this connection wait at most ``seconds`` for another's write lock
        (``DatabaseLocked`` after), instead of the busy timeout."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if self._check is not None and not _is_read(sql):
            self._writes_may_start()
        try:
            return self.conn.execute(sql, params)
        except sqlite3.DatabaseError as e:
            raise _translated(e) from e

    def fetchall(self, sql: str, params: Any = ()) -> list[Any]:
        """Every row of a read. Unlike iterating ``execute()``, a failure met after the
        first row (an interrupt, a damaged page) arrives translated too."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as e:
            raise _translated(e) from e

    def executemany(self, sql: str, rows: Iterable[Any]) -> sqlite3.Cursor:
        """One write statement over many rows (a full disk etc. translated like ``execute``)."""
        if self._check is not None:
            self._writes_may_start()
        try:
            return self.conn.executemany(sql, rows)
        except sqlite3.OperationalError as e:
            raise translate_sqlite_error(e) from e

    @contextlib.contextmanager
    def time_limit(self, seconds: float, *, by_cpu: bool = False) -> Iterator[None]:
        """Reads on this connection that run past ``seconds`` stop with
        ``QueryInterrupted`` (a read the GUI thread may try itself, if it is quick).

        ``by_cpu``: ``seconds`` of this thread's CPU, and at most ``_WALL_CAP`` times that
        by the clock: on a machine other programs keep busy a read of 4-5 ms of CPU took
        more than 8 ms by the clock, was stopped, and was read again on another thread,
        which waited for the same busy cores (a search typed -> painted 100-190 ms)."""
        if by_cpu:
            cpu_deadline = time.thread_time() + seconds
            wall_deadline = time.perf_counter() + seconds * _WALL_CAP

            def past() -> bool:
                return time.thread_time() > cpu_deadline or time.perf_counter() > wall_deadline

        else:
            deadline = time.perf_counter() + seconds

            def past() -> bool:
                return time.perf_counter() > deadline

        self.conn.set_progress_handler(past, _STEPS_PER_LOOK)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)

    def interrupt(self) -> None:
        """Stop the statement running on this connection (safe from another thread)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.interrupt()

    def close(self) -> None:
        # PRAGMA optimize may ANALYZE (a write): never into a file not known to be whole
        checked = self._check is None or (self._check.done.is_set() and not self._check.error)
        if checked:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ---------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the file to this program's schema, under the write lock.

        Another process may be opening the same file at the same moment (the window and a
        scheduled check): the version is read only once this connection holds the write lock
        (BEGIN IMMEDIATE), so the second one finds the work done instead of repeating it.
        """
        steps = migrations()
        known = steps[-1][0] if steps else 0
        current = self.user_version
        if current > known:
            raise _too_new(current, known)
        if current == known:
            return  # the usual case: no lock taken
        # Foreign keys off while migrations run (SQLite's procedure for rebuilding a table:
        # dropping the old one must not cascade), checked before the commit. The pragma is a
        # no-op inside a transaction, so it is set before the lock is taken.
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as e:
            self.conn.execute("PRAGMA foreign_keys = ON")
            raise translate_sqlite_error(e) from e
        try:
            current = self.user_version  # again, now that nobody else can write
            if current > known:
                raise _too_new(current, known)
            pending = [step for step in steps if step[0] > current]
            if pending and current > 0 and not changes_nothing_after(current):
                self._backup_before_migration(current)
            for number, name, sql in pending:
                log.info("applying migration %s", name)
                for statement in split_statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {int(number)}")
            broken = self.conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"migrations break {len(broken)} references")
            self.conn.execute("COMMIT")  # every pending step, or none of them
        except BaseException as e:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise translate_sqlite_error(e) from e
            raise
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _backup_before_migration(self, version: int) -> Path:
        """Copy the whole file (through SQLite, so the WAL is included) before changing it.

        Called under this connection's write lock, which SQLite's backup cannot read through
        (it waits for the writer forever): a second connection reads the file, which WAL
        allows beside a writer, and sees it as it is before the migration.
        """
        folder = self._backup_dir or self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{self.path.stem}.schema{version}.{stamp}.sqlite3"
        _create_private(target)
        source = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        log.info("kept a copy of the database before migrating: %s", target)
        return target


def set_fts_buffer(conn: sqlite3.Connection, size: int) -> None:
    """The trigram index's buffer of new entries, in bytes (FTS5's "hashsize", kept in its
    configuration, read by the connections that write): ``BULK_FTS_BUFFER`` within a
    transaction that indexes many reviews at once (an import's rest, a store moved into a
    file: ``store.move``), ``FTS_BUFFER`` put back before its COMMIT."""
    try:
        conn.execute(
            "INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('hashsize', ?)", (int(size),)
        )
    except sqlite3.DatabaseError as e:
        raise _translated(e) from e


class DroppedIndexes:
    """The indexes of ``reviews`` an import dropped in its transaction
    (``Database.indexes_built_at_end``), created again by ``build``: once, in that same
    transaction, so that nobody sees the store without them."""

    def __init__(
        self,
        db: Database,
        indexes: list[tuple[str, str]],
        stats: list[tuple[str, str, str]],
    ) -> None:
        self._db = db
        self._indexes = indexes
        self._stats = stats
        self._built = False

    def build(self) -> None:
        """Create them now (each by one sort of the rows stored so far; rows stored after
        are added to them one by one); nothing the second time. The trigram index's buffer
        of new entries goes back to its default with them: what it gathered is written out
        with the next rows stored (while the analysis workers finish the last pages), no
        longer by the COMMIT, after them (100,000 rows stored, the indexes built after
        80,000: the last COMMIT's CPU 0.43-0.46 -> 0.26-0.29 s, the whole the same)."""
        if self._built:
            return
        self._built = True
        for _name, sql in self._indexes:
            self._db.execute(sql)
        if self._stats:
            self._db.executemany(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", self._stats
            )
        self._db._fts_buffer(FTS_BUFFER)


def _index_stats(conn: sqlite3.Connection, names: list[str]) -> list[tuple[str, str, str]]:
    """The ``sqlite_stat1`` rows of the indexes ``names`` (none before a first ANALYZE)."""
    if (
        not names
        or not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).fetchone()
    ):
        return []
    wanted = set(names)
    rows = conn.execute("SELECT tbl, idx, stat FROM sqlite_stat1").fetchall()
    return [(tbl, idx, stat) for tbl, idx, stat in rows if idx in wanted]


def _too_new(found: int, known: int) -> DatabaseTooNew:
    return DatabaseTooNew(
        f"database schema {found} is newer than this program's {known}", found=found, known=known
    )


def _refuse_emptied(path: Path, backups: Path) -> None:
    """A file of 0 bytes beside backup copies lost its data (a full disk, a bad copy, a
    sync tool): opening it would make a new empty store without a word. Offer the copies
    instead, as for a damaged file. Without copies it is a new store being made."""
    try:
        if path.stat().st_size != 0:
            return
    except OSError:
        return
    try:  # every copy store.backup makes ends in .sqlite3 (daily, before a migration or restore)
        copies = [p for p in backups.iterdir() if p.name.endswith(".sqlite3") and p.is_file()]
    except OSError:
        return
    if any(p.stat().st_size > 0 for p in copies):
        raise DatabaseEmpty(f"{path} is empty; backups in {backups}", path=str(path))


def _create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    existed = path.exists()
    if not existed:
        if not create:
            raise StoreError(f"no database at {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private(path)  # SQLite gives -wal and -shm the same mode
        except OSError as e:
            raise DataDirNotWritable(str(e), path=str(path)) from e
    elif os.name == "posix" and path.stat().st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # what the CJK search index holds of a review (migration 0011, store/reviews.py)
        conn.create_function("clinicrep_cjk_chars", 3, cjk_chars, deterministic=True)
        # what the trigram index holds of a review: its text folded (migration 0016)
        conn.create_function("clinicrep_fold", 1, fold_or_none, deterministic=True)
    except sqlite3.DatabaseError as e:
        raise translate_sqlite_error(e) from e
    return conn


WAL_ATTEMPTS = 100  # x 50 ms: as long as the busy timeout


def _configure(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as e:
        raise translate_sqlite_error(e) from e


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting for other processes that open it at the same moment.

    Changing the journal mode needs the file to itself, and SQLite answers "database is
    locked" at once, without its busy timeout, while another connection holds it (ten
    windows and checks started together on a new file).
    """
    for attempt in range(WAL_ATTEMPTS):
        try:
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e).lower() or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.05)
            continue
        if mode != "wal":
            log.warning("journal_mode is %s, not WAL", mode)
        return


def _is_read(sql: str) -> bool:
    head = sql.lstrip()[:8].upper()
    return head.startswith(("SELECT", "WITH", "PRAGMA", "EXPLAIN"))


class _IntegrityCheck:
    """One ``quick_check`` of one file per process, run once, its result kept.

    ``quick_check`` reads the whole file: 0.4-0.6 s for 100,000 reviews. The window opens
    with the check deferred and runs it on a worker while it shows the inbox; every later
    connection of the process (sync, charts, reports) reuses the result.
    """

    def __init__(self, identity: tuple[int, ...] | None) -> None:
        self.identity = identity
        self.done = threading.Event()
        self.error: StoreError | None = None
        self._lock = threading.Lock()
        self._started = False

    def run(self, path: Path) -> None:
        with self._lock:
            first = not self._started
            self._started = True
        if first:
            try:
                conn = _connect(path, create=False)
                try:
                    _check_integrity(conn, path)
                finally:
                    conn.close()
            except StoreError as e:
                self.error = e
            finally:
                self.done.set()
        else:
            self.done.wait()
        if self.error is not None:
            raise self.error

    def settle(self, error: StoreError | None) -> None:
        with self._lock:
            self._started = True
        self.error = error
        self.done.set()


_checks: dict[str, _IntegrityCheck] = {}
_checks_lock = threading.Lock()


def _file_identity(path: Path) -> tuple[int, ...] | None:
    """Which file, and whether it changed outside the WAL since (a restore, a copy, damage).

    Writes go to the -wal file; the main file changes at a checkpoint, after which the next
    connection checks it again.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _integrity_check_for(conn: sqlite3.Connection, path: Path, *, defer: bool) -> _IntegrityCheck:
    """The file's check: done already in this process, deferred, or run now."""
    key, identity = str(path.resolve()), _file_identity(path)
    with _checks_lock:
        check = _checks.get(key)
        if check is not None and (check.identity != identity or identity is None):
            check = None
        if check is None:
            check = _IntegrityCheck(identity)
            _checks[key] = check
            mine = True
        else:
            mine = False
    if not mine:
        if check.done.is_set():
            check.run(path)  # raises what it found
        elif not defer and threading.current_thread() is not threading.main_thread():
            check.run(path)  # a worker waits for the window's check rather than repeat it
        return check  # deferred: reads go ahead, writes wait for the check
    if defer and _looks_current(conn):
        return check  # finish_integrity_check() runs it; writes wait for it
    try:
        _check_integrity(conn, path)  # before any pragma that writes
    except StoreError as e:
        check.settle(e)
        with _checks_lock:
            _checks.pop(key, None)  # a restored or repaired file is checked again
        raise
    check.settle(None)
    return check


def _looks_current(conn: sqlite3.Connection) -> bool:
    """A cheap look (header and schema only): a WAL file of this program's schema."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    except sqlite3.Error:
        return False
    return (version == schema_version() or changes_nothing_after(version)) and mode == "wal"


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file without writing to it."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as e:
        # a busy file or an unwritable folder is not damage: restoring over it would lose data
        cause = translate_sqlite_error(e)
        if isinstance(cause, DatabaseLocked | DataDirNotWritable):
            raise type(cause)(str(e), path=str(path)) from e
        raise DatabaseDamaged(str(e), path=str(path)) from e
    if rows != [("ok",)]:
        raise DatabaseDamaged("; ".join(str(r[0]) for r in rows[:5]), path=str(path))


def open_database(
    where: Path | PgTarget,
    *,
    backup_dir: Path | None = None,
    defer_check: bool = False,
    password: str | None = None,
) -> Database:
    """Open (creating if needed) the store at ``where``, migrated to this program's schema:
    a SQLite file (a ``Path``) or a shared store on a PostgreSQL server (a ``PgTarget``,
    its password from the keyring unless given).

    With ``defer_check`` a file that looks current opens without its integrity check;
    the caller runs ``finish_integrity_check()`` on a worker, and writes wait for it.
    """
    if not isinstance(where, str | os.PathLike):
        from clinicrep.store.pg import open_pg_database

        # the same surface (store.pg.PgDatabase), typed as Database for its callers
        return open_pg_database(where, password)  # type: ignore[return-value]
    return Database(Path(where), backup_dir=backup_dir, defer_check=defer_check)
