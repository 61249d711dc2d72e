"""Session 25 (issue 19, branch a25a, probe38a): English reviews that end warm but hold a gripe,
and the words of the illness read as blame.

- "Great dentist. Only issue is the price.", "Fab physio, only thing is the car park": the only
  gripe a happy patient names, with "only" and a noun of complaint or "only thing is", blames
  what it names and the review is mixed (before: praise; the blind sets' weakest English spot).
  "The only thing that helped was the nurse's advice" is no gripe.
- "knew exactly what was wrong with my knee": what is wrong is the illness, not the doctor's
  fault (before: a complaint about the doctor); "still no idea what is wrong" and "never told me
  what was wrong" stay complaints.
- "Rang 20 times trying to get a same-day appointment": the appointment sought is no booking had
  (before: the booking praised); "managed to get a same day appointment" is still praise.
- "did a neat job", "the scar is tiny", "it's healing well": the doctor's work and the outcome
  praised (before: nothing read).

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"

ONLY_GRIPE = [
    ("Great dentist. Only issue is the price.", "price"),
    ("Brilliant GP. My only problem is getting an appointment.", "scheduling"),
    ("Fab physio, only thing is the car park.", "access"),
    ("The doctor was great. Only thing - a £45 fee on top, bit cheeky.", "price"),
]


@pytest.mark.parametrize(("text", "aspect"), ONLY_GRIPE)
def test_the_only_gripe_after_praise_is_a_complaint_and_the_review_mixed(
    text: str, aspect: str
) -> None:
    assert (aspect, NEG) in read(text, "en")
    assert verdict(text, "en") == "mixed"


def test_the_only_thing_that_helped_is_no_gripe() -> None:
    text = "The only thing that helped was the nurse's advice."
    assert ("nurse", POS) in read(text, "en")
    assert verdict(text, "en") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The doctor knew exactly what was wrong with my knee.",
        "She found out what was wrong straight away.",
    ],
)
def test_what_is_wrong_with_the_patient_is_no_complaint_about_the_doctor(text: str) -> None:
    assert ("doctor", NEG) not in read(text, "en")


def test_what_was_wrong_told_with_praise_reads_as_praise() -> None:
    text = "The doctor told me what was wrong and what to do, very clear."
    assert ("doctor", POS) in read(text, "en")
    assert verdict(text, "en") == "positive"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Three doctors and still no idea what is wrong with me.", "doctor"),
        ("They never told me what was wrong.", "communication"),
    ],
)
def test_not_knowing_what_is_wrong_stays_a_complaint(text: str, aspect: str) -> None:
    assert (aspect, NEG) in read(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Rang 20 times trying to get a same-day appointment.",
        "I called at 8am to get a same day appointment and they were all gone.",
    ],
)
def test_a_same_day_appointment_sought_is_no_praise_of_the_booking(text: str) -> None:
    assert ("scheduling", POS) not in read(text, "en")


def test_a_same_day_appointment_got_by_calls_and_then_refused_at_the_desk_is_a_complaint() -> None:
    text = (
        "Rang 30 times to get a same-day appointment. By the time I got through they were all"
        " gone. Receptionist just said 'try again tomorrow' and hung up."
    )
    assert verdict(text, "en") == "negative"


def test_a_same_day_appointment_managed_is_still_praise() -> None:
    text = "Managed to get a same day appointment, doctor was great."
    assert ("scheduling", POS) in read(text, "en")


def test_neat_work_a_tiny_scar_and_a_wound_healing_well_are_praise() -> None:
    assert read("The surgeon did a neat job and the scar is tiny.", "en") >= {
        ("doctor", POS),
        ("outcome", POS),
    }
    assert ("outcome", POS) in read("It's healing well.", "en")


def test_a_warm_review_with_a_late_doctor_and_a_healing_ankle_is_mixed() -> None:
    text = (
        "Would've been 5 stars but the doctor ran 50 mins late. Otherwise he was spot on, knew"
        " exactly what was wrong with my ankle and it's healing well."
    )
    assert ("waiting", NEG) in read(text, "en")
    assert verdict(text, "en") == "mixed"


# A doctor who "seemed" nice, then a "but" that blames the care (HEDGE), a finding that was
# another place's ("A&E found the fracture": ELSEWHERE), and an examination never given: the
# blind sets' complaints about the doctor read as praise (session 25). Before, each of these
# praised the doctor.
@pytest.mark.parametrize(
    "text",
    [
        "The doctor seemed nice enough but she completely missed that my son had a broken arm.",
        "The doctor seemed lovely but never examined my knee.",
    ],
)
def test_a_doctor_who_seemed_nice_but_failed_the_care_is_blamed(text: str) -> None:
    chips = read(text, "en")
    assert ("doctor", NEG) in chips
    assert ("doctor", POS) not in chips
    assert verdict(text, "en") == "negative"


def test_the_finding_of_the_emergency_department_is_no_praise_of_the_doctor() -> None:
    text = "The GP said it was a sprain. A&E found the fracture the next day."
    assert ("doctor", POS) not in read(text, "en")
    assert ("outcome", POS) not in read(text, "en")


def test_a_doctor_who_seemed_nice_beside_a_rude_desk_is_still_praised() -> None:
    text = "The doctor seemed nice but the receptionist was rude."
    assert read(text, "en") >= {("doctor", POS), ("reception", NEG)}
    assert verdict(text, "en") == "mixed"


def test_an_examination_never_given_blames_the_doctor() -> None:
    assert ("doctor", NEG) in read("The doctor never examined my knee.", "en")


@pytest.mark.parametrize(
    ("text", "chip"),
    [
        ("The loos hadn't been cleaned all day.", ("facilities", NEG)),
        ("The toilets had not been cleaned.", ("facilities", NEG)),
        ("The new inhaler has changed my life.", ("outcome", POS)),
        ("The surgery was life-changing.", ("outcome", POS)),
    ],
)
def test_toilets_left_dirty_and_a_life_changed_are_read(text: str, chip: tuple[str, str]) -> None:
    # before: nothing read
    assert chip in read(text, "en")
