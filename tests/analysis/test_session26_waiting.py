"""Waiting is time spent at the practice on the day; scheduling is getting a visit at all or when
one wants it; the wait for results or records is communication (session 26, the lead's
convention for the labelled sets). The reading decides by what the time is of: a wait told in
days, weeks or months is never the day's, and an hour booked whose wait the sentence tells is
the visit on the day, not its booking. Each review is read as the pipeline reads it (rules
only)."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"

RESULTS_AWAITED = [  # results, a report, records waited for in days: the information's delay
    ("The blood results were promised for Friday, I waited two weeks and had to chase them.", "en"),
    ("Why did I have to wait a month for a copy of my records? Ridiculous.", "en"),
    ("Заключение обещали к пятнице, ждала две недели и сама звонила.", "ru"),
    ("Результати аналізів обіцяли наступного дня, чекала тиждень.", "uk"),
    ("Na opis rezonansu czekałam dwa tygodnie i nikt nie zadzwonił.", "pl"),
    ("化验报告说两天出，结果等了一个星期。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), RESULTS_AWAITED)
def test_results_awaited_for_days_are_a_communication_complaint_not_a_wait(
    text: str, lang: str
) -> None:
    # on the old code each also (or only) blamed the waiting time
    assert read(text, lang) == {("communication", NEG)}


VISIT_AWAITED = [  # a visit or a test to be had, waited for in weeks: the booking's
    ("Очередь на УЗИ три недели, в другом месте сделали бы завтра.", "ru"),
    ("Na tomografię czekałam dwa miesiące, a w innej przychodni byłby termin od ręki.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), VISIT_AWAITED)
def test_weeks_until_a_visit_are_scheduling_not_waiting(text: str, lang: str) -> None:
    # on the old code: a waiting complaint
    assert read(text, lang) == {("scheduling", NEG)}


def test_weeks_until_a_visit_told_beside_praise_keep_the_praise() -> None:
    assert read("Waited three weeks for the physio, and it was worth it.", "en") == {
        ("doctor", POS),
        ("scheduling", NEG),
    }


HOUR_BOOKED_THEN_LATE = [  # the hour booked is the day's visit, its lateness the wait
    ("Записали на 9:00, в кабинет попала в 10:20.", "ru"),
    ("Записалась на 12:00, зайшла о 13:10, ніхто не вибачився.", "uk"),
    ("Umówiona na 15:00, weszłam o 16:15.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), HOUR_BOOKED_THEN_LATE)
def test_an_hour_booked_and_seen_late_is_a_wait_not_a_booking_complaint(
    text: str, lang: str
) -> None:
    # on the old code: scheduling blamed as well
    assert read(text, lang) == {("waiting", NEG)}


def test_an_hour_booked_and_seen_late_beside_praise_of_the_doctor() -> None:
    text = "Booked for 10:30, finally called in at 11:45. The doctor was kind though."
    assert read(text, "en") == {("waiting", NEG), ("doctor", POS)}


STILL_THE_DAY = [  # guards: what stays as it was
    (
        "Waited 40 minutes on the day, but the results came back within two days.",
        "en",
        {("waiting", NEG), ("communication", POS)},
    ),
    ("We waited two hours that day, appalling.", "en", {("waiting", NEG)}),
    ("Booked for 9:00 the next morning, easy.", "en", {("scheduling", POS)}),
]


@pytest.mark.parametrize("reading", readings(STILL_THE_DAY))
def test_a_wait_on_the_day_and_a_booking_with_no_wait_told_stay(reading: Reading) -> None:
    # "that day" and "within two days" are no wait of days; an hour booked with no wait told
    # is the booking
    check_reading(reading)


ANSWERED_THE_SAME_DAY = [  # the day of an answer or of results, no booking named
    ("Got a proper answer to my question the same day.", "en"),
    ("Результати прийшли на пошту того ж дня.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), ANSWERED_THE_SAME_DAY)
def test_an_answer_or_results_the_same_day_praise_communication_not_a_booking(
    text: str, lang: str
) -> None:
    # on the old code: a booking praised as well ("same day" read as a visit had fast)
    assert read(text, lang) == {("communication", POS)}


BOOKED_THE_SAME_DAY = [  # guards: a visit had the same day stays the booking's
    ("Got an appointment the same day.", "en", {("scheduling", POS)}),
    (
        "The receptionist fitted me in the same day.",
        "en",
        {("reception", POS), ("scheduling", POS)},
    ),
]


@pytest.mark.parametrize("reading", readings(BOOKED_THE_SAME_DAY))
def test_a_visit_had_the_same_day_stays_a_booking_praised(reading: Reading) -> None:
    check_reading(reading)


REFERRAL_AT_THE_DESK = [  # the referral handled by the front desk: its paperwork, no booking
    ("The receptionist lost my referral again.", "en", {("reception", NEG)}),
    ("Reception chased up my referral for me, so helpful.", "en", {("reception", POS)}),
    ("The front desk sorted out my referral in a day, lovely people.", "en", {("reception", POS)}),
]


@pytest.mark.parametrize("reading", readings(REFERRAL_AT_THE_DESK))
def test_a_referral_the_front_desk_handles_judges_the_desk_not_the_booking(
    reading: Reading,
) -> None:
    # on the old code each judged scheduling as well
    check_reading(reading)


def test_a_referral_beside_another_booking_keeps_the_booking() -> None:
    text = "The front desk lost my referral and the new slot was weeks away."
    assert read(text, "en") == {("reception", NEG), ("scheduling", NEG)}
