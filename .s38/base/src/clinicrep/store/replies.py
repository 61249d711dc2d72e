"""Replies: the draft saved as the user types, and the publishing state (one row per review).

``text`` is what the user is working on; ``published_text`` is what the platform shows. The
state is written before any network call (``begin_sending``), so after a crash the program
knows a reply may have gone out and checks instead of posting it again.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime

from clinicrep.errors import StoreError
from clinicrep.model import Reply, ReplyState, utc_now
from clinicrep.store import dialect
from clinicrep.store.db import Database, from_iso, iso

_COLUMNS = "id, review_id, text, state, updated_at, published_at, external_id, error"


class ReplyBusy(StoreError):
    """The reply is being sent (or its outcome is not known yet): it cannot change now."""

    code = "reply_busy"


def _row(row: tuple) -> Reply:
    id_, review_id, text, state, updated_at, published_at, external_id, error = row
    return Reply(
        id=id_,
        review_id=review_id,
        text=text,
        state=ReplyState(state),
        updated_at=from_iso(updated_at),
        published_at=from_iso(published_at),
        external_id=external_id,
        error=error,
    )


def get_reply(db: Database, review_id: int) -> Reply | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM replies WHERE review_id = ?", (review_id,)).fetchone()
    return _row(row) if row else None


def sending_among(db: Database, review_ids: Collection[int]) -> set[int]:
    """Those of ``review_ids`` whose reply is 'sending': one statement for a sync's page,
    where a look-up per review cost a round trip each on a server (50 a page)."""
    if not review_ids:
        return set()
    rows = db.fetchall(
        f"SELECT review_id FROM replies WHERE review_id IN ({dialect.json_ids(db)}) AND state = ?",
        (json.dumps(sorted(review_ids)), ReplyState.SENDING.value),
    )
    return {int(row[0]) for row in rows}


def published_text(db: Database, review_id: int) -> str:
    """What the platform shows as the practice's reply ('' when nothing is published)."""
    row = db.execute(
        "SELECT published_text FROM replies WHERE review_id = ?", (review_id,)
    ).fetchone()
    return row[0] if row else ""


def save_draft(db: Database, review_id: int, text: str, *, at: datetime | None = None) -> Reply:
    """Keep what the user typed. A published reply stays 'published' until its text changes."""
    now = iso(at or utc_now())
    with db.transaction():
        row = db.execute(
            "SELECT state, published_text FROM replies WHERE review_id = ?", (review_id,)
        ).fetchone()
        if row is None:
            db.execute(
                "INSERT INTO replies (review_id, text, state, updated_at)"
                " VALUES (?, ?, 'draft', ?)",
                (review_id, text, now),
            )
        else:
            state, live = row
            if state == ReplyState.SENDING:
                raise ReplyBusy(f"reply of review {review_id} is being sent")
            unchanged = state == ReplyState.PUBLISHED and text == live
            # an approved text that changes needs the owner's approval again (approval.py)
            db.execute(
                "UPDATE replies SET state = ?, updated_at = ?,"
                " error = CASE WHEN ? THEN error ELSE '' END,"
                " approval = CASE WHEN approval = 'approved' AND text != ? THEN ''"
                " ELSE approval END, text = ? WHERE review_id = ?",
                (
                    ReplyState.PUBLISHED.value if unchanged else ReplyState.DRAFT.value,
                    now,
                    unchanged,
                    text,
                    text,
                    review_id,
                ),
            )
    reply = get_reply(db, review_id)
    assert reply is not None
    return reply


class ReplyElsewhere(StoreError):
    """Someone on another PC is writing this reply (``params``: who)."""

    code = "reply_elsewhere"


class ReplyChangedElsewhere(StoreError):
    """The reply was published from another PC after this one read it: not sent again."""

    code = "reply_changed_elsewhere"


UNSEEN = object()  # begin_sending without the caller's view of the published reply


def begin_sending(
    db: Database,
    review_id: int,
    text: str,
    *,
    at: datetime | None = None,
    session: str | None = None,
    seen_published_at: datetime | None | object = UNSEEN,
) -> Reply:
    """Mark the reply as going out: once, whichever PCs press Publish at the same moment.

    The review's row is held for the transaction (``SELECT ... FOR UPDATE`` on PostgreSQL;
    SQLite's BEGIN IMMEDIATE lets one writer in), so of two PCs one finds the other's
    'sending'. Refuses (``ReplyBusy``) when the reply is already being sent,
    (``ReplyElsewhere``) while another window than ``session`` is writing it, and
    (``ReplyChangedElsewhere``) when it was published since the caller read
    ``seen_published_at`` (when it was last published, None for never).
    """
    from clinicrep.store.live import lock_review, replying_elsewhere

    now = iso(at or utc_now())
    with db.transaction():
        lock_review(db, review_id)
        row = db.execute(
            "SELECT state, published_at FROM replies WHERE review_id = ?", (review_id,)
        ).fetchone()
        if row is not None and row[0] == ReplyState.SENDING:
            raise ReplyBusy(f"reply of review {review_id} is already being sent")
        other = replying_elsewhere(db, review_id, session)
        if other is not None:
            raise ReplyElsewhere(f"review {review_id} is being answered elsewhere", who=other.who)
        if seen_published_at is not UNSEEN:
            published = row[1] if row is not None else None
            seen = iso(seen_published_at) if isinstance(seen_published_at, datetime) else None
            if published != seen:
                raise ReplyChangedElsewhere(f"reply of review {review_id} changed elsewhere")
        db.execute(
            "INSERT INTO replies (review_id, text, state, updated_at) VALUES (?, ?, 'sending', ?)"
            " ON CONFLICT(review_id) DO UPDATE SET text = excluded.text, state = 'sending',"
            " updated_at = excluded.updated_at, error = ''",
            (review_id, text, now),
        )
    reply = get_reply(db, review_id)
    assert reply is not None
    return reply


def mark_published(
    db: Database,
    review_id: int,
    *,
    external_id: str = "",
    text: str | None = None,
    at: datetime | None = None,
) -> None:
    """The platform has the reply: ``text`` (default: the reply's own) is now live."""
    when = iso(at or utc_now())
    with db.transaction():
        db.execute(
            "UPDATE replies SET state = 'published', published_text = COALESCE(?, text),"
            " published_at = ?, updated_at = ?, error = '',"
            " external_id = CASE WHEN ? = '' THEN external_id ELSE ? END WHERE review_id = ?",
            (text, when, when, external_id, external_id, review_id),
        )


def mark_failed(
    db: Database, review_id: int, error_code: str, *, at: datetime | None = None
) -> None:
    """The reply did not go out; the user may retry."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET state = 'failed', error = ?, updated_at = ? WHERE review_id = ?",
            (error_code, iso(at or utc_now()), review_id),
        )


def note_unconfirmed(db: Database, review_id: int, error_code: str) -> None:
    """The answer never came: keep 'sending' (it may be live) and say why, for the user."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET error = ? WHERE review_id = ? AND state = 'sending'",
            (error_code, review_id),
        )


def mark_removed(db: Database, review_id: int, *, at: datetime | None = None) -> None:
    """The platform no longer shows a reply: keep the text as a draft to start from."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET state = 'draft', published_text = '', published_at = NULL,"
            " external_id = '', error = '', updated_at = ? WHERE review_id = ?",
            (iso(at or utc_now()), review_id),
        )


def sending_review_ids(db: Database) -> list[int]:
    """Reviews whose reply went out without a known answer (a crash, a timeout)."""
    rows = db.execute(
        "SELECT review_id FROM replies WHERE state = 'sending' ORDER BY review_id"
    ).fetchall()
    return [r[0] for r in rows]


def other_published_texts(db: Database, review_id: int | None, *, limit: int = 500) -> list[str]:
    """The practice's latest published replies to other reviews (for the copy-paste check)."""
    rows = db.execute(
        "SELECT published_text FROM replies WHERE published_text != '' AND review_id != ?"
        " ORDER BY published_at DESC LIMIT ?",
        (review_id if review_id is not None else -1, limit),
    ).fetchall()
    return [r[0] for r in rows]


def recent_reply_texts(
    db: Database, since: datetime, review_id: int | None = None, *, limit: int = 2000
) -> list[str]:
    """The practice's replies (drafts and published) written since ``since``, other than the
    reply to ``review_id``: what a new draft must not repeat."""
    rows = db.execute(
        "SELECT text, published_text FROM replies WHERE updated_at >= ? AND review_id != ?"
        " ORDER BY updated_at DESC LIMIT ?",
        (iso(since), review_id if review_id is not None else -1, limit),
    ).fetchall()
    texts: list[str] = []
    for text, published in rows:
        texts.extend(t for t in {text, published} if t.strip())
    return texts
