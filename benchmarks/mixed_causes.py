"""Mixed reviews read as positive (issue 19): why the complaint went missing, per language.

Reads the gold-mixed rows of the tuning parts only (``tune`` and ``*-tune``; never a frozen
part, never a blind set, not the released check2) and, for each one the analysis reads as
positive from its text, sorts the missing complaint by cause:

- ``a no aspect``: a clause its words judge negative names no aspect the reading keeps for the
  complaint (no term, or only the praised one's);
- ``b praise polarity``: the complaint's aspect was found, but praised;
- ``c not split``: the complaint's aspect is named, but in a clause that also praises (no
  contrast word or mark cut it off) or beside praise that outweighs it;
- ``d no judging word``: the complaint's clause judges nothing (a fact: "waited 2 hours",
  "no one called");
- ``e other``: found negative but the verdict still positive (the balance), or unplaced.

    PYTHONPATH=src python benchmarks/mixed_causes.py en ru uk pl zh [--rows]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime

from analysis_accuracy import ASPECT_SETS, read_aspect_set  # same folder
from mixed_misses import TUNING_PARTS

from clinicrep.analysis.aspects import (
    _JUDGED,
    Clause,
    _chinese_clauses,
    _token_clauses,
    read_aspects,
)
from clinicrep.analysis.language import detect_language
from clinicrep.analysis.lexicon import tokenize
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Sentiment

PARTS = tuple(p for p in TUNING_PARTS if p == "tune" or p.endswith("-tune"))


def clauses_of(text: str, lang: str) -> list[tuple[Clause, str]]:
    """Every clause the reading cuts, judged, with its text."""
    if lang == "zh":
        items = _chinese_clauses(text)
        return [(c, c.text) for c in items]
    items = _token_clauses(text, lang).every()
    tokens = tokenize(text)
    texts = [" ".join(tokens[c.span[0] : c.span[1]]) for c in items]
    return list(zip(items, texts, strict=True))


def cause(text: str, lang: str, gold: dict[str, str]) -> tuple[str, str]:
    """(cause, detail) of a gold-mixed row read as positive."""
    reading = read_aspects(text, lang)
    found = {o.aspect.value: o.polarity for o in reading.opinions}
    blamed = [a for a, p in gold.items() if p == "negative"]
    if any(found.get(a) is Sentiment.POSITIVE for a in blamed):
        return "b praise polarity", ""
    if any(found.get(a) is Sentiment.NEGATIVE for a in blamed) or Sentiment.NEGATIVE in {
        o.polarity for o in reading.opinions
    }:
        return "e other", "complaint found, verdict positive"
    clauses = clauses_of(text, lang)
    negative = [(c, t) for c, t in clauses if c.general <= -_JUDGED]
    if negative:
        return "a no aspect", " | ".join(t for _, t in negative)
    naming = [
        (c, t) for c, t in clauses if any(a.value in blamed for a in c.aspects) and c.total > 0
    ]
    if naming:
        return "c not split", " | ".join(t for _, t in naming)
    return "d no judging word", ""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--rows", action="store_true", help="print each row with its clauses")
    args = parser.parse_args(argv)
    table: dict[str, Counter[str]] = {}
    for lang in args.languages:
        counts: Counter[str] = Counter()
        rows = []
        total = 0
        for part in PARTS:
            if not (ASPECT_SETS / f"aspects_{lang}_{part.split('-')[0]}.jsonl").is_file():
                continue
            for row in read_aspect_set(lang, part):
                if row["overall"] != "mixed":
                    continue
                total += 1
                review = Review(
                    source_id=1,
                    external_id="x",
                    created_at=datetime(2026, 1, 1, tzinfo=UTC),
                    text=row["text"],
                )
                said = analyse_review(review, fallback_language=lang, learned=False).sentiment
                if said is not Sentiment.POSITIVE:
                    continue
                why, detail = cause(row["text"], detect_language(row["text"], lang), row["aspects"])
                counts[why] += 1
                rows.append((why, detail, part, row))
        table[lang] = counts
        print(f"== {lang}: {total} gold-mixed tuning rows, {sum(counts.values())} read positive")
        for why, n in sorted(counts.items()):
            print(f"  {why:<20} {n}")
        if args.rows:
            for why, detail, part, row in sorted(rows, key=lambda r: r[0]):
                blamed = [a for a, p in row["aspects"].items() if p == "negative"]
                print(f"\n  [{why}] {part} {row['id']} blamed {blamed}  {detail}")
                print(f"    {row['text']}")
                for c, t in clauses_of(row["text"], lang):
                    names = ",".join(a.value for a in c.aspects)
                    print(f"      {c.general:+.1f} {c.total:+.1f} [{names}] {t}")
    causes = sorted({w for c in table.values() for w in c})
    print("\ncause".ljust(22) + "".join(f"{lang:>5}" for lang in table))
    for why in causes:
        print(why.ljust(21) + "".join(f"{table[lang][why]:>5}" for lang in table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
