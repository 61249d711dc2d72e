"""How often detect_language reads a labelled text in a language other than its label, by length.

Reads only tuning data: every language's aspects_<lang>_tune.jsonl and aspects_<lang>_check2.jsonl
(released for tuning), the tuning two thirds of its fresh and probe sets (every third row is
frozen and skipped), and the development samples of the NHS (en) and PolEmo (pl) sets. Never a
blind set (check, check3, check4) or a frozen part. Prints, per language and length (letters),
the texts read right, read as another of the five languages, and read as "other", once with the
set's language as the source's setting (as the benchmarks and a practice's own source pass it),
once with no setting, and once at a source of another language ("elsewhere": English and Polish
texts at a Russian source, Russian and Chinese at an English one, Ukrainian at a Polish one).

    PYTHONPATH=src python benchmarks/language_by_length.py [--data DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter
from pathlib import Path

from clinicrep.analysis.language import OTHER, detect_language

LANGUAGES = ("en", "ru", "uk", "pl", "zh")
ASPECT_SETS = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "data"
DEFAULT_DATA = Path("/work/shared/data")
BANDS = (20, 40, 80, 160)
_LETTER = re.compile(r"[^\W\d_]")
_TUNE_WHOLE = ("tune", "check2")
# the source's language of the "elsewhere" setting, per text's language
ELSEWHERE = {"en": "ru", "pl": "ru", "ru": "en", "uk": "pl", "zh": "en"}
_THIRDS = re.compile(r"aspects_(en|ru|uk|pl|zh)_(fresh|probe)[0-9a-z]*\.jsonl$")


def band(text: str) -> str:
    n = len(_LETTER.findall(text))
    low = 0
    for high in BANDS:
        if n < high:
            return f"{low}-{high - 1}"
        low = high
    return f"{low}+"


def labelled_texts(data: Path) -> list[tuple[str, str]]:
    """(language, text) of every tuning row named in the docstring."""
    out: list[tuple[str, str]] = []
    for path in sorted(ASPECT_SETS.glob("aspects_*.jsonl")):
        lang, part = path.stem.split("_")[1:3]
        if lang not in LANGUAGES or "frozen" in path.stem:
            continue
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        if part in _TUNE_WHOLE:
            out += [(lang, r["text"]) for r in rows]
        elif _THIRDS.search(path.name):
            out += [(lang, r["text"]) for i, r in enumerate(rows, 1) if i % 3]
    for folder, lang in (("en-careopinion-nhs", "en"), ("pl-polemo2-medicine", "pl")):
        with (data / folder / "reviews.csv").open(encoding="utf-8", newline="") as f:
            out += [(lang, row["text"]) for row in csv.DictReader(f)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    texts = labelled_texts(parser.parse_args().data)
    for setting in ("label", "none", "elsewhere"):
        print(f"source's setting: {setting}  (right / another language / other, of all)")
        tally: Counter[tuple[str, str, str]] = Counter()
        for lang, text in texts:
            source = {"label": lang, "none": "", "elsewhere": ELSEWHERE[lang]}[setting]
            got = detect_language(text, source)
            kind = "right" if got == lang else OTHER if got == OTHER else "wrong"
            tally[lang, band(text), kind] += 1
        for lang in LANGUAGES:
            cells = []
            for b in sorted(
                {k[1] for k in tally if k[0] == lang},
                key=lambda s: int(s.split("-")[0].rstrip("+")),
            ):
                r, w, o = (tally[lang, b, k] for k in ("right", "wrong", OTHER))
                cells.append(f"{b}: {r}/{w}/{o} of {r + w + o}")
            print(f"  {lang}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
