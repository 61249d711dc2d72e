"""The language of short reviews posted at a source of another language (alang28).

Reads tests/analysis/data/language_sources_tune.jsonl and its frozen third
language_sources_frozen.jsonl (every third row of the authored order, split off before any rule
was changed for them): English, German, Czech, Slovak, French, Spanish, Italian and Polish
reviews of a few words at Russian, Ukrainian, Chinese and Polish sources, each with the language
a user expects ("en", "pl", or "other" for a language the program does not read). Prints the
texts read right in each part, and the tuning rows read wrong; the frozen part only as a total.

    PYTHONPATH=src python benchmarks/language_sources.py
"""

from __future__ import annotations

import json
from pathlib import Path

from clinicrep.analysis.language import detect_language

DATA = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "data"


def rows(part: str) -> list[dict[str, str]]:
    path = DATA / f"language_sources_{part}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def main() -> None:
    for part in ("tune", "frozen"):
        table = rows(part)
        wrong = [r for r in table if detect_language(r["text"], r["source"]) != r["language"]]
        print(f"{part}: {len(table) - len(wrong)}/{len(table)} read right")
        if part == "tune":
            for r in wrong:
                got = detect_language(r["text"], r["source"])
                print(f"  {r['id']} at {r['source']}: {got}, expected {r['language']}: {r['text']}")


if __name__ == "__main__":
    main()
