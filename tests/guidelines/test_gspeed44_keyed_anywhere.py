"""A long Chinese phrase set with an entry whose beginning cannot be told (it may start with
any letter, "[^\\W\\d_]{1,4}科", or its second character with anything, "从[^，。！？]{1,10}到")
is still read by its entries' beginnings (engine._KeyedEntries, gspeed44): those entries are
scanned for on their own, and where one of them and a listed entry both match at a place the one
written first wins, as in the set's one pattern: the same matches in any span of a text."""

from __future__ import annotations

import random

import pytest
from tests.guidelines.phrase_agreement import assert_agree, spans_anywhere

from clinicrep.guidelines import engine
from clinicrep.guidelines.engine import PhraseSet, lowered

# one entry at any letter written before listed ones that can match where it does ("眼科复诊"
# against "眼科"), one whose second character can be anything, one of a digit, one a prefix of
# another written after it, one single character
ENTRIES = [
    r"我们的?团队",
    r"[^\W\d_]{1,2}科(?:复诊|挂号)",
    r"眼科",
    r"从[^，。！？]{1,4}到(?:能|可以)",
    r"您的?预约",
    r"\d+点",
    r"预约",
    r"[^\W\d_]师们",
    r"您",
]
PIECES = (
    "我们的团队 我们团队 眼科复诊 眼科 牙科挂号 外科 从今天到能 从周一到可以 从到能 "
    "您的预约 您预约 10点 预约 医师们 师们 您 的 科 x 护士们"
).split()


def test_entries_of_any_beginning_are_read_beside_the_listed_ones_match_for_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    phrases = PhraseSet(ENTRIES, anchored=False)
    rng = random.Random(44)
    for _ in range(200):
        text = rng.choice(["", " ", "，"]).join(rng.choice(PIECES) for _ in range(25))
        assert_agree(phrases, text, spans_anywhere(text, rng, 20))
    keyed = phrases._keyed
    assert isinstance(keyed, engine._KeyedEntries)
    assert keyed._anywhere == (1, 7)  # the two that may start with any letter


def test_where_the_entry_written_first_is_read_anywhere_it_wins_at_its_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    phrases = PhraseSet(ENTRIES, anchored=False)
    text = "眼科复诊，眼科，牙科挂号"
    low = lowered(text)
    assert low is not None
    found = [m.group() for m in phrases.finditer_in(text, low, 0, len(text))]
    assert found == ["眼科复诊", "眼科", "牙科挂号"]
    assert isinstance(phrases._keyed, engine._KeyedEntries)


def test_a_set_whose_pattern_skips_to_its_first_characters_or_may_match_nothing_keeps_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "_KEYED_FROM", 0)
    # first characters the regex engine looks ahead for by itself: no step in Python is spared
    skipping = PhraseSet([r"您的?预约", r"从[^，。！？]{1,4}到"], anchored=False)
    # a look-ahead alone at the start of a clause: an entry that may match nothing
    empty = PhraseSet([r"[^\W\d_]{1,2}科", r"(?:^|(?<=[，。]))(?=如果)", r"预约"], anchored=False)
    for phrases in (skipping, empty):
        assert_agree(phrases, "您的预约，从周一到，眼科，如果预约", [(0, 17), (2, 12), (5, 17)])
        assert phrases._keyed is False
