"""A [reading] pattern and a [guard] phrase set's one pattern are compiled behind a look-ahead
of the characters their matches can start with where the regex engine would otherwise try them
branch by branch at every place of a text (gspeed37, issue 16: en "negator" over 250
characters 270 -> 137 us). Each must find exactly what the pattern alone finds, and a reply
must be judged as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clinicrep.guidelines import clause_reading, engine, rulepack
from clinicrep.guidelines.confidentiality import FindingCode, find_confidentiality_problems
from clinicrep.guidelines.engine import lowered

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "ru", "uk", "pl", "zh")


def _looked_at(language: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """The language's [reading] patterns that have the look-ahead, each with the pattern
    without it."""
    data = clause_reading.reading(language)
    assert data is not None
    found = {}
    for name in data.__dataclass_fields__:
        pattern = getattr(data, name)
        if isinstance(pattern, re.Pattern) and pattern.pattern.startswith("(?=["):
            inner = pattern.pattern[pattern.pattern.index("])(?:") + len("])(?:") : -1]
            found[name] = (pattern, re.compile(inner, pattern.flags))
    return found


def _phrase_sets(language: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """The language's phrase sets whose one pattern has the look-ahead, each with its source
    alone."""
    found = {}
    for kind, phrases in rulepack.language_pack(language).phrases.items():
        if phrases.pattern is not None and phrases.pattern.pattern.startswith("(?=["):
            found[kind] = (phrases.pattern, re.compile(phrases._source))
    return found


def _replies(language: str) -> list[str]:
    with (DATA / f"replies_{language}_tune.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line)["reply"] for line in f][:150]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reading_pattern_behind_its_first_characters_finds_what_it_found(
    language: str,
) -> None:
    looked_at = _looked_at(language) | _phrase_sets(language)
    assert looked_at  # the negators of every language at least
    texts = [low for reply in _replies(language) if (low := lowered(reply)) is not None]
    for name, (pattern, alone) in looked_at.items():
        for text in texts:
            # windows that cut words and phrases, as the readings' windows do
            for start, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text))):
                got = [m.span() for m in pattern.finditer(text, start, end)]
                assert got == [m.span() for m in alone.finditer(text, start, end)], name


def test_no_pattern_that_may_start_anywhere_or_at_a_space_is_given_a_look_ahead() -> None:
    """A pattern that may match empty text, starts at a space (most places) or is read
    case-blind keeps its own first step."""
    for source in (r"(?<!\w)(?:a|b)?", r"(?<!\w)(?:\s*and)", r"(?<!\w)(?i:not)", r"\bnot"):
        assert engine.first_looked_at(source) == source
    assert engine.first_looked_at(r"(?<!\w)(?:not|never)").startswith("(?=[n])")


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("We never give discounts for reviews, but your crown was fitted on 3 March.", "en"),
        ("Скидок за отзывы мы не даём, а ваш снимок готов с 3 марта.", "ru"),
        ("Rabatów za opinie nie dajemy, a Pani wyniki badania krwi są już gotowe.", "pl"),
        ("我们从不为好评返现。您3月3日的复查结果已经出来了。", "zh"),
    ],
)
def test_a_refused_reward_passes_and_the_care_beside_it_is_still_found(
    reply: str, language: str
) -> None:
    found = find_confidentiality_problems(reply, language=language)
    assert FindingCode.REWARD not in {f.code for f in found}
    assert found  # the reviewer's own care and date after the refusal
