"""The owner's approval of replies (issue 20, the setting ``Settings.approval_required``).

With approval on, a reply written on a receptionist's PC (``workstation.Role.STAFF``) is not
published from there: the receptionist asks for approval; the owner's PC sees it waiting,
may edit it, approves it (then publishes, or both at once) or sends it back with a comment
that the receptionist's PC shows above the reply. Each step is an event with the
workstation's name. ``publishing.publish`` asks ``check_may_publish`` before anything goes
out, and the guard still runs there. With approval off nothing changes for anyone.
"""

from __future__ import annotations

from clinicrep import workstation
from clinicrep.errors import (
    AnsweredNeedsApproval,
    ApprovalNeeded,
    EmptyReply,
    NotWaitingForApproval,
    OwnerOnly,
)
from clinicrep.model import Event, ReplyState, Status, utc_now
from clinicrep.settings import load_settings
from clinicrep.store.approvals import (
    Approval,
    ApprovalState,
    clear_approval,
    get_approval,
    set_decision,
    set_waiting,
    waiting_review_ids,
)
from clinicrep.store.db import Database
from clinicrep.store.events import log_event
from clinicrep.store.replies import ReplyBusy, get_reply, save_draft
from clinicrep.store.reviews import set_status

__all__ = [
    "Approval",
    "ApprovalState",
    "approval_on",
    "approve",
    "approve_by_publishing",
    "ask_for_approval",
    "change_status",
    "check_may_publish",
    "may_mark_answered_here",
    "may_publish_here",
    "send_back",
    "settle_on_publish",
    "waiting_review_ids",
]


def approval_on(db: Database) -> bool:
    return load_settings(db).approval_required


def may_publish_here(db: Database, station: workstation.Workstation | None = None) -> bool:
    """Whether this PC publishes replies itself (approval off, or the owner's PC)."""
    station = station or workstation.current()
    return station.role == workstation.Role.OWNER or not approval_on(db)


def check_may_publish(db: Database, station: workstation.Workstation | None = None) -> None:
    """Raises ``ApprovalNeeded`` on a receptionist's PC while approval is on."""
    if not may_publish_here(db, station):
        raise ApprovalNeeded("approval is on and this PC is a receptionist's")


def may_mark_answered_here(
    db: Database, review_id: int, station: workstation.Workstation | None = None
) -> bool:
    """Whether this PC may mark the review answered by hand ("Mark answered", the Review
    menu, the status box). On a receptionist's PC with approval on, only once the owner
    approved its reply (the desk pasted it on a site without an API) or it was published:
    otherwise the desk would close the review without the owner, which approval is for."""
    if may_publish_here(db, station):
        return True
    if get_approval(db, review_id).state == ApprovalState.APPROVED:
        return True
    reply = get_reply(db, review_id)
    return reply is not None and reply.state == ReplyState.PUBLISHED


def change_status(
    db: Database,
    review_id: int,
    status: Status,
    station: workstation.Workstation | None = None,
) -> None:
    """A person changes a review's status; ``AnsweredNeedsApproval`` when this PC may not
    mark it answered (``may_mark_answered_here``). Checked and written in one transaction,
    so an approval withdrawn on another PC meanwhile is not passed by."""
    with db.transaction():
        if status == Status.ANSWERED and not may_mark_answered_here(db, review_id, station):
            raise AnsweredNeedsApproval(f"review {review_id}: approval is on, reply not approved")
        set_status(db, review_id, status)


def _log(
    db: Database, kind: str, review_id: int, station: workstation.Workstation, **detail: object
) -> None:
    log_event(
        db,
        Event(
            kind=kind,
            at=utc_now(),
            review_id=review_id,
            detail={"workstation": station.name, "role": str(station.role), **detail},
        ),
    )


def ask_for_approval(
    db: Database, review_id: int, text: str, station: workstation.Workstation | None = None
) -> Approval:
    """Keep ``text`` and put the reply in front of the owner ("Waiting for approval")."""
    station = station or workstation.current()
    if not text.strip():
        raise EmptyReply("reply text is empty")
    with db.transaction():
        reply = get_reply(db, review_id)
        if reply is not None and reply.state == ReplyState.SENDING:
            raise ReplyBusy(f"reply of review {review_id} is being sent")
        save_draft(db, review_id, text)
        set_waiting(db, review_id, station.name)
        _log(db, "approval_requested", review_id, station)
    return get_approval(db, review_id)


def _owner(station: workstation.Workstation | None) -> workstation.Workstation:
    station = station or workstation.current()
    if station.role != workstation.Role.OWNER:
        raise OwnerOnly("approving is the owner's")
    return station


def approve(
    db: Database,
    review_id: int,
    text: str | None = None,
    station: workstation.Workstation | None = None,
) -> Approval:
    """The owner approves the reply (``text``: as the owner edited it, saved first)."""
    station = _owner(station)
    with db.transaction():
        current = get_approval(db, review_id)
        if current.state not in (ApprovalState.WAITING, ApprovalState.APPROVED):
            raise NotWaitingForApproval(f"reply of review {review_id} is {current.state!r}")
        before = get_reply(db, review_id)
        edited = text is not None and before is not None and before.text != text
        if text is not None:
            save_draft(db, review_id, text)
        set_decision(db, review_id, ApprovalState.APPROVED, station.name)
        _log(db, "reply_approved", review_id, station, asked_by=current.asked_by, edited=edited)
    return get_approval(db, review_id)


def send_back(
    db: Database,
    review_id: int,
    comment: str,
    text: str | None = None,
    station: workstation.Workstation | None = None,
) -> Approval:
    """The owner sends the reply back with ``comment``; the receptionist's PC shows it."""
    station = _owner(station)
    comment = comment.strip()
    with db.transaction():
        current = get_approval(db, review_id)
        if current.state != ApprovalState.WAITING:
            raise NotWaitingForApproval(f"reply of review {review_id} is {current.state!r}")
        if text is not None:
            save_draft(db, review_id, text)
        set_decision(db, review_id, ApprovalState.RETURNED, station.name, comment)
        _log(db, "reply_sent_back", review_id, station, asked_by=current.asked_by, comment=comment)
    return get_approval(db, review_id)


def approve_by_publishing(
    db: Database, review_id: int, station: workstation.Workstation | None = None
) -> None:
    """Inside publish's 'sending' transaction: the owner publishing a reply that waits
    approves it by that (logged as such, before anything goes out)."""
    current = get_approval(db, review_id)
    if current.state == ApprovalState.WAITING:
        station = station or workstation.current()
        set_decision(db, review_id, ApprovalState.APPROVED, station.name)
        _log(db, "reply_approved", review_id, station, asked_by=current.asked_by, edited=False)


def settle_on_publish(db: Database, review_id: int) -> None:
    """Published: the next change of the reply starts over without an approval."""
    if get_approval(db, review_id).state != ApprovalState.NONE:
        clear_approval(db, review_id)
