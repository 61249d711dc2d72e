"""The e-mail outbox, the unattended runs' log and "last looked" marks: SQL for monitoring/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from clinicrep.model import utc_now
from clinicrep.store.db import Database, from_iso, iso


@dataclass(slots=True)
class OutboxMessage:
    id: int
    key: str
    kind: str
    subject: str
    body: str
    created_at: datetime
    digest: bool
    attempts: int
    last_error: str | None
    sent_at: datetime | None


_COLUMNS = "id, key, kind, subject, body, created_at, digest, attempts, last_error, sent_at"


def _row(row: tuple) -> OutboxMessage:
    id_, key, kind, subject, body, created, digest, attempts, error, sent = row
    return OutboxMessage(
        id=int(id_),
        key=key,
        kind=kind,
        subject=subject,
        body=body,
        created_at=from_iso(created) or utc_now(),
        digest=bool(digest),
        attempts=int(attempts),
        last_error=error,
        sent_at=from_iso(sent),
    )


def queue_message(
    db: Database,
    *,
    key: str,
    kind: str,
    subject: str,
    body: str,
    digest: bool = False,
    at: datetime | None = None,
) -> bool:
    """Queue a message unless one with ``key`` was ever queued; True if queued now."""
    with db.transaction():
        cur = db.execute(
            "INSERT INTO outbox (key, kind, subject, body, created_at, digest)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (key, kind, subject, body, iso(at or utc_now()), int(digest)),
        )
    return cur.rowcount > 0


def pending_messages(db: Database, *, digest: bool) -> list[OutboxMessage]:
    """Unsent messages, oldest first: the ones to send alone, or the ones held for a digest."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE sent_at IS NULL AND digest = ? ORDER BY id",
        (int(digest),),
    ).fetchall()
    return [_row(r) for r in rows]


def all_messages(db: Database) -> list[OutboxMessage]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY id").fetchall()
    return [_row(r) for r in rows]


def has_message(db: Database, key: str) -> bool:
    return db.execute("SELECT 1 FROM outbox WHERE key = ?", (key,)).fetchone() is not None


def mark_sent(db: Database, message_id: int, *, at: datetime | None = None) -> None:
    with db.transaction():
        db.execute(
            "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_attempt_at = ?,"
            " last_error = NULL WHERE id = ?",
            (iso(at or utc_now()), iso(at or utc_now()), message_id),
        )


def mark_failed(db: Database, message_id: int, error: str, *, at: datetime | None = None) -> None:
    with db.transaction():
        db.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?, last_error = ?"
            " WHERE id = ?",
            (iso(at or utc_now()), error[:200], message_id),
        )


def queue_digest(
    db: Database, *, key: str, subject: str, body: str, item_ids: list[int], at: datetime
) -> bool:
    """Put the held items into one digest message, in one transaction; False if ``key`` exists."""
    with db.transaction():
        cur = db.execute(
            "INSERT INTO outbox (key, kind, subject, body, created_at, digest)"
            " VALUES (?, 'digest', ?, ?, ?, 0) ON CONFLICT DO NOTHING",
            (key, subject, body, iso(at)),
        )
        if cur.rowcount == 0:
            return False
        for item_id in item_ids:
            db.execute(
                "UPDATE outbox SET sent_at = ?, sent_in = ? WHERE id = ? AND sent_at IS NULL",
                (iso(at), key, item_id),
            )
    return True


# -- unattended runs and "last looked" ----------------------------------------
def log_unattended_run(db: Database, detail: dict, *, at: datetime | None = None) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO events (at, kind, detail) VALUES (?, 'unattended_run', ?)",
            (iso(at or utc_now()), json.dumps(detail, ensure_ascii=False)),
        )


def recent_unattended_runs(db: Database, limit: int = 10) -> list[tuple[datetime, dict]]:
    rows = db.execute(
        "SELECT at, detail FROM events WHERE kind = 'unattended_run' ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [(from_iso(at) or utc_now(), json.loads(detail or "{}")) for at, detail in rows]


def reviews_since_last_looked(db: Database) -> int:
    """Reviews stored after the window last showed the inbox, less those an import filed as
    history (last year's export is no news: "544 new reviews" over an inbox of 3 puzzled).

    None the first time: a user who never looked has the whole inbox in front of them, and
    "400 new reviews since you last looked" would only puzzle them.
    """
    row = db.execute(
        "SELECT detail FROM events WHERE kind = 'looked' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return 0
    last_id = int(json.loads(row[0]).get("max_review_id", 0))
    found = db.execute(
        "SELECT count(*) FROM reviews WHERE id > ? AND status <> 'imported_history'", (last_id,)
    ).fetchone()
    return int(found[0])


def mark_looked(db: Database, *, at: datetime | None = None) -> None:
    with db.transaction():
        top = db.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0]
        db.execute(
            "INSERT INTO events (at, kind, detail) VALUES (?, 'looked', ?)",
            (iso(at or utc_now()), json.dumps({"max_review_id": int(top)})),
        )


def source_added_times(db: Database) -> dict[int, datetime]:
    """When each source was added: a source that never succeeded is stale from then."""
    rows = db.execute("SELECT id, created_at FROM sources").fetchall()
    return {int(i): from_iso(c) or utc_now() for i, c in rows}


def negative_review_ids_between(
    db: Database, start: datetime, end: datetime, limit: int = 3
) -> list[int]:
    """The newest negative reviews of a spike, for the alert e-mail's examples."""
    rows = db.execute(
        "SELECT id FROM reviews WHERE sentiment = 'negative' AND created_at > ?"
        " AND created_at <= ? ORDER BY created_at DESC, id DESC LIMIT ?",
        (iso(start), iso(end), limit),
    ).fetchall()
    return [int(r[0]) for r in rows]
