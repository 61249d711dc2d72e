"""A matcher read from the word-list cache makes a first word's entries only when a token asks
for them (lexicon.Matcher._unread): it finds what the matcher built from the lexicon finds,
before and after its other words' entries are made, and a term added to it is added as to
the built one."""

from __future__ import annotations

import pytest

from clinicrep.analysis import lexicon
from clinicrep.analysis.lexicon import Matcher, tokenize

TEXTS = {
    "en": [
        "The receptionist hung up on me twice, but Dr Patel listened and explained everything.",
        "Waited 40 minutes past my slot; the nurse was lovely and the results came back quickly.",
    ],
    "ru": [
        "Регистратура хамит, трубку не берут, зато врач очень внимательный и всё объяснил.",
        "Ждали почти два часа, медсестра грубая, анализы потеряли.",
    ],
    "pl": [
        "Pani w rejestracji była opryskliwa, ale lekarz wszystko wytłumaczył bardzo cierpliwie.",
        "Czekałam godzinę, wyniki przyszły po trzech tygodniach, nie polecam.",
    ],
    "uk": ["Лікарка уважна, все пояснила, але чекали в черзі майже дві години."],
}


def _read_and_built(name: str) -> tuple[Matcher, Matcher]:
    """The matcher of ``name`` as a later process reads it from the cache, and as built."""
    built = lexicon.matcher.__wrapped__(name)  # builds it and stores the word list
    read = lexicon.matcher.__wrapped__(name)  # reads the stored word list
    assert read._unread is not None and built._unread is None
    return read, built


def _made(m: Matcher) -> int:
    """How many first words and stems of ``m`` have their entries made."""
    return sum(v is not lexicon._UNREAD for table in (m.exact, m.stems) for v in table.values())


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_read_matcher_makes_only_the_entries_its_words_ask_for_and_finds_the_same(lang):
    read, built = _read_and_built(f"aspects_{lang}")
    assert _made(read) == 0
    for text in TEXTS[lang]:
        tokens = tokenize(text)
        found = read.find(tokens)
        assert found == built.find(tokens) != []
    words = len(read.exact) + len(read.stems)
    assert 0 < _made(read) < words / 10  # a few words' entries, not the lexicon's
    # what reads the tables whole gets every entry, in the built order
    assert read.tables() == built.tables()
    assert [list(t) for t in read.tables()] == [list(t) for t in built.tables()]
    assert _made(read) == words and read._unread is None
    for text in TEXTS[lang]:
        assert read.find(tokenize(text)) == built.find(tokenize(text))


def test_a_term_added_to_a_read_matcher_is_added_as_to_the_built_one():
    read, built = _read_and_built("aspects_en")
    for m in (read, built):
        m.add("the new receptionist", "-1", "reception")
        m.add("zzqx*", "1", "doctor")
    assert read.tables() == built.tables()
    tokens = tokenize("The new receptionist was rude. Zzqxian was kind.")
    assert read.find(tokens) == built.find(tokens)
    assert [m.term for m in read.find(tokens)][:1] == ["the new receptionist"]
    assert "zzqx*" in [m.term for m in read.find(tokens)]


def test_a_read_chinese_matcher_finds_the_same_by_its_characters():
    read, built = _read_and_built("aspects_zh")
    text = "医生很耐心，服务很好，就是排队时间有点长。挂号处的态度太差了。"
    assert read.find_chars(text) == built.find_chars(text) != []
    assert read.tables() == built.tables()
