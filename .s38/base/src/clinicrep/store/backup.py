"""Daily rolling copies of the database, and putting one back.

Copies are made through SQLite's backup API (so what is still in the WAL is included) into
``backups/clinicrep-YYYY-MM-DD.sqlite3``, one per day, owner-only; copies older than
``keep_days`` are pruned. The copies kept before a migration or a restore are never pruned.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from clinicrep.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseTooNew,
    DataDirNotWritable,
    DiskFull,
    StoreError,
)
from clinicrep.store.db import Database, schema_version, translate_sqlite_error

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAYS = 14
_DAILY = re.compile(r"^clinicrep-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_MIGRATION = re.compile(r"^.+\.schema\d+\.\d{8}T\d{6}Z\.sqlite3$")
_BEFORE_RESTORE = re.compile(r"^before-restore-\d{8}T\d{6}Z\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy in the backups folder; ``kind`` is 'daily', 'migration' or 'before_restore'."""

    path: Path
    kind: str
    made_at: datetime  # UTC; for daily copies, when the file was last written
    size: int
    day: date | None = None  # the day a daily copy stands for


def daily_backup_path(folder: Path, day: date) -> Path:
    return Path(folder) / f"clinicrep-{day.isoformat()}.sqlite3"


def backup_is_due(folder: Path, *, today: date | None = None) -> bool:
    """True when today's daily copy has not been made yet."""
    return not daily_backup_path(folder, today or date.today()).exists()


def _private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_through_sqlite(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (atomically, owner-only)."""
    partial = target.with_name(target.name + ".partial")
    try:
        _private_file(partial)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            # one self-contained file: no -wal beside the copy
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as e:
        raise translate_sqlite_error(e) from e
    except OSError as e:
        if getattr(e, "errno", None) == errno.ENOSPC:
            raise DiskFull(str(e)) from e
        raise DataDirNotWritable(str(e), path=str(target.parent)) from e
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def make_backup(
    db: Database,
    folder: Path,
    *,
    keep_days: int = DEFAULT_KEEP_DAYS,
    today: date | None = None,
) -> Path:
    """Copy the open store to today's daily backup (replacing today's), then prune old ones."""
    day = today or date.today()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = daily_backup_path(folder, day)
    _copy_through_sqlite(db.conn, target)
    log.info("daily backup written: %s", target.name)
    prune_backups(folder, keep_days=keep_days, today=day)
    return target


def make_daily_backup_if_due(
    db_path: Path,
    folder: Path,
    *,
    keep_days: int = DEFAULT_KEEP_DAYS,
    today: date | None = None,
) -> Path | None:
    """For a background thread: open its own connection and make today's copy if missing."""
    if not backup_is_due(folder, today=today):
        return None
    from clinicrep.store.db import open_database

    with open_database(db_path, backup_dir=folder) as db:
        return make_backup(db, folder, keep_days=keep_days, today=today)


def prune_backups(folder: Path, *, keep_days: int, today: date | None = None) -> list[Path]:
    """Delete daily copies older than ``keep_days`` days; other copies are left alone."""
    oldest_kept = (today or date.today()) - timedelta(days=max(1, keep_days) - 1)
    removed = []
    for entry in Path(folder).iterdir():
        match = _DAILY.match(entry.name)
        if not match:
            continue
        try:
            day = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        if day < oldest_kept:
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every copy in ``folder`` that can be restored, newest first."""
    found: list[BackupInfo] = []
    folder = Path(folder)
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        if not entry.is_file():
            continue
        day: date | None = None
        match = _DAILY.match(entry.name)
        if match:
            kind = "daily"
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(match.group(1))
        elif _MIGRATION.match(entry.name):
            kind = "migration"
        elif _BEFORE_RESTORE.match(entry.name):
            kind = "before_restore"
        else:
            continue
        st = entry.stat()
        found.append(
            BackupInfo(
                path=entry,
                kind=kind,
                made_at=datetime.fromtimestamp(st.st_mtime, UTC),
                size=st.st_size,
                day=day,
            )
        )
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def check_backup(path: Path) -> int:
    """The schema version of a restorable copy; raises if it is damaged or too new."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no backup at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise DatabaseDamaged(str(e), path=str(path)) from e
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            raise DatabaseDamaged("; ".join(str(r[0]) for r in rows[:5]), path=str(path))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as e:
        raise DatabaseDamaged(str(e), path=str(path)) from e
    finally:
        conn.close()
    known = schema_version()
    if version > known:
        raise DatabaseTooNew(f"backup schema {version} > {known}", found=version, known=known)
    if version < 1 or "reviews" not in tables:
        raise DatabaseDamaged("not a clinicrep database", path=str(path))
    return version


def _ensure_nobody_has_it_open(db_path: Path) -> None:
    """Refuse while another connection (another window, a sync) uses the file."""
    try:
        conn = sqlite3.connect(db_path, timeout=0.5, isolation_level=None)
    except sqlite3.Error:
        return  # cannot even be opened: nothing can be using it
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as e:
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise DatabaseLocked(str(e)) from e
    except sqlite3.DatabaseError:
        pass  # a damaged file: restoring over it is the point
    finally:
        conn.close()


def _keep_current(db_path: Path, folder: Path) -> Path | None:
    """A byte copy of the current file (and its WAL): works even when it is damaged."""
    if not db_path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = folder / f"before-restore-{stamp}.sqlite3"
    n = 1
    while kept.exists():
        kept = folder / f"before-restore-{stamp}.sqlite3.{n}"
        n += 1
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            target = Path(f"{kept}{suffix}")
            _private_file(target)
            shutil.copyfile(source, target)
    return kept


def restore_backup(
    backup_path: Path, db_path: Path, *, keep_folder: Path | None = None
) -> Path | None:
    """Put the copy at ``backup_path`` in place of ``db_path``; returns the kept old file.

    The caller closes its connections first. The backup is checked before anything is
    touched; the current file is kept as ``before-restore-<stamp>.sqlite3`` beside the
    backups; the new file is written under a temporary name and renamed over the old one.
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    check_backup(backup_path)
    if db_path.exists():
        _ensure_nobody_has_it_open(db_path)
    folder = Path(keep_folder) if keep_folder else db_path.parent / "backups"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept = _keep_current(db_path, folder)
    except OSError as e:
        if getattr(e, "errno", None) == errno.ENOSPC:
            raise DiskFull(str(e)) from e
        raise DataDirNotWritable(str(e), path=str(folder)) from e
    incoming = db_path.with_name(db_path.name + ".restoring")
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_through_sqlite(source, incoming)
    finally:
        source.close()
    check_backup(incoming)
    # A WAL left beside the old file would be replayed into the new one: remove it first.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db_path}{suffix}").unlink()
    os.replace(incoming, db_path)
    _fsync_dir(db_path.parent)
    log.info("restored %s (previous file kept as %s)", backup_path.name, kept.name if kept else "-")
    return kept
