"""Session 27 (issue 19, branch abut2): a complaint in the sentence that opens with "but" and
names nothing blames the person the sentence before praised.

"Nice doctor. But rushed me out in five minutes.": abut27 carried the subject over a "but" in
the praise's own sentence (aspects.DEED); a "but" that opens the next sentence was not looked
at, so the doctor read as praised alone. Now, where a person is praised for what they are and
the next sentence opens with a contrast word, names nothing and blames with a [deed] word, the
person is blamed (the convention of tests/analysis/data/README.md, "abut2"). A sentence that
names what it blames keeps the praise, and a deed denied blames nobody.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

DEED_NEXT_SENTENCE = [
    ("Nice doctor. But rushed me out in five minutes.", "en", "doctor"),
    ("Lovely nurse. However, brushed me off when I asked about the side effects.", "en", "nurse"),
    ("Врач вежливый. Но выпроводил за пять минут.", "ru", "doctor"),
    ("Медсестра приятная. Но отмахнулась от моих вопросов.", "ru", "nurse"),
    ("Лікар ввічливий. Але випровадив за п'ять хвилин.", "uk", "doctor"),
    ("Lekarka miła. Ale zbyła mnie w 5 minut.", "pl", "doctor"),
    ("Miła pielęgniarka. Ale spławiła mnie po minucie.", "pl", "nurse"),
]


@pytest.mark.parametrize(("text", "lang", "person"), DEED_NEXT_SENTENCE)
def test_a_deed_in_the_next_sentence_blames_the_person_praised(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, NEG) in found
    assert (person, POS) not in found


NAMED_NEXT_SENTENCE = [
    ("Nice doctor. But the wait was long.", "en", "doctor", "waiting"),
    ("Nice doctor. But the receptionist rushed me out.", "en", "doctor", "reception"),
    ("Врач вежливый. Но цены высокие.", "ru", "doctor", "price"),
    ("Miła pani doktor. Ale recepcja mnie zbyła.", "pl", "doctor", "reception"),
    ("医生人还行。但是前台很敷衍。", "zh", "doctor", "reception"),
]


@pytest.mark.parametrize(("text", "lang", "person", "blamed"), NAMED_NEXT_SENTENCE)
def test_a_next_sentence_that_names_its_aspect_keeps_the_praise(
    text: str, lang: str, person: str, blamed: str
) -> None:
    assert read(text, lang) == {(person, POS), (blamed, NEG)}


def test_a_deed_denied_in_the_next_sentence_is_no_complaint() -> None:
    assert read("Nice doctor. But didn't rush me at all.", "en") == {("doctor", POS)}
