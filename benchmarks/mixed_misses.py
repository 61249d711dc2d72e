"""Why mixed reviews are not called mixed (issue 19): counts per language, then the rows.

Reads the gold-mixed rows of the parts that may be tuned on (``tune``, ``*-tune`` and the
released ``check2``; frozen parts and the blind sets are refused, as in aspect_misses.py) and
sorts each miss by where the decision failed, text only:

- ``both sides, not mixed``: praise and a complaint were both found, but the verdict is not
  mixed, and why (a side only granted in a concession, the weaker side under the balance of a
  long text, or a long text whose words lean past _DECISIVE; for a long text, its chips and its
  weaker side's strongest aspect, what the rule of several aspects reads);
- ``praise missing`` / ``complaint missing``: only one side was found (the gold aspects of the
  missing side are printed with the row);
- ``nothing found``.

    PYTHONPATH=src python benchmarks/mixed_misses.py en ru pl [--rows] [--parts check2 ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime

from analysis_accuracy import ASPECT_SETS, read_aspect_set  # same folder
from aspect_misses import allowed

from clinicrep.analysis.aspects import read_aspects
from clinicrep.analysis.language import detect_language
from clinicrep.analysis.pipeline import _DECISIVE, analyse_review
from clinicrep.model import Review, Sentiment

TUNING_PARTS = (
    "tune",
    "fresh2-tune",
    "fresh3-tune",
    "fresh4-tune",
    "probe12-tune",
    "probe13-tune",
    "probe13b-tune",
    "probe13c-tune",
    "probe14-tune",
    "probe15-tune",
    "probe16-tune",
    "probe17-tune",
    "probe18-tune",
    "probe19-tune",
    "probe21-tune",
    "probe25o-tune",
    "probe25c-tune",
    "probe25p-tune",
    "probe29p-tune",
    "probe29m-tune",
    "probe31x-tune",
    "probe33a-tune",
    "probe33b-tune",
    "probe35-tune",
    "probe36-tune",
    "probe37-tune",
    "probe38a-tune",
    "probe38b-tune",
    "probe38c-tune",
    "probe38d-tune",
    "probe39v-tune",
    "probe40c-tune",
    "probe41a-tune",
    "probe42o-tune",
    "probe42a-tune",
    "probe42n-tune",
    "probe43s-tune",
    "probe43d-tune",
    "probe44m-tune",
    "probe44a-tune",
    "probe44f-tune",
    "probe45a-tune",
    "probe45m-tune",
    "probe46-tune",
    "probe46zh-tune",
    "probe46ru-tune",
    "probe47en-tune",
    "probe47uk-tune",
    "probe47zh-tune",
    "probe48-tune",
    "probe49-tune",
    "probe50-tune",
    "probe51-tune",
    "probe52-tune",
    "probe53-tune",
    "probe54-tune",
    "probe55-tune",
    "probe56-tune",
    "probe57-tune",
    "probe58-tune",
    "probe59-tune",
    "probe60-tune",
    "probe61-tune",
    "probe62-tune",
    "probe63-tune",
    "check2",
)


def why_not_mixed(text: str, lang: str) -> tuple[str, str]:
    """(class, detail) of a gold-mixed row the analysis does not call mixed, text only."""
    review = Review(
        source_id=1, external_id="x", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    analysis = analyse_review(review, fallback_language=lang, learned=False)
    if analysis.sentiment is Sentiment.MIXED:
        return "mixed", ""
    reading = read_aspects(text, detect_language(text, lang))
    sides = {o.polarity for o in reading.opinions}
    if len(sides) == 2:
        if len(reading.firm) < 2:
            why = "one side only granted (a concession)"
        elif not reading.mixed:
            sides = f"praise {reading.praise:.1f}, blame {reading.blame:.1f}"
            why = f"weaker side under the balance ({sides})"
        elif reading.long and abs(analysis.sentiment_score) >= _DECISIVE:
            why = f"long text, its words lean {analysis.sentiment_score:+.2f}"
        else:
            why = "other"
        if reading.long:
            # what the rule of several aspects saw (aspects._SEVERAL_ASPECTS: four chips, the
            # weaker side's strongest aspect at 2.5, at most 220 words; session 43)
            platform = "" if reading.platform else ", past 220 words"
            why += (
                f"; {len(reading.opinions)} chips, weaker side's strongest aspect"
                f" {reading.weaker:.1f}{platform}"
            )
        return "both sides, not mixed", why
    if Sentiment.POSITIVE in sides:
        return "complaint missing", ""
    if Sentiment.NEGATIVE in sides:
        return "praise missing", ""
    return "nothing found", ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--parts", nargs="+", default=list(TUNING_PARTS))
    parser.add_argument("--rows", action="store_true", help="print each missed row")
    args = parser.parse_args(argv)
    for part in args.parts:
        if not allowed(part):
            print(f"{part}: not a tuning part (frozen parts and blind sets are never printed)")
            return 2
    for lang in args.languages:
        counts: Counter[str] = Counter()
        rows = []
        for part in args.parts:
            if not (ASPECT_SETS / f"aspects_{lang}_{part.split('-')[0]}.jsonl").is_file():
                continue
            for row in read_aspect_set(lang, part):
                if row["overall"] != "mixed":
                    continue
                kind, why = why_not_mixed(row["text"], lang)
                counts[kind] += 1
                if kind != "mixed":
                    rows.append((kind, why, part, row))
        total = sum(counts.values())
        print(f"== {lang}: {total} gold-mixed rows, {counts['mixed']} called mixed")
        for kind, n in counts.most_common():
            if kind != "mixed":
                print(f"  {kind:<24} {n}")
        if args.rows:
            for kind, why, part, row in sorted(rows, key=lambda r: r[0]):
                want = "negative" if kind == "complaint missing" else "positive"
                gone = [a for a, p in row["aspects"].items() if p == want]
                print(f"\n  [{kind}{': ' + why if why else ''}] {part} {row['id']} {gone}")
                print(f"    {row['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
