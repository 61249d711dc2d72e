"""How often the confidentiality guard is right, per language, and how fast it is.

Reads tests/guidelines/data/replies_<lang>_{tune,frozen}.jsonl (format: the "guard data" brief,
one labelled reply per line). A reply counts as blocked when the guard has any finding (every
finding blocks "Publish"). On the tune part it prints, per language and rule, how many bad
replies were blocked and, per rule that fired, how many good replies were flagged; with
--show-misses it prints the tune items it gets wrong. On the frozen part it prints ONLY the
totals per language: the frozen part is for reporting, never for tuning. With --check it scores
ONLY the blind check sets, replies_<lang>_check.jsonl, replies_<lang>_check2.jsonl,
replies_<lang>_check3.jsonl, replies_<lang>_check4.jsonl and replies_<lang>_check5.jsonl (each
written without seeing the guard, never tuned on: see tests/guidelines/data/README.md), and prints
only their totals per language, each set apart. After the frozen part it prints, totals only,
the frozen thirds of the rounds written before their writers had read the guard (FRESH_ROUNDS):
the nearest stand-in for a blind set in the repository.

Speed: median and worst milliseconds for 4,096-byte replies made of the language's tune
replies (CPU time, the best of three runs of each, as other programs share the machine), and
the wall time for a 1 MB paste.

    PYTHONPATH=src python benchmarks/guard_accuracy.py                 # every language
    PYTHONPATH=src python benchmarks/guard_accuracy.py --lang ru       # one language
    PYTHONPATH=src python benchmarks/guard_accuracy.py --lang ru --show-misses
    PYTHONPATH=src python benchmarks/guard_accuracy.py --no-frozen     # tune part only
    PYTHONPATH=src python benchmarks/guard_accuracy.py --check         # blind check sets only
    PYTHONPATH=src python benchmarks/guard_accuracy.py --rules-only    # without the learned reader
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from clinicrep.guidelines.confidentiality import (
    RULES,
    ConfidentialityFinding,
    find_confidentiality_problems,
    load_guidelines,
)
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.paths import resource

DATA = Path(__file__).resolve().parent.parent / "tests" / "guidelines" / "data"
TARGET_BLOCKED = 0.97
TARGET_FLAGGED = 0.05


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    lang: str
    label: str
    rules: tuple[str, ...]
    kind: str
    review: str
    reviewer: str
    reply: str


def read_items(path: Path) -> list[Item]:
    items = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                items.append(
                    Item(
                        id=str(raw["id"]),
                        lang=str(raw["lang"]),
                        label=str(raw["label"]),
                        rules=tuple(raw.get("rules") or ()),
                        kind=str(raw.get("kind", "")),
                        review=str(raw.get("review", "")),
                        reviewer=str(raw.get("reviewer", "")),
                        reply=str(raw["reply"]),
                    )
                )
            except (KeyError, ValueError) as e:
                raise SystemExit(f"{path.name}, line {number}: {e}") from e
    return items


# Whether the guard reads with its learned second reader where resources/guidelines/learned
# switches it on (the product), or with its rules alone (--rules-only).
LEARNED = {"on": True}


def findings(item: Item, country: str) -> list[ConfidentialityFinding]:
    """The guard's findings for this item's reply, judged with its review, as the editor does."""
    return find_confidentiality_problems(
        item.reply,
        review_text=item.review,
        language=item.lang,
        reviewer_name=item.reviewer,
        country=country,
        learned=LEARNED["on"],
    )


def judge(item: Item, country: str) -> list[str]:
    """The codes of the guard's findings for this item's reply."""
    return [f.rule for f in findings(item, country)]


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "-"


def report_tune(lang: str, items: list[Item], country: str, show_misses: bool) -> None:
    bad = [i for i in items if i.label == "block"]
    good = [i for i in items if i.label == "pass"]
    verdicts = {i.id: judge(i, country) for i in items}
    blocked = [i for i in bad if verdicts[i.id]]
    flagged = [i for i in good if verdicts[i.id]]
    print(
        f"\n== {lang} tune: bad blocked {_pct(len(blocked), len(bad))}, "
        f"good flagged {_pct(len(flagged), len(good))}"
    )
    print(f"   {'rule':<18} {'bad blocked':>14} {'by this rule':>14} {'false alarms':>13}")
    false_alarms = Counter(rule for i in flagged for rule in set(verdicts[i.id]))
    for rule in RULES:
        with_rule = [i for i in bad if rule in i.rules]
        by_rule = [i for i in with_rule if rule in verdicts[i.id]]
        caught = [i for i in with_rule if verdicts[i.id]]
        print(
            f"   {rule:<18} {_pct(len(caught), len(with_rule)):>14} "
            f"{_pct(len(by_rule), len(with_rule)):>14} {false_alarms.get(rule, 0):>13}"
        )
    kinds = Counter(i.kind for i in bad if not verdicts[i.id])
    kinds_fa = Counter(i.kind for i in flagged)
    if kinds:
        print("   missed by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if kinds_fa:
        print("   flagged by kind: " + ", ".join(f"{k} {n}" for k, n in kinds_fa.most_common()))
    if show_misses:
        for i in bad:
            if not verdicts[i.id]:
                print(f"   MISS {i.id} {list(i.rules)} [{i.kind}]: {i.reply}")
        for i in flagged:
            detail = find_confidentiality_problems(
                i.reply,
                review_text=i.review,
                language=i.lang,
                reviewer_name=i.reviewer,
                country=country,
                learned=LEARNED["on"],
            )
            words = "; ".join(f"{f.rule}: {f.text!r}" for f in detail)
            print(f"   FALSE ALARM {i.id} [{i.kind}]: {i.reply}\n      -> {words}")


def report_frozen(
    lang: str, items: list[Item], country: str, part: str = "frozen"
) -> tuple[bool, str]:
    """Totals only: which frozen (or check) items fail is never printed."""
    bad = [i for i in items if i.label == "block"]
    good = [i for i in items if i.label == "pass"]
    blocked = sum(1 for i in bad if judge(i, country))
    flagged = sum(1 for i in good if judge(i, country))
    ok = (not bad or blocked / len(bad) >= TARGET_BLOCKED) and (
        not good or flagged / len(good) <= TARGET_FLAGGED
    )
    return ok, (
        f"{lang} {part}: bad blocked {_pct(blocked, len(bad))}, "
        f"good flagged {_pct(flagged, len(good))}"
    )


def _replies_of(size: int, texts: Iterable[str]) -> list[str]:
    """Replies of about ``size`` UTF-8 bytes, each a different run of the given texts."""
    pool = [t for t in texts if t.strip()] or ["Thank you for your feedback."]
    replies = []
    for start in range(min(len(pool), 50)):
        parts: list[str] = []
        length = 0
        k = start
        while length < size:
            text = pool[k % len(pool)]
            parts.append(text)
            length += len(text.encode("utf-8")) + 1
            k += 7
        replies.append(" ".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore"))
    return replies


def _yardstick(lang: str) -> re.Pattern[str]:
    """One compiled alternation of every word (three letters or more) of the language's rule
    file, whole words in lower-case text: a fixed amount of regex work, timed over the same
    replies as the guard, so that figures from machines of other speeds (or the same machine
    under other loads) can be compared."""
    data = tomllib.loads(resource("guidelines", f"{lang}.toml").read_text(encoding="utf-8"))
    words: set[str] = set()
    stack: list[object] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]{3,}", value))
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _cpu_ms(work: Callable[[], object]) -> float:
    """The CPU milliseconds of ``work``, the best of three runs (other programs share the two
    cores)."""
    runs = []
    for _ in range(3):
        started = time.process_time()  # CPU time: waiting for a core is not the guard's
        work()
        runs.append((time.process_time() - started) * 1000)
    return min(runs)


def report_speed(lang: str, texts: list[str], reviews: list[str]) -> None:
    replies = _replies_of(4096, texts)
    yardstick = _yardstick(lang)
    floor = statistics.median(
        _cpu_ms(partial(yardstick.findall, reply.lower())) for reply in replies
    )
    times = []
    for n, reply in enumerate(replies):
        review = reviews[n % len(reviews)] if reviews else ""
        check = partial(
            find_confidentiality_problems,
            reply,
            review_text=review,
            language=lang,
            learned=LEARNED["on"],
        )
        times.append(_cpu_ms(check))
    paste = _replies_of(1_000_000, texts)[0]
    started = time.perf_counter()
    find_confidentiality_problems(paste, review_text=reviews[0] if reviews else "", language=lang)
    paste_s = time.perf_counter() - started
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"   speed {lang}: 4 KB reply median {statistics.median(times):.2f} ms, "
        f"worst {max(times):.2f} ms CPU ({len(times)} replies, best of 3 runs each); "
        f"1 MB paste {paste_s:.2f} s (load average {load:.1f})\n"
        f"   yardstick {lang}: one alternation of the rule file's words over the same replies, "
        f"median {floor:.2f} ms CPU (the guard is {statistics.median(times) / floor:.1f} times it)"
    )


def _from_id(items: list[Item], lowest: int) -> list[Item]:
    """The items whose number ("en-block-201" -> 201) is at least ``lowest``."""
    if not lowest:
        return items
    return [i for i in items if int(i.id.rsplit("-", 1)[-1]) >= lowest]


# The blind check sets, each written once by someone who had not seen the guard and never tuned
# on (tests/guidelines/data/README.md): file suffix and the heading its totals print under.
CHECK_SETS = (
    ("check", "first check set, held out"),
    ("check2", "second check set, held out (issue 16, 2026-12-03)"),
    ("check3", "third check set, held out (issue 16, 2026-12-03, branch blind11)"),
    ("check4", "fourth check set, held out (issue 16, 2026-12-04, branch blind12)"),
    ("check5", "fifth check set, held out (issue 16, 2026-12-04, branch blindg)"),
)


def report_check(langs: list[str], data: Path, country: str, min_id: int) -> int:
    """The blind check sets, each apart: totals per language only, like the frozen part; no
    tune, no speed."""
    all_ok = True
    # Across every check set and language: the rules of the bad replies let through, and the
    # rules that fired on good ones (counts only; which items is never printed).
    missed: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for part, heading in CHECK_SETS:
        lines = []
        for lang in langs:
            path = data / f"replies_{lang}_{part}.jsonl"
            if not path.exists():
                lines.append(f"{lang} {part}: no {path.name}")
                continue
            items = _from_id(read_items(path), min_id)
            ok, line = report_frozen(lang, items, country, part)
            all_ok = all_ok and ok
            lines.append(line + ("" if ok else "  (below target)"))
            for item in items:
                rules = judge(item, country)
                if item.label == "block" and not rules:
                    missed.update(item.rules)
                elif item.label == "pass":
                    fired.update(set(rules))
        print(f"\n{heading} (totals only; targets: >= 97% blocked, <= 5% flagged):")
        for line in lines:
            print("   " + line)
    print("\nall check sets together, counts only:")
    print("   bad replies let through, by their labelled rules: " + _counts(missed))
    print("   good replies flagged, by the rules that fired: " + _counts(fired))
    return 0 if all_ok else 1


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{rule} {n}" for rule, n in counter.most_common()) or "none"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the .jsonl files")
    parser.add_argument("--country", default="other", help="country pack (US, UK, ... other)")
    parser.add_argument("--show-misses", action="store_true", help="tune items it gets wrong")
    parser.add_argument("--no-frozen", action="store_true", help="skip the frozen part")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="without the learned second reader, where languages.toml switches it on",
    )
    parser.add_argument(
        "--min-id",
        type=int,
        default=0,
        help="judge only items numbered at least this (a later batch on its own: --min-id 201)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="score only the blind check sets (replies_<lang>_check[2345].jsonl), totals only",
    )
    args = parser.parse_args(argv)
    LEARNED["on"] = not args.rules_only

    started = time.perf_counter()
    load_guidelines()
    print(f"rules loaded in {time.perf_counter() - started:.2f} s")
    if args.check:
        return report_check(args.lang or list(LANGUAGES), args.data, args.country, args.min_id)
    frozen_lines = []
    all_ok = True
    for lang in args.lang or LANGUAGES:
        tune_path = args.data / f"replies_{lang}_tune.jsonl"
        frozen_path = args.data / f"replies_{lang}_frozen.jsonl"
        if not tune_path.exists():
            print(f"\n== {lang}: no {tune_path.name} yet")
            continue
        tune = read_items(tune_path)
        report_tune(lang, _from_id(tune, args.min_id), args.country, args.show_misses)
        if not args.no_speed:
            report_speed(lang, [i.reply for i in tune], [i.review for i in tune])
        if not args.no_frozen and frozen_path.exists():
            frozen = _from_id(read_items(frozen_path), args.min_id)
            ok, line = report_frozen(lang, frozen, args.country)
            all_ok = all_ok and ok
            frozen_lines.append(line + ("" if ok else "  (below target)"))
    if frozen_lines:
        print("\nfrozen part (totals only; targets: >= 97% blocked, <= 5% flagged):")
        for line in frozen_lines:
            print("   " + line)
    if not args.no_frozen:
        report_fresh(args.lang or list(LANGUAGES), args.data, args.country)
    return 0 if all_ok else 1


# Rounds written before their writers read the guard (session 25): their first scores, rules
# as they were, were 162/169 bad replies blocked and 33/271 good ones flagged, beside the blind
# sets' 572/600 and 67/600. Their tuning two-thirds were then tuned on; their frozen thirds
# (pooled below) were never looked at, so they are the nearest stand-in for a blind set that
# the repository holds. A round of this kind written later joins the tuple.
FRESH_ROUNDS = (
    "own_en_round25a",
    "own_zh_round25b",
    "own_pl_round25c",
    "own_uk_round25d",
    "own_ru_round25e",
    "own_all_round28a",
    "own_all_round28b",
    "own_all_round28c",
    "own_all_round28d",
    "own_en_round29en",
    "own_zh_round29zh",
    "own_zh_round30zh",
    "own_pl_round29pl",
    "own_all_round29slav",
    "own_all_round29slav2",
    "own_en_round30en",
    "own_all_round30slav",
    "own_pl_round30pl",
    "own_en_round30en3",
    "own_zh_round31zh",
    "own_en_round31en",
    "own_pl_round31pl",
    "own_all_round31slav",
    "own_pl_round32pl",
    "own_all_round32slav",
    "own_en_round32en",
    "own_zh_round32zhb",
    "own_zh_round32zh",
    "own_zh_round33zh",
    "own_pl_round33pl",
    "own_en_round33rw",
    "own_ru_round33rw",
    "own_uk_round33rw",
    "own_pl_round33rw",
    "own_zh_round33rw",
    "own_uk_round33slav",
    "own_ru_round33slav",
    "own_pl_round34pl",
    "own_uk_round34slav",
    "own_ru_round34slav",
    "own_en_round34en",
    "own_zh_round34zh",
    "own_en_round34staff",
    "own_pl_round34staff",
    "own_uk_round34staff",
    "own_zh_round34staff",
    "own_en_round35team",
    "own_ru_round35team",
    "own_uk_round35team",
    "own_pl_round35team",
    "own_zh_round35team",
    "own_en_round35rel",
    "own_ru_round35rel",
    "own_uk_round35rel",
    "own_pl_round35rel",
    "own_zh_round35rel",
    "own_en_round35rel2",
    "own_ru_round35rel2",
    "own_uk_round35rel2",
    "own_pl_round35rel2",
    "own_zh_round35rel2",
    "own_en_round35neg",
    "own_ru_round35neg",
    "own_uk_round35neg",
    "own_pl_round35neg",
    "own_zh_round35neg",
    "own_en_round35echo",
    "own_ru_round35echo",
    "own_uk_round35echo",
    "own_pl_round35echo",
    "own_zh_round35echo",
    "own_en_round35vocab",
    "own_ru_round35vocab",
    "own_uk_round35vocab",
    "own_pl_round35vocab",
    "own_zh_round35vocab",
    "own_en_round35offer",
    "own_ru_round35offer",
    "own_uk_round35offer",
    "own_pl_round35offer",
    "own_zh_round35offer",
    "own_en_round35scope",
    "own_ru_round35scope",
    "own_uk_round35scope",
    "own_pl_round35scope",
    "own_zh_round35scope",
    "own_en_round36team",
    "own_ru_round36team",
    "own_uk_round36team",
    "own_pl_round36team",
    "own_zh_round36team",
    "own_en_round36rel",
    "own_ru_round36rel",
    "own_uk_round36rel",
    "own_pl_round36rel",
    "own_zh_round36rel",
    "own_en_round36neg",
    "own_ru_round36neg",
    "own_uk_round36neg",
    "own_pl_round36neg",
    "own_zh_round36neg",
    "own_en_round36nonpat",
    "own_ru_round36nonpat",
    "own_uk_round36nonpat",
    "own_pl_round36nonpat",
    "own_zh_round36nonpat",
    "own_en_round36syn",
    "own_ru_round36syn",
    "own_uk_round36syn",
    "own_pl_round36syn",
    "own_zh_round36syn",
    "own_en_round36offer",
    "own_ru_round36offer",
    "own_uk_round36offer",
    "own_pl_round36offer",
    "own_zh_round36offer",
    "own_pl_round40f",
    "own_zh_round40f",
    "own_en_round40f",
    "own_ru_round40f",
    "own_uk_round40f",
    "own_en_round40g",
    "own_zh_round40g",
    "own_en_round42a",
    "own_zh_round42a",
    "own_uk_round42b",
    "own_pl_round42b",
    "own_uk_round43c",
    "own_zh_round43c",
    "own_ru_round43b",
    "own_uk_round43b",
    "own_pl_round43b",
    "own_en_round43a",
    "own_pl_round43a",
    "own_zh_round43a",
    "own_pl_round44b",
    "own_zh_round44b",
    "own_uk_round44b",
    "own_en_round44a",
    "own_en_round45a",
    "own_uk_round44c",
    "own_pl_round44c",
    "own_zh_round44c",
    "own_en_round45r",
    "own_ru_round45r",
    "own_uk_round45r",
    "own_pl_round45r",
    "own_zh_round45r",
    "own_zh_round45z",
    "own_en_round45n",
    "own_ru_round45n",
    "own_uk_round45n",
    "own_pl_round45n",
    "own_zh_round45n",
    "own_uk_round46s",
    "own_pl_round46s",
    "own_ru_round46s",
)


def report_fresh(languages: list[str], data: Path, country: str) -> None:
    """The frozen thirds of FRESH_ROUNDS, pooled per language, totals only."""
    items = [
        item
        for name in FRESH_ROUNDS
        if (data / f"{name}_frozen.jsonl").is_file()
        for item in read_items(data / f"{name}_frozen.jsonl")
    ]
    lines = [
        report_frozen(lang, mine, country, "fresh frozen")[1]
        for lang in languages
        if (mine := [i for i in items if i.lang == lang])
    ]
    if lines:
        print(
            "\nfrozen thirds of the rounds written before their writers read the guard"
            " (totals only; first scored: rounds 25a-e 51/54 blocked, 8/91 flagged;"
            " rounds 28a-d 105/114, 13/136; rounds 29en/zh/pl/slav/slav2 71/76, 9/80):"
        )
        for line in lines:
            print("   " + line)


if __name__ == "__main__":
    sys.exit(main())
