"""The append-only log of what happened (fetched, status changed, published, alert ...)."""

from __future__ import annotations

import json

from clinicrep.model import Event, utc_now
from clinicrep.store.db import Database, from_iso, iso


def log_event(db: Database, event: Event) -> Event:
    with db.transaction():
        cur = db.execute(
            "INSERT INTO events (at, kind, review_id, source_id, detail) VALUES (?, ?, ?, ?, ?)",
            (
                iso(event.at or utc_now()),
                event.kind,
                event.review_id,
                event.source_id,
                json.dumps(event.detail, ensure_ascii=False),
            ),
        )
    event.id = cur.lastrowid
    return event


def events_for_review(db: Database, review_id: int) -> list[Event]:
    rows = db.execute(
        "SELECT id, at, kind, review_id, source_id, detail FROM events"
        " WHERE review_id = ? ORDER BY id",
        (review_id,),
    ).fetchall()
    return [_row_to_event(r) for r in rows]


def recent_events(db: Database, kind: str | None = None, limit: int = 100) -> list[Event]:
    if kind:
        rows = db.execute(
            "SELECT id, at, kind, review_id, source_id, detail FROM events WHERE kind = ?"
            " ORDER BY id DESC LIMIT ?",
            (kind, limit),
        ).fetchall()
    else:
        rows = db.execute(
            "SELECT id, at, kind, review_id, source_id, detail FROM events"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
    return [_row_to_event(r) for r in rows]


def _row_to_event(row: tuple) -> Event:
    id_, at, kind, review_id, source_id, detail = row
    return Event(
        id=id_,
        at=from_iso(at) or utc_now(),
        kind=kind,
        review_id=review_id,
        source_id=source_id,
        detail=json.loads(detail or "{}"),
    )
