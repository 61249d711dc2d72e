"""Session 32 (aasp32, issue 19, probe45a): the praise inside a complaining review that the
blind sets miss (a mixed review read as negative): praise granted in a concession to one person
against a complaint of others, kindness told by a gesture, the outcome told as a fact of relief,
the doctor's skill told as a problem found at once (Chinese); and the praise that is no praise
beside it: thanks before a thing in scare quotes, a cheer said twice before failures, praise
granted only to whoever enjoys what the writer suffered. The sentences are not probe45a's rows;
the readings fail on the code before, the controls pass on both.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text): a concession grants the doctor's praise against a complaint of other people
# or things in its sentence; the review is mixed, not negative
GRANTED_TO_ANOTHER = [
    ("en", "Although the dentist was gentle, the receptionist was rude and I waited an hour."),
    ("ru", "Хотя терапевт была очень внимательная, в регистратуре нахамили и продержали час."),
    ("uk", "Хоча лікарка була дуже уважна, у реєстратурі нагрубили і протримали годину."),
    ("pl", "Choć lekarz był bardzo miły, rejestratorka była niegrzeczna, a czekałam godzinę."),
]


@pytest.mark.parametrize(("lang", "text"), GRANTED_TO_ANOTHER)
def test_praise_granted_to_one_person_against_the_rest_is_mixed(lang: str, text: str) -> None:
    assert ("doctor", "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


# (language, text): the concession grants the praise against a complaint of the same person or
# of the person's work: the praise is only granted, the review negative (as before)
GRANTED_ONLY = [
    ("en", "Although the doctor was friendly enough, she never examined my ankle."),
    ("ru", "Хотя врач и вежливый, лечение совсем не помогло."),
]


@pytest.mark.parametrize(("lang", "text"), GRANTED_ONLY)
def test_praise_granted_against_the_persons_own_work_stays_granted(lang: str, text: str) -> None:
    assert verdict(text, lang) == "negative"


# (language, text, the person): a smile given to the patient or a hand held praises whoever
# the clause names
GESTURES = [
    ("en", "The nurse smiled at my son and held his hand through the whole thing.", "nurse"),
    ("ru", "Медсестра улыбнулась сыну и всё время держала его за руку.", "nurse"),
    ("uk", "Медсестра усміхнулася синові й весь час тримала його за руку.", "nurse"),
    ("pl", "Pielęgniarka cały czas trzymała syna za rękę.", "nurse"),
    ("zh", "护士一直握着我的手。", "nurse"),
]


@pytest.mark.parametrize(("lang", "text", "person"), GESTURES)
def test_kindness_told_by_a_gesture_praises_the_person(lang: str, text: str, person: str) -> None:
    assert (person, "positive") in read(text, lang)


def test_a_smile_beside_a_failure_is_no_praise() -> None:
    text = "Врач улыбался и кивал, а потом выписал то же самое, что не помогло."
    assert ("doctor", "positive") not in read(text, "ru")


# (language, text): the outcome told as a fact of relief
RELIEF = [
    ("en", "Six weeks after the hip operation my wife is walking again."),
    ("en", "Three weeks on, the knee is perfect now."),
    ("ru", "Через две недели поднимаюсь по лестнице без боли."),
    ("uk", "Через два тижні підіймаюся сходами без болю."),
    ("pl", "Po miesiącu wchodzę po schodach bez bólu."),
]


@pytest.mark.parametrize(("lang", "text"), RELIEF)
def test_relief_told_as_a_fact_credits_the_outcome(lang: str, text: str) -> None:
    assert ("outcome", "positive") in read(text, lang)


def test_a_problem_found_at_once_is_the_doctors_skill() -> None:
    text = "排队排了三个小时。不过张医生一眼就看出问题了。"
    assert ("doctor", "positive") in read(text, "zh")
    assert verdict(text, "zh") == "mixed"


# (language, text, the aspect blamed): praise that is no praise
NO_PRAISE = [
    ("ru", "Прекрасный администратор, если вы любите ждать по часу.", "reception"),
    ("pl", "Świetna rejestracja, jeśli lubicie czekać godzinę na odpowiedź.", "reception"),
    ("en", "Thanks for the 'friendly' receptionist who sighed at every question.", "reception"),
    ("ru", "Спасибо за «вежливого» администратора.", "reception"),
    ("pl", "Dziękuję za „miłą” rejestratorkę.", "reception"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), NO_PRAISE)
def test_praise_that_is_irony_blames(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found


def test_thanks_after_a_quote_stay_thanks() -> None:
    text = "Got a call back the same day, 'brilliant' thank you."
    assert verdict(text, "en") == "positive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Great, just great: an hour late, and the receptionist never said sorry."),
        ("ru", "Отлично, просто отлично: час опоздания, и регистратор даже не извинилась."),
    ],
)
def test_a_cheer_said_twice_before_failures_is_sarcasm(lang: str, text: str) -> None:
    assert verdict(text, lang) == "negative"
