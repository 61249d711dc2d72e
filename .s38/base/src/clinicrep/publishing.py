"""Publishing a reply: draft -> sending -> published / failed, never posted twice.

'sending' is stored before the network call. If the program dies or the answer never comes,
the reply stays 'sending'; the next sync settles it by what the platform shows: the fetched
pages (``reconcile_sending``) and then, for any reply still 'sending', a direct look-up of
its review (``settle_sending``), so it settles wherever the review sits in the list. Nothing
is ever posted again from here. Every publish, override, deletion and status change is an
event in the log.

The window publishes through ``publish_to_platform`` / ``delete_from_platform``: they build
the source's connector with the keyring's secrets, use it and close it, so no widget ever
holds a connector or a token.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from clinicrep import approval, workstation
from clinicrep.errors import (
    BadResponse,
    ClinicrepError,
    EmptyReply,
    NotFound,
    NotSupported,
    PlatformUnavailable,
)
from clinicrep.guidelines.confidentiality import ConfidentialityFinding, guard_reply
from clinicrep.model import Event, Reply, ReplyState, Review, Status, utc_now
from clinicrep.settings import load_settings
from clinicrep.sources.base import CancelToken, Connector, SourceContext
from clinicrep.store.db import Database
from clinicrep.store.events import log_event
from clinicrep.store.replies import (
    UNSEEN,
    ReplyBusy,
    begin_sending,
    get_reply,
    mark_failed,
    mark_published,
    mark_removed,
    note_unconfirmed,
    published_text,
    sending_among,
    sending_review_ids,
)
from clinicrep.store.reviews import get_review, get_review_by_external_id, set_status
from clinicrep.store.sources import get_source

if TYPE_CHECKING:  # keyring is imported when a token is first needed
    from clinicrep.secrets import TokenStore

log = logging.getLogger(__name__)

# Failures after which the platform may have the reply after all: the request may have
# arrived and only the answer was lost (a timeout, a 5xx, an answer we could not read).
_UNKNOWN_OUTCOME = (PlatformUnavailable, BadResponse)


class PublishBlocked(ClinicrepError):
    """The guard found problems the user has not confirmed: nothing was sent."""

    code = "publish_blocked"

    def __init__(self, findings: list[ConfidentialityFinding]) -> None:
        super().__init__(
            f"{len(findings)} unconfirmed confidentiality finding(s)", count=len(findings)
        )
        self.findings = findings


@dataclass(frozen=True, slots=True)
class ReconcileOutcome:
    review_id: int
    state: ReplyState


def _review_id(review: Review) -> int:
    if review.id is None:
        raise ValueError("the review must be stored before a reply can be published")
    return review.id


def _event(db: Database, kind: str, review: Review, **detail: object) -> None:
    log_event(
        db,
        Event(
            kind=kind,
            at=utc_now(),
            review_id=review.id,
            source_id=review.source_id,
            detail=dict(detail),
        ),
    )


def publish(
    db: Database,
    connector: Connector,
    review: Review,
    text: str,
    *,
    confirmed_overrides: Collection[str] = (),
    station: workstation.Workstation | None = None,
    session: str | None = None,
    seen_published_at: datetime | None | object = UNSEEN,
) -> Reply:
    """Post ``text`` as the practice's reply (replacing a published one where there is one).

    Once across every PC of the practice: 'sending' is taken under the review's row lock
    (``begin_sending``), so of two PCs pressing Publish together one posts and the other gets
    ``ReplyBusy``; a reply published from another PC since this one read it
    (``seen_published_at``) gives ``ReplyChangedElsewhere``, and another window writing it
    (presence other than ``session``) ``ReplyElsewhere``. Nothing is posted then.

    Raises ``PublishBlocked`` while the guard finds problems whose ``key`` is not in
    ``confirmed_overrides``, and always on a reward for reviews; each override that is used
    is logged. On a platform error the reply is 'failed' (the user may retry), or stays
    'sending' when the platform may have it after all; the error is raised either way for
    the GUI to explain.
    """
    review_id = _review_id(review)
    text = text.strip()
    if not text:
        raise EmptyReply("reply text is empty")
    # approval on and a receptionist's PC: the owner publishes (approval.py); the guard
    # below runs for the owner too
    station = station or workstation.current()
    approval.check_may_publish(db, station)
    findings = guard_reply(text, review, load_settings(db))
    unconfirmed = [f for f in findings if not f.overridable or f.key not in confirmed_overrides]
    if unconfirmed:
        raise PublishBlocked(unconfirmed)

    replacing = bool(published_text(db, review_id))
    with db.transaction():
        begin_sending(db, review_id, text, session=session, seen_published_at=seen_published_at)
        approval.approve_by_publishing(db, review_id, station)
        for finding in findings:
            _event(db, "guard_override", review, code=finding.code.value, words=finding.text)
        _event(db, "reply_sending", review, replacing=replacing)

    try:
        result = connector.publish_reply(review, text)
    except _UNKNOWN_OUTCOME as e:
        with db.transaction():
            note_unconfirmed(db, review_id, e.code)
            _event(db, "reply_unconfirmed", review, error=e.code)
        log.warning("reply to review %s: outcome unknown (%s)", review_id, e.code)
        raise
    except ClinicrepError as e:
        with db.transaction():
            mark_failed(db, review_id, e.code)
            _event(db, "reply_failed", review, error=e.code)
        log.info("reply to review %s failed: %s", review_id, e.code)
        raise
    except Exception:
        # A bug or an unexpected library error: we cannot know whether the platform has it.
        with db.transaction():
            note_unconfirmed(db, review_id, "unexpected_error")
            _event(db, "reply_unconfirmed", review, error="unexpected_error")
        raise

    with db.transaction():
        mark_published(db, review_id, external_id=result.external_id)
        _event(
            db,
            "reply_published",
            review,
            replacing=replacing,
            external_id=result.external_id,
            workstation=station.name,
        )
        approval.settle_on_publish(db, review_id)
        set_status(db, review_id, Status.ANSWERED, note="reply published")
    reply = get_reply(db, review_id)
    assert reply is not None
    return reply


def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def reconcile_sending(db: Database, reviews: Iterable[Review]) -> list[ReconcileOutcome]:
    """Settle replies left 'sending' by what the freshly fetched ``reviews`` show upstream.

    A reply that the platform shows is 'published'; one it does not show is 'failed', so the
    user can decide to send it again. Nothing is ever re-posted from here.
    """
    outcomes: list[ReconcileOutcome] = []
    reviews = list(reviews)
    # the page's stored reviews with a reply 'sending' (mostly none), in one statement
    sending = sending_among(db, [r.id for r in reviews if r.id is not None])
    for review in reviews:
        if review.id is not None and review.id not in sending:
            continue
        if review.id is None:  # straight from a connector: find the stored row
            stored = get_review_by_external_id(db, review.source_id, review.external_id)
            if stored is None or stored.id is None:
                continue
            review = dataclasses.replace(review, id=stored.id)
        assert review.id is not None
        reply = get_reply(db, review.id)
        if reply is None or reply.state != ReplyState.SENDING:
            continue
        upstream = review.upstream_reply
        previous = published_text(db, review.id)
        # The platform may reformat whitespace; and when something other than the earlier
        # version is there now, it is ours (nobody else answers in the practice's name).
        live = upstream is not None and (
            _same_text(upstream, reply.text) or not _same_text(upstream, previous)
        )
        with db.transaction():
            if live:
                mark_published(db, review.id, text=upstream, at=review.upstream_reply_at)
                _event(db, "reply_reconciled", review, outcome="published")
                set_status(db, review.id, Status.ANSWERED, note="reply found on the platform")
                outcomes.append(ReconcileOutcome(review.id, ReplyState.PUBLISHED))
            else:
                mark_failed(db, review.id, "not_on_platform")
                _event(db, "reply_reconciled", review, outcome="failed")
                outcomes.append(ReconcileOutcome(review.id, ReplyState.FAILED))
    return outcomes


def delete_published_reply(db: Database, connector: Connector, review: Review) -> None:
    """Take the practice's reply off the platform; the text stays as a draft."""
    review_id = _review_id(review)
    reply = get_reply(db, review_id)
    if reply is not None and reply.state == ReplyState.SENDING:
        raise ReplyBusy(f"reply of review {review_id} is being sent")
    connector.delete_reply(review)
    with db.transaction():
        mark_removed(db, review_id)
        _event(db, "reply_deleted", review)
        stored = get_review(db, review_id)
        if stored is not None and stored.status == Status.ANSWERED:
            set_status(db, review_id, Status.IN_PROGRESS, note="reply deleted")


def settle_sending(
    db: Database, connector: Connector, source_id: int, *, cancel: CancelToken | None = None
) -> list[ReconcileOutcome]:
    """Settle every reply of ``source_id`` still 'sending' by looking its review up directly.

    Run by each sync after its pages: the review need not be on a page the sync read (an
    incremental sync stops early; Trustpilot pages by creation date). A review the platform
    no longer has cannot carry the reply: 'failed'. A look-up that fails leaves the reply
    'sending' for the next sync; nothing is ever posted again from here.
    """
    outcomes: list[ReconcileOutcome] = []
    for review_id in sending_review_ids(db):
        if cancel is not None and cancel.cancelled:
            break
        review = get_review(db, review_id)
        if review is None or review.source_id != source_id:
            continue
        try:
            found = connector.lookup(review)
        except NotSupported:
            return outcomes  # this platform takes no replies through its API
        except NotFound:
            found = None
        except ClinicrepError as e:
            log.info("reply to review %s: look-up failed (%s); next sync", review_id, e.code)
            continue
        if found is None:
            with db.transaction():
                mark_failed(db, review_id, "review_gone")
                _event(db, "reply_reconciled", review, outcome="failed", reason="review_gone")
            outcomes.append(ReconcileOutcome(review_id, ReplyState.FAILED))
            continue
        found = dataclasses.replace(found, id=review_id, source_id=review.source_id)
        outcomes.extend(reconcile_sending(db, [found]))
    return outcomes


# -- what the window calls -------------------------------------------------------------


def _source_context(db: Database, review: Review, tokens: TokenStore | None) -> SourceContext:
    source = get_source(db, review.source_id)
    if source is None:
        raise NotFound(f"source {review.source_id} is gone", source_id=review.source_id)
    if tokens is None:
        from clinicrep.secrets import default_store

        tokens = default_store()
    return SourceContext(source=source, tokens=tokens)


def publish_to_platform(
    db: Database,
    review: Review,
    text: str,
    *,
    confirmed_overrides: Collection[str] = (),
    tokens: TokenStore | None = None,
    station: workstation.Workstation | None = None,
    session: str | None = None,
    seen_published_at: datetime | None | object = UNSEEN,
) -> Reply:
    """``publish`` through the connector of the review's source (built, used, closed here)."""
    from clinicrep.sources.registry import opened_connector

    station = station or workstation.current()
    approval.check_may_publish(db, station)  # before any connector or token is touched
    with opened_connector(_source_context(db, review, tokens)) as connector:
        return publish(
            db,
            connector,
            review,
            text,
            confirmed_overrides=confirmed_overrides,
            station=station,
            session=session,
            seen_published_at=seen_published_at,
        )


def delete_from_platform(db: Database, review: Review, *, tokens: TokenStore | None = None) -> None:
    """``delete_published_reply`` through the connector of the review's source."""
    from clinicrep.sources.registry import opened_connector

    with opened_connector(_source_context(db, review, tokens)) as connector:
        delete_published_reply(db, connector, review)
