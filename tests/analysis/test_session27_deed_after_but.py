"""Session 27 (issue 19, branch abut27): a complaint after "but" that names nothing blames the
person the praise before it named.

"Nice doctor but rushed me out in five minutes": the clause after the contrast word names no
aspect, so its complaint was lost and the doctor read as praised alone. Where a person is
praised for what they are and the "but" that follows names nothing and blames with a verb of
what a person did to the patient (aspects.DEED, the [deed] words of aspects_<lang>.txt:
"rushed", "brushed me off", "выпроводил", "zbyła", "敷衍"), the subject is carried over: the
person is blamed, as the labelled tuning rows give it (counted in tests/analysis/data/README.md).
A "but" that names what it blames keeps the praise ("Lovely doctor but the wait was long"), and
a deed denied is no complaint.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

DEED_AFTER_BUT = [
    ("Nice doctor but rushed me out in five minutes", "en", "doctor"),
    ("Lovely nurse, but brushed me off when I asked about the side effects.", "en", "nurse"),
    ("Врач вежливый, но выпроводил за пять минут", "ru", "doctor"),
    ("Медсестра приятная, но отмахнулась от моих вопросов.", "ru", "nurse"),
    ("Лікар ввічливий, але випровадив за п'ять хвилин", "uk", "doctor"),
    ("Miła pani doktor, ale zbyła mnie w 5 minut", "pl", "doctor"),
    ("Miła pielęgniarka, ale spławiła mnie po minucie.", "pl", "nurse"),
    ("医生人还行，但是很敷衍", "zh", "doctor"),
    ("医生人挺客气的，但是十分钟就把我打发了", "zh", "doctor"),
]


@pytest.mark.parametrize(("text", "lang", "person"), DEED_AFTER_BUT)
def test_a_deed_after_but_blames_the_person_praised(text: str, lang: str, person: str) -> None:
    found = read(text, lang)
    assert (person, NEG) in found
    assert (person, POS) not in found


NAMED_AFTER_BUT = [
    ("Lovely doctor but the wait was long", "en", "doctor", "waiting"),
    ("Lovely nurse but I was rushed out by reception.", "en", "nurse", "reception"),
    ("Врач вежливый, но цены высокие", "ru", "doctor", "price"),
    ("Лікарка привітна, але довго чекали.", "uk", "doctor", "waiting"),
    ("Miła pani doktor, ale recepcja mnie zbyła.", "pl", "doctor", "reception"),
    ("医生人还行，但是前台很敷衍", "zh", "doctor", "reception"),
]


@pytest.mark.parametrize(("text", "lang", "person", "blamed"), NAMED_AFTER_BUT)
def test_a_but_that_names_its_aspect_keeps_the_praise(
    text: str, lang: str, person: str, blamed: str
) -> None:
    assert read(text, lang) == {(person, POS), (blamed, NEG)}


def test_a_deed_denied_is_no_complaint() -> None:
    assert read("Nice doctor but didn't rush me at all.", "en") == {("doctor", POS)}


def test_a_person_named_before_the_deed_takes_it() -> None:
    # the doctor is named between the praise and the deed: the nurse keeps her praise
    found = read("护士挺热情，医生却很不耐烦，催我快走。", "zh")
    assert found == {("nurse", POS), ("doctor", NEG)}
