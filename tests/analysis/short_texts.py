"""A short review's analysis as a test reads it: with nothing remembered of earlier reviews
(``pipeline._remembered`` keeps short texts' readings), at a source of a given language. A
test module takes both by importing them (the fixture is autouse)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from clinicrep.analysis import pipeline
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Analysis, Review


@pytest.fixture(autouse=True)
def nothing_remembered() -> Iterator[None]:
    pipeline._remembered.clear()
    yield
    pipeline._remembered.clear()


def analysed(text: str, source_language: str) -> Analysis:
    review = Review(
        source_id=1, external_id="r1", created_at=datetime(2026, 3, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language=source_language)
