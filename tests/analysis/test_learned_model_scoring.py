"""The practice's learned model reads a review as its definition says, however fast the path.

The model is a softmax over the text's features (``learning.text_features``: words, their
character n-grams, pairs of words, lexicon terms) scaled by one over the square root of their
count. ``LearnedModel.combine`` finds the same sums by remembered word shares, a set of pairs
and plain floats (session 31, for speed): these tests train a model on our labelled reviews and
check every review's log-probabilities and verdicts against that plain definition in numpy,
read once with nothing remembered and again with every word remembered.
"""

from __future__ import annotations

import json
import pickle
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from clinicrep.analysis import learning
from clinicrep.analysis.learning import Example, LearnedModel, fit, text_features
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Sentiment

DATA = Path(__file__).parent / "data"


def _review(text: str) -> Review:
    return Review(source_id=1, external_id="t", created_at=datetime.now(UTC), text=text)


def _examples(lang: str) -> list[Example]:
    rows = [
        json.loads(line)
        for line in (DATA / f"aspects_{lang}_tune.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    examples = []
    for r in rows:
        a = analyse_review(_review(r["text"]), fallback_language=lang, learned=False)
        examples.append(Example(r["text"], r["overall"], a.sentiment, a.sentiment_score))
    return examples


def _by_definition(model: LearnedModel, text: str) -> np.ndarray:
    """log P(class | text) from the features' strings, as the model was trained on them."""
    features = text_features(text, model.language)
    x = np.zeros(model.weights.shape[1])
    for f in features:
        column = model.vocabulary.get(f)
        if column is not None:
            x[column] += 1.0
    logits = model.bias + model.weights @ x / (np.sqrt(len(features)) if features else 1.0)
    logits -= logits.max()
    return logits - np.log(np.exp(logits).sum())


def _said_by_definition(model: LearnedModel, scores: np.ndarray, rules: Sentiment) -> Sentiment:
    scores = scores.copy()
    scores[model.classes.index(rules.value)] += model.threshold
    return Sentiment(model.classes[int(scores.argmax())])


@pytest.mark.parametrize("lang", ["en", "pl", "zh"])
def test_the_learned_model_reads_every_review_as_its_definition_says(lang: str) -> None:
    examples = _examples(lang)
    model = fit(examples, lang)
    assert len(model.vocabulary) > 100 and model.language == lang
    texts = [e.text for e in examples] + ["", "...", "Dobrze. Dobrze, dobrze!"]
    cold = [model.scores(t) for t in texts]  # every word met for the first time
    warm = [model.scores(t) for t in texts]  # ... and read again from what was remembered
    again = pickle.loads(pickle.dumps(model))  # a worker's copy, remembering nothing
    assert again._words is None
    for text, first, second in zip(texts, cold, warm, strict=True):
        expected = _by_definition(model, text)
        np.testing.assert_allclose(first, expected, rtol=0, atol=1e-9)
        assert first.tolist() == second.tolist() == again.scores(text).tolist()
    for threshold in (0.25, 1.0, 4.0):
        model.blend, model.threshold = "trust", threshold
        for text, e in zip(texts, examples, strict=False):
            for rules in (Sentiment.POSITIVE, Sentiment.NEGATIVE):
                if rules.value in model.classes:
                    expected = _said_by_definition(model, _by_definition(model, text), rules)
                    assert model.combine(text, rules, e.score) == expected


def test_a_model_of_the_stars_alone_speaks_on_neutral_only_when_one_class_leads_clearly() -> None:
    examples = [e for e in _examples("en") if e.label in ("positive", "negative")]
    model = fit(examples, "en")
    assert set(model.classes) == {"positive", "negative"}
    model.blend, model.threshold = "trust", 0.5
    spoke = 0
    for e in examples:
        scores = _by_definition(model, e.text)
        ranked = np.sort(scores)
        lead = ranked[-1] - ranked[-2]
        said = model.combine(e.text, Sentiment.NEUTRAL, 0.0)
        if lead > model.threshold + learning._UNKNOWN_CLASS_LEAD:
            assert said == Sentiment(model.classes[int(scores.argmax())])
            spoke += 1
        else:
            assert said == Sentiment.NEUTRAL
        assert model.combine(e.text, Sentiment.MIXED, 0.0) == Sentiment.MIXED
    assert spoke > 0
