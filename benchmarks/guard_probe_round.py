"""How the confidentiality guard judges one probe round of own replies (a tune file and its
frozen third), per language: the tune part like guard_accuracy.py's (per rule, with
--show-misses the items it gets wrong), the frozen part as totals only, never item by item.

    PYTHONPATH=src python benchmarks/guard_probe_round.py \
        tests/guidelines/data/own_date_reward_round10.jsonl \
        --frozen tests/guidelines/data/own_date_reward_round10_frozen.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guard_accuracy import read_items, report_frozen, report_tune

from clinicrep.guidelines.lexicon import LANGUAGES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tune", type=Path, help="the round's tune file (.jsonl)")
    parser.add_argument("--frozen", type=Path, help="the round's frozen file: totals only")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--country", default="other", help="country pack (US, UK, ... other)")
    parser.add_argument("--show-misses", action="store_true", help="tune items it gets wrong")
    args = parser.parse_args(argv)

    tune = read_items(args.tune)
    frozen = read_items(args.frozen) if args.frozen else []
    all_ok = True
    lines = []
    for lang in args.lang or LANGUAGES:
        items = [i for i in tune if i.lang == lang]
        if items:
            report_tune(lang, items, args.country, args.show_misses)
        held = [i for i in frozen if i.lang == lang]
        if held:
            ok, line = report_frozen(lang, held, args.country)
            all_ok = all_ok and ok
            lines.append(line + ("" if ok else "  (below target)"))
    if lines:
        print("\nfrozen part (totals only; targets: >= 97% blocked, <= 5% flagged):")
        for line in lines:
            print("   " + line)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
