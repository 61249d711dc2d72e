"""What the aspect tests compare: a review's (aspect, polarity) pairs as plain strings, and
its verdict as the pipeline gives it."""

from __future__ import annotations

from datetime import UTC, datetime

from clinicrep.analysis.aspects import read_aspects
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review


def read(text: str, lang: str) -> set[tuple[str, str]]:
    return {(o.aspect.value, o.polarity.value) for o in read_aspects(text, lang).opinions}


def verdict(text: str, lang: str, rating: int | None = None) -> str:
    """The review's sentiment (positive / negative / neutral / mixed), rules only; ``rating``:
    its stars, as the app sees them."""
    review = Review(
        source_id=1,
        external_id="r",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        text=text,
        rating=rating,
    )
    return analyse_review(review, fallback_language=lang, learned=False).sentiment.value


# The same praise of the doctor in Russian, Ukrainian and Polish: what a complaint is read beside
# (the Slavic family tests of sessions 39 and 40)
SLAVIC_PRAISE = {
    "ru": " Врач хороший, внимательный.",
    "uk": " Лікар хороший, уважний.",
    "pl": " Lekarz bardzo miły i dokładny.",
}


def assert_mixed_beside(text: str, lang: str, other: str, expected: tuple[str, str]) -> None:
    """``text`` followed by ``other`` (a sentence of the other side) reads ``expected`` (aspect,
    polarity) among all it reads and the whole review is mixed: the one check of
    ``probe_readings.readings_beside``'s tables, for a test that calls it row by row."""
    # imported here: probe_readings reads through this module's read and verdict
    from tests.analysis.probe_readings import Reading, check_reading

    check_reading(Reading(text + other, lang, {expected}), sentiment="mixed", among=True)
