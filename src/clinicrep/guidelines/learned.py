"""A learned second reader beside the guard's phrases (issue 16): it reads wording no phrase holds.

Per language, a logistic regression on the reply's character 1-4-grams (lower case, spaces
folded), hashed into ``2**BITS`` columns with numpy, so reading a 4 KB reply costs a fraction of
a millisecond and no vocabulary is stored. It is trained at build time, never on the user's PC,
by ``benchmarks/guard_learned.py --write`` on the labelled tune replies of
tests/guidelines/data (never a frozen or check file), and stored in
``resources/guidelines/learned/<lang>.npz`` with its two thresholds, both chosen by grouped
cross-validation on the tune data:

Both apply only to a reply at least as long as the median tune reply of the language
(``shortest``):

- ``add``: a reply the rules pass is blocked when the model's probability of "block" reaches it
  (it flags no more than 1 % of the left-out good replies); the finding underlines the reply's
  most suspicious sentence and names the rule it is closest to, confirms_patient;
- ``veto``: a rules finding is dropped when the reply's probability is below its rule's
  threshold (``vetoes``, one per rule; ``veto`` where a rule has none of its own: files before
  session 31), the largest value that vetoes none of the left-out bad replies the rules block
  with a finding of that rule, or when the probability of the sentence it lies in (read as a
  reply of its own) is below the rule's ``sentence_vetoes`` (chosen so that each of those bad
  replies keeps its likeliest such sentence): a false alarm usually sits in one sentence (a
  privacy statement, an offer to everyone) of an ordinary reply. A full name (letters the
  model never learned) and a reward (never published) are never vetoed (``NEVER_VETOED``),
  and their replies choose no threshold. The veto acts on replies (``passes``): a reply passes
  only where every finding would be dropped, and one that keeps any finding keeps them all (the
  user must see each; session 33 dropped the date of "your visit on March 3" while the visit
  kept the reply blocked).
  A file may keep more rules so (``kept_rules``, chosen at training: ``guard_learned.py
  --never-veto``): billing, money told of the reviewer, since session 32.
  A file written before session 31 (no ``vetoes`` stored) acts exactly as it did: its one
  ``veto`` drops every finding but a reward's, a full name's too (``per_finding`` False).
  Since session 42 the veto may read with a model of its own (``veto_model``; stored as
  ``veto_weights``, ``veto_bias``, ``veto_shortest``; ``guard_learned.py --veto-only``): a veto
  trained again on today's findings beside the file's add, kept as it was chosen.

``resources/guidelines/learned/languages.toml`` switches it on per language, in a mode: "both"
(``true``), "add", "veto" or "off" (``false``); only where the frozen parts measured more blocked
or fewer flagged, and neither worse (the figures are beside the switch).
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from clinicrep.paths import resource

BITS = 18
NGRAMS = (1, 2, 3, 4)
_PRIME = np.uint64(1_099_511_628_211)
_MIX = np.uint64(0x9E37_79B9_7F4A_7C15)
_SHIFT = np.uint64(64 - BITS)
# From this many characters on, ``features`` marks its columns in a table rather than sorting
# them (clearing the table of 2**18 columns costs as much as sorting a short text's n-grams).
_MARKED_FROM = 1024
# The same sentence ends the guard's engine reads, abbreviations aside: where a finding goes.
_SENTENCE_ENDS = frozenset(".!?…。！？；;\n")
_SENTENCE_END_RUN = re.compile("[" + re.escape("".join(sorted(_SENTENCE_ENDS))) + "]+")
_MATCH_END = re.Match.end  # a match's end, read in C (map)
# The rules whose findings the reader never drops: a full name is letters it never learned (a
# name it has not seen reads as any other word: session 30 found the bad replies that held its
# one veto threshold low were often names), and a reward is never published.
NEVER_VETOED = frozenset({"full_name", "reward"})
# What a file written before session 31 (one ``veto`` threshold, no ``vetoes`` stored) never
# vetoes: a reward only, as it did then (its threshold was chosen with full names vetoable, and
# its blind figures were measured so).
NEVER_VETOED_BEFORE = frozenset({"reward"})
# The rules a stored file may hold a threshold of its own for (the labelled set's rules).
VETOED_RULES = ("confirms_patient", "health_detail", "billing", "date", "new_information")


def _probability(score: float) -> float:
    """p(block) of a score: the logistic function."""
    return float(1.0 / (1.0 + np.exp(-score)))


def features(text: str) -> np.ndarray:
    """The distinct hashed character 1-4-grams of ``text`` (sorted column numbers)."""
    padded = f" {' '.join(text.lower().split())} "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    grams = codes
    for n in NGRAMS:
        if n > 1:
            grams = grams[:-1] * _PRIME + codes[n - 1 :]  # wraps around: a hash
        if not len(grams):
            break
        parts.append(((grams + np.uint64(n)) * _MIX) >> _SHIFT)
    if len(codes) >= _MARKED_FROM:
        # a long text's columns marked in a table of every column and read back in order: the
        # same sorted distinct numbers, without sorting its 16,000 n-grams of a 4 KB reply
        # (0.56 -> 0.22 ms in Polish and English)
        seen = np.zeros(1 << BITS, dtype=bool)
        for part in parts:
            seen[part] = True
        return np.flatnonzero(seen).astype(np.int64, copy=False)
    found = np.sort(np.concatenate(parts))
    distinct = np.empty(len(found), dtype=bool)  # np.unique is ten times slower here
    distinct[:1] = True
    distinct[1:] = found[1:] != found[:-1]
    return found[distinct].astype(np.int64)


def fit_logistic(
    rows: np.ndarray,
    cols: np.ndarray,
    values: np.ndarray,
    bad: np.ndarray,
    columns: int,
    *,
    l2: float = 1e-4,
    steps: int = 400,
    seed: int = 16,
    rate: float = 0.05,
) -> tuple[np.ndarray, float]:
    """Weights and bias of a logistic regression on a sparse matrix (``rows``, ``cols``,
    ``values``), by Adam on the whole set each step; each label weighs half, as the sets hold
    more bad replies than good ones. The same data and seed give the same model."""
    n = len(bad)
    share = np.where(bad, 0.5 / max(int(bad.sum()), 1), 0.5 / max(int((~bad).sum()), 1))
    rng = np.random.default_rng(seed)
    weights = rng.normal(0.0, 1e-3, columns)
    bias = 0.0
    m_w = np.zeros_like(weights)
    v_w = np.zeros_like(weights)
    m_b = v_b = 0.0
    for step in range(1, steps + 1):
        scores = np.bincount(rows, weights=weights[cols] * values, minlength=n) + bias
        err = (1.0 / (1.0 + np.exp(-scores)) - bad) * share
        g_w = np.bincount(cols, weights=err[rows] * values, minlength=columns) + l2 * weights
        g_b = float(err.sum())
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w**2
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b**2
        fix1, fix2 = 1 - 0.9**step, 1 - 0.999**step
        weights -= rate * (m_w / fix1) / (np.sqrt(v_w / fix2) + 1e-8)
        bias -= rate * (m_b / fix1) / (np.sqrt(v_b / fix2) + 1e-8)
    return weights, bias


@dataclass(frozen=True, slots=True, eq=False)
class LearnedReader:
    """One language's model: p(block) of a reply, and the thresholds it acts at."""

    weights: np.ndarray  # 2**BITS float32
    bias: float
    add: float = 1.0  # above 1: never adds a block
    veto: float = 0.0  # 0: never vetoes
    # it judges no reply shorter than this (characters, spaces trimmed): the median tune reply
    # of its language. A short reply holds too few n-grams for the score to mean much
    # ("感谢您的好评！" scored 0.96, "Вітаємо!" 0.94 before this limit).
    shortest: int = 0
    # a threshold per rule (VETOED_RULES) where it has its own; ``veto`` for the others
    vetoes: Mapping[str, float] = field(default_factory=dict)
    # per rule, the p(block) of the sentence a finding lies in below which it is dropped too
    # (none: the sentence is not read)
    sentence_vetoes: Mapping[str, float] = field(default_factory=dict)
    # False for a file written before session 31 (``load`` of a file with no ``vetoes``): it
    # acts exactly as it did, one threshold for every rule but a reward, a full name included
    per_finding: bool = True
    # the rules (VETOED_RULES) whose findings this file never drops either, beside NEVER_VETOED
    # (stored in the file; none in a file before session 32): billing, where money told of the
    # reviewer ("两百元爽约费已经原路退回") held the veto's threshold at the edge (round 32zhb)
    kept_rules: frozenset[str] = frozenset()
    # the model the veto reads with where it is not this one (weights, bias and shortest: a veto
    # trained apart from the add, session 42); None: this model vetoes too
    veto_model: LearnedReader | None = None

    @classmethod
    def train(
        cls,
        texts: list[str],
        bad: np.ndarray,
        *,
        l2: float = 1e-4,
        steps: int = 400,
        seed: int = 16,
    ) -> LearnedReader:
        rows, cols, values = _matrix(texts)
        weights, bias = fit_logistic(
            rows,
            cols,
            values,
            np.asarray(bad, dtype=bool),
            1 << BITS,
            l2=l2,
            steps=steps,
            seed=seed,
        )
        return cls(weights.astype(np.float32), float(bias))

    def p_bad(self, text: str) -> float:
        return _probability(self._score(text) + self.bias)

    def _score(self, text: str) -> float:
        """The reply's score before the bias: its columns' weights over the root of their number."""
        found = features(text)
        if not len(found):
            return 0.0
        return float(self.weights[found].sum()) / float(np.sqrt(len(found)))

    def p_bad_many(self, texts: list[str]) -> np.ndarray:
        return np.array([self.p_bad(t) for t in texts])

    def worst_sentence(self, text: str) -> tuple[int, int]:
        """(start, end) of the sentence the model finds most suspicious, spaces trimmed."""
        spans, scores = self._sentence_scores(text)
        return spans[int(np.argmax(scores))] if spans else (0, len(text))

    def p_sentences(self, text: str, parts: list[tuple[int, int]]) -> list[float]:
        """p(block) of the sentence each (start, end) of ``text`` lies in, as if it were a
        reply of its own (the highest of the sentences a part runs over)."""
        spans, scores = self._sentence_scores(text)
        if not spans:
            return [self.p_bad(text) for _ in parts]
        starts = [s for s, _ in spans]  # in order, none overlapping
        out = []
        for start, end in parts:
            stop = max(end, start + 1)
            # the sentences it runs over: from the last one starting at or before it (one
            # finding a sentence in a long paste read every sentence for each: n squared)
            k = max(bisect.bisect_right(starts, start) - 1, 0)
            over = []
            while k < len(spans) and spans[k][0] < stop:
                if spans[k][1] > start:
                    over.append(k)
                k += 1
            score = max((scores[k] for k in over), default=float(scores.max()))
            out.append(_probability(score + self.bias))
        return out

    def _sentence_scores(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray]:
        """The sentences' spans and each one's score (bias left out) over its own n-grams.

        Every sentence is scored in one pass over the text (its n-grams that do not cross a
        sentence's end): one call a sentence cost 14 ms on a 4 KB Chinese reply."""
        spans = _sentence_spans(text)
        low = text.lower()
        if len(spans) < 2 or len(low) != len(text):  # "İ" lowers to two characters
            return spans, np.full(len(spans), self._score(text))  # the first is underlined
        codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        owner = np.full(len(text), -1, dtype=np.int64)
        for k, (start, end) in enumerate(spans):
            owner[start:end] = k
        keys = []
        grams = codes
        for n in NGRAMS:
            if n > 1:
                grams = grams[:-1] * _PRIME + codes[n - 1 :]
            first, last = owner[: len(grams)], owner[n - 1 : n - 1 + len(grams)]
            inside = (first == last) & (first >= 0)
            hashed = ((grams[inside] + np.uint64(n)) * _MIX) >> _SHIFT
            keys.append((first[inside].astype(np.uint64) << np.uint64(BITS)) | hashed)
        found = np.sort(np.concatenate(keys))
        found = found[np.concatenate(([True], found[1:] != found[:-1]))]
        sentence = (found >> np.uint64(BITS)).astype(np.int64)
        column = (found & np.uint64((1 << BITS) - 1)).astype(np.int64)
        total = np.bincount(sentence, weights=self.weights[column], minlength=len(spans))
        count = np.bincount(sentence, minlength=len(spans))
        return spans, total / np.sqrt(np.maximum(count, 1))

    def judges(self, text: str) -> bool:
        """Whether the reply is long enough for the model to have a say on it."""
        return len(text.strip()) >= self.shortest

    def vetoer(self) -> LearnedReader:
        """The model the veto reads a flagged reply with (its p and its sentences' p, and how
        short a reply it judges): ``veto_model`` where the file holds one, else this one."""
        return self if self.veto_model is None else self.veto_model

    def veto_at(self, rule: str) -> float:
        """The probability below which a finding of ``rule`` is dropped (0: never)."""
        if rule in self.never_vetoed():
            return 0.0
        return self.vetoes.get(rule, self.veto)

    def never_vetoed(self) -> frozenset[str]:
        """The rules whose findings this file never drops (``NEVER_VETOED`` and its
        ``kept_rules``; a reward only in a file written before session 31)."""
        return NEVER_VETOED | self.kept_rules if self.per_finding else NEVER_VETOED_BEFORE

    def keeps(self, p: float, rule: str, p_sentence: float = 1.0) -> bool:
        """Whether a finding of ``rule`` stands on a reply the model gives ``p``, in a sentence
        it gives ``p_sentence`` (``p_sentences``)."""
        if rule in self.never_vetoed():
            return True
        return not (p < self.veto_at(rule) or p_sentence < self.sentence_vetoes.get(rule, 0.0))

    def passes(
        self, text: str, p: float, rules: Sequence[str], spans: Sequence[tuple[int, int]]
    ) -> bool:
        """Whether the veto passes a reply the rules flag, given p(block) of the reply and the
        rule (``rules``) and span (``spans``) of each of its findings: only where it would drop
        every one (``keeps`` none). A reply that keeps one finding stays blocked with all its
        findings, so the user sees every one ("your visit on March 3": the date stays underlined
        beside the visit; session 34). Its sentences are read only where the reply's p leaves
        the answer open."""
        if not self.may_pass(rules):
            return False
        if all(p < self.veto_at(rule) for rule in rules):
            return True
        if not self.sentence_vetoes:
            return False  # the reply's p keeps a finding and no sentence drops it
        parts = self.vetoer().p_sentences(text, list(spans))
        return not any(self.keeps(p, r, q) for r, q in zip(rules, parts, strict=True))

    def may_pass(self, rules: Sequence[str]) -> bool:
        """Whether the veto can pass a reply whose findings are of ``rules`` at all: not where
        one is never vetoed (a full name, a reward), whatever its p. The caller need not work
        out p there (gspeed43: every 4 KB reply of guard_speed.py holds one, and its p cost
        0.13-0.22 ms of a check)."""
        never = self.never_vetoed()
        return not any(rule in never for rule in rules)

    def with_thresholds(
        self,
        add: float,
        veto: float,
        shortest: int = 0,
        vetoes: Mapping[str, float] | None = None,
        sentence_vetoes: Mapping[str, float] | None = None,
        per_finding: bool | None = None,
        kept_rules: frozenset[str] | None = None,
    ) -> LearnedReader:
        """The same model (and ``veto_model``) at other thresholds (``vetoes``,
        ``sentence_vetoes``, ``per_finding``, ``kept_rules`` None: the ones it has)."""
        return LearnedReader(
            self.weights,
            self.bias,
            add,
            veto,
            shortest,
            dict(self.vetoes if vetoes is None else vetoes),
            dict(self.sentence_vetoes if sentence_vetoes is None else sentence_vetoes),
            self.per_finding if per_finding is None else per_finding,
            self.kept_rules if kept_rules is None else frozenset(kept_rules),
            self.veto_model,
        )

    def with_veto_of(self, other: LearnedReader) -> LearnedReader:
        """This model's add (weights, ``add``, ``shortest``) with ``other``'s veto: its model
        (``veto_model``) and its veto thresholds, rules kept and ``per_finding``."""
        vetoer = other.vetoer()
        return replace(
            other.with_thresholds(self.add, other.veto, self.shortest),
            weights=self.weights,
            bias=self.bias,
            veto_model=LearnedReader(vetoer.weights, vetoer.bias, shortest=vetoer.shortest),
        )

    def save(self, path: Path) -> None:
        """Stored; a reader of a file before session 31 (``per_finding`` False) is stored as
        such a file again, without ``vetoes``, so it acts as before when loaded. A veto of its
        own (``veto_model``) is stored beside the add's model."""
        weights, bias = self.weights.astype(np.float16), np.array(self.bias)
        add, veto, shortest = np.array(self.add), np.array(self.veto), np.array(self.shortest)
        arrays: dict[str, Any] = {
            "weights": weights,
            "bias": bias,
            "add": add,
            "veto": veto,
            "shortest": shortest,
        }
        if self.per_finding:
            # one per VETOED_RULES, NaN where the rule has none of its own (``veto`` then)
            arrays["vetoes"] = np.array([self.vetoes.get(r, np.nan) for r in VETOED_RULES])
            arrays["sentence_vetoes"] = np.array(
                [self.sentence_vetoes.get(r, 0.0) for r in VETOED_RULES]
            )
            # one per VETOED_RULES: True where its findings are never dropped (``kept_rules``)
            arrays["kept_rules"] = np.array([r in self.kept_rules for r in VETOED_RULES])
        if self.veto_model is not None:
            arrays["veto_weights"] = self.veto_model.weights.astype(np.float16)
            arrays["veto_bias"] = np.array(self.veto_model.bias)
            arrays["veto_shortest"] = np.array(self.veto_model.shortest)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> LearnedReader:
        """A stored model; a file written before the per-rule thresholds has one for all, one
        before session 32 keeps no rule beside ``NEVER_VETOED``, and one before session 42 vetoes
        with its own model."""
        with np.load(path) as data:
            vetoes, sentence_vetoes = {}, {}
            kept: frozenset[str] = frozenset()
            if "vetoes" in data.files:
                stored = [float(v) for v in data["vetoes"]]
                vetoes = {r: v for r, v in zip(VETOED_RULES, stored, strict=True) if v == v}
            if "sentence_vetoes" in data.files:
                stored = [float(v) for v in data["sentence_vetoes"]]
                sentence_vetoes = {r: v for r, v in zip(VETOED_RULES, stored, strict=True) if v}
            if "kept_rules" in data.files:
                flags = [bool(v) for v in data["kept_rules"]]
                kept = frozenset(r for r, k in zip(VETOED_RULES, flags, strict=True) if k)
            vetoer = None
            if "veto_weights" in data.files:
                vetoer = cls(
                    data["veto_weights"].astype(np.float32),
                    float(data["veto_bias"]),
                    shortest=int(data["veto_shortest"]),
                )
            return cls(
                data["weights"].astype(np.float32),
                float(data["bias"]),
                float(data["add"]),
                float(data["veto"]),
                int(data["shortest"]),
                vetoes,
                sentence_vetoes,
                "vetoes" in data.files,
                kept,
                vetoer,
            )


def _matrix(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The replies as a sparse matrix: each row's grams, the row of unit length."""
    rows, cols, values = [], [], []
    for r, text in enumerate(texts):
        found = features(text)
        rows.append(np.full(len(found), r, dtype=np.int64))
        cols.append(found)
        values.append(np.full(len(found), 1.0 / np.sqrt(max(len(found), 1))))
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(values)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    # a sentence ends after the last of a run of sentence ends ("?!", ".\n\n"), found by the
    # regex engine: a step in Python a character was 130-180 us of a 4 KB reply (gspeed34)
    spans = []
    start = 0
    for end in map(_MATCH_END, _SENTENCE_END_RUN.finditer(text)):
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        part = text[s:e]  # white space trimmed as str.isspace reads it (str.strip's)
        first = s + len(part) - len(part.lstrip())
        last = s + len(part.rstrip())
        if last > first:
            trimmed.append((first, last))
    return trimmed


# What a language's switch in languages.toml may say: ``true`` is "both", ``false`` is "off".
MODES = ("both", "add", "veto", "off")


def mode(language: str) -> str:
    """How the reader works in ``language``: "both" (it adds blocks and vetoes findings), "add"
    (it only blocks replies the rules pass), "veto" (it only passes replies the rules flag; never
    a reward) or "off"."""
    value = switches_file().get(language, False)
    if isinstance(value, bool):
        return "both" if value else "off"
    return value if isinstance(value, str) and value in MODES else "off"


def switched_on(language: str) -> bool:
    return mode(language) != "off"


@cache
def switches_file() -> dict[str, object]:
    """``resources/guidelines/learned/languages.toml`` as read (empty where it is missing):
    a mode (or a bool) per language for this reader, and ``[structured]`` for structured.py's."""
    path = resource("guidelines", "learned", "languages.toml")
    if not path.exists():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def learned_reader(language: str) -> LearnedReader | None:
    """The language's stored model where it is switched on, else None (the rules alone), with
    the threshold its mode leaves out made one it never reaches (``add`` above 1, ``veto`` 0)."""
    how = mode(language)
    if how == "off":
        return None
    path = resource("guidelines", "learned", f"{language}.npz")
    if not path.exists():
        return None
    reader = LearnedReader.load(path)
    add = reader.add if how in ("both", "add") else 2.0
    if how in ("both", "veto"):
        return reader.with_thresholds(add, reader.veto, reader.shortest)
    return reader.with_thresholds(add, 0.0, reader.shortest, {}, {})
