"""One process writes at a time: an exclusive lock file in the data dir around every sync.

The scheduled ``clinicrep sync --quiet`` and the window's syncs both hold it; a second
sync waits up to a few seconds and then skips, logging why (the first one does the same
work). The OS drops the lock when its holder dies, so a crash never leaves it stuck.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

LOCK_FILE = "sync.lock"
DEFAULT_WAIT_SECONDS = 30.0


def try_lock(handle: IO[bytes]) -> bool:
    """Lock ``handle``'s file for this open file (its first byte on Windows) without waiting;
    False when another open file holds it, in this process or another. The OS drops the
    lock when its holder closes the file or dies."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class SyncLock:
    """The data dir's sync lock; ``acquire`` waits at most ``wait_seconds``."""

    def __init__(self, data_dir: Path, *, holder: str = "") -> None:
        self.path = Path(data_dir) / LOCK_FILE
        self.holder = holder or f"pid {os.getpid()}"
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, wait_seconds: float = DEFAULT_WAIT_SECONDS, poll: float = 0.1) -> bool:
        if self._handle is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b", buffering=0)
        deadline = time.monotonic() + max(0.0, wait_seconds)
        while not try_lock(handle):
            if time.monotonic() >= deadline:
                handle.close()
                log.info(
                    "sync lock %s is held by another process (%s); skipped after %.0f s",
                    self.path,
                    _read_holder(self.path),
                    wait_seconds,
                )
                return False
            time.sleep(poll)
        # who holds it, for the log of whoever has to wait (byte 0 stays the locked byte)
        with contextlib.suppress(OSError):
            handle.seek(1)
            handle.truncate(1)
            handle.write(self.holder.encode("utf-8", "replace")[:200])
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        unlock(self._handle)
        self._handle.close()
        self._handle = None


def sync_running(data_dir: Path) -> bool:
    """A check for new reviews holds the data dir's sync lock now (this window's, another
    window's or the one while the window is closed); a look that never waits."""
    return lock_held(Path(data_dir) / LOCK_FILE)


def lock_held(path: Path) -> bool:
    """Someone holds the lock on the file ``path`` now (``try_lock``); a look that never
    waits. False when there is no such file."""
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    with os.fdopen(fd, "r+b", buffering=0) as handle:
        if not try_lock(handle):
            return True
        unlock(handle)
    return False


def _read_holder(path: Path) -> str:
    try:
        return path.read_bytes()[1:].decode("utf-8", "replace") or "unknown"
    except OSError:
        return "unknown"


@contextlib.contextmanager
def sync_lock(
    data_dir: Path, *, wait_seconds: float = DEFAULT_WAIT_SECONDS, holder: str = ""
) -> Iterator[bool]:
    """``with sync_lock(dir) as held:`` -- sync only if ``held``; released on exit."""
    lock = SyncLock(data_dir, holder=holder)
    held = lock.acquire(wait_seconds)
    try:
        yield held
    finally:
        lock.release()
