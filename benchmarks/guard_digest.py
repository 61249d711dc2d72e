"""One digest of every finding the confidentiality guard makes on the labelled data.

For each reply of tests/guidelines/data/*.jsonl: the findings (code, start, end, text) judged with
the review and the reviewer's name, and again without them (the first class sets are judged so).
Two runs print the same line exactly when every finding and position is the same: run it before
and after a change that must not change what the guard finds (a move of words into data, a
faster loop). The blind check sets (``replies_<lang>_check*.jsonl``) are the lead's and are
never read here.

    PYTHONPATH=src python benchmarks/guard_digest.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).resolve().parent.parent / "tests" / "guidelines" / "data"


def main() -> None:
    digest = hashlib.sha256()
    replies = findings = 0
    for path in sorted(DATA.glob("*.jsonl")):
        if "_check" in path.name:
            continue  # blind: never opened by an engineer's run
        with path.open(encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                with_context = find_confidentiality_problems(
                    item["reply"],
                    review_text=item.get("review", ""),
                    language=item["lang"],
                    reviewer_name=item.get("reviewer", ""),
                )
                alone = find_confidentiality_problems(item["reply"], language=item["lang"])
                replies += 1
                findings += len(with_context)
                for found in (with_context, alone):
                    row = [item["id"], [(x.code.value, x.start, x.end, x.text) for x in found]]
                    digest.update(json.dumps(row, ensure_ascii=False).encode())
    print(f"{replies} replies, {findings} findings, sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
