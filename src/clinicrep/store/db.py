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
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from clinicrep.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseTooNew,
    DataDirNotWritable,
    DiskFull,
    StoreError,
)

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


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
    """(number, file name, SQL) of every bundled migration, in order."""
    found = []
    folder = importlib_resources.files("clinicrep.store") / "migrations"
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (number, name, _sql) in enumerate(found, start=1):
        if number != expected:
            raise RuntimeError(f"migration {name} is out of sequence (expected {expected:04d})")
    return found


def schema_version() -> int:
    """The schema version this program writes."""
    return len(migrations())


def translate_sqlite_error(e: sqlite3.Error) -> StoreError:
    """Turn an environment failure into an error a person can act on (others stay bugs)."""
    text = str(e).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLocked(str(e))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(str(e))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataDirNotWritable(str(e))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseDamaged(str(e))
    return StoreError(str(e))


class Database:
    """A connection with clinicrep's pragmas, migrations and transaction helper."""

    def __init__(self, path: Path, *, create: bool = True, backup_dir: Path | None = None) -> None:
        self.path = Path(path)
        self._backup_dir = backup_dir
        self.conn = _connect(self.path, create=create)
        try:
            _check_integrity(self.conn, self.path)  # before any pragma that writes
            _configure(self.conn)
            self._migrate()
        except BaseException:
            self.conn.close()
            raise

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. Nests as a no-op."""
        if self.conn.in_transaction:
            yield self.conn
            return
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

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.OperationalError as e:
            raise translate_sqlite_error(e) from e

    def close(self) -> None:
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
        steps = migrations()
        current = self.user_version
        if current > len(steps):
            raise DatabaseTooNew(
                f"database schema {current} is newer than this program's {len(steps)}",
                found=current,
                known=len(steps),
            )
        pending = steps[current:]
        if not pending:
            return
        if current > 0:
            self._backup_before_migration(current)
        for number, name, sql in pending:
            log.info("applying migration %s", name)
            try:
                # executescript commits first; inside our BEGIN/COMMIT it is one transaction.
                self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except sqlite3.Error as e:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise translate_sqlite_error(e) from e

    def _backup_before_migration(self, version: int) -> Path:
        """Copy the whole file (through SQLite, so the WAL is included) before changing it."""
        folder = self._backup_dir or self.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{self.path.stem}.schema{version}.{stamp}.sqlite3"
        _create_private(target)
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        log.info("kept a copy of the database before migrating: %s", target)
        return target


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
    except sqlite3.DatabaseError as e:
        raise translate_sqlite_error(e) from e
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("journal_mode is %s, not WAL", mode)
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as e:
        raise translate_sqlite_error(e) from e


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


def open_database(path: Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) the store at ``path``, migrated to this program's schema."""
    return Database(path, backup_dir=backup_dir)
