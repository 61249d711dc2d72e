"""Short texts repeat in every export ("", "Polecam!", "Super"): each is analysed once per
process, and every review still gets exactly the analysis it would get alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis import learning, pipeline
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Sentiment


def review(text: str, rating: int | None, **more: object) -> Review:
    return Review(
        source_id=1,
        external_id=f"r{rating}-{len(text)}",
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        text=text,
        rating=rating,
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture(autouse=True)
def nothing_remembered():
    pipeline._remembered.clear()
    yield
    pipeline._remembered.clear()
    learning.install({})


def fresh(r: Review, **options: object) -> object:
    """The analysis with nothing remembered: what the review gets on its own."""
    pipeline._remembered.clear()
    return analyse_review(r, **options)  # type: ignore[arg-type]


def test_a_repeated_short_review_reads_as_it_does_alone() -> None:
    for text, rating in [("", 5), ("", 1), ("Polecam!", 5), ("Super", None), ("Ужасно", 2)]:
        first = analyse_review(review(text, rating))
        again = analyse_review(review(text, rating))
        assert again == first == fresh(review(text, rating))
        assert again is not first  # each review its own analysis, to change as it likes


def test_what_else_the_analysis_reads_still_counts() -> None:
    # the same words with other stars, another platform language or source language, a
    # title, a recommendation: each read anew, as alone
    base = analyse_review(review("Super", 5))
    variants = [
        review("Super", 1),
        review("Super", None, recommendation="negative"),
        review("Super", 5, title="Nie polecam"),
        review("Super", 5, language_hint="pl"),
    ]
    for r in variants:
        said = analyse_review(r)
        assert said == fresh(r)
    assert analyse_review(review("Super", 1)).sentiment != base.sentiment
    assert analyse_review(review("Super", 5), fallback_language="ru") == fresh(
        review("Super", 5), fallback_language="ru"
    )


def test_a_changed_analysis_is_not_what_the_next_review_gets() -> None:
    first = analyse_review(review("Polecam!", 5))
    first.sentiment = Sentiment.NEGATIVE  # e.g. a correction applied to this review
    assert analyse_review(review("Polecam!", 5)).sentiment == Sentiment.POSITIVE


class _SaysNegative:
    """A practice's learned model that is sure every text is a complaint."""

    def combine(self, text: str, rules: Sentiment, score: float) -> Sentiment:
        return Sentiment.NEGATIVE


def test_a_learned_model_installed_later_reads_the_same_text_again() -> None:
    before = analyse_review(review("Bardzo dobry lekarz", None), fallback_language="pl")
    assert before.sentiment == Sentiment.POSITIVE
    learning.install({"pl": _SaysNegative()})  # type: ignore[dict-item]
    after = analyse_review(review("Bardzo dobry lekarz", None), fallback_language="pl")
    assert after.sentiment == Sentiment.NEGATIVE
    # ... and the rules alone still read it as before
    alone = analyse_review(
        review("Bardzo dobry lekarz", None), fallback_language="pl", learned=False
    )
    assert alone.sentiment == Sentiment.POSITIVE
    learning.install({})
    assert analyse_review(review("Bardzo dobry lekarz", None), fallback_language="pl") == before


def test_long_texts_are_not_kept() -> None:
    story = "The doctor listened carefully and explained everything. " * 5
    analyse_review(review(story, 5))
    assert not pipeline._remembered
    analyse_review(review("Great", 5))
    assert len(pipeline._remembered) == 1
