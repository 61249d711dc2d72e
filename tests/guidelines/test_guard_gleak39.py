"""Session 39 (gleak39): leaks of the pool read by mechanism (issue 16), not by listed replies:
"yours" standing for a thing of theirs, a medicine by its slot ("as you take X", "the X you
take"), a substance's levels, a result come back in the perfect, a promise to ring them when
word comes back, a condition of their own case beside a general phrase in another part, a bare
weekday beside what we do for them (ru/uk/pl), and what they use or the care a sum is for (zh).
Each reply is judged as the editor judges it, after a plain review; the sentences are probes
written for the mechanism, none of the pool's items. Every "block" probe passed whole before."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


# "yours" as the subject of what it is, did or showed points back at a thing of theirs; "reviews
# like yours" and "why yours means so much" are their words.
@pytest.mark.parametrize(
    "reply",
    [
        "Thanks, Omar! Rotator cuff repairs take months to settle, and yours has clearly "
        "healed well.",
        "Thanks, Jill. Blood tests usually take a few days; yours showed slightly high potassium, "
        "so the nurse will ring you.",
    ],
)
def test_yours_pointing_back_at_their_care_tells_their_health(reply: str) -> None:
    assert "health_detail" in rules_of(reply, "en")


def test_reviews_like_yours_are_no_health() -> None:
    assert rules_of("Reviews like yours mean so much to the team.", "en") == set()


# A medicine named in the slot of what they take is theirs, whatever it is called.
@pytest.mark.parametrize(
    "reply",
    [
        "Pete, as you already take lisinopril, please mention it before the extraction.",
        "Dana, the dizziness is most likely from the amlodipine you take, so do let the GP know.",
    ],
)
def test_the_medicine_they_take_is_their_health(reply: str) -> None:
    assert "health_detail" in rules_of(reply, "en")


@pytest.mark.parametrize(
    "reply",
    [
        "If you take warfarin, tell the nurse before any extraction.",
        "Thanks, Sam! Take a seat in the garden whenever you take the dog for a walk past us.",
    ],
)
def test_taking_as_a_condition_or_a_walk_is_no_health(reply: str) -> None:
    assert rules_of(reply, "en") == set()


# A result come back in the perfect of a verb without "-ed" is one event: someone's.
def test_results_that_have_now_come_back_are_their_health() -> None:
    reply = (
        "Kate, sorry to read this. The MRI results have now come back and the consultant will "
        "write to you."
    )
    assert "health_detail" in rules_of(reply, "en")


@pytest.mark.parametrize(
    "reply",
    ["Most blood results come back within a week.", "We stock low sugar snacks at reception."],
)
def test_how_long_results_take_and_snacks_are_no_health(reply: str) -> None:
    assert rules_of(reply, "en") == set()


# A promise to ring them once word comes back says something of theirs is pending with us.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        (
            "en",
            "Thanks, Dev! Glad the car park helped, and we'll call you as soon as we hear back.",
        ),
        ("pl", "Dziękujemy, Pani Ewo! Zadzwonimy do Pani, gdy tylko proteza będzie gotowa."),
    ],
)
def test_a_call_promised_when_word_comes_back_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        (
            "en",
            "Thanks for applying! We'll let you know once we hear back from the hiring manager.",
        ),
        ("pl", "Dziękujemy za zgłoszenie, oddzwonimy do Pani, jak tylko kierownik wróci z urlopu."),
    ],
)
def test_a_call_promised_to_a_job_seeker_confirms_no_one(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# A condition that tells their case again ("если снова", "якщо знову") keeps its health word
# theirs, though another part of the sentence says how anyone can come ("без записи").
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Олег, если снова разболится колено, приходите к ортопеду без записи."),
        ("uk", "Олеже, якщо знову заболить коліно, приходьте до ортопеда без запису."),
    ],
)
def test_their_complaint_coming_back_is_their_health_beside_a_walk_in(
    language: str, reply: str
) -> None:
    assert "health_detail" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Если болит колено, к ортопеду можно прийти без записи."),
        ("uk", "Якщо болить коліно, до ортопеда можна прийти без запису."),
    ],
)
def test_anyone_with_a_complaint_may_walk_in(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# A bare weekday beside what we do for them (the first person plural by its ending) is their
# visit's day: the editor underlines it; the timetable's verbs keep a weekday the practice's.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Анна, мы ставим вам коронку в четверг."),
        ("ru", "Анна, в пятницу снимем вам швы."),
        ("uk", "Ганно, в четвер ми поставимо вам коронку."),
        ("pl", "Pani Anno, w czwartek zrobimy koronę."),
        ("pl", "Panie Marku, zdejmiemy szwy w piątek."),
    ],
)
def test_a_weekday_of_what_we_do_for_them_is_a_date(language: str, reply: str) -> None:
    assert "date" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "В субботу работаем до 14, в воскресенье отдыхаем."),
        ("uk", "У суботу працюємо до 14, у неділю відпочиваємо."),
        ("pl", "W sobotę pracujemy do 14, w niedzielę odpoczywamy."),
    ],
)
def test_the_timetables_weekdays_are_no_date(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# zh: what they use or take, and the care a sum or a part is for, told as theirs by "您 ... 的".
@pytest.mark.parametrize("reply", ["您使用的氯己定凝胶可以再用一周。", "您矫正的钢丝下周能调整。"])
def test_what_they_use_is_their_health_zh(reply: str) -> None:
    assert "health_detail" in rules_of(reply, "zh")


def test_a_gel_sold_at_the_pharmacy_is_no_health_zh() -> None:
    assert rules_of("氯己定凝胶可以在药房买到。", "zh") == set()
