"""The review's overall verdict on the hand-labelled aspect sets (issue 19): mixed recall and
precision per language, on the tuning parts, on every own frozen part and on the fresh probes'
frozen thirds (each pooled; totals only), then the confusion of overall labels on the tuning
parts (gold -> said, text only). Blind sets are never read.

    PYTHONPATH=src python benchmarks/overall_verdicts.py [--lang xx]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from analysis_accuracy import (  # same folder
    ASPECT_SETS,
    FRESH_PROBES,
    LANGUAGES,
    read_aspect_set,
    text_review,
)

from clinicrep.analysis.pipeline import analyse_review

LABELS = ("positive", "negative", "neutral", "mixed")


def parts_of(lang: str) -> tuple[list[str], list[str]]:
    """(tuning parts, frozen parts) of ``lang``'s own aspect sets: "tune", "frozen", "fresh",
    check2 (released) and each round's file split into "-tune" and "-frozen"."""
    tune, frozen = ["tune", "check2"], ["frozen"]
    for path in sorted(ASPECT_SETS.glob(f"aspects_{lang}_*.jsonl")):
        name = path.stem.split("_", 2)[2]
        if name in ("tune", "frozen", "check2") or name.startswith("check"):
            continue  # the blind sets are never read
        if name == "fresh":
            frozen.append(name)
            continue
        tune.append(f"{name}-tune")
        frozen.append(f"{name}-frozen")
    return tune, frozen


def said_of(lang: str, part: str) -> list[tuple[str, str]]:
    """(gold, said) overall labels of one part, text only."""
    pairs = []
    for row in read_aspect_set(lang, part):
        review = text_review(row)
        said = analyse_review(review, fallback_language=lang, learned=False).sentiment.value
        pairs.append((row["overall"], said))
    return pairs


def mixed_line(pairs: list[tuple[str, str]]) -> str:
    gold = sum(g == "mixed" for g, _ in pairs)
    said = sum(s == "mixed" for _, s in pairs)
    hit = sum(g == s == "mixed" for g, s in pairs)
    right = sum(g == s for g, s in pairs)
    recall = hit / gold if gold else 0.0
    precision = hit / said if said else 0.0
    return (
        f"mixed recall {recall:.3f} ({hit}/{gold})  precision {precision:.3f} ({hit}/{said})"
        f"  overall {right / len(pairs):.3f} ({len(pairs)} rows)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES)
    args = parser.parse_args(argv)
    for lang in [args.lang] if args.lang else LANGUAGES:
        tune, frozen = parts_of(lang)
        tuned = [p for part in tune for p in said_of(lang, part)]
        held = [p for part in frozen for p in said_of(lang, part)]
        fresh = [p for part in frozen if part in FRESH_PROBES for p in said_of(lang, part)]
        print(f"{lang} tune    {mixed_line(tuned)}")
        print(f"{lang} frozen  {mixed_line(held)}")
        if fresh:
            print(f"{lang} fresh   {mixed_line(fresh)}")
        confusion = Counter(tuned)
        print(f"{lang} tuning confusion (gold > said):")
        for gold in LABELS:
            cells = "  ".join(f"{said[:3]} {confusion[gold, said]:>3}" for said in LABELS)
            print(f"    {gold:<8} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
