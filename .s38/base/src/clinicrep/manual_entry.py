"""Storing feedback the practice received offline (desk, phone, letter) as a review.

It lands in one "Offline feedback" source (created on first use) and then goes through
the same inbox, statuses and reports as the reviews from the platforms.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.importing import analyse_for_inbox
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.sources.csv_values import clean_line, clean_text
from clinicrep.sources.manual import Channel, new_external_id
from clinicrep.store.db import Database
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source, list_sources


def offline_source(db: Database) -> Source:
    """The practice's "Offline feedback" source, created (named in the user's language) once."""
    for source in list_sources(db):
        if source.kind == SourceKind.MANUAL:
            return source
    name = QCoreApplication.translate("ManualEntry", "Offline feedback")
    return add_source(db, Source(kind=SourceKind.MANUAL, name=name, platform=Platform.OFFLINE))


def add_manual_review(
    db: Database,
    *,
    author: str,
    text: str,
    rating: int | None,
    channel: Channel | str,
    created_at: datetime,
) -> Review:
    """Store one piece of offline feedback and return it as the store has it.

    ``rating`` is 1..5 or None (most complaints have none). A naive ``created_at`` is
    this computer's local time. ``ValueError`` for empty text or a rating outside 1..5:
    the entry form checks these before calling.
    """
    body = clean_text(text)
    if not body:
        raise ValueError("offline feedback needs a text")
    if rating is not None and not 1 <= rating <= 5:
        raise ValueError("rating must be 1..5 or None")
    channel = Channel(channel)
    when = created_at if created_at.tzinfo else created_at.astimezone()
    source = offline_source(db)
    assert source.id is not None
    review = Review(
        source_id=source.id,
        external_id=new_external_id(channel),
        created_at=when.astimezone(UTC).replace(microsecond=0),
        author=clean_line(author),
        rating=rating,
        text=body,
        language_hint=source.language,
    )
    review.analysis = analyse_review(review, fallback_language=source.language)
    analyse_for_inbox([review], source.language)  # a furious phone call must rank as urgent
    upsert_reviews(db, [review])
    assert review.id is not None
    stored = get_review(db, review.id)
    assert stored is not None
    return stored
