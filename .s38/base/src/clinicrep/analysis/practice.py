"""The learning loop over the store: train the practice's model, load it, reset it.

``learn_from_practice`` reads the practice's sentiment corrections and the stars of its reviews
with text, asks the rules alone what they say of each (with the review's stars, as the analysis
does), trains one model per language (analysis.learning) and keeps those that do not make the
held-out verdicts worse. ``clinicrep learn`` and the window (after corrections) call it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache

from clinicrep import paths
from clinicrep.analysis.learning import Example, LearnedModel, Training, install, retrain
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review
from clinicrep.settings import load_settings
from clinicrep.store.aspects import (
    LabelledText,
    delete_learned_models,
    labelled_texts,
    learned_models,
    save_learned_model,
)
from clinicrep.store.db import Database
from clinicrep.store.reviews import reviews_by_ids


def load_models(db: Database) -> dict[str, LearnedModel]:
    models = {
        lang: LearnedModel.from_bytes(payload) for lang, (_, payload) in learned_models(db).items()
    }
    # a model stored in an older form is none: the rules decide until it is trained again
    return {lang: model for lang, model in models.items() if model is not None}


def install_from_store(db: Database) -> None:
    """Use the stored models (if the practice has not switched learning off)."""
    install(load_models(db), enabled=load_settings(db).learning_enabled)


def learn_from_practice(db: Database, *, stars: bool = True) -> list[Training]:
    """Train every language the practice has labelled; keep what helps; use it from now on."""
    texts = _most_telling(labelled_texts(db, stars=stars))
    reviews = {r.id: r for r in reviews_by_ids(db, [t.review_id for t in texts])}
    by_language: dict[str, list[Example]] = {}
    for t in texts:
        review = reviews.get(t.review_id)
        if review is None or not t.language:
            continue
        if not t.corrected:
            # Stars are the label here: what matters is what the words alone would have said
            # (the model speaks for reviews without stars, and where the words mislead).
            review = replace(review, rating=None, recommendation=None)
        rules = analyse_review(review, fallback_language=t.language, learned=False)
        by_language.setdefault(t.language, []).append(
            Example(t.text, t.label, rules.sentiment, rules.sentiment_score)
        )
    delete_learned_models(db)
    outcomes = retrain(
        by_language,
        lambda lang, model: save_learned_model(db, lang, model.examples, model.to_bytes()),
        guard_examples,
    )
    install_from_store(db)
    return outcomes


# Per language, what a model learns from at most: every correction, then the newest starred
# reviews. Training time grows with the examples (about 20 s for 3,000 on one busy core).
MOST_EXAMPLES = 3000


def _most_telling(texts: list[LabelledText]) -> list[LabelledText]:
    by_language: dict[str, list[LabelledText]] = {}
    for t in texts:  # in the order of the reviews' ids: the newest last
        by_language.setdefault(t.language, []).append(t)
    chosen: list[LabelledText] = []
    for group in by_language.values():
        corrected = [t for t in group if t.corrected][-MOST_EXAMPLES:]
        room = MOST_EXAMPLES - len(corrected)
        starred = [t for t in group if not t.corrected][-room:] if room else []
        chosen += corrected + starred
    return sorted(chosen, key=lambda t: t.review_id)


@cache
def guard_examples(language: str) -> tuple[Example, ...]:
    """Our own labelled reviews of the language (resources/learning/guard_<lang>.jsonl) with
    what the rules alone say of each: a learned model may not read them clearly worse."""
    path = paths.resource("learning", f"guard_{language}.jsonl")
    if not path.is_file():
        return ()
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        review = Review(
            source_id=0,
            external_id="guard",
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
            text=row["text"],
            rating=row["rating"],
        )
        rules = analyse_review(review, fallback_language=language, learned=False)
        result.append(Example(row["text"], row["label"], rules.sentiment, rules.sentiment_score))
    return tuple(result)


def reset_learning(db: Database) -> None:
    """Delete every learned model; the rules alone decide from now on."""
    delete_learned_models(db)
    install({}, enabled=load_settings(db).learning_enabled)


@dataclass(frozen=True, slots=True)
class LearningStatus:
    examples: int  # reviews the kept models learned from
    languages: tuple[str, ...]


def learning_status(db: Database) -> LearningStatus:
    models = {  # a model stored in an older form is none: it taught nothing in use
        lang: (n, payload)
        for lang, (n, payload) in learned_models(db).items()
        if LearnedModel.from_bytes(payload) is not None
    }
    return LearningStatus(sum(n for n, _ in models.values()), tuple(sorted(models)))
