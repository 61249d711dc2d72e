"""Does a reader over the rules' own reading, pooled over languages, help the rules? (issue 16)

Every reply is read by the rules alone (confidentiality.rules_reading) and turned into the
structured reader's features (guidelines/structured.py: each hit, kept or vetoed, and what the
clause reading said of its clause; the reply's shape; its language). Readers, each trained on
tune rows only (the tune file and every own_*.jsonl that is not a frozen third; a training reply
whose text equals a frozen reply is dropped; the blind check sets are never opened):
  pooled      two models on every language's tune rows together: one on the replies the rules
              flag (may it veto?), one on those they pass (may it add?), reading every
              feature, the rules' verdict on each hit included;
  per-lang    the same two per language, on its own rows;
  pooled+ng   the pooled two with the reply's hashed character 1-4-grams (learned.py) beside;
  independent one pooled model on every reply, flagged or not, reading only what does not
              depend on the rules' verdict (each hit and its clause's facts, the shape): a
              second opinion of its own (what ships).
Thresholds per language from grouped cross-validation on the tune rows (five folds of whole
source files, so a file's replies in every language sit in one fold), chosen before any frozen
reply is scored, as in guard_learned.py:
  veto   a rules finding is dropped when p < t_veto, the largest value that vetoes none of the
         language's left-out bad replies the rules block (capped at 0.5); a reward stays;
  add    a reply the rules pass, with a hit vetoed in a clause that speaks to the reviewer, is
         blocked when p >= t_add, the lowest value at which that flags no more than 1 % of the
         language's left-out good replies.
A reader switches itself off in a language where its cross-validated p does not tell bad from
good (AUC < MIN_AUC), as on shuffled labels (--shuffle).

    PYTHONPATH=src python benchmarks/guard_structured.py
    PYTHONPATH=src python benchmarks/guard_structured.py --reader independent --write  # build step
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_learned import (
    experiment_parser,
    folds_of,
    frozen_files,
    training_files,
)  # same folder: not a copy
from guard_second_opinion import CAP, Reply, read_replies, totals

from clinicrep.guidelines.confidentiality import load_guidelines, rules_reading
from clinicrep.guidelines.learned import BITS, features, fit_logistic
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.guidelines.structured import RULE_FREE, Logistic, StructuredReader, acts
from clinicrep.paths import resource

MIN_AUC = 0.65
READERS = ("pooled", "per-lang", "pooled+ng", "independent")
ROUNDS = ("own_all_round16_frozen", "own_all_round16b_frozen", "own_all_round16c_frozen")


@dataclass
class Table:
    """The replies read by the rules: one row each."""

    replies: list[Reply]
    x: np.ndarray  # structured features
    flags: np.ndarray  # the rules flag it
    can_add: np.ndarray  # a hit was vetoed in a clause that speaks to the reviewer
    bad: np.ndarray
    lang: np.ndarray

    @classmethod
    def read(cls, replies: Sequence[Reply], country: str) -> Table:
        xs, flags, can_add = [], [], []
        for r in replies:
            read = rules_reading(
                r.text, review_text=r.review, language=r.lang, reviewer_name=r.reviewer,
                country=country,
            )  # fmt: skip
            xs.append(read.features())
            flags.append(bool(read.findings))
            can_add.append(read.vetoed_to_them() is not None)
        return cls(
            list(replies),
            np.array(xs),
            np.array(flags, dtype=bool),
            np.array(can_add, dtype=bool),
            np.array([r.bad for r in replies], dtype=bool),
            np.array([r.lang for r in replies]),
        )

    def take(self, keep: np.ndarray) -> Table:
        return Table(
            [r for r, k in zip(self.replies, keep, strict=True) if k],
            self.x[keep],
            self.flags[keep],
            self.can_add[keep],
            self.bad[keep],
            self.lang[keep],
        )


class WithNgrams:
    """The pooled structured features (standardised) beside the reply's hashed n-grams."""

    def __init__(self, l2: float, steps: int, seed: int) -> None:
        self.l2, self.steps, self.seed = l2, steps, seed
        self.mean = self.scale = self.weights = np.zeros(0)
        self.bias = 0.0

    def _sparse(self, table: Table) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        z = (table.x - self.mean) / self.scale
        n, width = z.shape
        rows = [np.repeat(np.arange(n), width)]
        cols = [np.tile(np.arange(width), n)]
        values = [z.ravel()]
        for i, r in enumerate(table.replies):
            found = features(r.text)
            rows.append(np.full(len(found), i))
            cols.append(found + width)
            values.append(np.full(len(found), 1.0 / np.sqrt(max(len(found), 1))))
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(values)

    def fit(self, table: Table) -> WithNgrams:
        self.mean = table.x.mean(axis=0)
        std = table.x.std(axis=0)
        self.scale = np.where(std > 1e-9, std, 1.0)
        rows, cols, values = self._sparse(table)
        self.weights, self.bias = fit_logistic(
            rows, cols, values, table.bad, table.x.shape[1] + (1 << BITS),
            l2=self.l2, steps=self.steps, seed=self.seed,
        )  # fmt: skip
        return self

    def p_bad(self, table: Table) -> np.ndarray:
        rows, cols, values = self._sparse(table)
        scores = np.bincount(rows, weights=self.weights[cols] * values, minlength=len(table.bad))
        return 1.0 / (1.0 + np.exp(-(scores + self.bias)))


def fit_predict(kind: str, train: Table, test: Table, args: argparse.Namespace) -> np.ndarray:
    """p(bad) of ``test``'s rows from a reader of ``kind`` fitted on ``train``: the rows the rules
    flag by a model trained on the flagged ones (the vetoer), the others by one trained on the
    rest (the adder)."""
    p = np.full(len(test.bad), np.nan)
    if kind == "independent":
        logistic = Logistic.train(
            train.x[:, RULE_FREE], train.bad, l2=args.l2, steps=args.steps, seed=args.seed
        )
        return logistic.p_bad(test.x[:, RULE_FREE])
    if kind == "per-lang":
        parts = [(train.lang == c, test.lang == c) for c in sorted(set(test.lang.tolist()))]
    else:
        parts = [(np.ones(len(train.bad), bool), np.ones(len(test.bad), bool))]
    for mine, theirs in parts:
        for flagged in (True, False):
            fit = mine & (train.flags == flagged)
            judge = theirs & (test.flags == flagged)
            if fit.sum() < 10 or len(set(train.bad[fit].tolist())) < 2 or not judge.any():
                continue
            if kind == "pooled+ng":
                model = WithNgrams(args.l2, args.steps, args.seed).fit(train.take(fit))
                p[judge] = model.p_bad(test.take(judge))
            else:
                logistic = Logistic.train(
                    train.x[fit], train.bad[fit], l2=args.l2, steps=args.steps, seed=args.seed
                )
                p[judge] = logistic.p_bad(test.x[judge])
    return p


def out_of_fold(kind: str, table: Table, args: argparse.Namespace) -> np.ndarray:
    fold = folds_of(table.replies, args.folds)
    p = np.full(len(table.bad), np.nan)
    for k in sorted(set(fold.tolist())):
        held = fold == k
        p[held] = fit_predict(kind, table.take(~held), table.take(held), args)
    return p


def auc(p: np.ndarray, bad: np.ndarray) -> float:
    """The chance that a bad reply scores above a good one (ties count half)."""
    seen = ~np.isnan(p)
    pos, neg = p[seen & bad], p[seen & ~bad]
    if not len(pos) or not len(neg):
        return 0.5
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    values = np.concatenate([pos, neg])
    for v in np.unique(values):  # ties: their mean rank
        same = values == v
        ranks[same] = ranks[same].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


@dataclass(frozen=True, slots=True)
class Thresholds:
    add: float  # above 1: never adds
    veto: float  # 0: never vetoes

    def verdicts(self, table: Table, p: np.ndarray) -> dict[str, np.ndarray]:
        seen = ~np.isnan(p)
        added = seen & ~table.flags & table.can_add & (p >= self.add)
        kept = table.flags & ~(seen & (p < self.veto))
        return {
            "rules": table.flags,
            "add": table.flags | added,
            "veto": kept,
            "both": kept | added,
        }


def choose(table: Table, p: np.ndarray, budget: float) -> tuple[Thresholds, float]:
    """One language's thresholds from its out-of-fold p, and the AUC they rest on (off below
    MIN_AUC: the model tells nothing)."""
    seen = ~np.isnan(p)
    score = auc(p, table.bad)
    if score < MIN_AUC:
        return Thresholds(2.0, 0.0), score
    caught = seen & table.bad & table.flags
    veto = min(float(p[caught].min()), CAP) if caught.any() else 0.0
    good = seen & ~table.bad
    allowed = int(budget * good.sum())
    candidates = np.sort(p[good & ~table.flags & table.can_add])[::-1]
    if allowed >= len(candidates):
        add = 0.5
    else:
        add = max(float(np.nextafter(candidates[allowed], 1.0)), 0.5)
    return Thresholds(add, veto), score


def load(args: argparse.Namespace) -> tuple[Table, Table]:
    """The tune table (every language) and the frozen table, read by the rules."""
    train, frozen = [], []
    dropped = 0
    for lang in args.lang or LANGUAGES:
        held = [r for p in frozen_files(args.data, lang) for r in read_replies(p, lang)]
        texts = {r.text.strip() for r in held}
        rows = [r for p in training_files(args.data, lang) for r in read_replies(p, lang)]
        train += [r for r in rows if r.text.strip() not in texts]
        dropped += sum(r.text.strip() in texts for r in rows)
        frozen += held
    print(
        f"{len(train)} tune replies ({dropped} dropped as copies of frozen), {len(frozen)} frozen"
    )
    return Table.read(train, args.country), Table.read(frozen, args.country)


def report(name: str, table: Table, verdicts: dict[str, np.ndarray]) -> str:
    return f"{name}: " + "; ".join(
        f"{k} {totals(table.bad, v)}" for k, v in verdicts.items() if k in ("rules", "both")
    )


def main(argv: list[str] | None = None) -> int:
    parser = experiment_parser(__doc__.splitlines()[0], READERS, steps=400, l2=1e-3)
    parser.add_argument(
        "--write",
        action="store_true",
        help="store the independent reader (what ships), trained on all the tune rows, with "
        "each language's thresholds where [structured] in languages.toml lets it add or veto, "
        "in resources/guidelines/learned/structured.npz",
    )
    args = parser.parse_args(argv)
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"l2 {args.l2}, {args.steps} steps, seed {args.seed}; {args.folds} grouped folds; add "
        f"budget {args.budget:.1%}{'; LABELS SHUFFLED' if args.shuffle else ''}; "
        f"load average {load_avg:.1f}"
    )
    load_guidelines()
    started = time.process_time()
    train, frozen = load(args)
    if args.shuffle:
        train.bad = np.random.default_rng(args.seed).permutation(train.bad)
    print(f"read by the rules in {time.process_time() - started:.0f} s CPU")
    languages = sorted(set(train.lang.tolist()), key=LANGUAGES.index)
    for kind in args.reader or READERS:
        t0 = time.process_time()
        oof = out_of_fold(kind, train, args)
        chosen: dict[str, Thresholds] = {}
        print(f"\n== {kind} (cross-validation {time.process_time() - t0:.0f} s CPU)")
        for lang in languages:
            mine = train.lang == lang
            part = train.take(mine)
            t, score = choose(part, oof[mine], args.budget)
            chosen[lang] = t
            cv = t.verdicts(part, oof[mine])
            print(
                f"   {lang} AUC {score:.3f} t_add {t.add:.3f} t_veto {t.veto:.3f}; tune cv "
                + "; ".join(f"{k} {totals(part.bad, v)}" for k, v in cv.items())
            )
        if args.cv_only:
            continue
        p = fit_predict(kind, train, frozen, args)
        sums: dict[str, list[int]] = {}
        for lang in languages:
            mine = frozen.lang == lang
            part = frozen.take(mine)
            verdicts = chosen[lang].verdicts(part, p[mine])
            print(
                f"   {lang} frozen "
                + "; ".join(f"{k} {totals(part.bad, v)}" for k, v in verdicts.items())
            )
            for k, v in verdicts.items():
                row = sums.setdefault(k, [0, 0, 0, 0])
                row[0] += int((v & part.bad).sum())
                row[1] += int(part.bad.sum())
                row[2] += int((v & ~part.bad).sum())
                row[3] += int((~part.bad).sum())
            for name in ROUNDS:
                mine_round = np.array([r.source.startswith(name) for r in part.replies])
                if mine_round.any():
                    sub = part.take(mine_round)
                    sub_verdicts = {k: v[mine_round] for k, v in verdicts.items()}
                    print(f"      {report(name.removeprefix('own_all_'), sub, sub_verdicts)}")
        print("   frozen, all languages: " + "; ".join(
            f"{k} {b}/{nb} blocked, {f}/{ng} flagged" for k, (b, nb, f, ng) in sums.items()
        ))  # fmt: skip
        if args.write and kind == "independent":
            reader = StructuredReader.train(
                train.x, train.bad, l2=args.l2, steps=args.steps, seed=args.seed
            )
            reader = reader.with_thresholds(
                {c: chosen[c].add for c in languages if "add" in acts(c)},
                {c: chosen[c].veto for c in languages if "veto" in acts(c)},
            )
            path = resource("guidelines", "learned", "structured.npz")
            reader.save(path)
            print(
                f"   written: {path.name} ({path.stat().st_size // 1024} KB); adds in "
                f"{sorted(reader.add)}, vetoes in {sorted(reader.veto)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
