"""Print, row by row, what the aspect reading misses on the tuning parts (issue 19).

Only parts that may be tuned on are accepted: ``tune``, ``fresh2-tune``, ``fresh3-tune``,
``probe12-tune``, ``probe13-tune`` ..., and ``check2`` (released as tuning data in session 14,
when check3 replaced it as the blind set). Frozen parts and the other check sets are refused.

    PYTHONPATH=src python benchmarks/aspect_misses.py en check2 fresh3-tune
"""

from __future__ import annotations

import sys

from analysis_accuracy import read_aspect_set, score_aspect_set, text_review  # same folder

from clinicrep.analysis.pipeline import analyse_review


def allowed(part: str) -> bool:
    """A tuning part or the released second check set; never a frozen part or a blind set."""
    return part == "check2" or part == "tune" or part.endswith("-tune")


def print_misses(lang: str, part: str) -> None:
    s = score_aspect_set(lang, part)
    print(
        f"== {lang} {part}: aspect F1={s['aspect_f1']:.3f}"
        f" mixed recall={s['mixed_recall_text']:.2f} overall={s['overall_text']:.3f}"
    )
    for row in read_aspect_set(lang, part):
        review = text_review(row)
        analysis = analyse_review(review, fallback_language=lang)
        found = {(o.aspect.value, o.polarity.value) for o in analysis.aspects}
        gold = set(row["aspects"].items())
        said = analysis.sentiment.value
        if found == gold and said == row["overall"]:
            continue
        print(f"\n{row['id']} overall {row['overall']} -> {said}")
        print(f"  {row['text']}")
        for aspect, polarity in sorted(gold - found):
            print(f"  - missed  {aspect}:{polarity}")
        for aspect, polarity in sorted(found - gold):
            words = [o.words for o in analysis.aspects if o.aspect.value == aspect]
            print(f"  + extra   {aspect}:{polarity} {words}")


def main(argv: list[str]) -> int:
    lang, *parts = argv
    for part in parts:
        if not allowed(part):
            print(f"{part}: not a tuning part (frozen parts and blind sets are never printed)")
            return 2
        print_misses(lang, part)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
