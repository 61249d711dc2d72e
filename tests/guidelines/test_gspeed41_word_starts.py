"""Session 41 (gspeed41): the same places found by quicker scans.

``engine.word_starts`` finds where a word starts with one of some characters: a boundary
before the class where each is a word character, the look-behind after it where one is not
("$", "£"). ``_staff_named_before`` tries the staff titles' patterns only where their gate finds
a title's beginning in the 60 characters before a name, not at every place of them. Neither
may change a place or an answer.
"""

from __future__ import annotations

import re

import pytest

from clinicrep.guidelines import confidentiality
from clinicrep.guidelines.engine import PhraseSet, PhraseTable, lowered, word_starts

_START = re.Match.start

TEXTS = [
    "We saw you on Tuesday; your x-ray is fine.",
    "  Thank you!Your son's check-up: 12 May, $200 (+48 fee) and £30.",
    "Мы ждём вас во вторник, пане Кравчук; д-р Орлова — наш терапевт.",
    "Dziękujemy Pani, mgr piel. Lidia Czubak i lek. dent. Anna Grabowska.",
    "_under __score 1st 2nd x'y’z «Арсенал» a",
    "",
]


def _looked_behind(chars: str) -> re.Pattern[str]:
    """The word starts as the look-behind after the class reads them (before session 41)."""
    return re.compile("[" + "".join(map(re.escape, chars)) + r"](?<!\w[\s\S])")


@pytest.mark.parametrize("chars", ["abcdefghijklmnopqrstuvwxyz", "tyw", "мвдпо12_", "$£+y"])
@pytest.mark.parametrize("text", TEXTS)
def test_word_starts_are_the_look_behinds_places(chars, text):
    low = lowered(text) or text
    found = word_starts(chars)
    old = _looked_behind(chars)
    for start, end in [(0, len(low)), (3, len(low)), (5, max(5, len(low) - 4))]:
        # a scan starting inside a word sees the letters before it, as the look-behind does
        assert list(map(_START, found.finditer(low, start, end))) == list(
            map(_START, old.finditer(low, start, end))
        )


def test_a_boundary_only_where_every_character_is_a_words():
    assert word_starts("ab").pattern.startswith(r"\b")
    # "$" after a space starts an amount: a boundary is no place there
    signs = word_starts("$a")
    assert not signs.pattern.startswith(r"\b")
    assert [m.start() for m in signs.finditer("pay $5 a day")] == [4, 7]


def test_any_letter_starts_at_every_word():
    found = word_starts("$", any_letter=True)
    # "d" after "$" starts a word too
    assert [m.start() for m in found.finditer("a bc $d e-f")] == [0, 2, 5, 6, 8, 10]


def test_a_table_and_a_long_set_find_what_their_one_pattern_finds():
    words = [f"w{n}rd" for n in range(2000)]  # a set long enough to be read word by word
    entries = ["you(?:r|rs)?", "x-ray", "check-?up", r"\$\d+", *words]
    one = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{e})" for e in entries) + ")")
    keyed = PhraseSet(entries, anchored=True)
    table = PhraseTable({"kind": entries[:3]}, anchored=True)
    for text in [*TEXTS, "Your check up, w17rd w1999rd $20 and xw5rd; you x-ray"]:
        low = lowered(text) or text
        assert [m.span() for m in keyed.finditer(text, low)] == [
            m.span() for m in one.finditer(low)
        ]
        wordlike = re.compile(r"(?<!\w)(?:you(?:r|rs)?|x-ray|check-?up)")
        assert [m.span() for _, m in table.finditer(text, low)] == [
            m.span() for m in wordlike.finditer(low)
        ]


NAMED = [
    "Dr Anna Wiśniewska and mgr piel. Lidia Czubak looked after her.",
    "Our manager, Mrs Anna Wróbel, and dr. dr Smith will call.",
    "Дякуємо! Лікар Олена Коваль та наша адміністраторка, пані Ірина Бойко.",
    "Врач-терапевт Анна Михайловна Орлова и д-р Ахмедов ждут вас.",
    "Thank you, Sandra Whitfield: our nurse Tom Baker, the receptionist Jenny Walsh.",
    "Pani doktor Nowak, lek. dent. Anna Grabowska, Pan Tomasz Borowski.",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_staff_title_before_a_name_as_the_searches_of_the_window_found_it(text):
    staff = confidentiality._staff_title_before()
    role = confidentiality._staff_role_before()
    named = confidentiality._staff_named_before(text)
    answers = []
    for m in re.finditer(r"\w+", text):
        window = max(0, m.start() - 60)
        searched = bool(
            staff.search(text, window, m.start()) or role.search(text, window, m.start())
        )
        assert named(m.start()) == searched, text[: m.start()]
        answers.append(searched)
    assert any(answers)  # each text names someone after a staff title
