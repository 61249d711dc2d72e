"""The analysis round tests' tables as pytest cases, and the one check they all make.

A round's table lists (review text, its language, the (aspect, polarity) pairs it must read
as); ``readings`` turns every row into one ``pytest.param`` holding a ``Reading`` with a
readable id (``ru-0``: the language and the row's place among that language's rows), and
``check_reading`` compares what the analysis reads (all of it, or only the expected pairs among
it, or only the aspects they name), and optionally the review's verdict, saying the review's
text and everything read when it fails. ``readings_beside`` makes a family's sentences reviews
of both sides: each followed by one sentence of the other side in its language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import pytest
from _pytest.mark import ParameterSet
from tests.analysis.aspect_reading import read, verdict


class Reading(NamedTuple):
    text: str
    lang: str
    expected: set[tuple[str, str]]  # the (aspect, polarity) pairs the text reads as


def readings(
    rows: Sequence[tuple[str, str, set[tuple[str, str]]]], *, ids: Sequence[str] | None = None
) -> list[ParameterSet]:
    """``rows`` of (text, language, expected pairs) as pytest params of one ``Reading`` each."""
    assert ids is None or len(ids) == len(rows), "one id a row"
    made: list[ParameterSet] = []
    per_language: dict[str, int] = {}
    for place, (text, lang, expected) in enumerate(rows):
        number = per_language.get(lang, 0)
        per_language[lang] = number + 1
        reading = Reading(text, lang, expected)
        made.append(pytest.param(reading, id=ids[place] if ids else f"{lang}-{number}"))
    return made


def readings_beside(
    rows: Sequence[tuple[str, str, str]], other: Mapping[str, str], polarity: str
) -> list[ParameterSet]:
    """``rows`` of (language, sentence, aspect) as readings of the sentence followed by
    ``other``'s sentence in its language (a sentence of the other side), each to read its
    aspect with ``polarity``."""
    return readings(
        [(text + other[lang], lang, {(aspect, polarity)}) for lang, text, aspect in rows]
    )


def check_reading(
    reading: Reading,
    *,
    sentiment: str | None = None,
    among: bool = False,
    named_only: bool = False,
) -> None:
    """The text reads as exactly the expected pairs (``among``: the expected pairs are among
    those read; ``named_only``: each aspect they name is read with exactly their polarities,
    whatever else is read) and, where ``sentiment`` is given, the review's verdict is that."""
    found = read(reading.text, reading.lang)
    if among:
        compared, wanted = found & reading.expected, "among them"
    elif named_only:
        named = {aspect for aspect, _polarity in reading.expected}
        compared, wanted = {pair for pair in found if pair[0] in named}, "of those aspects"
    else:
        compared, wanted = found, ""
    assert compared == reading.expected, (
        f"{reading.text!r} ({reading.lang}) read as {sorted(found)}, not"
        f" {sorted(reading.expected)} {wanted}".rstrip()
    )
    if sentiment is not None:
        said = verdict(reading.text, reading.lang)
        assert said == sentiment, (
            f"{reading.text!r} ({reading.lang}) judged {said}, not {sentiment}"
        )
