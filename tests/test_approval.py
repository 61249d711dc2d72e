"""The owner's approval of replies written at the desk (issue 20): the store and the rules.

A story over one store file: the receptionist's PC writes a reply and cannot publish it;
the owner's PC sees it waiting, sends it back with a comment, the receptionist fixes it and
asks again, the owner approves and publishes; every step is an event with the PC's name.
"""

from __future__ import annotations

import pytest

from clinicrep import approval
from clinicrep.errors import AnsweredNeedsApproval, ApprovalNeeded, NotWaitingForApproval, OwnerOnly
from clinicrep.model import ReplyState, Status
from clinicrep.publishing import publish
from clinicrep.settings import load_settings, save_settings
from clinicrep.store import Database
from clinicrep.store.approvals import (
    ApprovalState,
    count_waiting,
    get_approval,
    waiting_review_ids,
)
from clinicrep.store.events import events_for_review
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.locations import add_location, set_source_location
from clinicrep.store.replies import get_reply, save_draft
from clinicrep.store.reviews import get_review
from clinicrep.workstation import Role, Workstation
from test_publishing import REPLY, FakePlatform, stored_review

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

DESK = Workstation("Anna (desk)", Role.STAFF, True)
OWNER = Workstation("Dr Nowak", Role.OWNER, True)


def approval_switched_on(db: Database) -> None:
    settings = load_settings(db)
    settings.approval_required = True
    save_settings(db, settings)


def test_with_approval_off_the_desk_publishes_as_before(db: Database) -> None:
    review = stored_review(db)
    platform = FakePlatform()
    reply = publish(db, platform, review, REPLY, station=DESK)
    assert reply.state == ReplyState.PUBLISHED and platform.posted == [REPLY]


def test_a_reply_from_the_desk_waits_is_sent_back_fixed_approved_and_published_once(
    db: Database,
) -> None:
    approval_switched_on(db)
    review = stored_review(db)
    assert review.id is not None
    platform = FakePlatform()

    # the desk writes and cannot publish: nothing reaches the platform
    save_draft(db, review.id, "Thank you, Maria. Your X-ray was fine.")
    with pytest.raises(ApprovalNeeded):
        publish(db, platform, review, "Thank you, Maria.", station=DESK)
    assert platform.posted == []
    assert not approval.may_publish_here(db, DESK) and approval.may_publish_here(db, OWNER)

    approval.ask_for_approval(db, review.id, "Thank you, Maria.", DESK)
    assert get_approval(db, review.id).state == ApprovalState.WAITING
    assert get_approval(db, review.id).asked_by == "Anna (desk)"
    # the owner's list: "Waiting for approval"
    assert waiting_review_ids(db) == [review.id]
    assert review_ids(db, ReviewQuery(waiting_for_approval=True)) == [review.id]

    # the desk cannot approve its own reply
    with pytest.raises(OwnerOnly):
        approval.approve(db, review.id, station=DESK)

    approval.send_back(db, review.id, "Please offer our phone number.", station=OWNER)
    returned = get_approval(db, review.id)
    assert returned.state == ApprovalState.RETURNED
    assert returned.comment == "Please offer our phone number."
    assert returned.decided_by == "Dr Nowak"
    assert waiting_review_ids(db) == []
    with pytest.raises(NotWaitingForApproval):
        approval.approve(db, review.id, station=OWNER)  # nothing waits now

    approval.ask_for_approval(db, review.id, REPLY, DESK)
    assert get_approval(db, review.id).comment == ""  # answered by asking again
    approval.approve(db, review.id, station=OWNER)
    assert get_approval(db, review.id).state == ApprovalState.APPROVED
    # approved is not published: still only the owner publishes, and the guard runs
    with pytest.raises(ApprovalNeeded):
        publish(db, platform, review, REPLY, station=DESK)
    reply = publish(db, platform, review, REPLY, station=OWNER)
    assert reply.state == ReplyState.PUBLISHED
    assert platform.posted == [REPLY]
    assert get_approval(db, review.id).state == ApprovalState.NONE

    steps = [
        (e.kind, e.detail.get("workstation"))
        for e in events_for_review(db, review.id)
        if e.kind.startswith(("approval", "reply_approved", "reply_sent_back", "reply_published"))
    ]
    assert steps == [
        ("approval_requested", "Anna (desk)"),
        ("reply_sent_back", "Dr Nowak"),
        ("approval_requested", "Anna (desk)"),
        ("reply_approved", "Dr Nowak"),
        ("reply_published", "Dr Nowak"),
    ]
    back = next(e for e in events_for_review(db, review.id) if e.kind == "reply_sent_back")
    assert back.detail["comment"] == "Please offer our phone number."


def test_an_approved_text_changed_at_the_desk_needs_approval_again(db: Database) -> None:
    approval_switched_on(db)
    review = stored_review(db)
    assert review.id is not None
    approval.ask_for_approval(db, review.id, REPLY, DESK)
    approval.approve(db, review.id, station=OWNER)
    save_draft(db, review.id, REPLY)  # saved unchanged: still approved
    assert get_approval(db, review.id).state == ApprovalState.APPROVED
    save_draft(db, review.id, REPLY + " See you soon!")
    assert get_approval(db, review.id).state == ApprovalState.NONE


def test_the_owner_edits_while_approving_and_the_edit_is_what_is_kept(db: Database) -> None:
    approval_switched_on(db)
    review = stored_review(db)
    assert review.id is not None
    approval.ask_for_approval(db, review.id, "Thanks.", DESK)
    approval.approve(db, review.id, REPLY, station=OWNER)
    reply = get_reply(db, review.id)
    assert reply is not None and reply.text == REPLY
    approved = [e for e in events_for_review(db, review.id) if e.kind == "reply_approved"]
    assert approved[0].detail["edited"] is True


def test_the_owner_publishing_a_waiting_reply_approves_it_in_the_log(db: Database) -> None:
    approval_switched_on(db)
    review = stored_review(db)
    assert review.id is not None
    approval.ask_for_approval(db, review.id, REPLY, DESK)
    publish(db, FakePlatform(), review, REPLY, station=OWNER)
    kinds = [e.kind for e in events_for_review(db, review.id)]
    assert kinds.index("reply_approved") < kinds.index("reply_published")
    assert waiting_review_ids(db) == []


def test_the_desk_marks_a_review_answered_only_once_its_reply_is_approved(db: Database) -> None:
    approval_switched_on(db)
    review = stored_review(db)
    assert review.id is not None
    approval.ask_for_approval(db, review.id, REPLY, DESK)

    # waiting for the owner: the desk cannot close the review by hand, nothing is written
    with pytest.raises(AnsweredNeedsApproval):
        approval.change_status(db, review.id, Status.ANSWERED, DESK)
    assert status_of(db, review.id) == Status.NEW
    assert not [e for e in events_for_review(db, review.id) if e.kind == "status_changed"]
    # other statuses stay the desk's
    approval.change_status(db, review.id, Status.IN_PROGRESS, DESK)
    assert status_of(db, review.id) == Status.IN_PROGRESS

    # approved (the desk pastes it on a site without an API): "I pasted it" closes it
    approval.approve(db, review.id, station=OWNER)
    approval.change_status(db, review.id, Status.ANSWERED, DESK)
    assert status_of(db, review.id) == Status.ANSWERED


def test_the_owner_and_a_practice_without_approval_mark_answered_as_before(db: Database) -> None:
    first = stored_review(db, "g-1")
    second = stored_review(db, "g-2")
    assert first.id is not None and second.id is not None
    approval.change_status(db, first.id, Status.ANSWERED, DESK)  # approval off
    assert status_of(db, first.id) == Status.ANSWERED
    approval_switched_on(db)
    approval.change_status(db, second.id, Status.ANSWERED, OWNER)
    assert status_of(db, second.id) == Status.ANSWERED


def status_of(db: Database, review_id: int) -> Status:
    review = get_review(db, review_id)
    assert review is not None
    return review.status


def test_the_count_waiting_for_approval_is_one_locations_or_the_practices(db: Database) -> None:
    """The owner's status bar count follows the location chosen: two replies wait in one
    location, one in the other, and one was sent back (it waits for no one)."""
    approval_switched_on(db)
    downtown, riverside = add_location(db, "Downtown"), add_location(db, "Riverside")
    reviews = [stored_review(db, external_id) for external_id in ("g-1", "g-2", "g-3", "g-4")]
    for review, place in zip(reviews, (downtown, downtown, riverside, riverside), strict=True):
        assert review.id is not None
        set_source_location(db, review.source_id, place.id)
        approval.ask_for_approval(db, review.id, "Thank you, Maria.", DESK)
    assert reviews[3].id is not None
    approval.send_back(db, reviews[3].id, "Please add our phone number.", station=OWNER)

    assert count_waiting(db) == 3
    assert count_waiting(db, location_id=downtown.id) == 2
    assert count_waiting(db, location_id=riverside.id) == 1
