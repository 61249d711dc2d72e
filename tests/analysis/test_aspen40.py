"""Session 40 (aspen40, issue 19): English mixed reviews whose complaint was said sideways.

"Nothing says / screams X like ..." opening a sentence is sarcasm: the sentence blames what it
names, and a review that then praises someone else is mixed. A person or a thing "got past"
("once I got past the front desk", "if you can get past the wait") is the hurdle before the care,
a complaint of what it names, never its praise. The sentences below are new: not any tuning
row. Controls: the same reviews said sincerely stay one-sided.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.aspects import read_aspects
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Aspect, Review, Sentiment

_NEG = Sentiment.NEGATIVE
_POS = Sentiment.POSITIVE


def _verdict(text: str) -> Sentiment:
    review = Review(
        source_id=1, external_id="t", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language="en", learned=False).sentiment


def _sides(text: str) -> dict[Aspect, set[Sentiment]]:
    result: dict[Aspect, set[Sentiment]] = {}
    for o in read_aspects(text, "en").opinions:
        result.setdefault(o.aspect, set()).add(o.polarity)
    return result


@pytest.mark.parametrize(
    ("text", "blamed", "praised"),
    [
        (
            "Nothing screams organised like a receptionist who loses your referral twice."
            " Dr Patel was brilliant though.",
            Aspect.RECEPTION,
            Aspect.DOCTOR,
        ),
        (
            "Nothing says 'valued patient' like a receptionist scrolling her phone while you"
            " stand at the counter. The hygienist was gentle and thorough.",
            Aspect.RECEPTION,
            Aspect.NURSE,
        ),
    ],
)
def test_nothing_says_like_is_sarcasm(text: str, blamed: Aspect, praised: Aspect) -> None:
    sides = _sides(text)
    assert sides[blamed] == {_NEG}
    assert sides[praised] == {_POS}
    assert _verdict(text) is Sentiment.MIXED


def test_nothing_says_said_sincerely_blames_nobody() -> None:
    text = "Nothing says we care like a nurse who phones you the next day to check on you."
    assert _NEG not in {p for ps in _sides(text).values() for p in ps}
    assert _verdict(text) is not Sentiment.MIXED


@pytest.mark.parametrize(
    ("text", "blamed", "praised"),
    [
        (
            "Once you get past the receptionists, the doctors here are excellent.",
            Aspect.RECEPTION,
            Aspect.DOCTOR,
        ),
        (
            "After getting past the front desk, the nurse who took my bloods was lovely.",
            Aspect.RECEPTION,
            Aspect.NURSE,
        ),
        ("If you can get past the wait, the physio is superb.", Aspect.WAITING, Aspect.DOCTOR),
    ],
)
def test_a_hurdle_got_past_is_blamed_not_praised(
    text: str, blamed: Aspect, praised: Aspect
) -> None:
    sides = _sides(text)
    assert sides[blamed] == {_NEG}
    assert sides[praised] == {_POS}
    assert _verdict(text) is Sentiment.MIXED


def test_the_front_desk_praised_outright_stays_praise() -> None:
    text = "The front desk staff were welcoming and the nurse who took my bloods was lovely."
    sides = _sides(text)
    assert sides[Aspect.RECEPTION] == {_POS}
    assert _verdict(text) is Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "blamed", "praised"),
    [
        (
            "The dentist was kind of rough with me. The hygienist was great though.",
            Aspect.DOCTOR,
            Aspect.NURSE,
        ),
        (
            "Receptionist kind of snapped at me, but the GP was thorough and patient.",
            Aspect.RECEPTION,
            Aspect.DOCTOR,
        ),
    ],
)
def test_kind_of_is_a_hedge_not_kindness(text: str, blamed: Aspect, praised: Aspect) -> None:
    sides = _sides(text)
    assert sides[blamed] == {_NEG}
    assert sides[praised] == {_POS}
    assert _verdict(text) is Sentiment.MIXED


@pytest.mark.parametrize(
    "text",
    [
        "It was so kind of the nurse to ring me back the same evening.",
        "The nurse was kind and the doctor explained every step.",
    ],
)
def test_kindness_stays_praise(text: str) -> None:
    assert _sides(text)[Aspect.NURSE] == {_POS}
    assert _verdict(text) is Sentiment.POSITIVE


def test_who_would_do_the_failure_is_a_complaint() -> None:
    text = (
        "Who schedules three patients into one slot? The dentist herself was gentle and thorough."
    )
    sides = _sides(text)
    assert sides[Aspect.SCHEDULING] == {_NEG}
    assert _verdict(text) is Sentiment.MIXED


@pytest.mark.parametrize(
    "text",
    [
        "Who calls you at home the day after surgery to check on you? Dr Green does. Thank you.",
        "The receptionist who books the appointments is lovely and the doctor was great.",
    ],
)
def test_a_question_of_praise_or_a_relative_who_stays_praise(text: str) -> None:
    assert _NEG not in {p for ps in _sides(text).values() for p in ps}
    assert _verdict(text) is Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Lovely comfy chairs, which is just as well because I spent three hours in one.",
        "Gorgeous modern waiting area, good thing too as we spent most of the morning in it.",
    ],
)
def test_hours_spent_in_the_room_praised_are_the_wait(text: str) -> None:
    sides = _sides(text)
    assert sides[Aspect.FACILITIES] == {_POS}
    assert sides[Aspect.WAITING] == {_NEG}
    assert _verdict(text) is Sentiment.MIXED


def test_an_hour_spent_with_the_patient_stays_praise() -> None:
    text = "The physio spent an hour with me and the chairs in the gym were comfy."
    assert _NEG not in {p for ps in _sides(text).values() for p in ps}
    assert _verdict(text) is Sentiment.POSITIVE
