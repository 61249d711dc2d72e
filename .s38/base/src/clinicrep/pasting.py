"""Storing reviews pasted from a review page (``sources.paste`` found them, the user checked
them in the dialog) through the same path as a file import.

The source is a file-kind source per platform and name ("ZnanyLekarz"), created on first
use and marked ``origin: paste`` (a sync has no file to re-read); a file imported later
under the same name joins it. Each review's id comes from its own content, so pasting
the same page again adds nothing and two different reviews never share one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from clinicrep.importing import analyse_for_inbox
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.sources.csv_values import to_utc
from clinicrep.sources.csvfile import zone_from_settings
from clinicrep.sources.paste import PastedReview, review_ids
from clinicrep.store.db import Database
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source, find_source

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PasteReport:
    source_id: int
    source_name: str
    imported: int = 0
    updated: int = 0
    unchanged: int = 0


def paste_source(db: Database, name: str, platform: Platform, language: str = "") -> Source:
    """The source pasted reviews go to: the file source of that name, or a new one.

    A source of another kind with the name (a connected "Google" account) is left alone:
    the pasted reviews get a source of their own, "Google (pasted)".
    """
    source = find_source(db, name)
    if source is not None and source.kind != SourceKind.CSV:
        name = QCoreApplication.translate("Pasting", "{name} (pasted)").format(name=name)
        source = find_source(db, name)
    if source is not None and source.kind == SourceKind.CSV:
        return source
    return add_source(
        db,
        Source(
            kind=SourceKind.CSV,
            name=name,
            platform=platform,
            language=language,
            settings={"origin": "paste"},
        ),
    )


def to_reviews(source: Source, pasted: list[PastedReview], now: datetime) -> list[Review]:
    """Review records for the store; a review with no date is dated ``now`` (the paste)."""
    assert source.id is not None
    zone = zone_from_settings(source.settings)
    reviews = []
    for item, external_id in zip(pasted, review_ids(pasted), strict=True):
        created = to_utc(item.created or now.replace(tzinfo=None), zone)
        reviews.append(
            Review(
                source_id=source.id,
                external_id=external_id,
                created_at=created,
                author=item.author,
                rating=item.rating,
                text=item.text,
                language_hint=source.language,
                upstream_reply=item.reply or None,
            )
        )
    return reviews


def store_pasted(
    db: Database,
    pasted: list[PastedReview],
    *,
    source_name: str,
    platform: Platform,
    language: str = "",
    analyse: bool = True,
    now: datetime | None = None,
) -> PasteReport:
    """Store the checked reviews in one transaction (all of them or, on an error, none)."""
    rows = [r for r in pasted if not r.is_empty()]
    source = paste_source(db, source_name.strip() or str(platform.value), platform, language)
    assert source.id is not None
    report = PasteReport(source.id, source.name)
    reviews = to_reviews(source, rows, now or datetime.now())
    if analyse:
        analyse_for_inbox(reviews, source.language)
    if reviews:
        result = upsert_reviews(db, reviews)
        report.imported, report.updated, report.unchanged = (
            result.inserted,
            result.updated,
            result.unchanged,
        )
    log.info(
        "pasted %d reviews into source #%d: %d new, %d updated, %d unchanged",
        len(reviews),
        source.id,
        report.imported,
        report.updated,
        report.unchanged,
    )
    return report


def paste_summary(report: PasteReport) -> str:
    """One sentence for the status bar after a paste."""
    if report.imported == 0 and report.updated == 0:
        return QCoreApplication.translate(
            "Pasting", "Nothing new: these reviews were already in {source}."
        ).format(source=report.source_name)
    return QCoreApplication.translate("Pasting", "Reviews added to {source}: {n}.").format(
        source=report.source_name, n=report.imported + report.updated
    )
