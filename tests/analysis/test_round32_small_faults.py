"""Round thirty-two (issue 19, branch asp32): three small aspect faults found in round thirty-one.

"Nobody listened to me" is a complaint of the telling, not praise of "listened"; a wait told only
by where it was spent ("we waited in the car until they called us") is no complaint (the labelled
sets leave a wait with no length, judging word or contrast unlabelled), though its length still
blames; a call to ask about a cancellation names the booking and blames nothing.
Each review is read as the pipeline reads it (rules only).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

NOBODY_LISTENED = [
    ("Nobody listened to me.", "en"),
    ("Nobody listened.", "en"),
    ("Nobody really listened to me.", "en"),
    ("Nobody paid any attention to me.", "en"),
    ("Никто меня не слушал.", "ru"),
    ("Ніхто мене не слухав.", "uk"),
    ("Nikt mnie nie słuchał.", "pl"),
    ("没人听我说。", "zh"),
    ("Nobody explained anything.", "en"),
    ("Nobody called back.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOBODY_LISTENED)
def test_nobody_listening_is_a_complaint_of_the_telling(text: str, lang: str) -> None:
    # on the old code the first three English ones were communication praise, the fourth a
    # price complaint ("paid")
    assert read(text, lang) == {("communication", NEG)}


NOBODY_PAID_ATTENTION = [
    ("Никто не обратил на меня внимания.", "ru"),
    ("Ніхто не звернув на мене уваги.", "uk"),
    ("Nikt nie zwrócił na mnie uwagi.", "pl"),
    ("没人理我。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NOBODY_PAID_ATTENTION)
def test_nobody_paying_attention_is_a_complaint_of_the_telling(text: str, lang: str) -> None:
    # on the old code each had no chip at all
    assert read(text, lang) == {("communication", NEG)}


def test_a_doctor_who_paid_no_attention_is_still_the_doctors_fault() -> None:
    assert read("Врач не обратил внимания на мои жалобы.", "ru") == {("doctor", NEG)}


def test_a_doctor_who_listened_after_nobody_did_is_still_praised() -> None:
    # a named person's listening is communication's, the doctor praised with it
    assert read("The doctor listened to me.", "en") == {("doctor", POS), ("communication", POS)}
    assert ("doctor", POS) in read("Nobody had listened before but Dr Lee listened to me.", "en")


WAIT_TOLD_BY_PLACE = [
    ("We waited in the car until they called us.", "en"),
    ("We waited in the car until they called us in, as per their rules.", "en"),
    ("Ждали в машине, пока нас позовут.", "ru"),
    ("Чекали в машині, поки нас покличуть.", "uk"),
    ("Czekaliśmy w samochodzie, aż nas wezwą.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), WAIT_TOLD_BY_PLACE)
def test_a_wait_told_only_by_where_it_was_spent_is_no_complaint(text: str, lang: str) -> None:
    # on the old code each had a waiting complaint
    assert ("waiting", NEG) not in read(text, lang)


WAIT_STILL_BLAMED = [
    ("We waited in the car park for two hours.", "en"),
    ("We waited in the car for ages.", "en"),
    ("We waited and waited.", "en"),
    ("We waited ages.", "en"),
    ("Ждали в машине больше часа.", "ru"),
    ("Чекали в машині понад годину.", "uk"),
    ("Czekaliśmy w samochodzie ponad godzinę.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), WAIT_STILL_BLAMED)
def test_a_long_wait_in_the_car_still_blames_the_wait(text: str, lang: str) -> None:
    assert read(text, lang) == {("waiting", NEG)}


@pytest.mark.parametrize(
    "text",
    [
        "I called the clinic to ask about a cancellation.",
        "I called to ask about a cancellation.",
    ],
)
def test_asking_about_a_cancellation_blames_no_booking(text: str) -> None:
    # on the old code each had a scheduling complaint
    assert ("scheduling", NEG) not in read(text, "en")


def test_a_cancelled_appointment_still_blames_the_booking() -> None:
    assert read("They cancelled my appointment twice.", "en") == {("scheduling", NEG)}
    assert ("scheduling", POS) in read(
        "I rang to ask about any cancellations and they fitted me in the next day.", "en"
    )
