"""A digest of every analysis of the labelled sets: does a speed change leave the results alone?

Analyses every row of the development sets in ../shared/data (and their held-out samples where
present), the hand-labelled aspect sets in tests/analysis/data and the demo texts of the
languages with no real set, with and without the stars, and the short rows of
``import_csv.py``'s file (what an import analyses), and prints one digest of everything the
analysis says of them (sentiment, score, aspects with their words, topics, urgency). Run it
before and after a change meant only to make the analysis faster: the digests must be equal.
``--dump FILE`` writes the rows' results as JSON lines, to find what differs.

    .venv/bin/python benchmarks/analysis_digest.py [--data DIR] [--dump FILE] [--skip-blind]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from analysis_accuracy import (
    ASPECT_SETS,
    DEFAULT_DATA,
    LANGUAGES,
    _aspect_review,
    demo_rows,
    read_aspect_set,
    read_rows,
    to_review,
)
from import_csv import TEXTS

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Analysis, Review

# the lead's blind aspect sets (tests/analysis/data/README.md): an engineer's run leaves them out
_BLIND = ("_check", "_check3", "_check4")


def labelled_reviews(data: Path, *, skip_blind: bool = False) -> list[tuple[str, str, Review]]:
    """(set name, fallback language, review) of every labelled row, with and without stars;
    ``skip_blind`` leaves out the blind aspect sets (``aspects_<lang>_check[34].jsonl``)."""
    result: list[tuple[str, str, Review]] = []
    for folder in sorted(p for p in data.iterdir() if (p / "reviews.csv").is_file()):
        lang = folder.name.split("-")[0]
        files = [folder / "reviews.csv", data / "bench" / "heldout" / f"{folder.name}.csv"]
        for path in (p for p in files if p.is_file()):
            for row in read_rows(path):
                for stars in (True, False):
                    result.append((folder.name, lang, to_review(row, stars)))
    for path in sorted(ASPECT_SETS.glob("aspects_*.jsonl")):
        if skip_blind and path.stem.endswith(_BLIND):
            continue
        lang, part = path.stem.split("_")[1:3]
        for row in read_aspect_set(lang, part):
            review = _aspect_review(row)
            result.append((path.stem, lang, review))
            result.append((path.stem, lang, replace(review, rating=None)))
    for lang, rows in demo_rows(list(LANGUAGES), 200).items():
        for row in rows:
            result.append((f"demo_{lang}", lang, to_review(row, True)))
    # the rows of import_csv.py's file: four short reviews in four languages, each numbered
    for i in range(400):
        text = f"{TEXTS[i % len(TEXTS)]} #{i}"
        row = {"id": f"import-{i}", "text": text, "rating": str(1 + i % 5)}
        result.append(("import_csv", "", to_review(row, True)))
    return result


def summary(analysis: Analysis) -> dict:
    return {
        "language": analysis.language,
        "sentiment": analysis.sentiment.value,
        "score": analysis.sentiment_score,
        "aspects": [(o.aspect.value, o.polarity.value, o.words) for o in analysis.aspects],
        "topics": [t.value for t in analysis.topics],
        "urgency": analysis.urgency,
        "reason": str(analysis.urgency_reason),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dump", type=Path)
    parser.add_argument(
        "--skip-blind", action="store_true", help="leave out the blind aspect sets (engineers)"
    )
    args = parser.parse_args(argv)
    digest = hashlib.sha256()
    lines = []
    reviews = labelled_reviews(args.data, skip_blind=args.skip_blind)
    for name, lang, review in reviews:
        said = summary(analyse_review(review, fallback_language=lang, learned=False))
        line = json.dumps([name, review.external_id, review.rating, said], ensure_ascii=False)
        digest.update(line.encode("utf-8") + b"\n")
        lines.append(line)
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(reviews)} analyses, digest {digest.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
