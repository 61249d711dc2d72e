"""The confidentiality guard's failures on every TUNE row of one language, sorted into classes
of why the reading went wrong, counted per class and rule: where to work first (issue 16).

Tune rows are the language's rows in replies_<lang>_tune.jsonl and in every own_*.jsonl that is
not a frozen third (never a blind check set, never a frozen file). A good reply flagged is put
in the first class its finding fits:

- ``echo``: the finding's words (or most of them) are in the review it answers: an echo not
  read as one;
- ``practice time``: a date finding in a sentence about the practice's timetable (opening
  hours, holidays, closures);
- ``non-patient``: the writer is not a patient (a job seeker, a supplier, a neighbour; the
  item's kind says so);
- ``general``: the finding's sentence names no one (no second person, not the reviewer's
  name), or says "you" of anyone (every, whatever, if your, for everyone): a statement about
  the practice or people in general not read as general;
- ``word sense``: a health word in a sentence that does address the reader, but not about
  anyone's health ("a painless booking", "we take complaints seriously") -- the remainder of
  health_detail findings;
- ``other``.

A bad reply let through is listed with its labelled rules and kind (leaks come first in the
report, and are never traded for a pass).

    PYTHONPATH=src python benchmarks/guard_fa_classes.py --lang en
    PYTHONPATH=src python benchmarks/guard_fa_classes.py --lang en --list        # every item
    PYTHONPATH=src python benchmarks/guard_fa_classes.py --lang en --rules-only
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from guard_accuracy import DATA, FRESH_ROUNDS, LEARNED, Item, findings, read_items

from clinicrep.guidelines.confidentiality import (
    ConfidentialityFinding,
    load_guidelines,
)
from clinicrep.guidelines.lexicon import LANGUAGES

CLASSES = ("echo", "practice time", "non-patient", "general", "word sense", "other")

# Per language: what addresses the reader, and words of a practice's timetable. A language
# without an entry is classed by echo and the item's kind only.
ADDRESS = {
    "en": re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:вы|вас|вам|вами|ваш\w*|ты|тебя|тебе|твой\w*)(?!\w)", re.I),
    "uk": re.compile(r"(?<!\w)(?:ви|вас|вам|вами|ваш\w*|ти|тебе|твій|тво\w*)(?!\w)", re.I),
    "pl": re.compile(
        r"(?<!\w)(?:pan\w*|pani\w*|państw\w*|ty|tobie|cię|ciebie|twó\w*|tw\w*)(?!\w)", re.I
    ),
    "zh": re.compile(r"[您你]"),
}
TIMETABLE = {
    "en": re.compile(
        r"\b(?:open\w*|clos\w*|hours|holiday\w*|christmas|easter|thanksgiving|new year\w*|"
        r"bank holiday|memorial day|labou?r day|july 4th|independence day|reopen\w*|"
        r"timetable|schedule[ds]?|rota|weekends?|saturdays|sundays|out of hours)\b",
        re.I,
    ),
}
# ... and what makes a "you" anyone's: a rule for everyone, a condition, advice to all
GENERIC = {
    "en": re.compile(
        r"\b(?:every|everyone|everybody|anyone|anybody|all\s+(?:new\s+)?patients|whatever|"
        r"whenever|if\s+your?|for\s+(?:plans|anyone|everyone)|patients\s+(?:can|may|who))\b",
        re.I,
    ),
}
_WORD = re.compile(r"[^\W\d_]{4,}|\d+", re.U)


def tune_rows(lang: str, data: Path) -> list[tuple[str, Item]]:
    """(file stem, item) for every tune row of the language."""
    names = [data / f"replies_{lang}_tune.jsonl"]
    names += sorted(
        p for p in data.glob("own_*.jsonl") if "_frozen" not in p.name and "check" not in p.name
    )
    rows = []
    for path in names:
        if path.is_file():
            rows += [(path.stem, i) for i in read_items(path) if i.lang == lang]
    return rows


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in ".!?。！？\n") + 1
    rights = [i for c in ".!?。！？\n" if (i := text.find(c, end)) >= 0]
    return text[left : (min(rights) + 1 if rights else len(text))].strip()


def is_echo(found: str, review: str, lang: str) -> bool:
    if not review:
        return False
    if lang == "zh":
        return len(found) >= 2 and found in review
    words = [w.lower() for w in _WORD.findall(found)]
    if not words:
        return found.strip().lower() in review.lower()
    low = review.lower()
    seen = sum(1 for w in words if w[:5] in low)
    return seen * 2 >= len(words) + 1 or found.strip().lower() in low


def class_of(item: Item, finding: ConfidentialityFinding) -> str:
    lang = item.lang
    sentence = sentence_of(item.reply, finding.start, finding.end)
    if is_echo(finding.text, item.review, lang):
        return "echo"
    timetable = TIMETABLE.get(lang)
    if finding.rule == "date" and timetable and timetable.search(sentence):
        return "practice time"
    if item.kind == "non_patient":
        return "non-patient"
    address = ADDRESS.get(lang)
    generic = GENERIC.get(lang)
    named = bool(item.reviewer) and item.reviewer.split()[0].lower() in sentence.lower()
    if address is not None and not address.search(sentence) and not named:
        return "general"
    if generic is not None and generic.search(sentence):
        return "general"  # "you" said of anyone: a rule, a condition, advice to all
    if finding.rule == "health_detail":
        return "word sense"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="en")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--country", default="other")
    parser.add_argument("--rules-only", action="store_true", help="without the learned reader")
    parser.add_argument("--list", action="store_true", help="print every failure and its class")
    args = parser.parse_args(argv)
    LEARNED["on"] = not args.rules_only
    load_guidelines()

    rows = tune_rows(args.lang, args.data)
    table: Counter[tuple[str, str]] = Counter()
    fresh: Counter[tuple[str, str]] = (
        Counter()
    )  # ... of the rounds written before the guard was read
    by_file: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    n_good = n_bad = n_flagged = n_leaked = 0
    for stem, item in rows:
        found = findings(item, args.country)
        if item.label == "pass":
            n_good += 1
            if not found:
                continue
            n_flagged += 1
            by_file[stem] += 1
            # one class per (item, rule): the first finding of each rule decides it
            first = {}
            for f in found:
                first.setdefault(f.rule, f)
            for rule, f in first.items():
                cls = class_of(item, f)
                table[(cls, rule)] += 1
                if stem in FRESH_ROUNDS:
                    fresh[(cls, rule)] += 1
                if args.list:
                    print(f"FA  {stem} {item.id} [{item.kind}] {rule}/{cls}: {f.text!r}")
                    print(f"      {sentence_of(item.reply, f.start, f.end)}")
        elif item.label == "block":
            n_bad += 1
            if found:
                continue
            n_leaked += 1
            leaks.update(item.rules)
            if args.list:
                print(f"LEAK {stem} {item.id} {list(item.rules)} [{item.kind}]: {item.reply}")

    print(
        f"\n{args.lang}: {len(rows)} tune rows; bad let through {n_leaked}/{n_bad}, "
        f"good flagged {n_flagged}/{n_good}"
    )
    print(
        "   leaks by labelled rule: "
        + (", ".join(f"{r} {n}" for r, n in leaks.most_common()) or "none")
    )
    rules = sorted(
        {r for _, r in table}, key=lambda r: -sum(n for (_, q), n in table.items() if q == r)
    )
    for title, counts_of in (
        ("every tune row", table),
        ("the tune rows of FRESH_ROUNDS only", fresh),
    ):
        print(f"\n   false alarms, class x rule fired ({title}; an item counts once per rule):")
        print(f"   {'class':<14}" + "".join(f"{r[:14]:>16}" for r in rules) + f"{'all':>8}")
        for cls in CLASSES:
            counts = [counts_of.get((cls, r), 0) for r in rules]
            print(f"   {cls:<14}" + "".join(f"{n:>16}" for n in counts) + f"{sum(counts):>8}")
    print(
        "\n   flagged good replies by file: "
        + ", ".join(f"{s} {n}" for s, n in by_file.most_common())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
