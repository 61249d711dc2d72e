"""Scheduling is getting a visit at all or when one wants it (session 26, asched2, the lead's
convention for the labelled sets), read by what the booking word is of: a word of booking that
names the visit itself (its minutes, how many there were, the time spent in it) names no
scheduling. Each review is read as the pipeline reads it (rules only)."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"

THE_VISIT_ITSELF = [  # the appointment as the visit, not its booking
    (
        "Paid $120 for an eight minute appointment where the doctor never looked up.",
        {("doctor", NEG), ("price", NEG)},
    ),
    (
        "Four appointments, four different antibiotics, and the cough is still there.",
        {("outcome", NEG)},
    ),
    ("The appointment itself felt rushed, the GP had his coat on already.", {("doctor", NEG)}),
    ("The doctor was patient and kind during the whole appointment.", {("doctor", POS)}),
]


@pytest.mark.parametrize(("text", "expected"), THE_VISIT_ITSELF)
def test_an_appointment_that_names_the_visit_itself_is_no_scheduling(
    text: str, expected: set[tuple[str, str]]
) -> None:
    # on the old code each judged scheduling as well
    assert read(text, "en") == expected


BOOKING_STILL = [  # the same word, of the booking: still scheduling
    ("They cancelled three appointments in a row.", {("scheduling", NEG)}),
    ("Could not get an appointment for three weeks.", {("scheduling", NEG)}),
]


@pytest.mark.parametrize(("text", "expected"), BOOKING_STILL)
def test_an_appointment_that_is_booked_or_cancelled_stays_scheduling(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, "en") == expected


CALLED_TO_BOOK = [  # the booking only the reason for a call whose manner is judged: the desk's
    ("Звонила перенести приём, трубку взяли и нахамили.", "ru", NEG),
    ("Дзвонила перенести запис, адміністраторка грубо відповіла і поклала слухавку.", "uk", NEG),
    ("Zadzwoniłem przełożyć wizytę, rejestratorka była bardzo uprzejma.", "pl", POS),
]


@pytest.mark.parametrize(("text", "lang", "polarity"), CALLED_TO_BOOK)
def test_a_booking_told_only_as_the_reason_for_a_call_is_the_front_desks(
    text: str, lang: str, polarity: str
) -> None:
    # on the old code each judged scheduling as well
    assert read(text, lang) == {("reception", polarity)}


CALLED_TO_BOOK_AND_TOLD = [  # the booking the sentence tells: still scheduling
    ("Zadzwoniłam przełożyć wizytę, a wolnych terminów nie ma do końca miesiąca.", "pl"),
    ("Позвонила перенести запись, а записи нет до конца месяца.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), CALLED_TO_BOOK_AND_TOLD)
def test_a_call_to_book_whose_booking_is_told_stays_scheduling(text: str, lang: str) -> None:
    assert read(text, lang) == {("scheduling", NEG)}


RESULTS_BY_CHANNEL = [  # the app or the day the results came by: the information's, no booking
    ("Результаты анализов пришли в приложение в тот же день, очень удобно.", "ru", POS),
    ("В тот же день пришло смс, что результаты хорошие, я успокоилась.", "ru", POS),
    (
        "Результати аналізів з'явилися в застосунку аж на десятий день, ніхто не попередив.",
        "uk",
        NEG,
    ),
    ("Того ж дня написали, що аналізи в нормі, дуже дякую.", "uk", POS),
]


@pytest.mark.parametrize(("text", "lang", "polarity"), RESULTS_BY_CHANNEL)
def test_results_named_by_their_channel_or_day_are_communication_not_scheduling(
    text: str, lang: str, polarity: str
) -> None:
    # on the old code each read scheduling (the app or the day as a booking)
    assert read(text, lang) == {("communication", polarity)}


def test_a_booking_through_the_app_stays_scheduling() -> None:
    assert read("Записалася через застосунок на завтра, дуже зручно.", "uk") == {
        ("scheduling", POS)
    }


SEEN_SOON_AFTER_A_CALL = [  # how fast the visit came after the call: the booking's praise
    ("Позвонил утром в восемь, а к десяти меня уже осмотрели.", "ru"),
    ("Подзвонила зранку, а за дві години дитину вже оглянули.", "uk"),
    ("Zadzwoniłem o ósmej, o dziesiątej byłem już w gabinecie.", "pl"),
    ("Got a quick appt for my son, thanks.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SEEN_SOON_AFTER_A_CALL)
def test_a_visit_had_soon_after_a_call_is_scheduling_praise(text: str, lang: str) -> None:
    # on the old code none named scheduling
    assert read(text, lang) == {("scheduling", POS)}


def test_seen_soon_after_walking_in_is_no_booking() -> None:
    text = "Пришли без записи с сыном, через десять минут нас уже приняли."
    assert ("scheduling", POS) not in read(text, "ru")
