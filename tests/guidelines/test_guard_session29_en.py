"""Session 29 (gen29, issue 16): English good replies to people who are no patients, and good
replies that thank for help at short notice, no longer flagged; their twins that tell a
patient's care still are.

- A reviewer's display name ends at a lower-case word that is no particle of a surname ([guard]
  name_particles): "Neighbour on Mill Lane" has no surname "Mill", so "the noise on Mill Lane"
  names a street; "Jan van Dijk" still has the surname "Dijk".
- A review that tells its writer came in another role ([guard] not_a_patient: a job interview,
  a parcel delivered, shadowing a doctor, a driveway blocked) makes a phrase that names no event
  or state of care ([reading] cared) no patient's: "It was a pleasure meeting you" to a job
  applicant. "you were examined" is still found.
- "treated" in the sense of behaviour ("sorry for how you were treated", "treated rudely") is
  no treatment; "you were treated for ..." still is.
- "glad we could help at short notice" thanks for help the review told of; "glad we could help
  with your knee" still names their care.
- The natural course of an illness told of most cases ([guard] anyone: "most coughs get better on
  their own within three weeks") is general information; "your cough will get better on its
  own" is still their health.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor

# (review, author, a good reply, its twin that leaks, a rule the twin breaks)
CASES = [
    (
        "Your customers' cars block our road every Saturday",
        "Resident on Birch Avenue",
        "We're sorry about the parking on Birch Avenue and have put a notice in reception.",
        "We're sorry about the parking on Birch Avenue, Mr Birch, and your crown is ready.",
        "confirms_patient",
    ),
    (
        "Had my job interview here on Monday, everyone was friendly",
        "Priyanka",
        "Thank you, Priyanka! It was a pleasure meeting you, and good luck with your search.",
        "Thank you, Priyanka! You were examined by Dr Shah and the results are back.",
        "confirms_patient",
    ),
    (
        "The receptionist was rude when I delivered your new chairs",
        "Furniture van driver",
        "We're sorry for how you were treated, and we've spoken to the front desk.",
        "We're sorry you were treated for the wrist sprain in such a rush.",
        "health_detail",
    ),
    (
        "They squeezed me in the same morning when my crown came off",
        "Derek",
        "Derek, we're glad we could help at such short notice.",
        "Derek, we're glad we could help with your knee replacement.",
        "confirms_patient",
    ),
    (
        "Doctors here refuse antibiotics for a bad chest, what a joke",
        "Martin",
        "Martin, our GPs follow national guidance on antibiotics. Most chest infections and coughs"
        " get better on their own within three weeks.",
        "Martin, our GPs follow national guidance on antibiotics. Your chest infection will get"
        " better on its own within three weeks.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    ("review", "author", "reply", "twin", "rule"),
    CASES,
    ids=[
        "street-in-display-name",
        "job-interview",
        "delivery-treated-rudely",
        "short-notice",
        "natural-course",
    ],
)
def test_a_good_reply_passes_and_its_twin_that_tells_care_is_found(
    review: str, author: str, reply: str, twin: str, rule: str
) -> None:
    assert rules_in_editor(reply, review, "en", author) == set()
    assert rule in rules_in_editor(twin, review, "en", author)


def test_a_surname_after_a_particle_is_still_the_reviewers_surname() -> None:
    # "van" is a particle ([guard] name_particles): the display name goes on to a surname
    review = "Friendly staff and a clean waiting room"
    reply = "Thank you, Jan! We've shared the Dijk family's kind words with the team."
    assert "full_name" in rules_in_editor(reply, review, "en", "Jan van Dijk")
    assert "full_name" not in rules_in_editor(reply, review, "en", "Jan from Dijkstraat")


@pytest.mark.parametrize(
    "review",
    [
        "My invoice was wrong again",
        "As a student I can't afford these prices",
        "I live next door and the parking is a nightmare",
        "The doctor found a shadow in my lung",
    ],
)
def test_a_patient_who_names_another_role_of_theirs_is_still_a_patient(review: str) -> None:
    # words patients write too ([guard] not_a_patient leaves them out): a relationship told is
    # still found
    reply = "Thank you for being with us all these years, Robin!"
    assert "confirms_patient" in rules_in_editor(reply, review, "en", "Robin")


def test_thanks_for_being_one_of_our_patients_confirms_a_patient() -> None:
    # "Thanks for being our patient" was found, "... one of our patients" was not (a leak the
    # test above met); a neighbour thanked as one of the "patient neighbours" is no patient
    review = "Great"
    reply = "Thank you for being one of our patients for so many years."
    assert "confirms_patient" in rules_in_editor(reply, review, "en", "Robin")
    neighbours = "Thank you for being one of our patient neighbours on Elm Road!"
    assert rules_in_editor(neighbours, "Your patients block my driveway", "en", "Robin") == set()
