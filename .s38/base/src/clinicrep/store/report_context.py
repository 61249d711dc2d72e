"""What a report quotes beside a review: the public reply, and the staff's internal notes.

Internal notes (drafts, the notes typed when changing a status) never leave the program
unless the user asks for them, so they are read by a function of their own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from clinicrep.store.db import Database, from_iso


@dataclass(frozen=True, slots=True)
class PublicReply:
    text: str
    at: datetime | None


@dataclass(frozen=True, slots=True)
class InternalNote:
    kind: str  # "status_note" (typed when the status changed) | "draft_reply" (not published)
    text: str
    at: datetime | None


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def public_replies(db: Database, review_ids: Sequence[int]) -> dict[int, PublicReply]:
    """The reply the public can read: ours once published, else the one the platform shows."""
    if not review_ids:
        return {}
    ids = list(review_ids)
    found: dict[int, PublicReply] = {}
    for review_id, text, at in db.execute(
        f"SELECT id, upstream_reply, upstream_reply_at FROM reviews WHERE id IN ({_marks(ids)})"
        " AND COALESCE(upstream_reply, '') != ''",
        ids,
    ):
        found[review_id] = PublicReply(text, from_iso(at))
    for review_id, text, at in db.execute(
        f"SELECT review_id, text, published_at FROM replies WHERE review_id IN ({_marks(ids)})"
        " AND state = 'published' AND text != ''",
        ids,
    ):
        found[review_id] = PublicReply(text, from_iso(at))
    return found


def internal_notes(db: Database, review_ids: Sequence[int]) -> dict[int, list[InternalNote]]:
    """Notes typed with status changes and unpublished reply drafts, oldest first."""
    if not review_ids:
        return {}
    ids = list(review_ids)
    notes: dict[int, list[InternalNote]] = {}
    for review_id, at, detail in db.execute(
        f"SELECT review_id, at, detail FROM events WHERE review_id IN ({_marks(ids)})"
        " AND kind = 'status_changed' ORDER BY at, id",
        ids,
    ):
        note = str(json.loads(detail or "{}").get("note") or "").strip()
        if note:
            notes.setdefault(review_id, []).append(InternalNote("status_note", note, from_iso(at)))
    for review_id, text, at in db.execute(
        f"SELECT review_id, text, updated_at FROM replies WHERE review_id IN ({_marks(ids)})"
        " AND state != 'published' AND text != ''",
        ids,
    ):
        notes.setdefault(review_id, []).append(InternalNote("draft_reply", text, from_iso(at)))
    return notes
