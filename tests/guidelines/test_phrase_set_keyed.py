"""A long phrase set read by its entries' beginnings (engine._KeyedEntries) finds what its one
pattern finds, match for match, in any span of a text: the guard's findings stay the same."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from clinicrep.guidelines import engine
from clinicrep.guidelines.engine import PhraseSet, lowered, split_text
from clinicrep.guidelines.rulepack import FLAG_KINDS, language_pack

DATA = Path(__file__).resolve().parent / "data"


def _spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Spans starting and ending anywhere, mid-word too."""
    spans = [(0, len(text))]
    for _ in range(count):
        start = rng.randrange(len(text) + 1)
        spans.append((start, rng.randrange(start, len(text) + 1)))
    return spans


def _agree(phrases: PhraseSet, text: str, spans: list[tuple[int, int]]) -> None:
    low = lowered(text)
    assert phrases.pattern is not None and low is not None
    for start, end in spans:
        keyed = [(m.span(), m.group()) for m in phrases.finditer_in(text, low, start, end)]
        whole = [(m.span(), m.group()) for m in phrases.pattern.finditer(low, start, end)]
        assert keyed == whole, (text[start:end], keyed, whole)


ANCHORED = [
    r"your\s+next\s+visit",
    r"you\s+were\s+seen",
    r"\w+\s+(?:team|staff)\s+(?:is|are)",  # any word first: tried at every word start
    r"you",  # shorter than its neighbour, written after it: the longer one wins where both do
    r"\bevery\s+(?:monday|day)",
    r"(?<!walk\s)every\s+week",
    r"y",
    r"the\s+(?:nurses?|doctors?)\s+(?:is|are)\s+\w+",
    r"\d+\s*(?:am|pm)",
]
UNANCHORED = [r"您的?预约", r"我们的?团队", r"每周[一二三四五六日]", r"预约", r"\d+点", r"您"]


@pytest.mark.parametrize(
    ("entries", "anchored", "words"),
    [
        (
            ANCHORED,
            True,
            "your next visit you were seen our team is nursing staff are you yo every monday "
            "every day walk every week every week the nurse is kind the doctors are busy 10 am "
            "9pm y yes youth"
            "",
        ),
        (UNANCHORED, False, "您的预约 您预约 我们的团队 每周一 每周日 预约 10点 您 我们 的 每"),
    ],
)
def test_a_keyed_set_finds_what_its_one_pattern_finds_in_any_span(
    monkeypatch: pytest.MonkeyPatch, entries: list[str], anchored: bool, words: str
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    monkeypatch.setattr(engine, "_KEYED_FROM_UNANCHORED", 0)
    phrases = PhraseSet(entries, anchored=anchored)
    pieces = words.split()
    rng = random.Random(16)
    for _ in range(150):
        text = rng.choice([" ", "", ", "]).join(rng.choice(pieces) for _ in range(30))
        _agree(phrases, text, _spans(text, rng, 20))
    assert phrases._keyed  # it was read by its beginnings, not by the one pattern


def test_a_set_with_an_entry_that_may_start_anywhere_keeps_its_one_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    phrases = PhraseSet([*ANCHORED, r"[$€]\d+"], anchored=True)  # a sign, at no word start
    _agree(phrases, "We charge $80 and you were seen, €20 every week", [(0, 48), (3, 20)])
    assert phrases._keyed is False


# English's longest set ("general") has an entry that starts with a sign ("[$£€]\\d"): one pattern
@pytest.mark.parametrize(
    ("language", "any_keyed"),
    [("en", False), ("ru", True), ("uk", True), ("pl", True), ("zh", True)],
)
def test_the_rules_long_sets_agree_on_every_clause_of_real_replies(
    language: str, any_keyed: bool
) -> None:
    pack = language_pack(language)
    keyed = [pack.phrases[k] for k in FLAG_KINDS if pack.phrases[k].pattern is not None]
    with (DATA / f"replies_{language}_tune.jsonl").open(encoding="utf-8") as f:
        replies = [json.loads(line)["reply"] for line in f if line.strip()][:40]
    for text in replies:
        sentences, clauses = split_text(text, pack.clause_breaks, pack.abbreviations)
        for phrases in keyed:
            _agree(phrases, text, [*clauses, *sentences, (0, len(text))])
    assert any(p._keyed for p in keyed) is any_keyed  # the long sets read by their beginnings
