"""Session 26 (issue 19, branch asent26, probe39v): the patient's past, which the practice
ended, is not held against it.

- Words of how long the past lasted ("for years", "годами", "роками", "przez lata", "好几年")
  and of its end ("finally", "наконец-то", "нарешті", "nareszcie", "终于"): where the aspects
  blame nothing, a sentence that tells the past and blames does not make the review's verdict
  a complaint ("Finally got a diagnosis after years of being ignored. Dr Lee listened." read
  negative beside doctor and communication praise), nor mixed beside five stars.
- The care a sentence of the past blames before a later sentence of praise is history: no
  complaint chip of the doctor or the outcome, so the review is not mixed by it.
- Look-alikes that still blame: a hope let down with no good result after it, a visit's own
  wait told with "finally", the front desk's past
  (not the care), a "but" that turns to this visit, and a past told of this practice ("Годами
  хожу сюда").

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG = "negative"
DOC, OUT, COM = "doctor", "outcome", "communication"

PAST_THEN_PRAISE = [
    ("Finally got a diagnosis after years of being ignored. Dr Lee listened.", "en"),
    (
        "Годами ходила по врачам с суставами, все отмахивались. Анна Сергеевна назначила"
        " обследование и подобрала лечение, колени больше не болят.",
        "ru",
    ),
    (
        "Przez lata lekarze mnie zbywali i nikt nie słuchał. Pani doktor wysłuchała, zleciła"
        " badania i nareszcie mam diagnozę.",
        "pl",
    ),
]


@pytest.mark.parametrize(("text", "lang"), PAST_THEN_PRAISE)
def test_years_of_being_dismissed_before_a_good_doctor_read_as_praise(text: str, lang: str) -> None:
    # before session 26: negative (en) or mixed (ru, pl: the past's doctors blamed)
    assert verdict(text, lang) == "positive"
    chips = read(text, lang)
    assert (DOC, NEG) not in chips
    assert (COM, NEG) not in chips


def test_the_past_beside_five_stars_is_not_a_mixed_review() -> None:
    # before session 26: mixed (five stars, and words read as a clear complaint)
    text = "Finally got a diagnosis after years of being ignored. Dr Lee listened."
    assert verdict(text, "en", rating=5) == "positive"


STILL_BLAMED = [
    # a hope let down, with nothing good after it
    ("Miałam nadzieję, że w końcu ktoś mi pomoże, ale znowu odesłano mnie z niczym.", "pl", NEG),
    ("Finally called in after two hours, and the doctor was rude.", "en", "negative"),
    (
        "For months the receptionist kept losing my referral. Dr Lee was lovely though.",
        "en",
        "mixed",
    ),
    (
        "Po latach szukania trafiłam do doktora, który owszem jest miły, ale wcale nie słucha.",
        "pl",
        "mixed",
    ),
    ("Годами хожу сюда к этому врачу, а толку нет. Медсестра приятная.", "ru", "mixed"),
    (
        "I've been coming here for years and the doctor never listens. The nurse is lovely though.",
        "en",
        "mixed",
    ),
    ("在这里看了好几年，医生从来不解释。护士很好。", "zh", "mixed"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), STILL_BLAMED)
def test_a_complaint_of_this_practice_told_with_words_of_the_past_still_counts(
    text: str, lang: str, expected: str
) -> None:
    assert verdict(text, lang) == expected
