"""Several PCs on one store: who is replying, one sync at a time, and what changed.

The SQL of issue 20's "live" part (migration 0013):

- **Presence**: ``reply_presence`` has one row per review someone is answering right now. A
  window claims it when its user starts writing, renews it by a heartbeat and deletes it when
  the user moves on or closes the window; a crashed window's row expires by itself
  (``PRESENCE_TTL``). ``replies.begin_sending`` refuses while another window's row is live.
  Times are the server's clock on PostgreSQL (the PCs' clocks may differ), this PC's on SQLite.
- **One sync at a time**: ``practice_sync`` takes a session-level advisory lock on
  PostgreSQL (released by the server if the PC dies or the connection drops) and records each
  run in ``sync_runs`` (who, when, how it ended) on both stores; on SQLite the data dir's file
  lock (monitoring/lock.py) already lets one sync run.
- **What changed**: on PostgreSQL the triggers of 0013 send ``pg_notify('clinicrep_changes',
  {"t": "reviews"|"replies"|"presence"|"sync", "ids": [...] | null})`` when a transaction
  commits; ``ChangeListener`` LISTENs on a connection of its own. On SQLite
  ``data_version`` is what the window polls (a pragma that reads no page: microseconds).
"""

from __future__ import annotations

import contextlib
import json
import logging
import select
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from clinicrep.model import utc_now
from clinicrep.store.db import Database, from_iso, iso

log = logging.getLogger(__name__)

PRESENCE_TTL = timedelta(seconds=45)  # a heartbeat every 15 s keeps it; a crash lets it lapse
CHANNEL = "clinicrep_changes"
# pg_try_advisory_lock's key for "a sync of this practice is running" (any fixed bigint)
SYNC_LOCK_KEY = 2_020_013
SYNC_RUNS_KEPT = timedelta(days=90)


def _is_pg(db: Any) -> bool:
    return getattr(db, "dialect", "sqlite") == "postgresql"


def server_now(db: Database) -> datetime:
    """The store's clock: the server's on PostgreSQL (every PC compares with the same one)."""
    if _is_pg(db):
        row = db.execute("SELECT now()").fetchone()
        moment = row[0]
        if isinstance(moment, datetime):
            return moment.replace(microsecond=0)
        return from_iso(str(moment)) or utc_now()
    return utc_now().replace(microsecond=0)


def lock_review(db: Database, review_id: int) -> None:
    """Inside a transaction: hold the review's row until the commit, so that two PCs
    claiming, publishing or releasing the same review's reply go one after the other.

    On SQLite the transaction's BEGIN IMMEDIATE already lets one writer in at a time.
    """
    if _is_pg(db):
        db.execute("SELECT id FROM reviews WHERE id = ? FOR UPDATE", (review_id,)).fetchall()


# -- presence -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Presence:
    review_id: int
    session: str
    who: str
    started_at: datetime
    expires_at: datetime


def _presence_row(row: Any) -> Presence:
    review_id, session, who, started, expires = row
    return Presence(
        int(review_id), session, who, from_iso(started) or utc_now(), from_iso(expires) or utc_now()
    )


def presence_of(db: Database, review_id: int, *, now: datetime | None = None) -> Presence | None:
    """Who is replying to ``review_id`` now (an expired row is nobody)."""
    moment = iso(now or server_now(db))
    row = db.execute(
        "SELECT review_id, session, who, started_at, expires_at FROM reply_presence"
        " WHERE review_id = ? AND expires_at > ?",
        (review_id, moment),
    ).fetchone()
    return _presence_row(row) if row else None


def replying_elsewhere(
    db: Database, review_id: int, session: str | None, *, now: datetime | None = None
) -> Presence | None:
    """Someone other than ``session`` is replying to ``review_id`` (None: nobody else)."""
    found = presence_of(db, review_id, now=now)
    if found is None or (session is not None and found.session == session):
        return None
    return found


def replying_now(db: Database, *, besides: str | None = None) -> dict[int, str]:
    """Who is replying to what right now, other than the window ``besides``: {review id:
    name} (a handful of rows: the inbox marks them)."""
    rows = db.fetchall(  # read with the inbox's counts: an interrupt arrives translated
        "SELECT review_id, who, session FROM reply_presence WHERE expires_at > ?",
        (iso(server_now(db)),),
    )
    return {int(r[0]): str(r[1]) for r in rows if besides is None or r[2] != besides}


def claim_presence(
    db: Database, review_id: int, *, session: str, who: str, ttl: timedelta = PRESENCE_TTL
) -> Presence | None:
    """Take (or renew) the right to reply to ``review_id`` for ``session``.

    Returns None when this session has it now, or the other window's presence when someone
    else is replying (nothing changes then).
    """
    with db.transaction():
        lock_review(db, review_id)
        now = server_now(db)
        row = db.execute(
            "SELECT review_id, session, who, started_at, expires_at FROM reply_presence"
            " WHERE review_id = ?",
            (review_id,),
        ).fetchone()
        current = _presence_row(row) if row else None
        expires = iso(now + ttl)
        if current is not None and current.session == session:
            db.execute(
                "UPDATE reply_presence SET expires_at = ?, who = ? WHERE review_id = ?",
                (expires, who, review_id),
            )
            return None
        if current is not None and current.expires_at > now:
            return current
        # nobody, or a window that stopped renewing: a new row (the others are told)
        db.execute("DELETE FROM reply_presence WHERE review_id = ?", (review_id,))
        db.execute(
            "INSERT INTO reply_presence (review_id, session, who, started_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (review_id, session, who, iso(now), expires),
        )
    return None


def release_presence(db: Database, *, session: str, review_id: int | None = None) -> None:
    """This window no longer replies to ``review_id`` (None: to anything)."""
    with db.transaction():
        if review_id is None:
            db.execute("DELETE FROM reply_presence WHERE session = ?", (session,))
        else:
            db.execute(
                "DELETE FROM reply_presence WHERE review_id = ? AND session = ?",
                (review_id, session),
            )


# -- one sync at a time ---------------------------------------------------------------------
@dataclass(slots=True)
class SyncTurn:
    """``held``: this run may sync; else ``holder`` names who is syncing ('' if unknown)."""

    held: bool
    holder: str = ""
    run_id: int | None = None
    outcome: str = field(default="ok")


@dataclass(frozen=True, slots=True)
class SyncRun:
    who: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str


def _try_sync_lock(db: Database) -> bool:
    if not _is_pg(db):
        return True  # one PC: the data dir's sync.lock (monitoring/lock.py) is the rule
    row = db.execute("SELECT pg_try_advisory_lock(?)", (SYNC_LOCK_KEY,)).fetchone()
    return bool(row[0])


def _release_sync_lock(db: Database) -> None:
    if _is_pg(db):
        db.execute("SELECT pg_advisory_unlock(?)", (SYNC_LOCK_KEY,)).fetchone()


def syncing_now(db: Database) -> str:
    """The name of whoever runs the sync that has not ended yet ('' when unknown)."""
    row = db.execute(
        "SELECT who FROM sync_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else ""


@contextlib.contextmanager
def practice_sync(db: Database, *, who: str) -> Iterator[SyncTurn]:
    """``with practice_sync(db, who=name) as turn:`` sync only if ``turn.held``.

    The run is recorded (who, start, end, ``turn.outcome``); the lock is released at the end,
    and by the server itself when this connection is lost.
    """
    if not _try_sync_lock(db):
        yield SyncTurn(held=False, holder=syncing_now(db))
        return
    turn = SyncTurn(held=True)
    try:
        with db.transaction():
            # a quarter's runs are kept: "who checked last" reads only the newest
            db.execute(
                "DELETE FROM sync_runs WHERE started_at < ?",
                (iso(server_now(db) - SYNC_RUNS_KEPT),),
            )
            if _is_pg(db):
                row = db.execute(
                    "INSERT INTO sync_runs (who, started_at) VALUES (?, ?) RETURNING id",
                    (who, iso(server_now(db))),
                ).fetchone()
                turn.run_id = int(row[0])
            else:
                cur = db.execute(
                    "INSERT INTO sync_runs (who, started_at) VALUES (?, ?)",
                    (who, iso(server_now(db))),
                )
                turn.run_id = cur.lastrowid
        try:
            yield turn
        except BaseException:
            turn.outcome = "failed" if turn.outcome == "ok" else turn.outcome
            raise
        finally:
            with contextlib.suppress(Exception):  # the server may be gone: the row stays open
                with db.transaction():
                    db.execute(
                        "UPDATE sync_runs SET finished_at = ?, outcome = ? WHERE id = ?",
                        (iso(server_now(db)), turn.outcome, turn.run_id),
                    )
    finally:
        with contextlib.suppress(Exception):  # a lost connection released it already
            _release_sync_lock(db)


def last_sync_run(db: Database) -> SyncRun | None:
    """The last sync of the practice that ended (on any PC)."""
    row = db.execute(
        "SELECT who, started_at, finished_at, outcome FROM sync_runs"
        " WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    who, started, finished, outcome = row
    return SyncRun(who, from_iso(started) or utc_now(), from_iso(finished), outcome)


# -- what changed ---------------------------------------------------------------------------
def data_version(db: Database) -> int:
    """SQLite: a number that changes when another connection commits to the file."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


@dataclass(frozen=True, slots=True)
class Change:
    """``what``: reviews | replies | presence | sync; ``ids``: review ids, None for "any"."""

    what: str
    ids: frozenset[int] | None


def parse_change(payload: str) -> Change:
    try:
        data = json.loads(payload)
        ids = data.get("ids")
        return Change(
            str(data.get("t") or ""),
            frozenset(int(i) for i in ids) if isinstance(ids, list) else None,
        )
    except (ValueError, TypeError, AttributeError):
        return Change("", None)


class ChangeListener:
    """LISTEN on a PostgreSQL connection of its own (psycopg, autocommit), for one thread.

    ``wait(timeout)`` returns the changes that arrived (an empty list after ``timeout``);
    a lost connection raises (the caller reconnects with a new listener).
    """

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Change]:
        changes: list[Change] = []
        # select() on the socket, then one non-blocking read: a lost connection shows at
        # once as an error here, not after a TCP timeout
        readable, _w, _x = select.select([self.conn.fileno()], [], [], timeout)
        if readable:
            for note in self.conn.notifies(timeout=0, stop_after=None):
                changes.append(parse_change(note.payload))
            if not changes:
                # readable with nothing to read: the server closed the socket (psycopg
                # says so only on the next statement)
                self.ping()
        if self.conn.closed or self.conn.broken:
            raise ConnectionError("the listening connection was lost")
        return changes

    def ping(self) -> None:
        """A round trip: raises when the server has gone away."""
        self.conn.execute("SELECT 1").fetchone()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()


# codes of errors that mean "the server cannot be reached now" (pg-connect's and ours)
_LOST_CODES = frozenset(
    {
        "database_connection_lost",  # store/pg.py: the server went away while in use
        "server_unreachable",
        "server_connection_lost",
        "server_host_unknown",
    }
)


def is_connection_lost(error: BaseException | None) -> bool:
    """The shared server went away (or cannot be reached), however it was reported: wait
    and try again; nothing is wrong with the data."""
    seen = 0
    while error is not None and seen < 10:
        if getattr(error, "code", "") in _LOST_CODES:
            return True
        if getattr(error, "code", "") == "database_connect_failed" and getattr(
            error, "params", {}
        ).get("sqlstate", "") in ("", "57P03"):
            return True  # nobody answered, or the server is starting up: it comes back
        module = type(error).__module__ or ""
        if module.startswith("psycopg") and type(error).__name__ in (
            "OperationalError",
            "AdminShutdown",
            "CrashShutdown",
            "ConnectionFailure",
            "ConnectionException",
            "CannotConnectNow",
        ):
            return True
        if isinstance(error, ConnectionError):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _password(target: Any) -> str | None:
    from clinicrep.store.pg import _keyring_password

    return _keyring_password(target)


def listening_connection(db: Any) -> Any:
    """A new autocommit connection to ``db``'s PostgreSQL server, for LISTEN (the password
    as the store's own: the keyring, else libpq's PGPASSWORD)."""
    from clinicrep.store.pg import connect

    return connect(db.target, _password(db.target), application_name="clinicrep listen")


def reconnect_if_lost(db: Any, *, probe: bool = False) -> bool:
    """Give a PostgreSQL store whose connection broke (the server restarted) a new one;
    True if it did. ``probe``: ask the server first (a connection that has not been used
    since the server went away does not know it yet). Raises the connect error while the
    server is still away."""
    if not _is_pg(db):
        return False
    conn = db.conn
    if probe and not (conn.closed or conn.broken):
        try:
            conn.execute("SELECT 1").fetchone()
        except Exception:
            pass  # broken now, or never answered: a new connection below
        else:
            return False
    elif not (conn.closed or conn.broken):
        return False
    from clinicrep.store.pg import connect

    with contextlib.suppress(Exception):
        conn.close()
    db.conn = connect(db.target, _password(db.target), application_name="clinicrep")
    log.info("reconnected to the database server")
    return True
