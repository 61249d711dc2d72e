"""The owner's approval of a reply (migration 0012): its state, who asked, who decided, and
the comment sent back. The rules (who may publish, what is logged) are ``approval.py``'s."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clinicrep.model import utc_now
from clinicrep.store.db import Database, from_iso, iso
from clinicrep.store.locations import in_location


class ApprovalState(StrEnum):
    NONE = ""  # nobody asked (approval off, or the owner's own reply)
    WAITING = "waiting"  # written on a receptionist's PC, waiting for the owner
    RETURNED = "returned"  # the owner sent it back with a comment
    APPROVED = "approved"  # the owner approved this text: it may be published


@dataclass(frozen=True, slots=True)
class Approval:
    review_id: int
    state: ApprovalState
    asked_by: str = ""  # the workstation that asked for approval
    decided_by: str = ""  # the owner's workstation that approved or sent it back
    comment: str = ""  # why it was sent back
    at: datetime | None = None  # when the state last changed


def get_approval(db: Database, review_id: int) -> Approval:
    rows = db.fetchall(
        "SELECT approval, approval_asked_by, approval_decided_by, approval_comment, approval_at"
        " FROM replies WHERE review_id = ?",
        (review_id,),
    )
    if not rows:
        return Approval(review_id, ApprovalState.NONE)
    state, asked_by, decided_by, comment, at = rows[0]
    return Approval(
        review_id, ApprovalState(state or ""), asked_by, decided_by, comment, from_iso(at)
    )


def set_waiting(db: Database, review_id: int, asked_by: str, *, at: datetime | None = None) -> None:
    """The reply (already saved) waits for the owner; an earlier comment is answered."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET approval = 'waiting', approval_asked_by = ?,"
            " approval_decided_by = '', approval_comment = '', approval_at = ?"
            " WHERE review_id = ?",
            (asked_by, iso(at or utc_now()), review_id),
        )


def set_decision(
    db: Database,
    review_id: int,
    state: ApprovalState,
    decided_by: str,
    comment: str = "",
    *,
    at: datetime | None = None,
) -> None:
    """The owner approved the reply or sent it back (with ``comment``)."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET approval = ?, approval_decided_by = ?, approval_comment = ?,"
            " approval_at = ? WHERE review_id = ?",
            (state.value, decided_by, comment, iso(at or utc_now()), review_id),
        )


def clear_approval(db: Database, review_id: int) -> None:
    """Published: the next change of the reply starts over."""
    with db.transaction():
        db.execute(
            "UPDATE replies SET approval = '', approval_comment = '' WHERE review_id = ?",
            (review_id,),
        )


def waiting_review_ids(db: Database) -> list[int]:
    """Reviews whose reply waits for the owner's approval, oldest request first."""
    rows = db.fetchall(
        "SELECT review_id FROM replies WHERE approval != '' AND approval = 'waiting'"
        " ORDER BY approval_at, review_id"
    )
    return [int(r[0]) for r in rows]


def count_waiting(db: Database, *, location_id: int | None = None) -> int:
    """Replies waiting for the owner's approval: the whole practice's, or one location's
    (the status bar's count follows the location chosen, as its other counts do)."""
    where, params = in_location(location_id)
    rows = db.fetchall(
        "SELECT count(*) FROM replies rp JOIN reviews r ON r.id = rp.review_id"
        f" WHERE rp.approval != '' AND rp.approval = 'waiting'{where}",
        params,
    )
    return int(rows[0][0])


def open_approvals(db: Database) -> dict[int, ApprovalState]:
    """Reviews whose reply waits for the owner or was sent back (the inbox marks them)."""
    rows = db.fetchall(
        "SELECT review_id, approval FROM replies WHERE approval != ''"
        " AND approval IN ('waiting', 'returned')"
    )
    return {int(review_id): ApprovalState(state) for review_id, state in rows}
