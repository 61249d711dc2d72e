"""The whole analysis of one review: language, sentiment, topics, urgency.

``analyse_review`` is pure and thread-safe (lexicons are read once and never changed), so the
sync worker calls it before storing; ``reanalyse_store`` re-runs it over the whole store after
the lexicons change (``clinicrep reanalyse``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from clinicrep.analysis.language import detect_language
from clinicrep.analysis.sentiment import combine, lexicon_score, stars_score, text_score
from clinicrep.analysis.topics import detect_topics, named_sentences
from clinicrep.analysis.triage import assess_urgency
from clinicrep.model import Analysis, Review, Topic
from clinicrep.store.db import Database
from clinicrep.store.reviews import count_reviews, iter_all_reviews, save_analyses
from clinicrep.store.sources import list_sources

log = logging.getLogger(__name__)


def review_text(review: Review) -> str:
    """What the patient wrote: the title (often the verdict) and the text."""
    if review.title and review.title.strip() not in review.text:
        return f"{review.title.strip()}.\n{review.text}" if review.text else review.title
    return review.text


def analyse_review(review: Review, *, fallback_language: str = "") -> Analysis:
    """Language, sentiment, topics and urgency of ``review`` (does not change ``review``).

    ``fallback_language`` is the source's language setting: short texts take it (after the
    language the platform reports, if any) instead of a guess.
    """
    text = review_text(review)
    lang = detect_language(text, review.language_hint or fallback_language)
    scored = text_score(text, lang)
    sentiment, score = combine(scored, stars_score(review.rating, review.recommendation), lang)
    topics = detect_topics(text, lang)
    if any(lexicon_score(sentence, lang).score > 0 for sentence, _ in named_sentences(text, lang)):
        topics.append(Topic.NAMED_PRAISE)
    urgency = assess_urgency(
        text,
        lang,
        rating=review.rating,
        recommendation=review.recommendation,
        sentiment=sentiment,
        score=score,
        negative_clauses=scored.negative_clauses,
    )
    return Analysis(
        language=lang,
        sentiment=sentiment,
        sentiment_score=score,
        topics=tuple(topics),
        urgency=urgency.score,
        urgency_reason=urgency.reason,
    )


def analyse_reviews(reviews: Iterable[Review], fallback_language: str = "") -> list[Analysis]:
    """``analyse_review`` over many reviews, in order."""
    return [analyse_review(r, fallback_language=fallback_language) for r in reviews]


def reanalyse_store(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    *,
    source_languages: dict[int, str] | None = None,
    batch: int = 2000,
) -> int:
    """Analyse every stored review again, one transaction per batch; returns how many.

    ``progress(done, total)`` is called after each batch. ``source_languages`` maps a source
    id to its language setting (the fallback for short texts); by default it is read from the
    store's sources.
    """
    total = count_reviews(db)
    if source_languages is None:
        source_languages = {s.id: s.language for s in list_sources(db) if s.id is not None}
    languages = source_languages
    done = 0
    for reviews in iter_all_reviews(db, batch=batch):
        results = [
            (
                r.id or 0,
                analyse_review(r, fallback_language=languages.get(r.source_id, "")),
            )
            for r in reviews
        ]
        done += save_analyses(db, results)
        if progress is not None:
            progress(done, total)
    log.info("re-analysed %d reviews", done)
    return done
