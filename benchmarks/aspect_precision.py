"""Precision and recall of one aspect (found at all, and with its polarity) per language (issue 19).

Three pools a language, totals only: every tuning part (``tune``, ``check2``, every ``*-tune``
third), every own frozen part (``frozen``, ``fresh``, every ``*-frozen`` third) and, of those,
the fresh probes' frozen thirds (FRESH_PROBES of analysis_accuracy.py). The blind check sets
(check, check3, check4) are never read. "found" counts the aspect whatever its polarity;
"polar" counts it only with the labelled polarity, as aspect F1 does.

    PYTHONPATH=src python benchmarks/aspect_precision.py communication [waiting ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

from analysis_accuracy import (  # same folder
    ASPECT_SETS,
    FRESH_PROBES,
    LANGUAGES,
    read_aspect_set,
    text_review,
)

from clinicrep.analysis.pipeline import analyse_review

BLIND = ("check", "check3", "check4")
WHOLE_TUNE = ("tune", "check2")
WHOLE_FROZEN = ("frozen", "fresh")


def parts_of(lang: str) -> list[tuple[str, str]]:
    """(part, pool) for every set of ``lang`` but the blind ones; pool is "tune" or "frozen"."""
    parts = []
    for path in sorted(ASPECT_SETS.glob(f"aspects_{lang}_*.jsonl")):
        name = path.stem.removeprefix(f"aspects_{lang}_")
        if name in BLIND or (name.startswith("check") and name != "check2"):
            continue
        if name in WHOLE_TUNE:
            parts.append((name, "tune"))
        elif name in WHOLE_FROZEN:
            parts.append((name, "frozen"))
        else:
            parts += [(f"{name}-tune", "tune"), (f"{name}-frozen", "frozen")]
    return parts


def count(lang: str, part: str, aspects: Sequence[str], into: dict[str, Counter[str]]) -> None:
    for row in read_aspect_set(lang, part):
        review = text_review(row)
        analysis = analyse_review(review, fallback_language=lang)
        said = {o.aspect.value: o.polarity.value for o in analysis.aspects}
        gold = row["aspects"]
        for aspect in aspects:
            c = into[aspect]
            c["found_tp"] += aspect in said and aspect in gold
            c["found_fp"] += aspect in said and aspect not in gold
            c["found_fn"] += aspect in gold and aspect not in said
            right = aspect in said and said[aspect] == gold.get(aspect)
            c["polar_tp"] += right
            c["polar_fp"] += aspect in said and not right
            c["polar_fn"] += aspect in gold and not right


def line(c: Counter[str], kind: str) -> str:
    tp, fp, fn = c[f"{kind}_tp"], c[f"{kind}_fp"], c[f"{kind}_fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{kind} P={p:.3f} R={r:.3f} (tp {tp} fp {fp} fn {fn})"


def main(argv: list[str]) -> int:
    aspects = argv or ["communication"]
    for lang in LANGUAGES:
        pools: dict[str, dict[str, Counter[str]]] = {
            pool: {a: Counter() for a in aspects} for pool in ("tune", "frozen", "fresh")
        }
        for part, pool in parts_of(lang):
            count(lang, part, aspects, pools[pool])
            if part in FRESH_PROBES:
                count(lang, part, aspects, pools["fresh"])
        for aspect in aspects:
            for pool, by_aspect in pools.items():
                c = by_aspect[aspect]
                if sum(c.values()):
                    print(f"{lang} {aspect:<13} {pool:<6} {line(c, 'found')}  {line(c, 'polar')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
