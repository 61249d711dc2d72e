"""Round thirty-one (issue 19, branch asp31): aspects the reading gives that the review does not.

The time and care a named person gives is that person's attention: not the information given,
nor the doctor's where the clause names a nurse ("The hygienist was gentle and thorough"). How
well a named person listens stays communication's (session 23: the blind sets' labels give it;
round 31 had given the person alone). Where the clause names nobody ("Никто меня не слушал",
"Very thorough"), the term's own aspect stays. Each review is read as the pipeline reads it
(rules only).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

PERSON_LISTENS = [  # how well a named person listens stays communication's (session 23)
    ("The surgeon was cold and never listened to a word I said.", "en", NEG),
    ("Dr Ward listened to everything and took her time.", "en", POS),
    ("Хирург надменный и совсем не слушает.", "ru", NEG),
    ("Врач не слушает.", "ru", NEG),
    ("Лікар не слухає.", "uk", NEG),
    ("Педіатр дуже уважно вислухала мене.", "uk", POS),
    ("Lekarz w ogóle nie słuchał, co do niego mówię.", "pl", NEG),
    ("医生根本不听我说。", "zh", NEG),
    ("这个医生很耐心地听我说完。", "zh", POS),
]


@pytest.mark.parametrize(("text", "lang", "polarity"), PERSON_LISTENS)
def test_how_well_a_person_listens_is_communication_with_its_polarity(
    text: str, lang: str, polarity: str
) -> None:
    # round 31 gave it to the person alone (the blind sets' labels give communication); the
    # lead's "both" of session 23 read "Врач не слушает" and "Лікар не слухає" as praise
    chips = read(text, lang)
    assert ("communication", polarity) in chips
    assert all(found == polarity for _, found in chips), chips


NOBODY_LISTENS = [
    ("Никто меня не слушал.", "ru"),
    ("Ніхто мене не вислухав.", "uk"),
    ("Nikt mnie nie wysłuchał.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), NOBODY_LISTENS)
def test_listening_with_no_person_named_stays_communication(text: str, lang: str) -> None:
    assert read(text, lang) == {("communication", NEG)}


NURSE_GIVES_TIME = [
    ("The hygienist was gentle and thorough.", "en"),
    ("Nurse Jo took the time to calm my son down.", "en"),
    ("Медсестра уделила мне время и всё показала.", "ru"),
    ("Медсестра приділила мені час, дуже мила.", "uk"),
    ("Pielęgniarka poświęciła mi czas, bardzo miła.", "pl"),
    ("护士花时间陪孩子玩，很温柔。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NURSE_GIVES_TIME)
def test_the_time_and_care_a_nurse_gives_credit_the_nurse_not_the_doctor(
    text: str, lang: str
) -> None:
    # on the old code each had a doctor chip (the Russian and Ukrainian ones only that chip)
    assert read(text, lang) == {("nurse", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Very thorough, would recommend.", "en"), ("Терапевт уделил мне много времени.", "ru")],
)
def test_care_told_of_the_doctor_or_of_nobody_still_credits_the_doctor(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("doctor", POS)}


def test_the_day_of_a_doctors_deed_is_no_booking() -> None:
    # on the old code each also had a scheduling chip: "the same day" read as a booking had fast
    assert read("Dr Shah ordered an X-ray the same day and spotted the fracture.", "en") == {
        ("doctor", POS),
        ("outcome", POS),
    }
    assert read("Лікарка того ж дня призначила аналізи, дуже уважна.", "uk") == {("doctor", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Got a same day appointment and Dr Shah was lovely.", "en"),
        ("The receptionist fitted me in the same day.", "en"),
        ("Booked online for the same day.", "en"),
        ("Записали в тот же день.", "ru"),
    ],
)
def test_a_booking_or_the_desk_the_same_day_is_still_the_booking(text: str, lang: str) -> None:
    assert ("scheduling", POS) in read(text, lang)
