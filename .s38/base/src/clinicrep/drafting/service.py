"""Drafts for a stored review: its aspects as the practice corrected them, and the practice's
replies of the last month, which a new draft must not repeat."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from clinicrep.drafting.compose import RECENT_DAYS, Draft, compose_draft
from clinicrep.guidelines.kinds import ReplyKind
from clinicrep.model import Analysis, Review, utc_now
from clinicrep.settings import Settings
from clinicrep.store.aspects import aspects_of
from clinicrep.store.db import Database
from clinicrep.store.replies import other_published_texts, recent_reply_texts


def with_aspects(db: Database, review: Review) -> Review:
    """A copy of ``review`` whose analysis carries its stored aspects (corrections applied)."""
    if review.id is None:
        return review
    found = aspects_of(db, review.id)
    enriched = copy.copy(review)
    analysis = copy.copy(review.analysis) if review.analysis else Analysis()
    analysis.aspects = found.opinions
    enriched.analysis = analysis
    return enriched


def recent_texts(db: Database, review: Review, now: datetime | None = None) -> list[str]:
    """The last month's drafts and replies, and every published reply the editor's checklist
    compares with ("Written for this review"): a draft must read as new beside all of them."""
    since = (now or utc_now()) - timedelta(days=RECENT_DAYS)
    texts = recent_reply_texts(db, since, review.id)
    return list(dict.fromkeys(texts + other_published_texts(db, review.id)))


def draft_for_review(
    db: Database,
    review: Review,
    settings: Settings,
    *,
    kind: ReplyKind | None = None,
    now: datetime | None = None,
) -> Draft:
    """The composed draft for a stored review."""
    return compose_draft(
        with_aspects(db, review),
        settings,
        kind=kind,
        recent=recent_texts(db, review, now),
        now=now,
    )
