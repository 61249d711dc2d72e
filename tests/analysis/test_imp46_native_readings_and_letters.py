"""Session 46 (imp46, issue 22): the analysis's CPU per review, its outputs unchanged.

- AspectReading, TextScore and Urgency are plain classes with their own ``__init__`` (a frozen
  dataclass's generated ``__init__`` ran interpreted even in the compiled wheel): they are made
  positionally and by keyword with the defaults they had, and hold no ``__dict__``.
- detect_language counts a text's Cyrillic letters by the first bytes of their UTF-8 (as many as
  the runs of ``_CYRILLIC_RUN`` hold, on written and on random texts).
"""

from __future__ import annotations

import random

import pytest

from clinicrep.analysis import language
from clinicrep.analysis.aspects import AspectReading, read_aspects
from clinicrep.analysis.sentiment import TextScore, text_score
from clinicrep.analysis.triage import Urgency, assess_urgency
from clinicrep.model import Sentiment


def test_a_reading_made_with_three_values_has_the_dataclass_s_defaults() -> None:
    reading = AspectReading((), 1.5, 0.5)
    assert (reading.opinions, reading.praise, reading.blame) == ((), 1.5, 0.5)
    assert reading.judged_clauses == 0
    assert reading.firm == frozenset() and reading.bygone == frozenset()
    assert reading.strongest == 0.0 and reading.weaker == 0.0
    flags = (
        reading.long,
        reading.ironic,
        reading.reserved,
        reading.hedged,
        reading.praised_first,
        reading.story,
        reading.spread,
    )
    assert flags == (False,) * 7
    assert reading.platform is True
    assert not reading.mixed and not reading.several and not reading.evident


def test_a_reading_keeps_each_value_in_its_place_positionally_and_by_keyword() -> None:
    both = frozenset({Sentiment.POSITIVE, Sentiment.NEGATIVE})
    past = frozenset({Sentiment.POSITIVE})
    args = ((), 3.0, 2.0, 6, both, True, 2.5, True, 1.75, True, True, True, past, True, False)
    positional = AspectReading(*args, True)
    names = (
        "opinions praise blame judged_clauses firm long strongest ironic weaker reserved"
        " hedged praised_first bygone story platform spread"
    ).split()
    keyword = AspectReading(**dict(zip(names, (*args, True), strict=True)))
    for name, value in zip(names, (*args, True), strict=True):
        assert getattr(positional, name) == value, name
        assert getattr(keyword, name) == value, name


@pytest.mark.parametrize(
    "made",
    [
        AspectReading((), 0.0, 0.0),
        TextScore(0.5, 2, 0),
        Urgency(40, "stars"),
    ],
    ids=["reading", "score", "urgency"],
)
def test_the_three_results_hold_no_dict(made: object) -> None:
    assert not hasattr(made, "__dict__")


def test_the_pipeline_s_results_are_the_plain_classes() -> None:
    text = "The doctor was wonderful, but we waited two hours and the receptionist was rude."
    reading = read_aspects(text, "en")
    assert type(reading) is AspectReading and len(reading.firm) == 2
    scored = text_score(text, "en")
    assert type(scored) is TextScore and scored.hits > 0
    urgency = assess_urgency(
        text,
        "en",
        rating=1,
        recommendation=None,
        sentiment=Sentiment.NEGATIVE,
        score=scored.score,
    )
    assert type(urgency) is Urgency and urgency.score > 0 and urgency.reason


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Привет, мир! Лікар їхав, ґанок, ЁЖ.",
        "Dr Smith помог, 谢谢 ѐ Ѐ ӿ Ԁ Ͽ",  # the range's ends and its neighbours
        "Doktor Kowalski był bardzo miły, ale czekaliśmy godzinę.",
        "\ud800 лишний суррогат \udfff",
    ],
)
def test_cyrillic_letters_are_counted_as_the_runs_hold_them(text: str) -> None:
    assert language._cyrillic_letters(text) == language._letters(language._CYRILLIC_RUN, text)


def test_cyrillic_letters_on_random_texts() -> None:
    rnd = random.Random(46)
    ranges = [(0x3F0, 0x510), (0, 0x800), (0, 0x110000), (0xD800, 0xE000)]
    for _ in range(3000):
        chars = []
        for _ in range(rnd.randrange(0, 40)):
            low, high = rnd.choice(ranges)
            chars.append(chr(rnd.randrange(low, high)))
        text = "".join(chars)
        assert language._cyrillic_letters(text) == language._letters(language._CYRILLIC_RUN, text)


def test_a_cyrillic_text_is_still_told_by_its_letters() -> None:
    assert language.detect_language("Очень внимательный врач, всё объяснила.") == "ru"
    assert language.detect_language("Дуже уважний лікар, все пояснила, дякую!") == "uk"
