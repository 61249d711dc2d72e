"""A second reader over the rules' own reading (issue 16): what the guard found, and why not.

The n-gram reader (learned.py) reads a reply's letters, so what it learns in one language is of
no use in another. This one reads facts the rules compute anyway and that mean the same in every
language: each hit of a rule's words (health, care, date, billing, insurance, name, reward,
news), whether a finding kept it or a veto dropped it, and what the clause reading said of its
clause (addressed to the reviewer or a relative, general, said as a rule, said of no one,
supposed, echoed from the review, ...), with the reply's shape (sentences, a question, a P.S.,
where the hits sit). So a model trained on every language's tune replies together learns from
about 5,000 of them instead of 1,000.

What ships is one logistic regression (numpy, trained at build time, never on the user's PC)
on every reply, flagged or not, reading only the columns that do not depend on the rules'
verdict (``RULE_FREE``): a second opinion of its own. It acts like the n-gram reader, with
thresholds per language chosen by grouped cross-validation on the tune data only
(``benchmarks/guard_structured.py``; the same policy as benchmarks/guard_learned.py):

- ``veto``: a reply the rules flag passes when p(block) is below it (it vetoed none of the
  left-out bad replies the rules block); a reward finding is never vetoed;
- ``add``: a reply the rules pass is blocked when p reaches it and a hit was vetoed in a clause
  that speaks to the reviewer (it flagged at most 1 % of the left-out good replies); the finding
  underlines that hit's sentence and names its rule.

The weights are data (``resources/guidelines/learned/structured.npz``, written by
``guard_structured.py --reader independent --write``); ``[structured]`` in languages.toml says
per language whether it vetoes, adds, both or neither. A file that cannot be read leaves the
rules alone (logged).
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np

from clinicrep.guidelines.clause_reading import WhomReading
from clinicrep.guidelines.engine import Hit
from clinicrep.guidelines.learned import fit_logistic, switches_file
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.paths import resource

log = logging.getLogger(__name__)

# The kinds of hit the rules collect (language packs, country packs, numeric dates and amounts).
KINDS = (
    "health",
    "care",
    "dates",
    "billing",
    "insurance",
    "personal",
    "confirms_patient",
    "records",
    "names",
    "reward",
)
# What the clause reading says of a hit's clause (each a WhomReading predicate or the review's).
FACTS = (
    "addressee",  # speaks to or names the reviewer, or a relative of theirs
    "negation",  # a privacy statement: "we never discuss diagnoses online"
    "general",  # about the practice or people in general
    "general_beside",  # next to a general clause, about no one itself
    "about_no_one",  # people in general, the timetable or prices, nobody in its sentence
    "personal",  # its sentence tells of someone in particular (an outcome, a past event)
    "told",  # the clause itself tells of an outcome or a particular event
    "supposed",  # inside a condition: "if your child has a fever"
    "said_of_no_one",  # an echo said of nobody in particular
    "follows_general",  # goes on from a general sentence
    "echoed",  # the review names the same word, day or amount
)
# Per reply: the finding codes the rules gave, and the shape of the reply.
CODES = (
    "confirms_patient",
    "records",
    "health_detail",
    "echoed_health_detail",
    "insurance",
    "date",
    "price",
    "full_name",
    "reward",
    "new_information",
)
SHAPE = (
    "length",
    "sentences",
    "clauses",
    "addressed_share",
    "question",
    "postscript",
    "review_given",
    "review_tells_of_illness",
    "first_vetoed_to_them",  # where (0..1) the first hit vetoed in a clause to them sits
    "last_sentence_hit",
)
# per kind: hits, kept, vetoed, vetoed-and-fact for each fact, then hit-and-fact for each fact
PER_KIND = 3 + 2 * len(FACTS)
# It judges no reply longer than this (characters): the longest tune reply has 710, and reading
# every hit's clause costs about 20 ms on a 4 KB Chinese reply (the rules alone 14 ms).
STRUCTURED_MAX = 1_024
WIDTH = len(KINDS) * PER_KIND + len(CODES) + len(SHAPE) + len(LANGUAGES)


def _rule_free() -> np.ndarray:
    """The columns that do not depend on what the rules decided (kept, vetoed, their codes):
    what a reader independent of the rules' verdict may read."""
    free = np.zeros(WIDTH, dtype=bool)
    for k in range(len(KINDS)):
        base = k * PER_KIND
        free[base] = True
        free[base + 3 + len(FACTS) : base + PER_KIND] = True
    at = len(KINDS) * PER_KIND + len(CODES)
    free[at:] = True
    free[at + SHAPE.index("first_vetoed_to_them")] = False
    return free


RULE_FREE = _rule_free()
_POSTSCRIPT = ("p.s", "ps:", "p. s", "附言", "п.с", "p.p.s")


class Finding(Protocol):
    """What the reader reads of a rules finding (confidentiality's ``ConfidentialityFinding``;
    named here, not imported: confidentiality imports this module)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def code(self) -> StrEnum: ...


FindingT = TypeVar("FindingT", bound=Finding)


@dataclass(eq=False)
class RulesReading(Generic[FindingT]):
    """What the rules read in one reply (confidentiality.rules_reading): its hits by clause,
    whom each clause is about, and the findings they kept (rules alone)."""

    text: str
    language: str
    facts: Sequence[tuple[int, Hit]]
    whom: WhomReading
    findings: list[FindingT]
    echoed: Callable[[Hit], bool]
    review_tells_of_illness: Callable[[], bool]
    review_given: bool
    # called when the reading is done with (confidentiality.rules_reading's ``release``): the
    # rules' memos and lists emptied, ``facts`` too; ``findings`` stay
    release: Callable[[], None] = field(default=lambda: None, repr=False)
    _hits: list[HitFacts] | None = field(default=None, repr=False)
    _by_clause: dict[tuple[int, bool], dict[str, bool]] = field(default_factory=dict, repr=False)

    def hits(self) -> list[HitFacts]:
        """Each hit with whether a finding kept it and what the reading says of its clause."""
        if self._hits is None:
            self._hits = [self._facts_of(clause, hit) for clause, hit in self.facts]
        return self._hits

    def _facts_of(self, clause: int, hit: Hit) -> HitFacts:
        kept = any(f.start < hit.end and hit.start < f.end for f in self.findings)
        said = dict(self._clause_facts(clause, hit.kind == "health"))
        said["supposed"] = self.whom.low is not None and self.whom.supposed_at(
            clause, hit.start, hit.end
        )
        said["echoed"] = self.review_given and self.echoed(hit)
        return HitFacts(hit, clause, kept, tuple(bool(said[f]) for f in FACTS))

    def _clause_facts(self, clause: int, health: bool) -> dict[str, bool]:
        """What the reading says of the clause itself, read once per clause (a 4 KB reply has
        about a hundred hits in half as many clauses)."""
        key = (clause, health)
        found = self._by_clause.get(key)
        if found is None:
            whom = self.whom
            low = whom.low is not None
            found = self._by_clause[key] = {
                "addressee": clause in whom.addressee,
                "negation": clause in whom.negation,
                "general": low and whom.general(clause),
                "general_beside": low and whom.general_beside(clause),
                "about_no_one": low and whom.about_no_one(clause, health),
                "personal": low and whom.personal(clause),
                "told": low and whom.told_of_someone(clause),
                "said_of_no_one": low and whom.said_of_no_one(clause),
                "follows_general": low and whom.follows_general(clause),
            }
        return found

    def features(self) -> np.ndarray:
        """The reply as WIDTH numbers (counts as log(1 + n))."""
        x = np.zeros(WIDTH)
        text = self.text
        spans = self.whom.sentence_of.clauses
        first_to_them = -1.0
        last_hit = False
        for h in self.hits():
            if h.hit.kind not in KINDS:
                continue
            base = KINDS.index(h.hit.kind) * PER_KIND
            x[base] += 1
            for i, fact in enumerate(h.said):
                if fact:
                    x[base + 3 + len(FACTS) + i] += 1
            if h.kept:
                x[base + 1] += 1
            else:
                x[base + 2] += 1
                for i, fact in enumerate(h.said):
                    if fact:
                        x[base + 3 + i] += 1
                if h.said[0] and first_to_them < 0:
                    first_to_them = h.hit.start / max(len(text), 1)
            if spans and h.hit.start >= spans[-1][0]:
                last_hit = True
        at = len(KINDS) * PER_KIND
        for f in self.findings:
            if f.code.value in CODES:
                x[at + CODES.index(f.code.value)] += 1
        x[: at + len(CODES)] = np.log1p(x[: at + len(CODES)])
        at += len(CODES)
        clauses = self.whom.clauses
        low = text.casefold()
        shape = {
            "length": np.log1p(len(text)),
            "sentences": np.log1p(len(spans)),
            "clauses": np.log1p(len(clauses)),
            "addressed_share": len(self.whom.addressee) / max(len(clauses), 1),
            "question": float("?" in text or "？" in text),
            "postscript": float(any(p in low for p in _POSTSCRIPT)),
            "review_given": float(self.review_given),
            "review_tells_of_illness": float(self.review_given and self.review_tells_of_illness()),
            "first_vetoed_to_them": first_to_them,
            "last_sentence_hit": float(last_hit),
        }
        x[at : at + len(SHAPE)] = [shape[s] for s in SHAPE]
        at += len(SHAPE)
        if self.language in LANGUAGES:
            x[at + LANGUAGES.index(self.language)] = 1.0
        return x

    def vetoed_to_them(self) -> HitFacts | None:
        """The first hit a veto dropped in a clause that speaks to the reviewer (not in a
        privacy statement), where an added finding goes; None where there is none."""
        for h in self.hits():
            if not h.kept and h.said[0] and not h.said[1] and h.hit.kind in KINDS:
                return h
        return None


@dataclass(frozen=True, slots=True)
class HitFacts:
    hit: Hit
    clause: int
    kept: bool  # a finding of the rules covers it
    said: tuple[bool, ...]  # FACTS, in order


@dataclass(frozen=True, slots=True, eq=False)
class Logistic:
    """A logistic regression on the features, standardised."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    @classmethod
    def train(
        cls, x: np.ndarray, bad: np.ndarray, *, l2: float = 1e-3, steps: int = 400, seed: int = 16
    ) -> Logistic:
        """Fit on the rows of ``x`` (features) and their labels, each label weighing half. The
        same data and seed give the same model."""
        std = x.std(axis=0)
        mean, scale = x.mean(axis=0), np.where(std > 1e-9, std, 1.0)
        n, width = x.shape
        weights, bias = fit_logistic(
            np.repeat(np.arange(n), width),
            np.tile(np.arange(width), n),
            ((x - mean) / scale).ravel(),
            np.asarray(bad, dtype=bool),
            width,
            l2=l2,
            steps=steps,
            seed=seed,
        )
        return cls(mean, scale, weights, float(bias))

    def p_bad(self, x: np.ndarray) -> np.ndarray:
        """p(block) of each row of ``x`` (or of one reply's features)."""
        z = (np.atleast_2d(x) - self.mean) / self.scale
        return np.asarray(1.0 / (1.0 + np.exp(-(z @ self.weights + self.bias))))

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {
            f"{prefix}_mean": self.mean,
            f"{prefix}_scale": self.scale,
            f"{prefix}_weights": self.weights,
            f"{prefix}_bias": np.array(self.bias),
        }

    @classmethod
    def of(cls, data: Mapping[str, np.ndarray], prefix: str) -> Logistic:
        model = cls(
            np.asarray(data[f"{prefix}_mean"], dtype=float),
            np.asarray(data[f"{prefix}_scale"], dtype=float),
            np.asarray(data[f"{prefix}_weights"], dtype=float),
            float(data[f"{prefix}_bias"]),
        )
        if not len(model.weights) == len(model.mean) == len(model.scale):
            raise ValueError(f"{prefix}: {len(model.weights)} weights, {len(model.mean)} means")
        return model


@dataclass(frozen=True, slots=True, eq=False)
class StructuredReader:
    """One model for every language, trained on every reply, flagged or not, and reading only
    what does not depend on the rules' verdict (``RULE_FREE``: each hit and what the reading
    said of its clause, the reply's shape, its language): a second opinion of its own. Each
    language has its thresholds."""

    model: Logistic
    add: dict[str, float]  # above 1 (or no entry): never adds
    veto: dict[str, float]  # 0 (or no entry): never vetoes

    @classmethod
    def train(
        cls, x: np.ndarray, bad: np.ndarray, *, l2: float = 1e-3, steps: int = 400, seed: int = 16
    ) -> StructuredReader:
        """The model from the replies' features (all WIDTH columns) and labels; no thresholds
        yet (it neither adds nor vetoes)."""
        return cls(Logistic.train(x[:, RULE_FREE], bad, l2=l2, steps=steps, seed=seed), {}, {})

    def p_bad(self, x: np.ndarray) -> np.ndarray:
        """p(block) of each row of ``x`` (WIDTH columns)."""
        return self.model.p_bad(np.atleast_2d(x)[:, RULE_FREE])

    def p_reply(self, read: RulesReading[Any]) -> float:
        """p(block) of one reply the rules have read."""
        return float(self.p_bad(read.features())[0])

    def with_thresholds(self, add: dict[str, float], veto: dict[str, float]) -> StructuredReader:
        return StructuredReader(self.model, add, veto)

    def save(self, path: Path) -> None:
        arrays: dict[str, Any] = {
            **self.model.arrays("model"),
            "languages": np.array(list(LANGUAGES)),
            "add": np.array([self.add.get(c, 2.0) for c in LANGUAGES]),
            "veto": np.array([self.veto.get(c, 0.0) for c in LANGUAGES]),
        }
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> StructuredReader:
        with np.load(path) as data:
            model = Logistic.of(data, "model")
            if len(model.weights) != int(RULE_FREE.sum()):
                raise ValueError(
                    f"{len(model.weights)} weights, the reading has {int(RULE_FREE.sum())} features"
                )
            languages = [str(c) for c in data["languages"]]
            return cls(
                model,
                dict(zip(languages, map(float, data["add"]), strict=True)),
                dict(zip(languages, map(float, data["veto"]), strict=True)),
            )


def acts(language: str) -> frozenset[str]:
    """What ``[structured]`` in languages.toml lets the reader do in the language: "veto",
    "add", "both" (each), or "off" (nothing)."""
    switch = _switches().get(language, "off")
    return frozenset({"veto", "add"} if switch == "both" else {switch} - {"off"})


def switched_on(language: str) -> bool:
    return bool(acts(language))


def _switches() -> dict[str, str]:
    table = switches_file().get("structured", {})
    return {k: str(v) for k, v in table.items()} if isinstance(table, dict) else {}


@cache
def structured_reader(language: str) -> StructuredReader | None:
    """The stored model where ``[structured]`` switches the language on, else None (the rules
    alone, also when the file is missing or cannot be read: logged, never a crash)."""
    if not switched_on(language):
        return None
    path = resource("guidelines", "learned", "structured.npz")
    try:
        return StructuredReader.load(path)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as e:
        log.warning("The guard's structured reader is off: %s cannot be read (%s)", path.name, e)
        return None
