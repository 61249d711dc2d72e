"""Session 36 (gspeed36): a long paste of care words with no sentence break is read in work
that grows with its length. Two readings searched the whole run-on sentence (or Chinese
clause) again for each care word in it: whether the sentence supposes what may ever happen
to anyone ([reading] ever_if, en: 128 KB took 22 s of CPU) and where a Chinese clause's part
ends (a comma: 256 KB took 9.6 s). The work is counted, not timed: the characters those two
patterns are handed, and the Python steps of a Chinese paste with no punctuation."""

from __future__ import annotations

import dataclasses
import re
import sys
from typing import Any

import pytest
from tests.guidelines.test_guard_long_paste import CARE, _check, _paste
from tests.step_count import python_steps

from clinicrep.guidelines import clause_reading, confidentiality
from clinicrep.guidelines.confidentiality import FindingCode


class _Counted:
    """A compiled pattern that adds up the characters each search is handed."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        self._pattern = pattern
        self._read = read

    def _span(self, text: str, pos: int, endpos: int) -> None:
        self._read[0] += max(0, min(endpos, len(text)) - pos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._span(text, pos, endpos)
        return self._pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        self._span(text, pos, endpos)
        return self._pattern.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def _characters_searched(monkeypatch: pytest.MonkeyPatch, text: str, language: str) -> int:
    read = [0]
    reading = clause_reading.reading

    def counted_reading(code: str) -> Any:
        data = reading(code)
        if data is None or data.ever_if is None:
            return data
        return dataclasses.replace(data, ever_if=_Counted(data.ever_if, read))  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(clause_reading, "reading", counted_reading)
        patch.setattr(
            confidentiality, "_ECHO_PART_END", _Counted(confidentiality._ECHO_PART_END, read)
        )
        _check(text, language)
    return read[0]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_long_paste_of_care_words_is_searched_in_work_that_grows_with_its_length(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """8 times the paste is at most about 8 times the characters searched (was 40-60 times),
    and the care words are still found."""
    unit = CARE[language]
    _check(unit, language)  # the language's tables, read once
    small = _characters_searched(monkeypatch, _paste(unit, 4), language)
    large = _characters_searched(monkeypatch, _paste(unit, 32), language)
    assert 0 < large <= 10 * small, (small, large)
    assert FindingCode.CONFIRMS_PATIENT in {f.code for f in _check(_paste(unit, 4), language)}


# A Chinese paste with no punctuation at all: every "您" was tested against every generic phrase
# of the clause ("如果您", ClauseReading.person_spans), and every date against every phrase of
# its sentence that may own it ("每天", phrase_beside): 128 KB of round replies took 25 s of CPU.
RUN_ON_ZH = "如果您需要您的医生3月12日上午10点每天为您预约了复查"


def test_a_chinese_paste_with_no_punctuation_is_read_in_steps_that_grow_with_its_length() -> None:
    _check(RUN_ON_ZH, "zh")
    small = python_steps(lambda: _check(_paste(RUN_ON_ZH, 4), "zh"))
    large = python_steps(lambda: _check(_paste(RUN_ON_ZH, 32), "zh"))
    assert large <= 10 * small, (small, large)
    assert FindingCode.CONFIRMS_PATIENT in {f.code for f in _check(_paste(RUN_ON_ZH, 4), "zh")}
