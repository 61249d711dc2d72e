"""Composed reply drafts over the demo inbox, per language: how many pass the guard and every
checklist item about the text (target 100 %), their mean length, how many repeat or read
as a copy of an earlier one, and the time per draft.

The demo practice's reviews (``populate``, COUNT of them) are answered oldest first, each
draft checked against every draft before it as if all were written within one month: a
stricter test than the practice's real month. "Copies" are drafts the checklist's
"Written for this review" item flags against all earlier drafts of the language (the exact
comparison, not the composer's pre-filter). "Read" is an independent look at "mentions each
aspect": the share of the review's aspects that the analysis itself (read_aspects) finds named
in the draft's sentences for that aspect (praise of a result is thanked in general words on
purpose: naming it would tell a health detail). Time is wall time per draft after the guard's
rules of each language compiled, median and worst.

    PYTHONPATH=src python benchmarks/drafts.py            # 400 reviews
    PYTHONPATH=src python benchmarks/drafts.py --count 1000
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from clinicrep.analysis.aspects import read_aspects
from clinicrep.demo.populate import populate
from clinicrep.drafting.compose import STATE_ITEMS, Draft, compose_draft, sentence_text
from clinicrep.drafting.service import with_aspects
from clinicrep.guidelines.checklists import ItemState, ReplyContext, evaluate_checklist
from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.guidelines.templates import reply_language
from clinicrep.model import Review
from clinicrep.settings import Settings
from clinicrep.store.db import Database
from clinicrep.store.reviews import iter_all_reviews

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PRACTICE = Settings(
    practice_name="Riverside",
    contact_phone="+1 555 010 2030",
    contact_email="desk@riverside.example",
)


def demo_reviews(count: int) -> list[Review]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "demo.sqlite3")
        populate(db, count=count, now=NOW)
        reviews = [with_aspects(db, r) for batch in iter_all_reviews(db) for r in batch]
        db.close()
    return sorted(reviews, key=lambda r: r.created_at)


def passes(review: Review, text: str, kind: object, earlier: list[str]) -> tuple[bool, bool]:
    """(passes the guard and the text's checklist items, reads as a copy of an earlier one)"""
    findings = guard_reply(text, review, PRACTICE)
    items = evaluate_checklist(
        kind,  # type: ignore[arg-type]
        text,
        review,
        context=ReplyContext(settings=PRACTICE, other_replies=earlier, findings=findings, now=NOW),
    )
    failing = [
        i
        for i in items
        if i.id not in STATE_ITEMS and i.state in (ItemState.MISSING, ItemState.PROBLEM)
    ]
    copied = any(i.id == "not_copied" for i in failing)
    return not findings and not failing, copied


def aspects_read(review: Review, draft: Draft) -> tuple[int, int]:
    """(aspects of the review the analysis finds named in their sentences, aspects)"""
    found = 0
    opinions = review.analysis.aspects if review.analysis else ()
    for opinion in opinions:
        words = " ".join(
            sentence_text(draft, s) for s in draft.sentences if s.aspect == opinion.aspect
        )
        named = {o.aspect for o in read_aspects(words, draft.language).opinions}
        found += opinion.aspect in named
    return found, len(opinions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args()
    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])

    reviews = demo_reviews(args.count)
    for language in ("en", "ru", "uk", "pl", "zh"):  # each language's rules compile once
        first = next((r for r in reviews if reply_language(r) == language), None)
        if first is not None:
            compose_draft(first, PRACTICE, now=NOW)
    recent: list[str] = []
    by_language: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for review in reviews:
        start = time.perf_counter()
        draft = compose_draft(review, PRACTICE, recent=recent, now=NOW)
        elapsed = time.perf_counter() - start
        recent.append(draft.text)
        row = by_language[reply_language(review)]
        row["draft"].append(draft)
        row["review"].append(review)
        row["time"].append(elapsed)

    print(f"Composed drafts for {len(reviews)} demo reviews, all treated as one month\n")
    header = (
        f"{'lang':<5}{'drafts':>7}{'pass':>9}{'chars':>7}{'same':>6}{'copies':>8}{'read':>8}"
        f"{'median ms':>11}{'worst ms':>10}"
    )
    print(header)
    print("-" * len(header))
    totals = {"n": 0, "ok": 0, "same": 0, "copies": 0}
    for language in ("en", "ru", "uk", "pl", "zh"):
        row = by_language.get(language)
        if not row:
            continue
        drafts, times = row["draft"], row["time"]
        earlier: list[str] = []
        ok = copies = read = aspects = 0
        for review, draft in zip(row["review"], drafts, strict=True):
            good, copied = passes(review, draft.text, draft.kind, earlier)
            ok += good
            copies += copied
            earlier.append(draft.text)
            named, count = aspects_read(review, draft)
            read += named
            aspects += count
        texts = [d.text for d in drafts]
        same = len(texts) - len(set(texts))
        n = len(drafts)
        print(
            f"{language:<5}{n:>7}{100 * ok / n:>8.1f}%{statistics.mean(map(len, texts)):>7.0f}"
            f"{same:>6}{copies:>8}{100 * read / max(1, aspects):>7.0f}%"
            f"{1000 * statistics.median(times):>11.1f}"
            f"{1000 * max(times):>10.1f}"
        )
        totals["n"] += n
        totals["ok"] += ok
        totals["same"] += same
        totals["copies"] += copies
    n = totals["n"]
    print(
        f"\nall: {100 * totals['ok'] / n:.1f}% pass; duplicate rate "
        f"{100 * totals['same'] / n:.1f}% identical, {100 * totals['copies'] / n:.1f}% "
        "read as a copy of an earlier draft"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
