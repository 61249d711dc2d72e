"""Session 40 (aspen40, issue 19): English mixed reviews whose complaint was said sideways.

"Nothing says / screams X like ..." opening a sentence is sarcasm: the sentence blames what it
names, and a review that then praises someone else is mixed. A person or a thing "got past"
("once I got past the front desk", "if you can get past the wait") is the hurdle before the care,
a complaint of what it names, never its praise. The sentences below are new: not any tuning
row. Controls: the same reviews said sincerely stay one-sided.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

# (text, language, the aspects read and each one's only polarity): a review whose complaint is
# said sideways, beside praise of someone else: mixed
NOTHING_SAYS = [
    (
        "Nothing screams organised like a receptionist who loses your referral twice."
        " Dr Patel was brilliant though.",
        "en",
        {("reception", "negative"), ("doctor", "positive")},
    ),
    (
        "Nothing says 'valued patient' like a receptionist scrolling her phone while you"
        " stand at the counter. The hygienist was gentle and thorough.",
        "en",
        {("reception", "negative"), ("nurse", "positive")},
    ),
]


@pytest.mark.parametrize("reading", readings(NOTHING_SAYS))
def test_nothing_says_like_is_sarcasm(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", named_only=True)


def _no_blame(text: str) -> bool:
    return all(polarity != "negative" for _aspect, polarity in read(text, "en"))


def test_nothing_says_said_sincerely_blames_nobody() -> None:
    text = "Nothing says we care like a nurse who phones you the next day to check on you."
    assert _no_blame(text)
    assert verdict(text, "en") != "mixed"


GOT_PAST = [
    (
        "Once you get past the receptionists, the doctors here are excellent.",
        "en",
        {("reception", "negative"), ("doctor", "positive")},
    ),
    (
        "After getting past the front desk, the nurse who took my bloods was lovely.",
        "en",
        {("reception", "negative"), ("nurse", "positive")},
    ),
    (
        "If you can get past the wait, the physio is superb.",
        "en",
        {("waiting", "negative"), ("doctor", "positive")},
    ),
]


@pytest.mark.parametrize("reading", readings(GOT_PAST))
def test_a_hurdle_got_past_is_blamed_not_praised(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", named_only=True)


def test_the_front_desk_praised_outright_stays_praise() -> None:
    text = "The front desk staff were welcoming and the nurse who took my bloods was lovely."
    reading = Reading(text, "en", {("reception", "positive")})
    check_reading(reading, sentiment="positive", named_only=True)


KIND_OF = [
    (
        "The dentist was kind of rough with me. The hygienist was great though.",
        "en",
        {("doctor", "negative"), ("nurse", "positive")},
    ),
    (
        "Receptionist kind of snapped at me, but the GP was thorough and patient.",
        "en",
        {("reception", "negative"), ("doctor", "positive")},
    ),
]


@pytest.mark.parametrize("reading", readings(KIND_OF))
def test_kind_of_is_a_hedge_not_kindness(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", named_only=True)


KINDNESS = [
    (
        "It was so kind of the nurse to ring me back the same evening.",
        "en",
        {("nurse", "positive")},
    ),
    ("The nurse was kind and the doctor explained every step.", "en", {("nurse", "positive")}),
]


@pytest.mark.parametrize("reading", readings(KINDNESS))
def test_kindness_stays_praise(reading: Reading) -> None:
    check_reading(reading, sentiment="positive", named_only=True)


def test_who_would_do_the_failure_is_a_complaint() -> None:
    text = (
        "Who schedules three patients into one slot? The dentist herself was gentle and thorough."
    )
    reading = Reading(text, "en", {("scheduling", "negative")})
    check_reading(reading, sentiment="mixed", named_only=True)


@pytest.mark.parametrize(
    "text",
    [
        "Who calls you at home the day after surgery to check on you? Dr Green does. Thank you.",
        "The receptionist who books the appointments is lovely and the doctor was great.",
    ],
)
def test_a_question_of_praise_or_a_relative_who_stays_praise(text: str) -> None:
    assert _no_blame(text)
    assert verdict(text, "en") == "positive"


HOURS_IN_THE_ROOM = [
    (
        "Lovely comfy chairs, which is just as well because I spent three hours in one.",
        "en",
        {("facilities", "positive"), ("waiting", "negative")},
    ),
    (
        "Gorgeous modern waiting area, good thing too as we spent most of the morning in it.",
        "en",
        {("facilities", "positive"), ("waiting", "negative")},
    ),
]


@pytest.mark.parametrize("reading", readings(HOURS_IN_THE_ROOM))
def test_hours_spent_in_the_room_praised_are_the_wait(reading: Reading) -> None:
    check_reading(reading, sentiment="mixed", named_only=True)


def test_an_hour_spent_with_the_patient_stays_praise() -> None:
    text = "The physio spent an hour with me and the chairs in the gym were comfy."
    assert _no_blame(text)
    assert verdict(text, "en") == "positive"
