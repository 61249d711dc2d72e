"""Alerts (spikes of negative reviews, urgent reviews), each raised once per unique key.

Also the two review counts that alerting needs, so that analysis/triage.py holds no SQL.
"""

from __future__ import annotations

import json
from datetime import datetime

from clinicrep.model import Alert, utc_now
from clinicrep.store.db import Database, from_iso, iso
from clinicrep.store.inbox import WAITING_SQL

_COLUMNS = "id, kind, key, raised_at, message, review_id, acknowledged_at, detail"


def add_alert(db: Database, alert: Alert) -> bool:
    """Store ``alert`` unless one with its key exists; True (and ``alert.id`` set) if new.

    The alert is logged in the events table in the same transaction.
    """
    with db.transaction():
        cur = db.execute(
            "INSERT INTO alerts (kind, key, raised_at, message, review_id, detail)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                alert.kind,
                alert.key,
                iso(alert.raised_at),
                alert.message,
                alert.review_id,
                json.dumps(alert.detail, ensure_ascii=False),
            ),
        )
        if cur.rowcount == 0:
            return False
        alert.id = cur.lastrowid
        db.execute(
            "INSERT INTO events (at, kind, review_id, detail) VALUES (?, 'alert', ?, ?)",
            (
                iso(alert.raised_at),
                alert.review_id,
                json.dumps({"alert_id": alert.id, "key": alert.key}, ensure_ascii=False),
            ),
        )
    return True


def unacknowledged_alerts(db: Database) -> list[Alert]:
    """Open alerts, newest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE acknowledged_at IS NULL"
        " ORDER BY raised_at DESC, id DESC"
    ).fetchall()
    return [row_to_alert(r) for r in rows]


def recent_alerts(db: Database, limit: int = 100) -> list[Alert]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM alerts ORDER BY raised_at DESC, id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [row_to_alert(r) for r in rows]


def alerts_between(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> list[Alert]:
    """Alerts raised in ``[start, end)``, oldest first (the monthly report's list); for a
    location, the alerts about its reviews."""
    where, params = "", []
    if location_id is not None:
        # the location's reviews by their source (an index), not a walk of every review
        where = (
            " AND review_id IN (SELECT id FROM reviews WHERE source_id IN"
            " (SELECT id FROM sources WHERE location_id = ?))"
        )
        params = [location_id]
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE raised_at >= ? AND raised_at < ?{where}"
        " ORDER BY raised_at, id",
        (iso(start), iso(end), *params),
    ).fetchall()
    return [row_to_alert(r) for r in rows]


def acknowledge_alert(db: Database, alert_id: int, *, at: datetime | None = None) -> bool:
    """Mark an alert seen; False if it does not exist or was already acknowledged."""
    with db.transaction():
        cur = db.execute(
            "UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL",
            (iso(at or utc_now()), alert_id),
        )
    return cur.rowcount > 0


def count_negative(db: Database, start: datetime, end: datetime) -> int:
    """Reviews analysed as negative written after ``start``, up to and including ``end``."""
    row = db.execute(
        "SELECT count(*) FROM reviews WHERE sentiment = 'negative'"
        " AND created_at > ? AND created_at <= ?",
        (iso(start), iso(end)),
    ).fetchone()
    return int(row[0])


def urgent_reviews(
    db: Database, *, min_urgency: int, since: datetime
) -> list[tuple[int, int, str]]:
    """(id, urgency, reason) of open reviews written since ``since`` with urgency >= min."""
    rows = db.execute(
        "SELECT id, urgency, urgency_reason FROM reviews"
        f" WHERE urgency >= ? AND created_at >= ? AND status IN {WAITING_SQL}"
        " ORDER BY urgency DESC, id",
        (min_urgency, iso(since)),
    ).fetchall()
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def row_to_alert(row: tuple) -> Alert:
    id_, kind, key, raised_at, message, review_id, acknowledged_at, detail = row
    return Alert(
        id=id_,
        kind=kind,
        key=key,
        raised_at=from_iso(raised_at) or utc_now(),
        message=message,
        review_id=review_id,
        acknowledged_at=from_iso(acknowledged_at),
        detail=json.loads(detail or "{}"),
    )
