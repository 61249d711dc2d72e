"""What the program learns from the practice: a small local model beside the rules.

A multinomial naive Bayes over hashed character n-grams (numpy only), one per language, trained
on the practice's own sentiment corrections and on the stars of its reviews with text (stars are
free labels for text from the same platforms). Its score per class is set beside the rules'
verdict, which gets a trust chosen on held-out examples; it says nothing until it has
``MIN_EXAMPLES`` examples. Before it is kept, every fifth example is held out: the
model trained on the rest must not make the held-out verdicts worse than the rules alone made
them, by a margin, else it stays off and says why. Models are stored in SQLite
(``learned_models``); reset deletes them. Nothing leaves the PC.
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from clinicrep.model import Sentiment

log = logging.getLogger(__name__)

MIN_EXAMPLES = 50  # per language, before the model says anything
_MIN_PER_CLASS = 10
_BUCKETS = 1 << 16  # hashed n-gram features
_NGRAMS = (2, 3, 4)
_ALPHA = 0.3  # additive smoothing
_FOLDS = 5
_MARGIN = 0.02  # the held-out macro-F1 must gain this much for the model to be kept
_GUARD_TOLERANCE = 0.02  # ... and the guard set's may drop no more than this
# How much the rules' verdict counts beside the model's score (the mean log-likelihood of the
# text's n-grams per class: a plain sum grows with the length and drowns any trust). Chosen per
# practice on its held-out fifth; on PolEmo's development half B, 0.1 was best.
_TRUSTS = (0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3)
_LABELS = tuple(s.value for s in Sentiment)
_SPACE = re.compile(r"\s+")


def features(text: str) -> np.ndarray:
    """Bucket ids of the text's character 2-4-grams (lower case, spaces squeezed, padded)."""
    padded = f" {_SPACE.sub(' ', text.lower()).strip()} "
    grams = [padded[i : i + n] for n in _NGRAMS for i in range(len(padded) - n + 1)]
    if not grams:
        return np.zeros(0, dtype=np.int64)
    # crc32 is stable across runs (Python's hash() is salted per process)
    return np.fromiter(
        (zlib.crc32(g.encode("utf-8")) & (_BUCKETS - 1) for g in grams),
        dtype=np.int64,
        count=len(grams),
    )


@dataclass(slots=True)
class LearnedModel:
    """One language's model: log P(bucket | class) and log P(class)."""

    classes: tuple[str, ...]
    log_prior: np.ndarray
    log_likelihood: np.ndarray  # classes x buckets
    threshold: float = 0.1  # the trust in the rules' verdict (see _TRUSTS)
    examples: int = 0
    holdout_rules: float = 0.0  # macro-F1 of the rules alone on the held-out examples
    holdout_combined: float = 0.0  # ... and of the rules with this model

    def scores(self, text: str) -> np.ndarray:
        """Per class, the mean log-likelihood of the text's n-grams (higher: likelier)."""
        return _scores(self, features(text))

    def combine(self, text: str, rules: Sentiment) -> Sentiment:
        """The rules' verdict, or the model's where it is surer than its trust in the rules;
        a verdict the model cannot make (a mixed review, when it never learned "mixed")
        stays the rules'."""
        return _said(self, self.scores(text), rules)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            classes=np.array(self.classes),
            log_prior=self.log_prior.astype(np.float32),
            log_likelihood=self.log_likelihood.astype(np.float32),
            meta=np.array(
                [self.threshold, self.examples, self.holdout_rules, self.holdout_combined]
            ),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, payload: bytes) -> LearnedModel:
        with np.load(io.BytesIO(payload), allow_pickle=False) as data:
            threshold, examples, rules, combined = (float(x) for x in data["meta"])
            return cls(
                tuple(str(c) for c in data["classes"]),
                data["log_prior"].astype(np.float64),
                data["log_likelihood"].astype(np.float64),
                threshold,
                int(examples),
                rules,
                combined,
            )


def fit(texts: Sequence[str], labels: Sequence[str]) -> LearnedModel:
    """Naive Bayes on the texts (the trust in the rules not chosen yet)."""
    return _fit([features(text) for text in texts], labels)


def _fit(grams: Sequence[np.ndarray], labels: Sequence[str]) -> LearnedModel:
    classes = tuple(label for label in _LABELS if label in set(labels))
    counts = np.zeros((len(classes), _BUCKETS), dtype=np.float64)
    index = {c: i for i, c in enumerate(classes)}
    for ids, label in zip(grams, labels, strict=True):
        if ids.size:
            np.add.at(counts[index[label]], ids, 1.0)
    smoothed = counts + _ALPHA
    log_likelihood = np.log(smoothed / smoothed.sum(axis=1, keepdims=True))
    class_counts = np.array([sum(1 for label in labels if label == c) for c in classes], float)
    log_prior = np.log(class_counts / class_counts.sum())
    return LearnedModel(classes, log_prior, log_likelihood, examples=len(labels))


def macro_f1(gold: Sequence[str], said: Sequence[str]) -> float:
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for g, s in zip(gold, said, strict=True) if g == label and s == label)
        fp = sum(1 for g, s in zip(gold, said, strict=True) if g != label and s == label)
        fn = sum(1 for g, s in zip(gold, said, strict=True) if g == label and s != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


@dataclass(slots=True)
class Example:
    text: str
    label: str  # the practice's verdict (a Sentiment value)
    rules: Sentiment  # what the rules alone say of it


@dataclass(slots=True)
class Training:
    """The outcome of training one language: a model to keep, or why there is none."""

    language: str
    examples: int
    model: LearnedModel | None = None
    reason: str = ""  # "too_few" | "one_class" | "no_better"
    holdout_rules: float = 0.0
    holdout_combined: float = 0.0
    guard_rules: float = 0.0
    guard_combined: float = 0.0


def train(language: str, examples: Sequence[Example], guard: Sequence[Example] = ()) -> Training:
    """Train and keep the model only if it helps: each fifth of the examples is held out in
    turn (five-fold cross-validation), the trust in the rules is chosen on those held-out
    verdicts, and the model is kept only if they are then better than the rules' alone by a
    clear margin (``_MARGIN``); a model that would make them worse is never kept. Then the
    ``guard`` reviews (our own labelled set, resources/learning/) must not be read clearly
    worse than the rules alone read them: a practice's labels that teach nonsense (a test
    shuffles them) switch the model off."""
    result = Training(language, len(examples))
    if len(examples) < MIN_EXAMPLES:
        result.reason = "too_few"
        return result
    labels = [e.label for e in examples]
    if sum(1 for c in set(labels) if labels.count(c) >= _MIN_PER_CLASS) < 2:
        result.reason = "one_class"
        return result
    grams = [features(e.text) for e in examples]
    gold = labels
    rules = [e.rules for e in examples]
    scores: list[np.ndarray] = [np.zeros(0)] * len(examples)
    folds: list[LearnedModel] = []
    for fold in range(_FOLDS):
        train_at = [i for i in range(len(examples)) if i % _FOLDS != fold]
        model = _fit([grams[i] for i in train_at], [labels[i] for i in train_at])
        folds.append(model)
        for i in range(fold, len(examples), _FOLDS):
            scores[i] = _scores(model, grams[i])
    rules_alone = macro_f1(gold, [r.value for r in rules])
    best_trust, best = -1.0, rules_alone
    for trust in _TRUSTS:
        said = []
        for i in range(len(examples)):
            model = folds[i % _FOLDS]
            model.threshold = trust
            said.append(_said(model, scores[i], rules[i]).value)
        score = macro_f1(gold, said)
        # on a tie the larger trust: the model that overrules the rules least
        if score > best or (best_trust >= 0 and score >= best):
            best_trust, best = trust, max(score, best)
    result.holdout_rules, result.holdout_combined = rules_alone, best
    if best_trust < 0 or best - rules_alone < _MARGIN:
        result.reason = "no_better"
        return result
    final = _fit(grams, labels)
    final.threshold = best_trust
    final.holdout_rules, final.holdout_combined = rules_alone, best
    if guard:
        guard_gold = [e.label for e in guard]
        result.guard_rules = macro_f1(guard_gold, [e.rules.value for e in guard])
        result.guard_combined = macro_f1(
            guard_gold, [final.combine(e.text, e.rules).value for e in guard]
        )
        if result.guard_combined < result.guard_rules - _GUARD_TOLERANCE:
            result.reason = "worse_on_guard"
            return result
    result.model = final
    return result


def _scores(model: LearnedModel, ids: np.ndarray) -> np.ndarray:
    if not ids.size:
        return np.zeros(len(model.classes))
    return np.asarray(model.log_likelihood[:, ids].mean(axis=1))


def _said(model: LearnedModel, scores: np.ndarray, rules: Sentiment) -> Sentiment:
    """The class with the best score once the rules' verdict gets its trust."""
    if rules.value not in model.classes:
        if rules == Sentiment.MIXED or len(scores) < 2:
            return rules  # a mixed review, when the model never learned "mixed", stays mixed
        # "neutral" from the rules, a model that learned only praise and complaints (stars):
        # it speaks only when one class leads the other by more than the trust
        top, second = np.sort(scores)[-1], np.sort(scores)[-2]
        if top - second > model.threshold:
            return Sentiment(model.classes[int(scores.argmax())])
        return rules
    scores = scores.copy()
    scores[model.classes.index(rules.value)] += model.threshold
    return Sentiment(model.classes[int(scores.argmax())])


# -- the models in use -----------------------------------------------------------------------
@dataclass(slots=True)
class _Active:
    models: dict[str, LearnedModel] = field(default_factory=dict)
    enabled: bool = True


_active = _Active()


def install(models: dict[str, LearnedModel], *, enabled: bool = True) -> None:
    """Use these models in every analysis from now on (the window and the CLI call this after
    opening the store, after training and after a reset)."""
    global _active
    _active = _Active(dict(models), enabled)  # one reference swap: safe for worker threads


def installed() -> tuple[dict[str, LearnedModel], bool]:
    """The models in use and whether they are on: what a worker process installs too."""
    current = _active
    return dict(current.models), current.enabled


def active_model(language: str) -> LearnedModel | None:
    current = _active
    return current.models.get(language) if current.enabled else None


def retrain(
    language_examples: dict[str, list[Example]],
    save: Callable[[str, LearnedModel], None],
    guards: Callable[[str], Sequence[Example]] = lambda language: (),
) -> list[Training]:
    """Train each language; ``save`` the models kept (languages without one keep none)."""
    outcomes = []
    for language, examples in sorted(language_examples.items()):
        outcome = train(language, examples, guards(language))
        if outcome.model is not None:
            save(language, outcome.model)
        log.info(
            "learning: %s, %d examples, %s (held out: rules %.3f, with model %.3f)",
            language,
            outcome.examples,
            "kept" if outcome.model else outcome.reason,
            outcome.holdout_rules,
            outcome.holdout_combined,
        )
        outcomes.append(outcome)
    return outcomes
