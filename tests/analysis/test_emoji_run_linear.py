"""A run of emoji is read in time linear in its length (session 28, found by the lead's hostile
input check): the pattern that ends a sentence at emoji before a capital was tried again from
every emoji of a run that no capital follows, so 6,000 emoji ("😡 " pasted) took 2-7 s of
CPU on an analysis thread. It is now tried from where the run begins; its matches are the
pattern's before (compared on random texts of every kind of character it reads)."""

import random
import re
import time
from datetime import UTC, datetime

from clinicrep.analysis import lexicon
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review

_E = r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?"
_P = r"[.!?;\n。！？；…]"
# the pattern before session 28, to compare with
_BEFORE = re.compile(rf"{_P}*\s*(?:{_E}\s*)*{_E}(?=\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ])|{_P}+")
_NOW = re.compile(lexicon.SENTENCE_ENDS)


def test_the_sentence_ends_are_found_where_they_were() -> None:
    alphabet = ["a", "B", "Я", " ", "  ", "!", ".", "\n", "😡", "👍", "\ufe0f", "☀", ",", "\t"]
    rng = random.Random(28)
    for _ in range(40_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        before = [m.span() for m in _BEFORE.finditer(text)]
        assert [m.span() for m in _NOW.finditer(text)] == before, repr(text)


def _cost(pattern: re.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(5):
            pattern.sub(".", text)
        best = min(best, time.process_time() - started)
    return best


def test_a_run_of_emoji_eight_times_longer_costs_about_eight_times_more() -> None:
    short, long = "😡 " * 400 + "waited", "😡 " * 3200 + "waited"
    # the old pattern: 64 times (each of 8 times the emoji walks a run 8 times longer)
    assert _cost(_NOW, long) < 20 * max(_cost(_NOW, short), 1e-4)


def test_a_review_of_thousands_of_emoji_is_read_with_its_complaint() -> None:
    text = "😡 " * 3000 + "waited 3 hours. Rude receptionist 😡😡 Never again"
    review = Review(
        source_id=1, external_id="e", author="A", created_at=datetime.now(UTC), rating=1, text=text
    )
    analysis = analyse_review(review, fallback_language="en")
    assert analysis.sentiment.value == "negative"
    assert {a.aspect.value for a in analysis.aspects} >= {"waiting", "reception"}
