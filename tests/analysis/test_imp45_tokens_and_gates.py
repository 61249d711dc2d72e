"""Session 45 (imp45): the analysis's machinery made cheaper per review finds what it found.

Each faster path is compared with the expression or the full reading it stands in for, on
texts made up for it and on random texts of the characters that matter (letters of every
script the analysis reads, digits of other kinds, apostrophes, marks, odd spaces).
"""

from __future__ import annotations

import random
import re

import pytest

from clinicrep.analysis import aspects, lexicon

# letters and digits of the scripts read, and the characters a word's end or a token turns on
_ALPHABET = (
    "abcXYZ"
    "дзЁёЖїІєҐ"
    "ąłŻ"
    "医生好"
    "0179²½٣"  # a decimal, a superscript (a digit, not decimal), a fraction, an Arabic digit
    "'’_-.,;!?…#$"
    " \t\n\u00a0\u2009\u3000"
    "\u0301"  # a combining accent: a mark, not a letter
)


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 40))) for _ in range(count)]


_WRITTEN = [
    "доктор внимательно выслушал, всё объяснил. но ждать пришлось почти час. #12345",
    "bardzo miła obsługa w rejestracji, lekarz konkretny i rzeczowy. #7",
    "прийшли на дев'яту, прийняли о пів на першу.",
    "don't,won't . . ,, 'tis o'clock's",
    "ціна 1 500 грн., 3,5 тис. — ок?",
    "医生很耐心，服务很好，就是排队时间有点长。 #3",
    "",
    " . ",
    "a_b c__d _e",
]


@pytest.mark.parametrize("text", _WRITTEN)
def test_the_words_tokens_are_the_expressions(text: str) -> None:
    assert lexicon._word_tokens(text) == tuple(lexicon._TOKEN.findall(text))


def test_the_words_tokens_of_random_texts_are_the_expressions() -> None:
    for text in _random_texts(45, 5000):
        assert lexicon._word_tokens(text) == tuple(lexicon._TOKEN.findall(text)), text


def test_a_non_ascii_text_is_tokenized_as_before() -> None:
    text = "Доктор внимательно выслушал, всё объяснил! Но ждать пришлось почти час… #12"
    marked = lexicon._PLAIN_ENDS.sub(lexicon.SENTENCE_MARK, text).lower()
    assert lexicon.tokenize.__wrapped__(text) == tuple(lexicon._TOKEN.findall(marked))
    assert lexicon.tokenize.__wrapped__(text)[-4:] == ("почти", "час", ".", "12")


_MERIDIEM = [
    "Booked for 9am, seen at 11 AM.",
    "Booked for 9 a.m., seen at 11.30 p.m.",
    "Booked for 9 P.M. and seen at 10pm",
    "Came at 9, left at 10. Rude receptionist #12345",
    "Seen 9 am sharp then 10AM",
    "Team of 12 was amazing, 3 pm",
]


def _meridiem_by_the_expression_alone(text: str) -> list[tuple[int, int]]:
    every = list(aspects._MERIDIEM_HOUR.finditer(text))[: aspects._MOST_CLOCK_TIMES]
    expected = every if len(every) > 1 or (every and aspects._CLOCK.search(text)) else []
    return [m.span() for m in expected]


@pytest.mark.parametrize("text", _MERIDIEM)
def test_the_meridiem_hours_are_found_as_by_the_expression_alone(text: str) -> None:
    found = aspects._meridiem_hours(text, "en")
    assert [m.span() for m in found] == _meridiem_by_the_expression_alone(text)


def test_the_meridiem_hours_of_random_texts_are_the_expressions() -> None:
    rng = random.Random(46)
    pieces = ["9", "11", " ", "am", "AM", "p.m.", "P.", "M", "a", ".", ":30", "ſ", "ı", "x"]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        found = aspects._meridiem_hours(text, "en")
        assert [m.span() for m in found] == _meridiem_by_the_expression_alone(text), text


def test_a_text_with_two_meridiem_hours_has_them_and_one_without_none() -> None:
    assert len(aspects._meridiem_hours("Booked for 9am, seen at 11 AM.", "en")) == 2
    assert aspects._meridiem_hours("Came at 9, left at 10. Rude receptionist #12", "en") == []


def test_the_meridiem_gate_is_exactly_the_expressions_letters() -> None:
    # every way the expression can end a match holds one of the gate's pieces once lower-cased
    pattern = re.compile(aspects._MERIDIEM_HOUR.pattern, re.IGNORECASE)
    for told in ("am", "AM", "pm", "Pm", "a.m.", "P.M."):
        match = pattern.search(f"at 9 {told}")
        assert match is not None
        assert any(piece in match.group(0).lower() for piece in aspects._MERIDIEM_PIECES)


def _openers_by_search(tokens: tuple[str, ...], lang: str) -> list[int]:
    """Session 44's _amount_openers: the words joined and searched for every mark first."""
    at = aspects._positions(tokens, aspects._paying(lang))
    marks = aspects._amount_marks(lang)
    words = " ".join(tokens)
    if marks and any(mark in words for mark in marks):
        opening = {w for w in set(tokens) if w.startswith(marks)}
        at += aspects._positions(tokens, opening)
    return sorted(at)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "pl"])
def test_the_amount_openers_are_found_as_by_searching_every_mark(lang: str) -> None:
    rng = random.Random(lang)
    marks = list(aspects._amount_marks(lang))
    paying = sorted(aspects._paying(lang))
    words = [*marks, *(m + "ła" for m in marks), *(m[:-1] for m in marks), *paying[:20]]
    words += ["1800", ".", ",", "the", "и", "na", "x"]
    assert marks, "a language without marks tests nothing"
    for _ in range(500):
        tokens = tuple(rng.choices(words, k=rng.randint(0, 15)))
        assert aspects._amount_openers(tokens, lang) == _openers_by_search(tokens, lang), tokens
    found = aspects._amount_openers((marks[0] + "x", "1800"), lang)
    assert found == [0]
