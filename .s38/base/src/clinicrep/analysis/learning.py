"""What the program learns from the practice: a small local model beside the rules.

A regularised logistic regression (softmax, numpy only), one per language, trained on the
practice's own sentiment corrections and on the stars of its reviews with text (stars are free
labels for text from the same platforms). Its features are the text's words, pairs of words,
character 3-5-grams inside words and the terms of the sentiment lexicon it holds. It is blended
with the rules in one of two ways, whichever reads the practice's held-out examples better: the
rules' verdict gets a fixed trust, or (a calibrated blend) how often each verdict of the rules,
weak or strong, turned out to be each class at this practice is added to the model's odds. It
says nothing until it has ``MIN_EXAMPLES`` examples. Before it is kept, each fifth of the
examples is held out in turn: the held-out verdicts must be better than the rules' alone by a
margin, else it stays off and says why; then our own labelled reviews (resources/learning/)
must not be read clearly worse. Models are stored in SQLite (``learned_models``); reset deletes
them. Nothing leaves the PC.
"""

from __future__ import annotations

import io
import logging
import math
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

import numpy as np

from clinicrep.analysis.lexicon import tokenize
from clinicrep.analysis.sentiment import DENIALS, TO_CLAUSE_END, sentiment_matches
from clinicrep.model import Sentiment

log = logging.getLogger(__name__)

MIN_EXAMPLES = 50  # per language, before the model says anything
_MIN_PER_CLASS = 10
_CHAR_NGRAMS = (3, 4, 5)  # character n-grams inside each word (padded with a space)
_FOLDS = 5
_MARGIN = 0.02  # the held-out macro-F1 must gain this much for the model to be kept ...
# ... plus this over the square root of the examples: the macro-F1 of a few held-out examples
# wanders by chance (the Polish half B as a practice of 50 kept a model that read the rest
# 0.004 worse; 0.15 / sqrt(50) = 0.021, 0.0075 at 400)
_NOISE = 0.15
_GUARD_TOLERANCE = 0.02  # ... and the guard set's may drop no more than this
_C = 4.0  # inverse strength of the L2 penalty (per example, as in liblinear's C)
_ITERATIONS = 150
# The blends tried on the held-out folds (the best kept that the guard set accepts): "trust"
# adds its value to the log-probability of the rules' class, "calibrated" adds that many times
# the log of how often the rules' verdict (weak or strong) came with each class in the
# practice's examples. Ordered from the blend that overrules the rules least: on a tie the
# earlier wins.
_BLENDS = (
    ("trust", 4.0),
    ("trust", 2.0),
    ("trust", 1.0),
    ("calibrated", 2.0),
    ("trust", 0.5),
    ("calibrated", 1.0),
    ("trust", 0.25),
    ("calibrated", 0.5),
)
_STRONG = 0.5  # a rules' score at least this far from 0 is a strong verdict
# A verdict the model never learned (a "neutral" from the rules, a model that learned only the
# stars' praise and complaints): it speaks only when one class leads by this much more.
_UNKNOWN_CLASS_LEAD = 1.0
_LABELS = tuple(s.value for s in Sentiment)
# What the rules said, as the calibrated blend counts it: each verdict, positive and negative
# apart by strength
_EVIDENCE = ("negative!", "negative", "neutral", "positive", "positive!", "mixed")
_FORMAT = 2  # the stored form; a model stored in another form is read as none (train again)
_PUNCTUATION = frozenset(".,")
_LEXICON_SECTIONS = frozenset(("words", "symptoms", "irony"))
# A lexicon term counts as three features (the model alone, 5-fold on PolEmo's half A: 0.628
# macro-F1 without the terms, 0.634 with them once, 0.644 three times)
_LEXICON_REPEAT = 3
# The model reads the opening of a long story (the rules read all of it): what it costs stays
# that of a short review, and most stories say early what they think.
_READ = 120  # tokens
_WORD_MEMO = 100_000  # words whose share a model remembers
# A trained model forgets the features whose largest weight is below this share of its
# strongest feature's: L2 leaves every feature met in training a weight, most of them near
# zero, and the table of word pairs looked up for every review (22,000 of them from 567 NHS
# stories) is what misses the cache. Chosen on tuning data only (analysis_accuracy.py
# --prune-sweep: held-out fifths of the aspect sets' tune parts, PolEmo's and NHS's half A):
# at 0.03 NHS's model keeps 11,159 of 47,808 features (2,501 of 21,971 pairs), PolEmo's 21,244
# of 45,146, and the held-out readings move within a fold's noise (with the rules at trust 1:
# -0.007 .. +0.010, NHS -0.002, PolEmo -0.001); at 0.05 the model alone drops 0.040 (en).
_PRUNE = 0.03


def text_features(text: str, language: str = "") -> list[str]:
    """The text's features as strings: each distinct word with its character n-grams (a bag:
    two words may share an n-gram), each distinct pair of neighbouring words, and the terms of
    the language's sentiment lexicon found in it (turned or not by a negation)."""
    tokens = tokenize(text)[:_READ]
    result: list[str] = []
    for w in {t for t in tokens if t not in _PUNCTUATION}:
        result += _word_features(w)
    result += ["b " + a + " " + b for a, b in set(zip(tokens, tokens[1:], strict=False))]
    if language:
        result += lexicon_features(text, language) * _LEXICON_REPEAT
    return result


def lexicon_features(text: str, language: str) -> list[str]:
    """The sentiment lexicon's terms in the text ("l zły", "l! miły": negated), one each: the
    model learns what each is worth at this practice."""
    found: set[str] = set()
    negated_until = -1
    # (a match's fields unpacked, not read by name: a compiled loop reads a tuple's items)
    for start, length, term, _, section in sentiment_matches(text, language):
        if start >= _READ:  # (Chinese counts characters per sentence: not in order)
            continue
        if section in ("end", "clause"):
            negated_until = -1
        elif section == DENIALS:
            negated_until = TO_CLAUSE_END  # "I wouldn't say ...": to the clause's end
        elif section == "negators":
            negated_until = start + length + 3
        elif section in _LEXICON_SECTIONS:
            found.add(("l! " if start < negated_until else "l ") + term)
        elif section != "words":
            found.add("s " + section)
    return list(found)


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    size = len(padded)
    grams = ["w " + word]
    for n in _CHAR_NGRAMS:
        grams += (padded[i : i + n] for i in range(size - n + 1))
    return tuple(grams)


def _evidence(rules: Sentiment, score: float) -> int:
    """The index in ``_EVIDENCE`` of what the rules said."""
    if rules in (Sentiment.POSITIVE, Sentiment.NEGATIVE):
        strong = "!" if abs(score) >= _STRONG else ""
        return _EVIDENCE.index(rules.value + strong)
    return _EVIDENCE.index(rules.value)


@dataclass(slots=True)
class LearnedModel:
    """One language's model: weights per class of each known feature, and of the rules'."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]  # feature -> column of ``weights``
    weights: np.ndarray  # classes x features
    bias: np.ndarray  # classes
    # log P(what the rules said | class) at this practice: _EVIDENCE x classes
    rules_odds: np.ndarray = field(default_factory=lambda: np.zeros((len(_EVIDENCE), 0)))
    blend: str = "trust"  # how the rules' verdict is weighed (see _BLENDS) ...
    threshold: float = 1.0  # ... and how much
    examples: int = 0
    holdout_rules: float = 0.0  # macro-F1 of the rules alone on the held-out examples
    holdout_combined: float = 0.0  # ... and of the rules with this model
    language: str = ""  # whose sentiment lexicon's terms are features ("": none)
    # What a story's sum is made of, each as its doubles packed in one ``bytes`` (a feature
    # count, then the weight per class): word -> its features' share (filled as read) ...
    _words: dict[str, bytes] | None = None
    _by_feature: list[tuple[float, ...]] | None = None  # per feature its weights, made on use
    # ... the pairs of words it knows, by the pair (count 0: all pairs count, known or not) ...
    _pair_weights: dict[tuple[str, str], bytes] | None = None
    # ... and a lexicon feature -> its weights _LEXICON_REPEAT times (b"": not known), as met
    _terms: dict[str, bytes] | None = None
    _share: struct.Struct | None = None  # how a share is packed: 1 + classes doubles
    _bias_floats: tuple[float, ...] | None = None  # ``bias`` as plain floats (made on use)
    # the rules' odds as plain floats, per row of _EVIDENCE (made on use)
    _odds_floats: list[tuple[float, ...]] | None = None
    _verdicts: tuple[Sentiment, ...] | None = None  # ``classes`` as Sentiments (made on use)

    def __reduce__(self) -> tuple[type[LearnedModel], tuple[object, ...]]:
        """Pickled (for the analysis workers) without what it remembered of words read."""
        return (
            LearnedModel,
            (
                self.classes,
                self.vocabulary,
                self.weights,
                self.bias,
                self.rules_odds,
                self.blend,
                self.threshold,
                self.examples,
                self.holdout_rules,
                self.holdout_combined,
                self.language,
            ),
        )

    def weighed(self, text: str) -> tuple[list[float], int]:
        """The summed weights per class of the text's known features, and how many features
        it has in all. Each word's share (its features' count and summed weights) is found
        once and remembered. Plain Python on a few floats: numpy's cost per call is larger
        here. What a story adds up (its words' shares, the pairs it shares with the model,
        found by a set intersection in C, its lexicon terms) is packed doubles, joined into
        one buffer and summed per class in C (session 32: a story's words cost cache misses
        more than instructions, and a share in one ``bytes`` is one object, not a tuple and
        its floats); in the order the tuples were added before, so the same sums."""
        words = self._words
        if words is None or len(words) > _WORD_MEMO:
            words = self._words = {}
        share = self._share
        if share is None:
            share = self._share = struct.Struct(f"{1 + len(self.classes)}d")
        tokens = tokenize(text)[:_READ]
        distinct = set(tokens)
        distinct.discard(".")
        distinct.discard(",")
        shares = list(map(words.get, distinct))
        if None in shares:
            rows = self._rows()
            zero = (0.0,) * len(self.classes)
            for at, w in enumerate(distinct):
                if shares[at] is None:
                    feats = _word_features(w)
                    known = [rows[c] for c in self._known(feats)]
                    weight = tuple(map(sum, zip(*known, strict=True))) if known else zero
                    shares[at] = words[w] = share.pack(float(len(feats)), *weight)
        pairs = set(zip(tokens, tokens[1:], strict=False))
        total = len(pairs)
        table = self._pairs()
        found = table.keys() & pairs
        if found:
            shares += map(table.__getitem__, found)
        if self.language:
            terms = lexicon_features(text, self.language)
            total += len(terms) * _LEXICON_REPEAT
            memo = self._terms
            if memo is None:
                memo = self._terms = {}
            for term in terms:
                packed = memo.get(term)
                if packed is None:
                    c = self.vocabulary.get(term)
                    packed = memo[term] = (
                        b"" if c is None else share.pack(0.0, *self._rows()[c]) * _LEXICON_REPEAT
                    )
                if packed:
                    shares.append(packed)
        step = share.size // 8
        if shares:
            doubles = memoryview(b"".join(cast("list[bytes]", shares))).cast("d")
            summed = [sum(doubles[c::step]) for c in range(step)]
        else:
            summed = [0.0] * step
        return summed[1:], total + int(summed[0])

    def _pairs(self) -> dict[tuple[str, str], bytes]:
        """The pairs of words the model knows, by the pair: their weights per class packed
        (after a count of 0: every pair counts, known or not)."""
        pairs = self._pair_weights
        if pairs is None:
            rows = self._rows()
            pack = struct.Struct(f"{1 + len(self.classes)}d").pack
            pairs = self._pair_weights = {
                tuple(name[2:].split(" ")): pack(0.0, *rows[c])  # type: ignore[misc]
                for name, c in self.vocabulary.items()
                if name.startswith("b ")
            }
        return pairs

    def _rows(self) -> list[tuple[float, ...]]:
        """Per feature, its weight per class, as plain floats."""
        rows = self._by_feature
        if rows is None:
            rows = self._by_feature = [tuple(r) for r in self.weights.T.tolist()]
        return rows

    def _bias(self) -> tuple[float, ...]:
        bias = self._bias_floats
        if bias is None:
            bias = self._bias_floats = tuple(self.bias.tolist())
        return bias

    def _members(self) -> tuple[Sentiment, ...]:
        verdicts = self._verdicts
        if verdicts is None:
            verdicts = self._verdicts = tuple(Sentiment(c) for c in self.classes)
        return verdicts

    def _odds(self) -> list[tuple[float, ...]]:
        odds = self._odds_floats
        if odds is None:
            odds = self._odds_floats = [tuple(r) for r in self.rules_odds.tolist()]
        return odds

    def _known(self, features: Iterable[str]) -> list[int]:
        get = self.vocabulary.get
        return [c for c in map(get, features) if c is not None]

    def scores(self, text: str) -> np.ndarray:
        """Per class, the log-probability the model gives the text."""
        return np.array(self.log_probabilities(text))

    def log_probabilities(self, text: str) -> list[float]:
        """``scores`` as plain floats (what ``combine`` reads: no numpy call per review)."""
        summed, total = self.weighed(text)
        return _log_probabilities(self, summed, total)

    def combine(self, text: str, rules: Sentiment, score: float = 0.0) -> Sentiment:
        """The rules' verdict, or the model's where it is surer than its trust in the rules;
        a verdict the model cannot make (a mixed review, when it never learned "mixed")
        stays the rules'. ``score`` is the rules' score of the review (-1 .. 1)."""
        return _said(self, self.log_probabilities(text), rules, score)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            buffer,
            classes=np.array(self.classes),
            vocabulary=np.array(names),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            rules_odds=self.rules_odds.astype(np.float32),
            blend=np.array(self.blend),
            language=np.array(self.language),
            meta=np.array(
                [
                    _FORMAT,
                    self.threshold,
                    self.examples,
                    self.holdout_rules,
                    self.holdout_combined,
                ]
            ),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, payload: bytes) -> LearnedModel | None:
        """The stored model, or None for one stored in an older form (the naive Bayes of
        earlier versions): the practice's corrections are kept, ``clinicrep learn`` or the
        next correction trains it again."""
        with np.load(io.BytesIO(payload), allow_pickle=False) as data:
            if "vocabulary" not in data.files or int(data["meta"][0]) != _FORMAT:
                return None
            _, threshold, examples, rules, combined = (float(x) for x in data["meta"])
            names = [str(n) for n in data["vocabulary"]]
            return cls(
                tuple(str(c) for c in data["classes"]),
                {n: i for i, n in enumerate(names)},
                data["weights"].astype(np.float64),
                data["bias"].astype(np.float64),
                data["rules_odds"].astype(np.float64),
                str(data["blend"]),
                threshold,
                int(examples),
                rules,
                combined,
                str(data["language"]),
            )


def _log_probabilities(model: LearnedModel, summed: list[float], total: int) -> list[float]:
    scale = 1.0 / math.sqrt(total) if total else 0.0
    logits = [b + w * scale for b, w in zip(model._bias(), summed, strict=True)]
    top = max(logits)
    spread = top + math.log(sum(math.exp(z - top) for z in logits))
    return [z - spread for z in logits]


@dataclass(slots=True)
class Example:
    text: str
    label: str  # the practice's verdict (a Sentiment value)
    rules: Sentiment  # what the rules alone say of it
    score: float = 0.0  # ... and their score (-1 .. 1)


@dataclass(slots=True)
class _Design:
    """Examples as a sparse matrix (row, column) of unit-length rows, and what the rules said."""

    vocabulary: dict[str, int]
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    evidence: np.ndarray  # per example, the index in _EVIDENCE of what the rules said
    count: int


def _design(features: Sequence[list[str]], examples: Sequence[Example]) -> _Design:
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, feats in enumerate(features):
        if not feats:
            continue
        weight = 1.0 / math.sqrt(len(feats))
        for f in feats:
            cols.append(vocabulary.setdefault(f, len(vocabulary)))
        rows.extend([i] * len(feats))
        values.extend([weight] * len(feats))
    evidence = np.array([_evidence(e.rules, e.score) for e in examples], dtype=np.int64)
    return _Design(
        vocabulary,
        np.array(rows, dtype=np.int64),
        np.array(cols, dtype=np.int64),
        np.array(values),
        evidence,
        len(examples),
    )


def _subset(design: _Design, keep: Sequence[int]) -> _Design:
    """The rows ``keep`` of ``design``, renumbered, with the columns they use renumbered."""
    at = np.full(design.count, -1, dtype=np.int64)
    at[np.asarray(keep, dtype=np.int64)] = np.arange(len(keep))
    mask = at[design.rows] >= 0
    used, cols = np.unique(design.cols[mask], return_inverse=True)
    names = [""] * len(design.vocabulary)
    for name, c in design.vocabulary.items():
        names[c] = name
    return _Design(
        {names[c]: i for i, c in enumerate(used)},
        at[design.rows[mask]],
        cols.astype(np.int64),
        design.values[mask],
        design.evidence[np.asarray(keep, dtype=np.int64)],
        len(keep),
    )


def _fit(design: _Design, labels: Sequence[str], language: str = "") -> LearnedModel:
    """Softmax regression with an L2 penalty, by Nesterov's accelerated gradient descent, and
    how often each verdict of the rules came with each class."""
    classes = tuple(label for label in _LABELS if label in set(labels))
    k, n, f = len(classes), design.count, len(design.vocabulary)
    gold = np.array([classes.index(label) for label in labels], dtype=np.int64)
    y = np.zeros((n, k))
    y[np.arange(n), gold] = 1.0
    rows, cols, values = design.rows, design.cols, design.values
    penalty = 1.0 / (_C * n)
    # rows have unit length: the loss's curvature is at most 1/2, plus the penalty's
    step = 1.0 / (0.5 + penalty)
    w = np.zeros((k, f))
    b = np.log(y.mean(axis=0) + 1e-9)
    w_prev, b_prev = w, b
    for t in range(1, _ITERATIONS + 1):
        momentum = (t - 1) / (t + 2)
        wy = w + momentum * (w - w_prev)
        by = b + momentum * (b - b_prev)
        logits = np.tile(by, (n, 1))
        for c in range(k):
            logits[:, c] += np.bincount(rows, weights=wy[c, cols] * values, minlength=n)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) / n
        grad_w = np.empty_like(w)
        for c in range(k):
            grad_w[c] = np.bincount(cols, weights=error[rows, c] * values, minlength=f)
        grad_w += penalty * wy
        w_prev, b_prev = w, b
        w, b = wy - step * grad_w, by - step * error.sum(axis=0)
    counts = np.ones((len(_EVIDENCE), k))  # add-one smoothing
    np.add.at(counts, (design.evidence, gold), 1.0)
    rules_odds = np.log(counts / counts.sum(axis=0, keepdims=True))
    vocabulary, w = _pruned(design.vocabulary, w, _PRUNE)
    return LearnedModel(classes, vocabulary, w, b, rules_odds, examples=n, language=language)


def _pruned(
    vocabulary: dict[str, int], weights: np.ndarray, share: float
) -> tuple[dict[str, int], np.ndarray]:
    """The features whose largest weight (any class) is at least ``share`` of the strongest
    feature's, renumbered in their order, and their weights. What a text's score loses is
    the sum of the forgotten weights it holds: its feature count (the scale) is unchanged,
    as that counts the features it does not know too."""
    if share <= 0.0 or not weights.size:
        return vocabulary, weights
    strength = np.abs(weights).max(axis=0)
    kept = np.flatnonzero(strength >= share * strength.max())
    names = [""] * len(vocabulary)
    for name, c in vocabulary.items():
        names[c] = name
    return {names[c]: i for i, c in enumerate(kept.tolist())}, weights[:, kept]


def fit(examples: Sequence[Example], language: str = "") -> LearnedModel:
    """The model on all ``examples`` (the trust in the rules not chosen yet)."""
    features = [text_features(e.text, language) for e in examples]
    return _fit(_design(features, examples), [e.label for e in examples], language)


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
class Training:
    """The outcome of training one language: a model to keep, or why there is none."""

    language: str
    examples: int
    model: LearnedModel | None = None
    reason: str = ""  # "too_few" | "one_class" | "no_better" | "worse_on_guard"
    holdout_rules: float = 0.0
    holdout_combined: float = 0.0
    guard_rules: float = 0.0
    guard_combined: float = 0.0


def train(language: str, examples: Sequence[Example], guard: Sequence[Example] = ()) -> Training:
    """Train and keep the model only if it helps: each fifth of the examples is held out in
    turn (five-fold cross-validation), and each blend with the rules (``_BLENDS``) reads those
    held-out examples; only the blends that read them better than the rules alone by a clear
    margin (``_MARGIN``, more with few examples: ``_NOISE``) are candidates, a model that
    would make them worse is never kept.
    Then the ``guard`` reviews (our own labelled set, resources/learning/) must not be read
    clearly worse than the rules alone read them: the best candidate that passes is kept, and
    a practice's labels that teach nonsense (a test shuffles them) switch the model off."""
    result = Training(language, len(examples))
    if len(examples) < MIN_EXAMPLES:
        result.reason = "too_few"
        return result
    labels = [e.label for e in examples]
    if sum(1 for c in set(labels) if labels.count(c) >= _MIN_PER_CLASS) < 2:
        result.reason = "one_class"
        return result
    design = _design([text_features(e.text, language) for e in examples], examples)
    rules = [e.rules for e in examples]
    held_out: list[tuple[LearnedModel, list[float]]] = []
    for fold in range(_FOLDS):
        train_at = [i for i in range(len(examples)) if i % _FOLDS != fold]
        model = _fit(_subset(design, train_at), [labels[i] for i in train_at], language)
        held_out += [
            (model, model.log_probabilities(examples[i].text))
            for i in range(fold, len(examples), _FOLDS)
        ]
    order = [i for fold in range(_FOLDS) for i in range(fold, len(examples), _FOLDS)]
    rules_alone = macro_f1(labels, [r.value for r in rules])
    gold = [labels[i] for i in order]
    tried = []
    for at, (blend, weight) in enumerate(_BLENDS):
        said = []
        for (model, scores), i in zip(held_out, order, strict=True):
            model.blend, model.threshold = blend, weight
            said.append(_said(model, scores, rules[i], examples[i].score).value)
        tried.append((macro_f1(gold, said), -at))
    # the best first; on a tie the blend that overrules the rules least
    ranked = [(score, _BLENDS[-at]) for score, at in sorted(tried, reverse=True)]
    result.holdout_rules, result.holdout_combined = rules_alone, ranked[0][0]
    margin = _MARGIN + _NOISE / math.sqrt(len(examples))
    ranked = [(score, blend) for score, blend in ranked if score - rules_alone >= margin]
    if not ranked:
        result.reason = "no_better"
        return result
    final = _fit(design, labels, language)
    final.holdout_rules = rules_alone
    guard_gold = [e.label for e in guard]
    result.guard_rules = macro_f1(guard_gold, [e.rules.value for e in guard]) if guard else 0.0
    for score, (blend, weight) in ranked:
        # the best blend that does not read our own labelled reviews clearly worse
        final.blend, final.threshold = blend, weight
        final.holdout_combined = result.holdout_combined = score
        if not guard:
            break
        result.guard_combined = macro_f1(
            guard_gold, [final.combine(e.text, e.rules, e.score).value for e in guard]
        )
        if result.guard_combined >= result.guard_rules - _GUARD_TOLERANCE:
            break
    else:
        result.holdout_combined = ranked[0][0]
        result.reason = "worse_on_guard"
        return result
    result.model = final
    return result


def _said(
    model: LearnedModel, scores: Sequence[float], rules: Sentiment, score: float
) -> Sentiment:
    """The class with the best log-probability once the rules' verdict is weighed in (plain
    floats: the first best on a tie, as numpy's argmax)."""
    verdicts = model._members()
    if rules not in verdicts:
        if rules == Sentiment.MIXED or len(scores) < 2:
            return rules  # a mixed review, when the model never learned "mixed", stays mixed
        # "neutral" from the rules, a model that learned only praise and complaints (stars):
        # it speaks only when one class leads the other clearly
        ranked = sorted(scores)
        if ranked[-1] - ranked[-2] > model.threshold + _UNKNOWN_CLASS_LEAD:
            return verdicts[_first_best(scores)]
        return rules
    odds = model._odds() if model.blend == "calibrated" else []
    if odds and len(odds[0]) == len(scores):
        threshold = model.threshold
        scores = [
            s + threshold * o for s, o in zip(scores, odds[_evidence(rules, score)], strict=True)
        ]
    else:
        scores = list(scores)
        scores[verdicts.index(rules)] += model.threshold
    return verdicts[_first_best(scores)]


def _first_best(scores: Sequence[float]) -> int:
    """The index of the largest score, the first of equals (as numpy's argmax)."""
    return max(range(len(scores)), key=scores.__getitem__)


# -- the models in use -----------------------------------------------------------------------
@dataclass(slots=True)
class _Active:
    models: dict[str, LearnedModel] = field(default_factory=dict)
    enabled: bool = True


_active = _Active()
_generation = 0  # counts installs: what the analysis remembered before one is not reused


def install(models: dict[str, LearnedModel], *, enabled: bool = True) -> None:
    """Use these models in every analysis from now on (the window and the CLI call this after
    opening the store, after training and after a reset)."""
    global _active, _generation
    _active = _Active(dict(models), enabled)  # one reference swap: safe for worker threads
    _generation += 1


def generation() -> int:
    """Which install of the models is in use (``pipeline.analyse_review`` remembers its
    answers for short texts per install)."""
    return _generation


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
