"""The language of texts that mix scripts, as detect_language tells it once it looks for each
script from the first letter that is not Latin on, and for Han and kana or Hangul together."""

from __future__ import annotations

import pytest

from clinicrep.analysis import language
from clinicrep.analysis.language import detect_language


@pytest.mark.parametrize(
    ("text", "fallback", "expected"),
    [
        # Cyrillic first, a Chinese name after it: counted as Cyrillic, the Han letters too
        ("Доктор Ли очень внимательный, всё объяснил, 王医生", "", "ru"),
        # Han first, Cyrillic after it: the Cyrillic after the first Han letter is found
        ("王医生很好，很耐心 Доктор", "", "zh"),
        # kana among Han letters: another language
        ("こんにちは、お医者さんはとても親切でした", "", "other"),
        # a Hangul letter after Ukrainian words: still Ukrainian (two: another language)
        ("Лікар дуже уважний і терплячий, дякую 선", "", "uk"),
        # Polish letters, no other script
        ("Zażółć gęślą jaźń, lekarz był bardzo miły", "", "pl"),
        # ASCII English: no Polish letters looked for
        ("The doctor was very kind and the staff were great", "", "en"),
        # ASCII Polish typed without its letters: its words still tell it
        ("Bardzo mila pani doktor, wszystko wyjasnila, polecam", "", "pl"),
    ],
)
def test_mixed_scripts(text: str, fallback: str, expected: str) -> None:
    assert detect_language(text, fallback) == expected


def test_distinct_letters_are_not_ascii() -> None:
    # detect_language does not look for them in an ASCII text
    letters = language._UK_LETTERS | language._RU_LETTERS | language._PL_LETTERS
    assert letters and not any(c.isascii() for c in letters)
