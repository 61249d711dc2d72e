"""Does a learned second opinion lower the guard's false alarms? An experiment (issue 16).

A character n-gram logistic regression per language (numpy only, trained in this run with a
fixed seed) is trained ONLY on the tune data: replies_<lang>_tune.jsonl and the own_*class* /
own_*round* sets. It never sees replies_<lang>_frozen.jsonl or replies_<lang>_check.jsonl: a
training reply whose text equals a held-out reply is dropped (only their number is printed).

Variants, scored on the frozen part and on the blind check set, totals per language only:
  (b) rules  the guard alone (what the product does);
  (a) veto   a rules finding is dropped when the model is very sure the reply is fine, that is
             when its probability of "block" is below a threshold t;
  (m) model  the model alone at 0.5, for reference only (not a candidate: it is not the guard).

The threshold is chosen by cross-validation on the tune data alone, before any held-out item is
scored: the model is trained again with each source file of the language left out in turn
(grouped folds: the class rounds hold near-copies of one another, so a random split would flatter
it), and t is the largest value that vetoes none of the left-out bad replies the rules block,
capped at 0.5 ("very sure fine" is at least "more likely fine than not").

    PYTHONPATH=src python benchmarks/guard_second_opinion.py
    PYTHONPATH=src python benchmarks/guard_second_opinion.py --lang ru --seed 7
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from clinicrep.guidelines.confidentiality import (
    RULE_OF_CODE,
    find_confidentiality_problems,
    load_guidelines,
)
from clinicrep.guidelines.learned import fit_logistic
from clinicrep.guidelines.lexicon import LANGUAGES

DATA = Path(__file__).resolve().parent.parent / "tests" / "guidelines" / "data"
NGRAMS = (1, 2, 3, 4)
CAP = 0.5
RATE = 0.05


@dataclass(frozen=True, slots=True)
class Reply:
    source: str  # the file it comes from: the cross-validation group
    lang: str
    bad: bool
    review: str
    reviewer: str
    text: str


def read_replies(path: Path, lang: str) -> list[Reply]:
    replies = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw["lang"] != lang:
                continue
            replies.append(
                Reply(
                    source=path.name,
                    lang=lang,
                    bad=raw["label"] == "block",
                    review=str(raw.get("review", "")),
                    reviewer=str(raw.get("reviewer", "")),
                    text=str(raw["reply"]),
                )
            )
    return replies


def training_files(data: Path, lang: str) -> list[Path]:
    """The tune file and the own sets: never a frozen or check file."""
    own = [
        p
        for p in sorted(data.glob("own_*.jsonl"))
        if ("class" in p.name or "round" in p.name) and "frozen" not in p.name
    ]
    files = [data / f"replies_{lang}_tune.jsonl", *own]
    assert not any("frozen" in p.name or "check" in p.name for p in files)
    return files


# A reply's findings by the rules alone: (rule, start, end) each.
Found = tuple[tuple[str, int, int], ...]


def rules_found(reply: Reply, country: str) -> Found:
    """The rules' findings on the reply (none: the rules pass it)."""
    found = find_confidentiality_problems(
        reply.text,
        review_text=reply.review,
        language=reply.lang,
        reviewer_name=reply.reviewer,
        country=country,
        learned=False,  # the rules alone
    )
    return tuple((RULE_OF_CODE[f.code], f.start, f.end) for f in found)


def rules_flag(reply: Reply, country: str) -> bool:
    return bool(rules_found(reply, country))


def ngrams(text: str, words: bool = False) -> set[str]:
    """Character 1-4-grams; with ``words`` also whole words and pairs of words."""
    tokens = text.lower().split()
    padded = f" {' '.join(tokens)} "
    grams = {padded[i : i + n] for n in NGRAMS for i in range(len(padded) - n + 1)}
    if words:
        grams.update(f"\x01{w}" for w in tokens)
        grams.update(f"\x02{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    return grams


@dataclass(frozen=True)
class Settings:
    l2: float = 1e-4
    steps: int = 400
    words: bool = False
    seed: int = 16


class NgramModel:
    """Logistic regression on binary character n-grams, each reply's vector of unit length
    (trained by the guard's learned reader's fit_logistic; its n-grams are a vocabulary here,
    hashed there)."""

    def __init__(self, texts: list[str], settings: Settings) -> None:
        vocabulary: dict[str, int] = {}
        for text in texts:  # in the order given: the same data give the same columns
            for gram in sorted(ngrams(text, settings.words)):
                vocabulary.setdefault(gram, len(vocabulary))
        self.vocabulary = vocabulary
        self.settings = settings
        self.weights = np.zeros(len(vocabulary))
        self.bias = 0.0

    def _rows(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows, cols, values = [], [], []
        for r, text in enumerate(texts):
            grams = ngrams(text, self.settings.words)
            found = sorted(self.vocabulary[g] for g in grams if g in self.vocabulary)
            if not found:
                continue
            rows.extend([r] * len(found))
            cols.extend(found)
            values.extend([1.0 / np.sqrt(len(found))] * len(found))
        return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(values)

    def _scores(self, sparse: tuple[np.ndarray, np.ndarray, np.ndarray], n: int) -> np.ndarray:
        rows, cols, values = sparse
        return np.bincount(rows, weights=self.weights[cols] * values, minlength=n) + self.bias

    def fit(self, texts: list[str], bad: np.ndarray) -> NgramModel:
        rows, cols, values = self._rows(texts)
        self.weights, self.bias = fit_logistic(
            rows,
            cols,
            values,
            np.asarray(bad, dtype=bool),
            len(self.vocabulary),
            l2=self.settings.l2,
            steps=self.settings.steps,
            seed=self.settings.seed,
            rate=RATE,
        )
        return self

    def p_bad(self, texts: list[str]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self._scores(self._rows(texts), len(texts))))


def choose_threshold(
    train: list[Reply], flags: np.ndarray, settings: Settings
) -> tuple[float, np.ndarray]:
    """The veto threshold from grouped cross-validation on the tune data, and the out-of-fold p."""
    texts = [r.text for r in train]
    bad = np.array([r.bad for r in train])
    sources = np.array([r.source for r in train])
    out_of_fold = np.full(len(train), np.nan)
    for source in sorted(set(sources)):
        held = sources == source
        if held.all():
            continue
        keep = [t for t, h in zip(texts, held, strict=True) if not h]
        model = NgramModel(keep, settings).fit(keep, bad[~held])
        out_of_fold[held] = model.p_bad([t for t, h in zip(texts, held, strict=True) if h])
    caught = bad & flags & ~np.isnan(out_of_fold)
    lowest = float(out_of_fold[caught].min()) if caught.any() else 0.0
    return min(lowest, CAP), out_of_fold


def totals(bad: np.ndarray, blocked: np.ndarray) -> str:
    b, g = int(bad.sum()), int((~bad).sum())
    return f"{int((blocked & bad).sum())}/{b} blocked, {int((blocked & ~bad).sum())}/{g} flagged"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--country", default="other")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--l2", type=float, default=Settings.l2)
    parser.add_argument("--steps", type=int, default=Settings.steps)
    parser.add_argument("--words", action="store_true", help="also words and word pairs")
    parser.add_argument(
        "--cv-only",
        action="store_true",
        help="cross-validation on the tune data only: to compare settings without held-out data",
    )
    args = parser.parse_args(argv)
    settings = Settings(l2=args.l2, steps=args.steps, words=args.words, seed=args.seed)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{settings}, character n-grams {NGRAMS}; load average {load:.1f}")
    load_guidelines()
    sums: dict[str, list[int]] = {}
    for lang in args.lang or LANGUAGES:
        started = time.perf_counter()
        held_out = {
            part: read_replies(args.data / f"replies_{lang}_{part}.jsonl", lang)
            for part in ("frozen", "check")
            if (args.data / f"replies_{lang}_{part}.jsonl").exists()
        }
        held_texts = {r.text.strip() for replies in held_out.values() for r in replies}
        train_all = [r for p in training_files(args.data, lang) for r in read_replies(p, lang)]
        train = [r for r in train_all if r.text.strip() not in held_texts]
        flags = np.array([rules_flag(r, args.country) for r in train])
        bad = np.array([r.bad for r in train])
        t, oof = choose_threshold(train, flags, settings)
        vetoed = flags & (oof < t)
        print(
            f"\n== {lang}: trained on {len(train)} tune replies from "
            f"{len({r.source for r in train})} files ({len(train_all) - len(train)} dropped as "
            f"copies of held-out replies); rules on them: {totals(bad, flags)}"
        )
        print(
            f"   cross-validation (one file left out at a time): threshold t = {t:.4f}; "
            f"veto there: {totals(bad, flags & ~vetoed)}; model alone at 0.5: "
            f"{totals(bad[~np.isnan(oof)], (oof >= 0.5)[~np.isnan(oof)])}"
        )
        seen = ~np.isnan(oof)
        sweep = []
        for s in (0.05, 0.1, 0.2, 0.3, 0.5):  # what a looser veto would cost, on tune data only
            cut = flags & seen & (oof < s)
            sweep.append(
                f"{s}: -{int((cut & bad).sum())} blocked, -{int((cut & ~bad).sum())} flagged"
            )
        print("   cross-validation, other thresholds: " + "; ".join(sweep))
        sure = int((seen & ~bad & (oof < t)).sum())
        print(
            f"   cross-validation: good replies the model is sure of (p < t): "
            f"{sure}/{int((seen & ~bad).sum())}"
        )
        if args.cv_only:
            print(f"   ({time.perf_counter() - started:.1f} s)")
            continue
        model = NgramModel([r.text for r in train], settings).fit([r.text for r in train], bad)
        for part, replies in held_out.items():
            part_bad = np.array([r.bad for r in replies])
            part_flags = np.array([rules_flag(r, args.country) for r in replies])
            p = model.p_bad([r.text for r in replies])
            veto = part_flags & ~(p < t)
            for name, blocked in (("rules", part_flags), ("veto", veto), ("model", p >= 0.5)):
                print(f"   {part:<6} {name:<5} {totals(part_bad, blocked)}")
                row = sums.setdefault(f"{part} {name}", [0, 0, 0, 0])
                row[0] += int((blocked & part_bad).sum())
                row[1] += int(part_bad.sum())
                row[2] += int((blocked & ~part_bad).sum())
                row[3] += int((~part_bad).sum())
        print(f"   ({time.perf_counter() - started:.1f} s)")
    if sums:
        print("\nall languages (totals only):")
        for key, (b, nb, f, ng) in sums.items():
            print(f"   {key:<12} {b}/{nb} blocked, {f}/{ng} flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
