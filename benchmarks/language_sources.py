"""The language of short reviews posted at a source of another language (alang28, alang29).

Reads two tables of tests/analysis/data, each a tuning part and its frozen third (every third
row of the authored order, split off before any rule was changed for them):

- language_sources_tune/_frozen.jsonl (alang28): English, German, Czech, Slovak, French,
  Spanish, Italian and Polish reviews of a few words at Russian, Ukrainian, Chinese and Polish
  sources;
- language_sources29_tune/_frozen.jsonl (alang29): Portuguese, Turkish, Romanian, Hungarian,
  Lithuanian and Dutch reviews at a Polish source, Russian and Ukrainian typed in Latin letters
  at Polish, English and their own sources, one-word foreign thanks and Polish controls.

Each row has the language a user expects ("en", "pl", "ru", "uk", or "other" for a language
the program does not read); some have the sentiment a user expects of the review read without
stars (analyse_review at the row's source), counted apart. Prints the texts read right in each
part, and the tuning rows read wrong; a frozen part only as totals.

    PYTHONPATH=src python benchmarks/language_sources.py
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from clinicrep.analysis.language import detect_language
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review

DATA = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "data"
TABLES = ("language_sources", "language_sources29")


def rows(table: str, part: str) -> list[dict[str, str]]:
    path = DATA / f"{table}_{part}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def sentiment(row: dict[str, str]) -> str:
    review = Review(
        source_id=1,
        external_id=row["id"],
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        text=row["text"],
    )
    return analyse_review(review, fallback_language=row["source"], learned=False).sentiment.value


def main() -> None:
    for table in TABLES:
        for part in ("tune", "frozen"):
            found = rows(table, part)
            wrong = [r for r in found if detect_language(r["text"], r["source"]) != r["language"]]
            felt = [r for r in found if "sentiment" in r]
            misread = [r for r in felt if sentiment(r) != r["sentiment"]]
            line = f"{table} {part}: {len(found) - len(wrong)}/{len(found)} read right"
            if felt:
                line += f", sentiment {len(felt) - len(misread)}/{len(felt)} right"
            print(line)
            if part != "tune":
                continue
            for r in wrong:
                got = detect_language(r["text"], r["source"])
                print(f"  {r['id']} at {r['source']}: {got}, expected {r['language']}: {r['text']}")
            for r in misread:
                print(
                    f"  {r['id']} sentiment {sentiment(r)}, expected {r['sentiment']}: {r['text']}"
                )


if __name__ == "__main__":
    main()
