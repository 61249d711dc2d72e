"""Fill a demo data dir with the demo practice's sources and a year of its reviews.

Reviews go through the same store calls as a real sync (``upsert_reviews`` page by page),
so edits leave earlier versions, platform replies mark reviews answered, and status
changes are logged as events, exactly as the user will later see them happen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from clinicrep.analysis.pipeline import analyse_reviews
from clinicrep.demo.generator import (
    ANCHOR_FORMAT,
    DemoReview,
    demo_sources,
    generate_demo_reviews,
)
from clinicrep.model import Review, Source, SourceKind, utc_now
from clinicrep.store.db import Database
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source, list_sources, set_cursor

PAGE_SIZE = 50


def populate(
    db: Database, *, count: int = 400, seed: int = 2026, now: datetime | None = None
) -> list[Source]:
    """Add the demo sources and about ``count`` reviews; a store that has them is left alone.

    Returns the demo sources (the existing ones when there was nothing to do). Everything
    is one transaction: a demo dir is either filled or untouched.
    """
    existing = [s for s in list_sources(db) if s.kind is SourceKind.DEMO]
    if existing:
        return existing
    now = (now or utc_now()).astimezone(UTC).replace(microsecond=0)
    templates = demo_sources()
    shares = split_count(count, [int(t.settings.get("share", 1)) for t in templates])
    added: list[Source] = []
    with db.transaction():
        for template, share in zip(templates, shares, strict=True):
            # The connector regenerates the same reviews from these settings.
            template.settings.update(count=share, seed=seed, anchor=now.strftime(ANCHOR_FORMAT))
            source = add_source(db, template)
            items = list(generate_demo_reviews(source, share, seed=seed, now=now))
            _store_reviews(db, items, now, source.language)
            set_cursor(db, source.id or 0, str(share))
            added.append(source)
    return added


def split_count(total: int, weights: Sequence[int]) -> list[int]:
    """``total`` split in proportion to ``weights``, summing exactly to ``total``."""
    weight_sum = sum(weights) or 1
    shares = [total * w // weight_sum for w in weights]
    # Hand out what integer division left over, biggest weights first.
    order = sorted(range(len(weights)), key=lambda i: -weights[i])
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    return shares


def _store_reviews(db: Database, items: list[DemoReview], now: datetime, language: str) -> None:
    # First as the patients first posted them (so edits can happen afterwards) ...
    first_seen = [item.earlier or item.review for item in items]
    for start in range(0, len(first_seen), PAGE_SIZE):
        _store_page(db, first_seen[start : start + PAGE_SIZE], now, language)
    # ... then each edit as a later fetch would bring it: the store keeps the old version.
    for item in items:
        if item.earlier is not None:
            _store_page(db, [item.review], item.review.updated_at or now, language)
    # Finally what the practice has done with the ones nobody answered on the platform.
    for item in items:
        review = item.review
        if item.status is not None and review.id is not None:
            when = min(now, review.created_at + timedelta(days=2))
            set_status(db, review.id, item.status, at=when)


def _store_page(db: Database, reviews: list[Review], fetched_at: datetime, language: str) -> None:
    """The one place where a page of demo reviews is ready to store: analysed, as a sync would."""
    for review, analysis in zip(reviews, analyse_reviews(reviews, language), strict=True):
        review.analysis = analysis
    upsert_reviews(db, reviews, now=fetched_at)
