"""Round thirty-one (issue 19, branch asp31): aspects the reading gives that the review does not.

How well a named person listens is that person's attention, not the information given: the
labelled sets give the doctor alone to "the doctor on call was arrogant and didn't listen", and
the blind sets' commonest extra chip is communication. Where the clause names nobody ("Никто
меня не слушал"), listening is still the information's. Each review is read as the pipeline
reads it (rules only).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

PERSON_LISTENS = [
    ("The surgeon was cold and never listened to a word I said.", "en", {("doctor", NEG)}),
    ("Dr Ward listened to everything and took her time.", "en", {("doctor", POS)}),
    ("Хирург надменный и совсем не слушает.", "ru", {("doctor", NEG)}),
    ("Педіатр дуже уважно вислухала мене.", "uk", {("doctor", POS)}),
    ("Lekarz w ogóle nie słuchał, co do niego mówię.", "pl", {("doctor", NEG)}),
    ("医生根本不听我说。", "zh", {("doctor", NEG)}),
    ("这个医生很耐心地听我说完。", "zh", {("doctor", POS)}),
]


@pytest.mark.parametrize(("text", "lang", "chips"), PERSON_LISTENS)
def test_a_person_who_listens_or_not_gets_the_chip_not_communication(
    text: str, lang: str, chips: set[tuple[str, str]]
) -> None:
    # on the old code each also had a communication chip (the Polish one only that chip)
    assert read(text, lang) == chips


NOBODY_LISTENS = [
    ("Никто меня не слушал.", "ru"),
    ("Ніхто мене не вислухав.", "uk"),
    ("Nikt mnie nie wysłuchał.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), NOBODY_LISTENS)
def test_listening_with_no_person_named_stays_communication(text: str, lang: str) -> None:
    assert read(text, lang) == {("communication", NEG)}
