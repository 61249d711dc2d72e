"""A long phrase set read by its entries' beginnings (engine._KeyedEntries in Chinese,
engine._WordKeyedEntries at word starts elsewhere) finds what its pattern finds, match for match,
in any span of a text: the guard's findings stay the same."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from tests.guidelines.phrase_agreement import assert_agree, spans_anywhere

from clinicrep.guidelines import engine
from clinicrep.guidelines.engine import PhraseSet, split_text
from clinicrep.guidelines.rulepack import FLAG_KINDS, language_pack

DATA = Path(__file__).resolve().parent / "data"


# Chinese entries: several share a first character, one is a prefix of another written after
# it, one starts with a digit, one is a single character
ENTRIES = [r"您的?预约", r"我们的?团队", r"每周[一二三四五六日]", r"预约", r"\d+点", r"您", r"周"]
WORDS = "您的预约 您预约 我们的团队 每周一 每周日 预约 10点 您 我们 的 每 周 周末 x"


def test_a_keyed_set_finds_what_its_one_pattern_finds_in_any_span(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    phrases = PhraseSet(ENTRIES, anchored=False)
    pieces = WORDS.split()
    rng = random.Random(16)
    for _ in range(150):
        text = rng.choice([" ", "", "，"]).join(rng.choice(pieces) for _ in range(30))
        assert_agree(phrases, text, spans_anywhere(text, rng, 20))
    assert phrases._keyed  # it was read by its beginnings, not by the one pattern


def test_a_set_that_may_start_with_a_space_or_at_a_word_keeps_its_one_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    spaced = PhraseSet([*ENTRIES, r"\s+но\s+"], anchored=False)  # a space every few letters
    words = PhraseSet([r"your\s+visit", r"you\s+were\s+seen"], anchored=True)  # a step a word
    for phrases in (spaced, words):
        assert_agree(phrases, "您的预约 но you were seen, your visit 每周一", [(0, 38), (3, 20)])
        assert phrases._keyed is False


# word-start entries: one a prefix of another written after it, a class, a group of words
# of one letter, one of two letters and more, a sign ("£"), a possessive ("'s"), a word of any
# letters tried at every word start, one that looks past the span's end
WORD_ENTRIES = [
    r"your\s+visit",
    r"you",
    r"your\s+(?:next\s+)?appointment",
    r"(?:[bp]ook)(?:ed|ing)?",
    r"(?:we|our)\s+team",
    r"\w+\s+(?:team|staff)\s+(?:is|are)\b",
    r"(?:£|\$)\d+",
    r"(?:'s|is)\s+(?:visit|x-ray)",
    r"x-?ray(?!\w)",
    r"a",
    r"(?:every|each)\s+\w+",
    r"no(?=\s+charge)",
]
WORD_PIECES = (
    "your visit you your next appointment booked pook booking our team we team the staff "
    "is nurses team are £20 £ $5 dad's visit John's x-ray xray x-rays a an every day each one "
    "no charge no nothing teamwork y yo"
).split()


def test_a_word_start_set_read_by_beginnings_finds_what_its_pattern_finds_in_any_span(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_WORD_KEYED_FROM", 0)
    phrases = PhraseSet(WORD_ENTRIES, anchored=True)
    rng = random.Random(27)
    for _ in range(150):
        text = rng.choice([" ", "  ", ", ", "-"]).join(rng.choice(WORD_PIECES) for _ in range(30))
        assert_agree(phrases, text, spans_anywhere(text, rng, 20))
    assert isinstance(phrases._keyed, engine._WordKeyedEntries)


def test_a_word_start_set_whose_entry_may_start_anywhere_keeps_its_one_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_WORD_KEYED_FROM", 0)
    phrases = PhraseSet([*WORD_ENTRIES, r"(?:\W|\d)+visit"], anchored=True)
    assert_agree(phrases, "your visit, 12visit  you", [(0, 24), (4, 20)])
    assert phrases._keyed is False


# Chinese sets and each other language's "general" are read by their beginnings
@pytest.mark.parametrize(
    ("language", "any_keyed"),
    [("en", True), ("ru", True), ("uk", True), ("pl", True), ("zh", True)],
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
            assert_agree(phrases, text, [*clauses, *sentences, (0, len(text))])
    assert any(p._keyed for p in keyed) is any_keyed  # the long sets read by their beginnings


# entries of few beginnings, as the sets read over a whole reply ("benefit", "idiom"): a
# look-behind first, one a prefix of another, one of a single letter, one starting with a
# space, one that looks past the span's end
GATED_ENTRIES = [
    r"(?<!feel\s)free(?:\s+of\s+charge)?",
    r"fr",
    r"an\s+offer",
    r"a",
    r"(?:gift|gifts)\b",
    r"\s+voucher",
    r"no(?=\s+charge)",
]
GATED_PIECES = (
    "free of charge feel free freedom from a an offer an gift gifts giftwrap voucher "
    "no charge nothing afresh fr x"
).split()


@pytest.mark.parametrize("anchored", [True, False])
def test_a_whole_reply_scanned_through_a_gate_finds_what_the_pattern_finds(
    anchored: bool,
) -> None:
    phrases = PhraseSet(GATED_ENTRIES, anchored=anchored)
    rng = random.Random(512)
    for _ in range(60):
        text = rng.choice([" ", "  ", ", "]).join(rng.choice(GATED_PIECES) for _ in range(300))
        assert_agree(phrases, text, [(0, len(text))])
        for _start, end in spans_anywhere(text, rng, 5):  # a whole text ending anywhere
            assert_agree(phrases, text[:end], [(0, end)])
    assert isinstance(phrases._gate, re.Pattern)  # read through its gate


def test_a_clause_scanned_through_a_gate_finds_what_the_pattern_finds_in_any_span() -> None:
    """Entries that all start at a word, with few beginnings ("condition", "wish"): a clause
    anywhere in a text, mid-word too, is scanned through the gate, match for match."""
    phrases = PhraseSet(GATED_ENTRIES, anchored=True)
    unanchored = PhraseSet(GATED_ENTRIES, anchored=False)
    rng = random.Random(10)
    for _ in range(60):
        text = rng.choice([" ", "  ", ", ", "-"]).join(rng.choice(GATED_PIECES) for _ in range(40))
        spans = spans_anywhere(text, rng, 30)
        assert_agree(phrases, text, spans)
        assert_agree(unanchored, text, spans)
    assert phrases._clause_gated  # read through its gate
    assert not unanchored._clause_gated  # its pattern starts with letters: the engine scans


def test_a_set_with_many_beginnings_or_an_empty_match_has_no_gate() -> None:
    text = "free gifts for everyone " * 40
    many = PhraseSet([f"{a}{b}x" for a in "abcdefgh" for b in "abc"], anchored=True)
    empty = PhraseSet([*GATED_ENTRIES, r"x?"], anchored=True)
    for phrases in (many, empty):
        assert_agree(phrases, text, [(0, len(text))])
        assert phrases._gate is False
